"""The stance cue lexicon: data in `cues.tsv`, looked up by kind and lemma.

Every cue has a kind (verb, noun, adj, label, intensifier); see the header of
`cues.tsv`. Reviewers extend the lexicon by adding lines there, not code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from kg.errors import KGError
from kg.extract.stance.types import STANCE_TYPES, StanceType

LEXICON_FILE = "cues.tsv"
CueKind = Literal["verb", "noun", "adj", "label", "role", "modal", "intensifier"]
CUE_KINDS: tuple[CueKind, ...] = (
    "verb",
    "noun",
    "adj",
    "label",
    "role",
    "modal",
    "intensifier",
)
NO_STANCE = "-"


class LexiconError(KGError):
    """A line of the cue lexicon is malformed (a data error in the package)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry.

    Attributes:
        text: The cue lemmas ("call on", "criticism of").
        kind: Where it applies (see `CUE_KINDS`).
        stance: Its stance type; None for intensifiers.
        weight: Intensity multiplier (intensifiers), 1.0 for cues.
    """

    text: str
    kind: CueKind
    stance: StanceType | None
    weight: float = 1.0


def _parse_line(number: int, line: str) -> Cue:
    fields = [field.strip() for field in line.split("\t")]
    fields += [""] * (4 - len(fields))
    text, stance_name, kind, weight = fields[:4]
    where = f"{LEXICON_FILE}:{number}"
    if kind not in CUE_KINDS:
        raise LexiconError(f"{where}: unknown kind {kind!r}; use one of {', '.join(CUE_KINDS)}")
    if stance_name != NO_STANCE and stance_name not in STANCE_TYPES:
        options = ", ".join(STANCE_TYPES)
        raise LexiconError(f"{where}: unknown stance {stance_name!r}; use one of {options} or -")
    if (kind == "intensifier") != (stance_name == NO_STANCE):
        raise LexiconError(f"{where}: intensifiers take stance -, other kinds a stance type")
    try:
        factor = float(weight) if weight else 1.0
    except ValueError as error:
        raise LexiconError(f"{where}: weight {weight!r} is not a number (e.g. 1.5)") from error
    stance = STANCE_TYPES.get(stance_name)
    return Cue(text, kind, stance, factor)


@cache
def load_lexicon() -> dict[tuple[str, str], Cue]:
    """Every cue of the shipped lexicon, keyed by (kind, cue text).

    Raises:
        LexiconError: A line is malformed; the message names the line and the fix.
    """
    text = resources.files("kg.extract.stance").joinpath(LEXICON_FILE).read_text("utf-8")
    cues: dict[tuple[str, str], Cue] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        cue = _parse_line(number, line)
        cues[(cue.kind, cue.text)] = cue
    return cues


@cache
def cue_prefixes(kind: CueKind) -> frozenset[str]:
    """Every cue text of a kind cut at each space, and whole: a lemma string can be a cue,
    or begin one ("call" begins "call on"), only if it is among them.

    Example:
        >>> "call" in cue_prefixes("verb"), "call on" in cue_prefixes("verb")
        (True, True)
    """
    found: set[str] = set()
    for cue_kind, text in load_lexicon():
        if cue_kind != kind:
            continue
        found.add(text)
        found.update(text[:at] for at, char in enumerate(text) if char == " ")
    return frozenset(found)


def load_cues() -> dict[str, StanceType]:
    """The verb cues and their stance types.

    Example:
        >>> load_cues()["denounce"].name
        'DISAPPROVE'
    """
    return {
        text: cue.stance
        for (kind, text), cue in load_lexicon().items()
        if kind == "verb" and cue.stance is not None
    }


def find_cue(kind: CueKind, candidates: Iterable[str]) -> Cue | None:
    """The first candidate lemma string that is a cue of this kind.

    Example:
        >>> find_cue("noun", ["invasion of", "invasion"]).stance.name
        'ASSAULT'
    """
    lexicon = load_lexicon()
    for candidate in candidates:
        cue = lexicon.get((kind, candidate))
        if cue is not None:
            return cue
    return None


def intensifier_weight(lemma: str) -> float:
    """The intensity multiplier of an adverb (1.0 when it is no intensifier).

    Example:
        >>> intensifier_weight("absolutely"), intensifier_weight("also")
        (1.5, 1.0)
    """
    cue = load_lexicon().get(("intensifier", lemma))
    return cue.weight if cue else 1.0


def lookup(lemma: str) -> tuple[str, StanceType] | None:
    """The longest verb cue that a relation lemma starts or ends with, and its stance.

    A relation like "pledge to cooperate in" matches "pledge"; "call on" beats "call".

    Example:
        >>> cue, stance = lookup("call on")
        >>> cue, stance.name
        ('call on', 'APPEAL')
    """
    cues = load_cues()
    words = lemma.split()
    for size in range(len(words), 0, -1):
        for candidate in (" ".join(words[:size]), " ".join(words[-size:])):
            if candidate in cues:
                return candidate, cues[candidate]
    return None


def cue_polarity(text: str) -> int:
    """The polarity of a cue of any kind (0 when unknown or neutral).

    Example:
        >>> cue_polarity("support"), cue_polarity("criticism of"), cue_polarity("say")
        (1, -1, 0)
    """
    for kind in CUE_KINDS:
        cue = load_lexicon().get((kind, text))
        if cue is not None and cue.stance is not None:
            return cue.stance.polarity
    return 0
