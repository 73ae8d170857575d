#!/usr/bin/env python3
"""Writes tests/tokenizer/data/corpus.json: the tricky texts the tokenizer test checks.

Run by hand when the corpus should change, then run `node oracle.mjs` to refresh the
expected token ids. Deterministic: the "mix" cases come from a fixed seed.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tokenizer", "data", "corpus.json")

cases = [
    ("empty", ""),
    ("single space", " "),
    ("single letter", "a"),
    ("portuguese", "Ação, coração, pão e informação: é preciso atenção à vovó! Não há órgãos "
                   "públicos lá. Você pôs a maçã no pé da mesa? ÁGUA, ÓRGÃO, JOÃO e Érica."),
    ("portuguese paragraph", "O ajuste fino (fine-tuning) adapta um modelo já treinado aos seus "
                             "exemplos. Cada exemplo é uma conversa: mensagens do sistema, do "
                             "usuário e do assistente.\n\nDica: comece com 50 exemplos bem escritos."),
    ("english contractions", "I'm sure you'll say it's fine; they've gone, we'd stay, she'll come, "
                             "I've, you're. DON'T YOU'RE I'LL WE'D IT'S They'Re O'Neil rock'n'roll"),
    ("contractions alone", "'s 'S 't 'T 're 'RE 'rE 've 'VE 'm 'M 'll 'LL 'lL 'd 'D 'x ''s '' ' 'sss"),
    ("contraction long s", "it'ſ he'ſ 'ſ JOHN'ſ"),
    ("emoji skin tones", "👍🏽 👍🏿👋🏻 🧑🏾‍🚀 👩🏾‍💻 ok👌🏼."),
    ("emoji zwj families", "👨‍👩‍👧‍👦 👩‍❤️‍💋‍👨 🏳️‍🌈 🏴‍☠️ ❤️‍🔥 🧑‍🤝‍🧑"),
    ("emoji mixed text", "Great job 🎉🎉! Launch 🚀 at 10:00 ✅ ❤️ test😀ok 😀😃😄😁"),
    ("flags and keycaps", "🇧🇷 🇵🇹 🇺🇸 1️⃣ #️⃣ *️⃣ ©️ ®️ ™️"),
    ("cjk", "日本語のテキストと中文文本，还有한국어 텍스트。東京タワーは333メートルです。"),
    ("cjk extension b", "𠀀𠀁𠀂 𪚥 𩸽 and 𠮷野家"),
    ("arabic", "مرحبا بالعالم، كيف حالك؟ ١٢٣٤٥ اَلْعَرَبِيَّةُ"),
    ("hebrew", "שָׁלוֹם עוֹלָם — עברית עם ניקוד, ו־123 מספרים."),
    ("devanagari thai", "नमस्ते दुनिया। हिन्दी ०१२ สวัสดีชาวโลก ภาษาไทย"),
    ("greek cyrillic", "Σίσυφος ΣΊΣΥΦΟΣ σίσυφος Привет, МИР! Ёлка ёжик"),
    ("titlecase and modifiers", "ǅemal ǈubljana ǋ ʰʲ ˈwɜːld ᵃᵇᶜ Ⅻ ⅻ"),
    ("math alphanumerics", "𝐇𝐞𝐥𝐥𝐨 𝕎𝕠𝕣𝕝𝕕 𝒜𝒷𝒸 𝟙𝟚𝟛"),
    ("combining marks", "e\u0301 cafe\u0301 CAFE\u0301S \u0301A \u0301abc x\u0301\u0302\u0303 Z\u0351\u0352"),
    ("leading mark uppercase", "\u0301ABC"),
    ("leading mark", "\u0301"),
    ("code cpp", "#include <vector>\n\nint main(int argc, char **argv)\n{\n    std::vector<int> v{1, 2, 3};\n"
                 "    for (auto &x : v) x *= 2; // double\n    return v.size() > 2 ? 0 : 1;\n}\n"),
    ("code python", "def count(xs: list[int]) -> int:\n\t\"\"\"Sum.\"\"\"\n\treturn sum(x**2 for x in xs if x % 2 == 0)\n\n\n"
                    "if __name__ == '__main__':\n    print(f\"{count([1,2,3]):>10}\")\n"),
    ("code json", "{\"messages\": [{\"role\": \"user\", \"content\": \"Olá!\"}, {\"role\": \"assistant\", "
                  "\"content\": \"Oi!\", \"weight\": 1}], \"tools\": []}\n"),
    ("code js regex", "const re = /^[a-z]+\\/(\\d{1,3})$/gi; x => x?.y ?? z; a!==b && c===d || e>=f;"),
    ("slashes", "path/to/file.txt //comment\n/*x*/ http://example.com/a/b/ C:\\Windows\\System32 ///\n//\r\n/"),
    ("punctuation runs", "!!!???... ---- ==== *** ''' \"\"\" <<>> ((())) [[]] {{}} ~~~ ### @@@ $$$ %%% ^^^ &&&"),
    ("special token text", "<|endoftext|> <|fim_prefix|><|fim_middle|><|fim_suffix|><|endofprompt|><|im_start|>user"),
    ("bom unicode", "\ufeffUNICODE"),
    ("bom middle", "first file\n\ufeffsecond file\n\ufeff\ufeff  \ufeff x \ufeff"),
    ("bom after space", "a \ufeffUNICODE b\n\ufeffÉ"),
    ("bom spaces", "abc \ufeff def \ufeff\n\ufeff"),
    ("bom lower", "\ufeffunicode \ufeffUnicode \ufeff123 \ufeff!"),
    ("unicode whitespace", "a\u00a0b\u2003c\u3000d\u2028e\u2029f\u0085g\u180eh\u200bi\u1680j\u202fk\u205fl\u2009m"),
    ("unicode whitespace runs", "\u00a0\u00a0\u00a0x \u3000\u3000y\u2028\u2028\n z\u0085\u0085"),
    ("control chars", "\u0000\u0001\u0007\u001b[31mred\u001b[0m\u007f\u0080\u009f end"),
    ("replacement char", "a\ufffdb \ufffd\ufffd"),
    ("math symbols", "∑∫√∞ ≤≥ ← → ∀x∈ℝ: x²+y²=z² ½ ¾ ⅓ №5 °C µs Ω"),
    ("digits long", "1234567890" * 12),
    ("digits mixed", "3.14159 and 1,000,000 and ٣٤٥٦ and ١٢٣٤٥٦٧ and 12345abc6789 v1.2.3 0x1F 2024-11-26"),
    ("numbers other", "²³¹ ¼½¾ ⅠⅡⅢ ①②③ 𝟘𝟙 ༡༢"),
    ("spaces 10000", " " * 10000),
    ("letter then spaces 10000", "a" + " " * 10000),
    ("spaces 10000 then letter", " " * 10000 + "a"),
    ("spaces runs", "x   y    z  \n  w\t\t\tv \t \t u     "),
    ("newlines", "\n\n\n\nline\n\n\n   \n\n  \n"),
    ("crlf runs", "\r\n" * 60),
    ("crlf lines", "line1\r\nline2\r\n\r\n\r\nline3\r\n  \r\n\tx\r\r\r\n\n\r"),
    ("trailing whitespace", "end of text   \t  "),
    ("tabs", "\t\t\tindent\n\t\t\n\t"),
    ("long word", "Pneumonoultramicroscopicsilicovolcanoconiosis" * 20),
    ("long portuguese word", "anticonstitucionalissimamente" * 12),
    ("repeated letter", "a" * 3000),
    ("repeated pair", "ab" * 1500),
    ("repeated emoji", "😀" * 300),
    ("long punctuation", "=-" * 500 + "\n"),
    ("all caps words", "HELLOworld HelloWorld hELLO HELLO WORLD's ABCdefGHI iPhone McDonald's"),
    ("mixed scripts glued", "abcабвαβγ日本ქართულიhello123мир456"),
    ("html", "<div class=\"x\"><p>Olá &amp; bem-vindo</p><br/></div>\n<!-- comment -->"),
    ("markdown", "# Título\n\n- item **negrito** _itálico_ `código`\n1. um\n2. dois\n\n> citação\n\n```bash\nls -la\n```\n"),
]

# Random mixes from fragments of every kind above, with a fixed seed.
fragments = [
    "Olá", "coração", "ÁGUA", "it's", "DON'T", "'ll", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u3000",
    "\ufeff", "👍🏽", "👨‍👩‍👧‍👦", "🇧🇷", "日本語", "한국어", "مرحبا", "שָׁלוֹם", "नमस्ते", "Σίσυφος",
    "e\u0301", "\u0301", "123", "4567", "٣٤٥", "½", "<|endoftext|>", "//", "/", "{", "}", "();", "->",
    "!!", "?", "...", "'", "\"", "x", "Y", "ǅ", "ʰ", "𝐇𝐞", "\u0000", "\u2028", "\u0085", "\ufffd",
    "function", "return", "printf(\"%d\\n\", x);", "ſ", "ß", "ẞ", "İstanbul", "ﬁ", "Ⅻ",
]
rng = random.Random(20261126)
for i in range(60):
    n = rng.randint(1, 40)
    cases.append((f"mix {i:02d}", "".join(rng.choice(fragments) for _ in range(n))))

# Readable UTF-8, but invisible characters escaped (\\uXXXX) so a reader sees them; U+FEFF
# must be escaped anyway: Qt's JSON parser drops a raw byte-order mark at the start of a string.
INVISIBLE = set("\u00a0\u0085\u1680\u180e\u2028\u2029\u202f\u205f\u3000\ufeff\ufffd") | {
    chr(c) for c in range(0x2000, 0x2010)}
text = json.dumps([{"name": name, "text": text} for name, text in cases], ensure_ascii=False, indent=1)
text = "".join(f"\\u{ord(c):04x}" if c in INVISIBLE else c for c in text)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text + "\n")
print(f"{len(cases)} cases -> {os.path.relpath(OUT)}")
