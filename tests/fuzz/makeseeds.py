#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, generated from real files into a build folder.

    makeseeds.py OUT_DIR [--corpora DIR] [--specs DIR]

Sources: the shared corpora (../shared/corpora: JSONL chat and Alpaca files), the examples in
the providers' OpenAPI specs (../shared/specs; needs PyYAML, skipped without it) and the
golden files of tests/dataset. Each seed is one file OUT_DIR/<target>/<name>, at most
MAX_BYTES long, starting with the control bytes its target reads first (see fuzz_<target>.cpp).
Nothing here is committed: the committed seeds are the few small files in tests/fuzz/seeds.
"""
import argparse
import hashlib
import json
import os
import sys

MAX_BYTES = 16 * 1024
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def write(out, target, data, limit=MAX_BYTES):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = data[:limit]
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read_lines(path, limit):
    with open(path, "rb") as f:
        return [line.rstrip(b"\n") for line in f][:limit]


def texts_of(example):
    """Every string of a chat example's messages."""
    out = []
    for message in example.get("messages", []) if isinstance(example, dict) else []:
        if isinstance(message, dict):
            out.extend(v for v in message.values() if isinstance(v, str))
    return out


def json_string_body(text):
    return json.dumps(text, ensure_ascii=False)[1:-1]


def from_corpora(out, corpora):
    if not os.path.isdir(corpora):
        print(f"makeseeds: no corpora at {corpora}", file=sys.stderr)
        return
    for name in sorted(os.listdir(corpora)):
        path = os.path.join(corpora, name)
        lines = read_lines(path, 400)
        whole = b"\n".join(lines[:40]) + b"\n"
        for i, line in enumerate(lines):
            if i < 150:
                write(out, "rawexamplecounter", line)
            try:
                example = json.loads(line)
            except ValueError:
                continue
            for j, text in enumerate(texts_of(example)):
                if i < 60:
                    write(out, "rawstring", bytes([j % 5]) + json_string_body(text).encode())
                    write(out, "tokenizer", bytes([i % 2]) + text.encode())
                    for word in text.split()[:4]:
                        write(out, "bpe", bytes([i % 2]) + (" " + word).encode())
                    # Answers as the Playground renders them (first byte: where to cut).
                    write(out, "markdown", bytes([(i * 37 + j) % 256]) + text.encode())
        write(out, "linereader", b"\xff" + whole)
        write(out, "linereader", bytes([7]) + whole.replace(b"\n", b"\r\n"))
        write(out, "jsonarrayreader", b"\xff[" + b",\n".join(lines[:20]) + b"]")
        write(out, "import", b"\x00\x00" + whole)
        write(out, "import", b"\x01\x00[" + b",\n".join(lines[:20]) + b"]")
        write(out, "sandboxrequest", b"\x01" + whole)
        write(out, "sandboxrequest", b"\x02" + whole)
        # The Alpaca tasks as a table too.
        rows = []
        for line in lines[:40]:
            try:
                task = json.loads(line)
            except ValueError:
                continue
            if isinstance(task, dict) and "instruction" in task:
                cells = [task.get("instruction", ""), json.dumps(task.get("instances", ""))]
                rows.append(",".join('"' + str(c).replace('"', '""') + '"' for c in cells))
        if rows:
            table = ("prompt,answer\n" + "\n".join(rows) + "\n").encode()
            write(out, "csvreader", b"\x00" + table)
            write(out, "import", b"\x02\x05" + table)


def from_golden(out):
    golden = os.path.join(REPO, "tests", "dataset", "golden")
    suffixes = {"jsonl": 0, "json": 1, "csv": 2, "tsv": 3, "txt": 4}
    for case in sorted(os.listdir(golden)):
        folder = os.path.join(golden, case)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if not name.startswith("input"):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            suffix = name.rsplit(".", 1)[-1]
            write(out, "import", bytes([suffixes.get(suffix, 4), 0]) + data)
            write(out, "linereader", b"\xff" + data)
            write(out, "csvreader", b"\x00" + data)
            write(out, "jsonarrayreader", b"\xff" + data)
    for name in ("validate-clean.jsonl", "validate-fixture.jsonl"):
        for line in read_lines(os.path.join(REPO, "tests", "checks", "data", name), 200):
            write(out, "rawexamplecounter", line)


def walk_examples(node):
    """Every example value in an OpenAPI document: JSON objects and strings."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples", "response", "request"):
                yield value
            yield from walk_examples(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk_examples(item)


def from_specs(out, specs):
    try:
        import yaml
    except ImportError:
        print("makeseeds: PyYAML missing, no seeds from the specs", file=sys.stderr)
        return
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for name, target in (("openai-openapi.yaml", "openaijson"),
                         ("together-openapi.yaml", "togetherjson")):
        path = os.path.join(specs, name)
        if not os.path.exists(path):
            print(f"makeseeds: no spec {path}", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=loader)
        for example in walk_examples(document):
            values = example.values() if isinstance(example, dict) and "value" not in example \
                and not any(k in example for k in ("id", "object", "data")) else [example]
            for value in values:
                if isinstance(value, dict) and "value" in value:
                    value = value["value"]
                if isinstance(value, (dict, list)):
                    text = json.dumps(value, default=str)
                elif isinstance(value, str):
                    text = value
                else:
                    continue
                stripped = text.strip()
                if "data: " in stripped:
                    write(out, "ssestream", b"\x00" + stripped.encode() + b"\n\n")
                    write(out, "chatstream", b"\x03\x05\x01\xff" + stripped.encode() + b"\n\n")
                    continue
                if not stripped.startswith("{"):
                    continue
                try:
                    parsed = json.loads(stripped)
                except ValueError:
                    continue
                write(out, target, json.dumps(parsed, default=str).encode())
                if target == "openaijson":
                    write(out, "retryafter", b"\x00\x00\n" + json.dumps(parsed).encode())
                    write(out, "chatstream", b"\x00data: " + json.dumps(parsed).encode()
                          + b"\n\ndata: [DONE]\n\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--corpora", default=os.path.join(REPO, "..", "shared", "corpora"))
    parser.add_argument("--specs", default=os.path.join(REPO, "..", "shared", "specs"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    from_corpora(args.out, args.corpora)
    from_golden(args.out)
    from_specs(args.out, args.specs)
    counts = {t: len(os.listdir(os.path.join(args.out, t))) for t in sorted(os.listdir(args.out))}
    print("makeseeds: " + ", ".join(f"{t} {n}" for t, n in counts.items()))


if __name__ == "__main__":
    main()
