// Writes tests/tokenizer/data/expected.json: the token ids tiktoken itself gives for every
// text of tests/tokenizer/data/corpus.json, with encode_ordinary (special-token text is
// ordinary text), for o200k_base and cl100k_base.
//
// Run by hand, never in CI:   cd tests/tools/tokenizer-oracle && npm install && node oracle.mjs
//
// The truth is @dqbd/tiktoken: tiktoken's own Rust core compiled to WebAssembly. The
// JavaScript ports (js-tiktoken, gpt-tokenizer) are NOT used here: JavaScript's \s matches
// U+FEFF, so they split text around a byte-order mark differently.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { get_encoding } from "@dqbd/tiktoken";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "..", "..", "tokenizer", "data");
const corpus = JSON.parse(readFileSync(join(dataDir, "corpus.json"), "utf8"));
const version = JSON.parse(readFileSync(join(here, "node_modules", "@dqbd", "tiktoken", "package.json"), "utf8")).version;

const expected = { generator: `@dqbd/tiktoken ${version} encode_ordinary`, encodings: {} };
for (const name of ["o200k_base", "cl100k_base"]) {
  const encoding = get_encoding(name);
  const ids = {};
  for (const { name: caseName, text } of corpus) {
    if (caseName in ids) throw new Error(`duplicate case name: ${caseName}`);
    ids[caseName] = Array.from(encoding.encode_ordinary(text));
  }
  encoding.free();
  expected.encodings[name] = ids;
}

// Every code point in a few contexts, 256 code points per text: catches any character whose
// class (letter, mark, number, space...) differs between Qt's Unicode tables and tiktoken's.
// The C++ test builds the same texts (see unicodeBlockText in tst_tokenizer.cpp).
const blockStarts = [];
for (let start = 0; start < 0x40000; start += 256) blockStarts.push(start);
for (let start = 0xe0000; start < 0xe0200; start += 256) blockStarts.push(start);
function unicodeBlockText(start) {
  let text = "";
  for (let cp = start; cp < start + 256; ++cp) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    text += c + "a" + c + "A" + c + " " + c + "1" + c + "'s" + c + "\n";
  }
  return text;
}
const blocks = { generator: expected.generator, blockSize: 256, starts: blockStarts, encodings: {} };
for (const name of ["o200k_base", "cl100k_base"]) {
  const encoding = get_encoding(name);
  blocks.encodings[name] = blockStarts.map((start) => encoding.encode_ordinary(unicodeBlockText(start)).length);
  encoding.free();
}
writeFileSync(join(dataDir, "unicode-blocks.json"), JSON.stringify(blocks) + "\n");

// One case per line keeps the file reviewable in diffs.
const lines = ["{", `"generator": ${JSON.stringify(expected.generator)},`, `"encodings": {`];
const encodingNames = Object.keys(expected.encodings);
encodingNames.forEach((name, e) => {
  lines.push(`${JSON.stringify(name)}: {`);
  const entries = Object.entries(expected.encodings[name]);
  entries.forEach(([caseName, ids], i) => {
    lines.push(`${JSON.stringify(caseName)}: ${JSON.stringify(ids)}${i + 1 < entries.length ? "," : ""}`);
  });
  lines.push(`}${e + 1 < encodingNames.length ? "," : ""}`);
});
lines.push("}", "}");
writeFileSync(join(dataDir, "expected.json"), lines.join("\n") + "\n");
console.log(`${corpus.length} texts x ${encodingNames.length} encodings -> expected.json (${expected.generator})`);
