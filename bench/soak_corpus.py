"""The soak run's corpus: real-ish news, random Unicode and broken inputs, fixed seed.

`write_corpus` writes the inputs and says, for each, its category and, where it is known
in advance, the record it must end with (`bench/soak.py` checks them).
"""

from __future__ import annotations

import importlib
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ACTORS = [
    "President Emmanuel Macron",
    "Chancellor Olaf Scholz",
    "Prime Minister Narendra Modi",
    "Senator Elizabeth Warren",
    "the European Commission",
    "the Kremlin",
    "NATO",
    "the United Nations",
    "Foreign Minister Sergei Lavrov",
    "Secretary of State Antony Blinken",
    "the World Health Organization",
    "Governor Gavin Newsom",
    "the Chinese Foreign Ministry",
    "President Volodymyr Zelensky",
    "Prime Minister Fumio Kishida",
    "the African Union",
    "Hamas",
    "the Israeli government",
    "President Recep Tayyip Erdogan",
    "the International Monetary Fund",
    "the teachers' union",
    "Mayor Sadiq Khan",
    "opposition leader Keir Starmer",
    "the Pentagon",
]
VERBS = [
    "criticised",
    "praised",
    "met",
    "called on",
    "urged",
    "rejected",
    "accused",
    "supported",
    "warned",
    "threatened",
    "visited",
    "spoke with",
    "condemned",
    "welcomed",
    "sanctioned",
]
ISSUES = [
    "the ceasefire proposal",
    "new tariffs on steel",
    "the climate agreement",
    "sanctions on Iran",
    "the budget plan",
    "the arms deal",
    "the election results",
    "the refugee policy",
]
PLACES = ["Brussels", "Geneva", "New Delhi", "Nairobi", "Washington", "Tokyo", "Kyiv", "Paris"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "late on Thursday", "on Friday", "this week"]
CHROME = ("SCRIPT_SENTINEL", "STYLE_SENTINEL", "NAV_SENTINEL", "FOOTER_SENTINEL")

# Shares of the inputs with a fate known in advance: (category, share, status, cause).
KNOWN = (
    ("invalid JSON line", 0.03, "skipped", "invalid-json"),
    ("JSONL line without text", 0.02, "skipped", "missing-text"),
    ("JSONL line not an object", 0.01, "skipped", "not-an-object"),
    ("JSONL line with a bad title", 0.01, "partial", "bad-field"),
    ("duplicate JSONL line", 0.02, "skipped", "duplicate"),
    ("empty file", 0.005, "skipped", "empty"),
    ("binary file", 0.005, "skipped", "binary"),
    ("cp1252 file", 0.01, "ok", None),
    ("damaged UTF-8 file", 0.005, "partial", "replaced-bytes"),
    ("unsupported file type", 0.005, "skipped", "unsupported-type"),
    ("hidden file", 0.003, "skipped", "hidden"),
    ("real-ish .txt file", 0.05, "ok", None),
    ("real-ish .md file", 0.01, "ok", None),
    ("real-ish .html page", 0.02, "ok", None),
)
RANDOM_SHARE = 0.10  # random Unicode JSONL lines: any fate (most are not English)
NOISY_SHARE = 0.10  # real-ish text with random Unicode spliced in: any fate (most read)
FOREIGN_SHARE = 0.03  # real non-English sentences: skipped as not English, or read if short
OVERSIZE_FILES = 2  # ~150,000 characters each: split into parts
JSONL_CHUNK = 500


@dataclass
class Corpus:
    """The written corpus and what is known about each input."""

    root: Path
    expected: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    category: dict[str, str] = field(default_factory=dict)

    def add(self, source: Path | str, category: str, fate: tuple[str, str | None] | None) -> None:
        self.category[str(source)] = category
        if fate is not None:
            self.expected[str(source)] = fate


def realish(rng: random.Random, number: int) -> str:
    """A short news-like text (1-3 sentences), unique through its report number."""
    a, b = rng.sample(ACTORS, 2)
    sentences = [
        f"{a} {rng.choice(VERBS)} {b} {rng.choice(DAYS)}.",
        f'"We will not accept {rng.choice(ISSUES)}," {a} said in {rng.choice(PLACES)}.',
        f"{b} said {rng.choice(ACTORS)} had {rng.choice(VERBS)} {rng.choice(ISSUES)}.",
        f"Officials in {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(ISSUES)}.",
    ]
    body = " ".join(rng.sample(sentences, rng.randint(1, 3)))
    return f"{body} The statement was report {number}."


