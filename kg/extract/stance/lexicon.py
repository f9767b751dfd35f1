"""The stance cue lexicon: data in `cues.tsv`, looked up by relation lemma."""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.extract.stance.types import STANCE_TYPES, StanceType

LEXICON_FILE = "cues.tsv"


@cache
def load_cues() -> dict[str, StanceType]:
    """Read the cue lexicon shipped with the package.

    Raises:
        ValueError: A line names a stance type that does not exist (a data error).
    """
    text = resources.files("kg.extract.stance").joinpath(LEXICON_FILE).read_text("utf-8")
    cues: dict[str, StanceType] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        cue, _, name = line.partition("\t")
        if name.strip() not in STANCE_TYPES:
            options = ", ".join(STANCE_TYPES)
            raise ValueError(
                f"{LEXICON_FILE}:{number}: unknown stance {name.strip()!r}; use one of {options}"
            )
        cues[cue.strip()] = STANCE_TYPES[name.strip()]
    return cues


def lookup(lemma: str) -> tuple[str, StanceType] | None:
    """The longest cue that the relation lemma starts or ends with, and its stance.

    A relation like "pledge to cooperate in" matches "pledge"; "be opposed to" matches
    itself; "call on" beats "call".

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
