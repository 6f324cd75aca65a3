#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries fuzz/*.dict: the words of the language packs' own
lexicons (string literals of src/lang, tests left out), digits of every Unicode digit set,
marks that hostile text carries, and the syntax of each input format. Run from the repo
root: python3 fuzz/dict/make.py"""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def literals(*files):
    words = set()
    for f in files:
        src = (ROOT / f).read_text().split("#[cfg(test)]")[0]
        for w in re.findall(r'"([^"\\\n]{1,30})"', src):
            words.add(w)
    return words


def escape(word):
    out = []
    for b in word.encode():
        out.append(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else f"\\x{b:02X}")
    return '"' + "".join(out) + '"'


def write(name, words):
    words = sorted(set(w for w in words if w))
    path = ROOT / "fuzz" / name
    path.write_text("".join(escape(w) + "\n" for w in words))
    print(f"{path.relative_to(ROOT)}: {len(words)} entries")


# Digits of every Nd set (zero to nine of each), and runs of them.
DIGITS = set()
for cp in range(0x110000):
    c = chr(cp)
    if unicodedata.category(c) == "Nd" and unicodedata.digit(c, -1) == 0:
        run = "".join(chr(cp + i) for i in range(10))
        DIGITS.update(run)
        DIGITS.add(run[1] + run[0] + run[5] + run[0])

MARKS = {
    "\u200f", "\u200e", "\u200b", "\u200c", "\u200d", "\u2066", "\u2067", "\u2068",
    "\u2069", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\ufeff", "\u0640",
    "\u064b", "\u064e", "\u0651", "\u0652", "\u00a0", "\u2009", "\u202f", "\r", "\t",
    "\x0b", "\x0c", "\x1b", "\x7f", "\u0085", "\u2028", "\u2029",
}
PUNCT = {
    ".", ",", "،", "؛", "؟", "٪", "%", "٫", "٬", "-", "–", "—", "/", ":", "(", ")",
    "\"", "«", "»", "'", "$", "€", "£", "\n", "\n\n", "...", "1,000", "1.5", "0.",
    "9" * 40, "9" * 400, "١٢٣٤٥٦٧٨٩٠" * 4, "1e308", "0" * 30,
}
HEADERS = {"2014-12-03\n", "-\n", "9999-12-31\n", "0000-01-01\n", "0000-02-29\n", "2016-02-29\n"}

common = DIGITS | MARKS | PUNCT | HEADERS
ar = literals(*(f"src/lang/ar/{m}.rs" for m in
                ["numbers", "ordinals", "qualifiers", "dates", "units", "attribution", "mod", "tokens"]))
en = literals(*(f"src/lang/en/{m}.rs" for m in
                ["numbers", "figures", "qualifiers", "dates", "units", "attribution", "mod"]))
dates = literals("src/lang/ar/dates.rs", "src/lang/en/dates.rs")
write("extract_ar.dict", ar | common | {" " + w for w in literals("src/lang/ar/qualifiers.rs")})
write("extract_en.dict", en | common)
write("dates.dict", dates | common | {"9999", "0000", "10000", "-0001"})

TEXT = {"ستين دولة", "أكثر من 15 ألف", "more than 60 countries", "$1.5 billion", "\n"}
write("read_md.dict", TEXT | MARKS | {
    "---\n", "---", "id:", "lang:", "date:", "title:", "source:", "url:", "# ", ": ", "\"",
    "'", "ar", "en", "ar-SA", "en_US", "fr", "2014-12-03", "9999-12-31", "0000-01-01",
    "2014-02-30", "\r\n", "\xef\xbb\xbf".encode("latin1").decode(), "المصدر :",
})
write("read_jsonl.dict", TEXT | MARKS | {
    "{", "}", "\"id\":", "\"lang\":", "\"date\":", "\"title\":", "\"source\":", "\"url\":",
    "\"body\":", "null", "true", "17", "-9223372036854775809", "1e400", "\\u0000",
    "\\ud800", "\\n", "\\\"", "\"ar\"", "\"en\"", "\"2014-12-03\"", "\"9999-12-31\"", "[", "]",
    ",", "\r\n", "\"\"",
})
write("read_html.dict", TEXT | MARKS | {
    "<html lang=\"ar\">", "<html lang=\"en\">", "<article>", "</article>", "<p>", "</p>",
    "<br>", "<h1>", "<title>", "<script>", "<style>", "<nav>", "<aside>", "<footer>",
    "<header>", "<main>", "<div>", "</div>", "<b>", "<table>", "<td>", "<li>", "<!--", "-->",
    "<![CDATA[", "&amp;", "&#x0;", "&nbsp;", "&#1633;", "<meta property=\"og:title\" content=\"",
    "<meta property=\"article:published_time\" content=\"2014-12-03T16:20:00+03:00\">",
    "<meta name=\"date\" content=\"", "<link rel=\"canonical\" href=\"", "<time datetime=\"",
    "<meta property=\"og:site_name\" content=\"", "<meta charset=\"utf-8\">", "\">", "<svg>",
    "<template>", "<noscript>", "<pre>", " hidden", " aria-hidden=\"true\"",
    " style=\"display:none\"", " role=\"navigation\"", " role=\"banner\"", " dir=\"rtl\"",
    "<meta name=\"pubdate\" content=\"", "<meta name=\"application-name\" content=\"",
    "<meta property=\"og:url\" content=\"", "<time pubdate datetime=\"", "<plaintext>",
    "<xmp>", "<textarea>", "<select>", "<math>", "<iframe>", "<blockquote>", "<figcaption>",
})
