"""Sentence-level Open IE: `kg triples` (one sentence per line, CaRB's input format).

Example:
    >>> from kg.nlp import load_pipeline
    >>> lines = ["Trump spoke with Merkel ."]
    >>> for line, triples in extract_lines(load_pipeline(), lines, pretokenized=True):
    ...     print(format_carb(line, triples[0]).split(chr(9)))
    ['Trump spoke with Merkel .', '0.74', 'spoke with', 'Trump', 'Merkel']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract_triples
from kg.extract.triples import Triple

CARB = "carb"
JSONL = "jsonl"
TRIPLE_FORMATS = (CARB, JSONL)


def extract_lines(
    nlp: Language, lines: Iterable[str], *, pretokenized: bool = False, batch_size: int = 64
) -> Iterator[tuple[str, list[Triple]]]:
    """Parse each line as one sentence and yield its triples.

    Args:
        nlp: The spaCy pipeline.
        lines: One sentence per line; blank lines yield no triples.
        pretokenized: Keep whitespace tokens exactly (CaRB's input is tokenised).
    """
    kept = [line.rstrip("\n") for line in lines]
    inputs: list[str | Doc] = [
        Doc(nlp.vocab, words=line.split()) if pretokenized and line.split() else line
        for line in kept
    ]
    for line, doc in zip(kept, nlp.pipe(inputs, batch_size=batch_size), strict=True):
        triples: list[Triple] = []
        for sentence in doc.sents:
            triples.extend(extract_triples(sentence))
        yield line, triples


def carb_fields(triple: Triple) -> list[str]:
    """relation, arg1, arg2... with no empty trailing field."""
    fields = [triple.relation.text, triple.subject.text]
    fields += [argument.text for argument in triple.arguments if argument.text]
    return fields


def format_carb(sentence: str, triple: Triple) -> str:
    """`sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...`, tabs in text spaced."""
    fields = [sentence, f"{triple.confidence:g}", *carb_fields(triple)]
    return "\t".join(field.replace("\t", " ") for field in fields)


def triple_record(sentence: str, triple: Triple) -> dict[str, Any]:
    """The JSON form of one triple (`kg triples --format jsonl`)."""
    return {
        "sentence": sentence,
        "confidence": triple.confidence,
        "relation": triple.relation.text,
        "lemma": triple.lemma,
        "arg1": triple.subject.text,
        "args": [argument.text for argument in triple.arguments],
        "negated": triple.negated,
        "rule": triple.rule,
    }


def format_jsonl(sentence: str, triple: Triple) -> str:
    return json.dumps(triple_record(sentence, triple), ensure_ascii=False)
