"""A deterministic news corpus of any size, made from the seed articles (`seeds/`).

Each article is a headline and 4-12 paragraphs drawn, with a fixed random seed, from the
paragraphs of the seed articles, in a new order; every article's text is distinct (a
repeated draw is redrawn), so `kg build` reads, parses and extracts every one. The same
`words` and `seed` always give the same corpus, byte for byte, so throughput measured on
it can be compared across runs and machines. Words are counted as `kg build` counts them
in report.json (`len(text.split())`).

What it is not: new facts. The sentences are the seeds' own, so the entities and stances
repeat; the parser's cost per word is that of real news text, but the graph has far fewer
distinct actors than a real corpus of the same size.

    .venv/bin/python -m bench.corpus 100000 /tmp/corpus-100k.jsonl [--seed 1]

Example:
    >>> articles = list(generate_articles(3000, seed=1))
    >>> sum(len(a["text"].split()) for a in articles) >= 3000
    True
    >>> articles == list(generate_articles(3000, seed=1))
    True
    >>> len({a["text"] for a in articles}) == len(articles)
    True
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_FEWEST_PARAGRAPHS = 4
_MOST_PARAGRAPHS = 12
_REDRAWS = 100


def seed_paragraphs(folder: Path = SEEDS) -> tuple[list[str], list[str]]:
    """The headlines (first paragraph of each seed) and the body paragraphs of the seeds."""
    headlines: list[str] = []
    bodies: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8"))]
        paragraphs = [p for p in paragraphs if p]
        if len(paragraphs) < 2:
            continue
        headlines.append(paragraphs[0])
        bodies.extend(paragraphs[1:])
    if len(bodies) < _FEWEST_PARAGRAPHS:
        raise SystemExit(f"{folder} holds too little text to make a corpus from")
    return headlines, bodies


def generate_articles(
    words: int, *, seed: int = 1, folder: Path = SEEDS
) -> Iterator[dict[str, Any]]:
    """JSONL records (`id`, `title`, `published`, `text`) until `words` words are reached."""
    headlines, bodies = seed_paragraphs(folder)
    rng = random.Random(seed)
    seen: set[str] = set()
    total = 0
    number = 0
    most = min(_MOST_PARAGRAPHS, len(bodies))
    while total < words:
        for _ in range(_REDRAWS):
            count = rng.randint(min(_FEWEST_PARAGRAPHS, most), most)
            headline = rng.choice(headlines)
            text = "\n\n".join([headline, *rng.sample(bodies, count)])
            if text not in seen:
                break
        else:
            raise SystemExit(f"no new article after {_REDRAWS} draws; the seeds are too small")
        seen.add(text)
        number += 1
        total += len(text.split())
        day = 1 + number % 28
        yield {
            "id": f"bench-{seed}-{number:06d}",
            "title": headline,
            "published": f"2017-{1 + number % 12:02d}-{day:02d}",
            "text": text,
        }


def write_corpus(words: int, path: Path, *, seed: int = 1) -> tuple[int, int]:
    """Write the corpus as JSONL; return (articles, words)."""
    articles = 0
    total = 0
    with path.open("w", encoding="utf-8") as handle:
        for article in generate_articles(words, seed=seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            articles += 1
            total += len(article["text"].split())
    return articles, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    articles, total = write_corpus(args.words, args.path, seed=args.seed)
    print(f"{args.path}: {articles} articles, {total} words")


if __name__ == "__main__":
    main()
