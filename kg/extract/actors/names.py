"""Names as strings: folded keys, name variants, and the choice of a canonical label.

Pure string functions, no parse needed: they serve both the within-document grouping and
the cross-document merge.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from kg.ids import normalize_text

# Name particles written as a prefix of the surname: "Bashar al-Assad" is also "Assad".
SURNAME_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-")
# Generational suffixes that do not tell two names apart: "Martin Luther King Jr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# Memo sizes of the pure string functions below. A document asks for the same few
# hundred names and words thousands of times (every mention, role and candidate pair);
# bounded so a long corpus of distinct names cannot grow memory without limit.
FOLD_CACHE_SIZE = 1 << 16
PAIR_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """The matching key of a name: case, accents, dots and a leading "the" ignored.

    NFKC first (so typographic variants agree), then accents stripped where Unicode can
    decompose them ("François" -> "francois"; "Ł" has no decomposition and stays).

    Example:
        >>> fold("the  U.S."), fold("François Hollande"), fold("Łukasz O’Neill")
        ('us', 'francois hollande', "łukasz o'neill")
    """
    text = normalize_text(text).translate(APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = plain.casefold().replace(".", "").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_words(text: str) -> list[str]:
    """Folded words of a person name without generational suffixes.

    Example:
        >>> name_words("Martin Luther King Jr.")
        ['martin', 'luther', 'king']
    """
    return list(_name_words(text))


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _name_words(text: str) -> tuple[str, ...]:
    words = fold(text).replace(",", " ").split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def _surname_variants(word: str) -> set[str]:
    variants = {word}
    for prefix in SURNAME_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            variants.add(word[len(prefix) :])
    return variants


@lru_cache(maxsize=PAIR_CACHE_SIZE)
def is_short_form(short: str, full: str) -> bool:
    """Whether `short` names the same person as `full` by a trailing part of it.

    "Trump" of "Donald Trump", "de Klerk" of "F.W. de Klerk", "Assad" of "Bashar
    al-Assad". The short form must be shorter.

    Example:
        >>> is_short_form("Assad", "Bashar al-Assad"), is_short_form("Donald", "Donald Trump")
        (True, False)
    """
    short_words, full_words = _name_words(short), _name_words(full)
    if not short_words or len(short_words) >= len(full_words):
        return False
    size = len(short_words)
    if full_words[-size:] == short_words:
        return True
    # "Assad" and "al-Assad": compare the last word without its particle.
    return (
        full_words[-size:-1] == short_words[:-1]
        and short_words[-1] in _surname_variants(full_words[-1])
        and short_words[-1] != full_words[-1]
    )


@lru_cache(maxsize=PAIR_CACHE_SIZE)
def is_full_variant(one: str, other: str) -> bool:
    """Two full names of one person: same first and last word, middles only initials.

    Example:
        >>> is_full_variant("Donald J. Trump", "Donald Trump")
        True
        >>> is_full_variant("Jeb Bush", "George Bush")
        False
    """
    a, b = _name_words(one), _name_words(other)
    if len(a) < 2 or len(b) < 2 or a == b:
        return False
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    middles = a[1:-1] + b[1:-1]
    return all(len(word) == 1 for word in middles)


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def is_all_caps(text: str) -> bool:
    """Whether every letter is upper case (a headline or shouted form), with 2+ letters.

    Example:
        >>> is_all_caps("TRUMP"), is_all_caps("NATO"), is_all_caps("Trump")
        (True, True, False)
    """
    letters = [char for char in text if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def choose_label(forms: Iterable[str], *, prefer_long: bool) -> str:
    """The canonical label among the surface forms of one entity.

    People get their longest name ("Donald Trump" over "Trump"; initials do not count);
    other actors their most frequent form. Ties: mixed case over all caps, fewer words,
    then the alphabetically first form, so the choice never depends on the order of the
    text. Callers leave out forms from all-caps headlines when the body has others.

    Example:
        >>> choose_label(["Trump", "Donald Trump", "Trump"], prefer_long=True)
        'Donald Trump'
        >>> choose_label(["Kremlin", "KREMLIN", "Kremlin"], prefer_long=False)
        'Kremlin'
    """
    counts: dict[str, int] = {}
    for form in forms:
        counts[form] = counts.get(form, 0) + 1
    if not counts:
        raise ValueError("choose_label needs at least one form")

    def rank(form: str) -> tuple[int, int, bool, int, str]:
        words = _name_words(form)
        # Initials do not make a name longer: "Donald J. Trump" ties with "Donald Trump".
        length = sum(1 for word in words if len(word) > 1) if prefer_long else 0
        return (-length, -counts[form], is_all_caps(form), len(words), form)

    return min(counts, key=rank)