def random_unicode(rng: random.Random) -> str:
    """Random code points from many scripts, emoji, combining marks and controls."""
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0x24F),
        (0x300, 0x36F),
        (0x400, 0x4FF),
        (0x600, 0x6FF),
        (0x900, 0x97F),
        (0x4E00, 0x4FFF),
        (0x1F300, 0x1F64F),
        (0x0, 0x1F),
        (0x200B, 0x200F),
        (0xFFF0, 0xFFFF),
    ]
    chars = []
    for _ in range(rng.randint(1, 200)):
        low, high = rng.choice(ranges)
        chars.append(chr(rng.randint(low, high)))
    return "".join(chars)


def noisy(rng: random.Random, number: int) -> str:
    """Real-ish text with random Unicode (controls, emoji, other scripts) spliced in."""
    words = realish(rng, number).split(" ")
    for _ in range(rng.randint(1, 4)):
        words.insert(rng.randint(0, len(words)), random_unicode(rng)[: rng.randint(1, 12)])
    return " ".join(words)


def foreign_texts() -> list[str]:
    """Real sentences in other languages: the examples spaCy ships (offline)."""
    texts = []
    for code in ("de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "zh", "ja", "ar"):
        module = importlib.import_module(f"spacy.lang.{code}.examples")
        sentences = list(module.sentences)
        texts += [" ".join(sentences[i : i + 2]) for i in range(len(sentences))]
    return texts


def html_page(text: str, number: int) -> str:
    return (
        f"<html><head><title>Report {number}</title>"
        f"<script>var s = '{CHROME[0]}';</script><style>p {{}} /* {CHROME[1]} */</style>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/w'>{CHROME[2]}</a></nav>"
        f"<article><h1>Report {number}</h1><p>{text}</p></article>"
        f"<footer>{CHROME[3]}</footer></body></html>"
    )


def write_corpus(root: Path, total: int, seed: int) -> Corpus:
    """Write `total` inputs under root/corpus; return what each should become."""
    rng = random.Random(seed)
    corpus = Corpus(root / "corpus")
    folder = corpus.root
    (folder / "nested" / "deeper").mkdir(parents=True)
    counts = {category: round(share * total) for category, share, _, _ in KNOWN}
    fates = {category: (status, cause) for category, _, status, cause in KNOWN}
    fates["real-ish JSONL line"] = ("ok", None)  # unique English texts: all read
    n_random, n_foreign = round(RANDOM_SHARE * total), round(FOREIGN_SHARE * total)
    n_noisy = round(NOISY_SHARE * total)
    specials = 2  # a symlink loop and a FIFO
    n_realish = (
        total - sum(counts.values()) - n_random - n_noisy - n_foreign - OVERSIZE_FILES - specials
    )
    numbers = iter(range(10**6))

    lines: list[tuple[str, str]] = []  # (JSONL line, category)
    first_texts = []
    for _ in range(n_realish):
        text = realish(rng, next(numbers))
        record: dict[str, Any] = {"text": text}
        if rng.random() < 0.5:
            record["id"] = f"story-{next(numbers)}"
        else:
            first_texts.append(text)  # same text, no id: the same document id
        lines.append((json.dumps(record), "real-ish JSONL line"))
    for _ in range(n_random):
        line = json.dumps({"text": random_unicode(rng)})
        lines.append((line, "random Unicode JSONL line"))
    for _ in range(n_noisy):
        lines.append((json.dumps({"text": noisy(rng, next(numbers))}), "noisy real-ish JSONL line"))
    foreign = foreign_texts()
    for _ in range(n_foreign):
        lines.append((json.dumps({"text": rng.choice(foreign)}), "non-English JSONL line"))
    category = "invalid JSON line"
    for _ in range(counts[category]):
        broken = json.dumps({"text": realish(rng, next(numbers))})[: rng.randint(1, 40)]
        lines.append((broken, category))
    category = "JSONL line without text"
    for _ in range(counts[category]):
        lines.append((json.dumps({"id": f"x{next(numbers)}", "title": "No text"}), category))
    category = "JSONL line not an object"
    for _ in range(counts[category]):
        lines.append((json.dumps([realish(rng, next(numbers))]), category))
    category = "JSONL line with a bad title"
    for _ in range(counts[category]):
        record = {"text": realish(rng, next(numbers)), "title": ["not", "a", "string"]}
        lines.append((json.dumps(record), category))
    category = "duplicate JSONL line"
    for _ in range(counts[category]):
        lines.append((json.dumps({"text": rng.choice(first_texts)}), category))
    # Duplicates must come after their originals: originals first, the rest shuffled.
    originals, rest = lines[:n_realish], lines[n_realish:]
    rng.shuffle(rest)
    ordered = originals + rest
    for start in range(0, len(ordered), JSONL_CHUNK):
        path = folder / f"corpus-{start // JSONL_CHUNK:03d}.jsonl"
        chunk = ordered[start : start + JSONL_CHUNK]
        text_lines = []
        for offset, (line, name) in enumerate(chunk):
            text_lines.append(line)
            corpus.add(f"{path}:{len(text_lines)}", name, fates.get(name))
            if offset % 50 == 49:
                text_lines.append("")  # blank lines are not inputs
        path.write_text("\n".join(text_lines) + "\n", encoding="utf-8")

    def file(name: str, data: bytes, category: str) -> None:
        path = folder / ("nested/deeper" if rng.random() < 0.3 else "nested") / name
        path.write_bytes(data)
        corpus.add(path, category, fates.get(category))

    for i in range(counts["empty file"]):
        file(f"empty-{i}.txt", b"" if i % 2 else b" \n\t \n", "empty file")
    for i in range(counts["binary file"]):
        data = b"%PDF-1.4\n" + rng.randbytes(200) if i % 2 else rng.randbytes(200) + b"\x00"
        file(f"binary-{i}.txt", data, "binary file")
    quote = "“{}”, Müller’s spokesman said – in Zürich."
    for i in range(counts["cp1252 file"]):
        text = quote.format(realish(rng, next(numbers)))
        file(f"legacy-{i}.txt", text.encode("cp1252"), "cp1252 file")
    for i in range(counts["damaged UTF-8 file"]):
        data = quote.format(realish(rng, next(numbers))).encode()
        file(f"damaged-{i}.txt", data[:5] + b"\xff" + data[5:], "damaged UTF-8 file")
    for i in range(counts["unsupported file type"]):
        file(
            f"picture-{i}.{'png' if i % 2 else 'docx'}", rng.randbytes(64), "unsupported file type"
        )
    for i in range(counts["hidden file"]):
        file(f".hidden-{i}.txt", b"Hidden notes.", "hidden file")
    for i in range(counts["real-ish .txt file"]):
        text = f"Report {i}\n\n{realish(rng, next(numbers))}"
        file(f"story-{i}.txt", text.encode(), "real-ish .txt file")
    for i in range(counts["real-ish .md file"]):
        text = f"# Report {i}\n\n**{realish(rng, next(numbers))}**"
        file(f"story-{i}.md", text.encode(), "real-ish .md file")
    for i in range(counts["real-ish .html page"]):
        page = html_page(realish(rng, next(numbers)), i)
        file(f"page-{i}.html", page.encode(), "real-ish .html page")
    for i in range(OVERSIZE_FILES):
        long_text = "\n\n".join(realish(rng, next(numbers)) for _ in range(1_300))
        path = folder / f"oversize-{i}.txt"
        path.write_text(long_text, encoding="utf-8")
        corpus.add(path, "oversize file (split)", ("ok", None))
    (folder / "nested" / "loop").symlink_to(folder)
    corpus.add(folder / "nested" / "loop", "symlink loop", ("skipped", "symlink-loop"))
    os.mkfifo(folder / "nested" / "pipe.txt")
    corpus.add(folder / "nested" / "pipe.txt", "FIFO", ("skipped", "not-a-regular-file"))
    return corpus
