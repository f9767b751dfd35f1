"""The curated word lists of actor resolution, read from the TSV files of this package.

- `aliases.tsv`: aliases and acronyms of one actor ("U.S." = "United States").
- `demonyms.tsv`: demonyms and party labels linked to their actor ("Russian" -> Russia);
  its places are also the known place names.
- `titles.tsv`: honorifics and titles ("Mr.", "Senate Majority Leader" ends in "Leader").
- `actor_nouns.tsv`: head nouns that name people or institutions ("hackers", "government").
- `first_names.tsv`: given names that mark a gender, for pronoun agreement.

All lookups are on folded keys (`kg.extract.actors.names.fold`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from kg.extract.actors.names import fold
from kg.ids import ENTITY_TYPES

Gender = Literal["m", "f"]
TitleKind = Literal["honorific", "title"]

_PACKAGE = "kg.extract.actors"
_GENDERS: dict[str, Gender | None] = {"m": "m", "f": "f", "-": None}
_TITLE_KINDS: tuple[TitleKind, ...] = ("honorific", "title")
_ACTOR_NOUN_TYPES = ("group", "organization")


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor named by a curated table row: its canonical label and type."""

    label: str
    type: str


@dataclass(frozen=True, slots=True)
class Title:
    """A title or honorific: how it is stripped and what gender it marks."""

    text: str
    kind: TitleKind
    gender: Gender | None


def _rows(name: str, columns: int) -> list[tuple[int, list[str]]]:
    """The non-comment rows of a data file, each split into exactly `columns` fields."""
    text = resources.files(_PACKAGE).joinpath(name).read_text("utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise ValueError(
                f"{name}:{number}: expected {columns} tab-separated fields, got {len(fields)} "
                f"in {line!r}; fix the line (see the comment at the top of the file)"
            )
        rows.append((number, [field.strip() for field in fields]))
    return rows


def _entity_type(name: str, number: int, value: str) -> str:
    if value not in ENTITY_TYPES:
        raise ValueError(
            f"{name}:{number}: unknown entity type {value!r}; use one of {', '.join(ENTITY_TYPES)}"
        )
    return value


def _actor_table(name: str) -> dict[str, Actor]:
    table: dict[str, Actor] = {}
    for number, (label, type_name, forms) in _rows(name, 3):
        actor = Actor(label, _entity_type(name, number, type_name))
        for form in [label, *forms.split("|")]:
            if form.strip():
                table.setdefault(fold(form), actor)
    return table


@cache
def aliases() -> dict[str, Actor]:
    """Folded alias -> the actor it names (the canonical label maps to itself).

    Example:
        >>> aliases()[fold("U.S.")]
        Actor(label='United States', type='place')
    """
    return _actor_table("aliases.tsv")


# The longest alias in words that a group label is searched for ("United States of America").
_LONGEST_ALIAS = 5
_POSSESSIVES = ("’s", "'s", "’", "'")


@lru_cache(maxsize=1 << 12)
def canonical_group_label(label: str) -> str:
    """A group's label with every curated alias in it written canonically.

    "EU leaders" and "European Union leaders" are one group, as "U.S. officials" and
    "United States officials" are: without this they would be two nodes. Only
    capitalised words are looked up ("people like us" keeps its "us").

    Example:
        >>> canonical_group_label("EU leaders"), canonical_group_label("U.N.’s envoys")
        ('European Union leaders', 'United Nations’s envoys')
    """
    words = label.split()
    table = aliases()
    out: list[str] = []
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST_ALIAS, len(words) - index), 0, -1):
            chunk = " ".join(words[index : index + size])
            suffix = next((p for p in _POSSESSIVES if chunk.endswith(p)), "")
            base = chunk[: len(chunk) - len(suffix)]
            actor = table.get(fold(base)) if base[:1].isupper() else None
            if actor is not None:
                out.append(actor.label + suffix)
                index += size
                break
        else:
            out.append(words[index])
            index += 1
    return " ".join(out)


@cache
def demonyms() -> dict[str, Actor]:
    """Folded demonym or party label -> the actor it is linked to.

    Example:
        >>> demonyms()[fold("Russians")].label
        'Russia'
    """
    table = _actor_table("demonyms.tsv")
    return {key: actor for key, actor in table.items() if fold(actor.label) != key}


@cache
def known_places() -> frozenset[str]:
    """Folded names of places in the curated tables (countries, capitals, regions)."""
    places = {
        fold(actor.label)
        for actor in _actor_table("demonyms.tsv").values()
        if actor.type == "place"
    }
    places |= {key for key, actor in aliases().items() if actor.type == "place"}
    return frozenset(places)


@cache
def titles() -> dict[tuple[str, ...], Title]:
    """Folded title words -> the title ("prime", "minister") -> Prime Minister."""
    table: dict[tuple[str, ...], Title] = {}
    for number, (text, kind, gender) in _rows("titles.tsv", 3):
        if kind not in _TITLE_KINDS or gender not in _GENDERS:
            raise ValueError(
                f"titles.tsv:{number}: kind {kind!r} or gender {gender!r} is unknown; use a "
                f"kind of {', '.join(_TITLE_KINDS)} and a gender of m, f or -"
            )
        title_kind: TitleKind = "honorific" if kind == "honorific" else "title"
        table[tuple(fold(text).split())] = Title(text, title_kind, _GENDERS[gender])
    return table


def title_at(words: list[str]) -> tuple[int, Title] | None:
    """The longest title that the folded words start with, and its length in words.

    Example:
        >>> title_at(["prime", "minister", "shinzo", "abe"])
        (2, Title(text='Prime Minister', kind='title', gender=None))
        >>> title_at(["justices", "clarence", "thomas"])[1].text
        'Justice'
    """
    return _title_at(tuple(words[:TITLE_MAX_WORDS]))


# `title_at` matches titles of at most this many words (titles.tsv has none longer).
TITLE_MAX_WORDS = 4


@lru_cache(maxsize=1 << 16)
def _title_at(words: tuple[str, ...]) -> tuple[int, Title] | None:
    # Memoised: every token of a name and of its neighbours is looked up, again and again.
    table = titles()
    for size in range(len(words), 0, -1):
        key = words[:size]
        # A plural title before several names: "Justices Clarence Thomas and ...".
        title = table.get(key) or (
            table.get((*key[:-1], key[-1][:-1])) if key[-1].endswith("s") else None
        )
        if title is not None:
            return size, title
    return None


@cache
def actor_nouns() -> dict[str, str]:
    """Head noun lemma -> the type of actor it names (`group` or `organization`)."""
    table: dict[str, str] = {}
    for number, (lemma, type_name) in _rows("actor_nouns.tsv", 2):
        if type_name not in _ACTOR_NOUN_TYPES:
            raise ValueError(
                f"actor_nouns.tsv:{number}: type {type_name!r} is unknown; use group or "
                "organization"
            )
        table[fold(lemma)] = type_name
    return table


@cache
def first_names() -> dict[str, Gender]:
    """Folded given name -> the gender it marks.

    Example:
        >>> first_names()["angela"], first_names()["donald"]
        ('f', 'm')
    """
    table: dict[str, Gender] = {}
    for number, (name, gender) in _rows("first_names.tsv", 2):
        value = _GENDERS.get(gender)
        if value is None:
            raise ValueError(f"first_names.tsv:{number}: gender {gender!r} is not m or f")
        table[fold(name)] = value
    return table
