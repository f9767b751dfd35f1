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
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError, UsageError
from kg.extract import extract_triples
from kg.extract.triples import Triple
from kg.io.decode import decode_bytes
from kg.io.records import Rejected

CARB = "carb"
JSONL = "jsonl"
TRIPLE_FORMATS = (CARB, JSONL)
STDIN = "-"


@dataclass(frozen=True, slots=True)
class SentenceLines:
    """The lines of a sentence file, decoded as `kg build` decodes its inputs.

    Attributes:
        lines: One sentence per line, line breaks dropped, text otherwise verbatim.
        encoding: The codec the bytes were decoded with.
        warnings: What the user should know (a legacy encoding, replaced bytes).
    """

    lines: tuple[str, ...]
    encoding: str
    warnings: tuple[str, ...] = ()


def read_sentence_lines(source: str) -> SentenceLines:
    """Read a file of sentences (or stdin for `-`), one per line.

    The bytes are decoded like every `kg build` input (`kg.io.decode`): UTF-8, a
    byte-order mark, or a detected legacy encoding with a warning; binary data is refused.
    Only LF, CR LF and CR end a line, so U+2028 inside a sentence stays in it.

    Raises:
        UsageError: `source` does not exist or is a folder.
        InputError: It cannot be read, or is binary or undecodable.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "s.txt"
        >>> _ = path.write_bytes("Müller spoke .\\r\\nHe left .\\n".encode("cp1252"))
        >>> read_sentence_lines(str(path)).lines
        ('Müller spoke .', 'He left .')
    """
    data = sys.stdin.buffer.read() if source == STDIN else _file_bytes(source)
    decoded = decode_bytes(data)
    if isinstance(decoded, Rejected):
        raise InputError(
            f"cannot read sentences from {source!r}: {decoded.reason}; "
            "pass a text file with one sentence per line"
        )
    warnings = list(decoded.warnings)
    if decoded.replaced:
        warnings.append(
            f"{decoded.replaced} invalid UTF-8 byte sequence(s) replaced with U+FFFD "
            f"(first at byte {decoded.first_replaced_at})"
        )
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return SentenceLines(tuple(lines), decoded.encoding, tuple(warnings))


def _file_bytes(source: str) -> bytes:
    path = Path(source)
    hint = "pass a text file with one sentence per line, or - for stdin"
    if not path.exists():
        raise UsageError(f"input {source!r} does not exist; {hint}")
    if path.is_dir():
        raise UsageError(
            f"input {source!r} is a folder; {hint} (kg build reads folders of articles)"
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {source!r}: {error.strerror or error}; {hint}") from error


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
