// Times the npm tokenizers on one text (o200k_base) and checks their counts against
// tiktoken's (@dqbd/tiktoken) and, when given, against Ajuste's.
//
// Run by hand, never in CI:
//   BUILD/tests/bench/bench_tokenizer --write /tmp/corpus.txt     # prints Ajuste's figures
//   node bench.mjs /tmp/corpus.txt [--runs 3] [--expect N]        # N: Ajuste's o200k_base count
//
// Each library counts the whole text as one string, the way the issue measured them. Reports
// the median wall time and the median CPU time of this process (on a shared machine the wall
// time also measures waiting for a core). gpt-tokenizer keeps a merge cache between runs,
// which only flatters it.
import { readFileSync } from "node:fs";
import { get_encoding } from "@dqbd/tiktoken";
import { getEncoding } from "js-tiktoken";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
if (!file) {
  console.error("usage: node bench.mjs CORPUS.txt [--runs N] [--expect COUNT]");
  process.exit(2);
}
const runs = option("--runs", 3);
const expected = option("--expect", undefined);
const text = readFileSync(file, "utf8");
const megabytes = Buffer.byteLength(text, "utf8") / 1e6;

const tiktoken = get_encoding("o200k_base");
const jsTiktoken = getEncoding("o200k_base");
const tokenizers = [
  ["@dqbd/tiktoken (WASM, the truth)", () => tiktoken.encode_ordinary(text).length],
  ["js-tiktoken", () => jsTiktoken.encode(text).length],
  ["gpt-tokenizer", () => countTokens(text)],
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`corpus: ${megabytes.toFixed(1)} MB, ${runs} runs each, o200k_base`);
const results = [];
for (const [name, count] of tokenizers) {
  const wall = [];
  const cpu = [];
  let tokens = 0;
  for (let i = 0; i < runs; ++i) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    tokens = count();
    wall.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
  }
  const result = { name, tokens, wall: median(wall), cpu: median(cpu) };
  results.push(result);
  console.log(
    `  ${name.padEnd(34)} ${(megabytes / result.wall).toFixed(1).padStart(6)} MB/s wall (${result.wall.toFixed(2)} s), ` +
      `${(megabytes / result.cpu).toFixed(1).padStart(6)} MB per CPU-second; ${tokens} tokens`,
  );
}
const truth = results[0].tokens;
let agree = true;
for (const r of results.slice(1)) {
  if (r.tokens !== truth) {
    agree = false;
    console.log(`  COUNT DIFFERS: ${r.name} ${r.tokens} vs tiktoken ${truth}`);
  }
}
if (expected !== undefined) {
  if (expected !== truth) agree = false;
  console.log(`  Ajuste's count ${expected} ${expected === truth ? "equals" : "DIFFERS FROM"} tiktoken's ${truth}`);
}
const fastest = results.reduce((a, b) => (a.wall < b.wall ? a : b));
console.log(`fastest npm tokenizer: ${fastest.name}, ${(megabytes / fastest.wall).toFixed(1)} MB/s wall, ` +
  `${(megabytes / fastest.cpu).toFixed(1)} MB per CPU-second`);
process.exit(agree ? 0 : 1);
