// Differential check, run by hand: random texts (tricky pieces and random code points) are
// counted by tiktoken (@dqbd/tiktoken) and by `ajuste tokens`; any difference is printed.
//
//   node fuzz.mjs BUILD/app/ajuste [COUNT] [SEED]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { get_encoding } from "@dqbd/tiktoken";

const [ajuste, countArg, seedArg] = process.argv.slice(2);
if (!ajuste) {
  console.error("usage: node fuzz.mjs BUILD/app/ajuste [COUNT] [SEED]");
  process.exit(2);
}
const count = Number(countArg ?? 3000);
let seed = Number(seedArg ?? 12345);
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pieces = [" ", "  ", "\n", "\r\n", "\t", "'", "'s", "'LL", "/", "\u00a0", "\ufeff", "\u0301", "1", "22",
  "333", "a", "A", "é", "É", "ß", "ǅ", "ʰ", "日", "😀", "👍🏽", "\u200d", "!", ".", "<|endoftext|>", "\u2028",
  "\u0085", "ſ", "x", "Y", "حب", "ש"];
const texts = [];
for (let i = 0; i < count; ++i) {
  let text = "";
  for (let j = 0, n = 1 + random(60); j < n; ++j) {
    const kind = random(10);
    if (kind < 6) {
      text += pieces[random(pieces.length)];
    } else if (kind < 8) {
      const cp = random(0x30000);
      text += String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 0x41 : cp);
    } else {
      text += String.fromCodePoint(0x20 + random(0x60));
    }
  }
  texts.push(text);
}
const dir = mkdtempSync(join(tmpdir(), "ajuste-fuzz-"));
const files = texts.map((text, i) => {
  const file = join(dir, `${String(i).padStart(6, "0")}.txt`);
  writeFileSync(file, text);
  return file;
});
let mismatches = 0;
for (const name of ["o200k_base", "cl100k_base"]) {
  const encoding = get_encoding(name);
  const output = execFileSync(ajuste, ["tokens", "--encoding", name, ...files], { maxBuffer: 1 << 28 }).toString();
  output.trim().split("\n").forEach((line, i) => {
    const expected = encoding.encode_ordinary(texts[i]).length;
    const actual = Number(line.split(" ")[0]);
    if (actual !== expected) {
      ++mismatches;
      console.log(`${name}: ${JSON.stringify(texts[i])}: ajuste ${actual}, tiktoken ${expected}`);
    }
  });
  encoding.free();
}
rmSync(dir, { recursive: true });
console.log(`${count} texts x 2 encodings: ${mismatches} mismatches`);
process.exit(mismatches ? 1 : 0);
