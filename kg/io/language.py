"""Is this text English? Offline language identification with py3langid.

`kg`'s model and rules read English, so non-English documents are skipped with a reason
(cause `not-english`) rather than parsed into nonsense. py3langid (a naive Bayes model
over byte n-grams for 97 languages, shipped inside the package: nothing is downloaded)
gives a probability per language. A text is called non-English only when it has enough
letters to judge and English gets less than `NOT_ENGLISH_BELOW` of the probability;
everything else is read, so a short English headline full of foreign names is never
lost. A short text is judged anyway when most of its letters are not Latin ("Где ты?"):
English is written in Latin letters. `bench/language.py` measures both error rates.

Example:
    >>> guess = detect_language("Wladimir Putin hat am Samstag mit Donald Trump telefoniert.")
    >>> guess.language, guess.is_english
    ('de', False)
    >>> detect_language("Putin called Trump.").language is None  # too short to judge
    True
    >>> detect_language("Путин позвонил Трампу.").is_english  # short, but not Latin script
    False
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

ENGLISH = "en"
# Fewer letters than this and no language is called: short texts fool every detector.
MIN_LETTERS = 20
# A text too short to judge is judged anyway when at least this many letters, and at
# least half of all its letters, are not Latin.
MIN_FOREIGN_SCRIPT_LETTERS = 4
FOREIGN_SCRIPT_SHARE = 0.5
# English must get less than this probability for a text to be called non-English.
# Chosen on the dev sets (CaRB dev, directed-sentiment valid), where the lowest English
# probability of any English sentence was 0.065; see bench/language.py.
NOT_ENGLISH_BELOW = 0.01
# Enough text to judge a long document; the rest would only cost time (py3langid's cost
# grows with the text: on 20,000 characters it took ~95% of reading time). A longer text
# is judged on `SAMPLE_WINDOWS` evenly spaced windows that add up to `SAMPLE_CHARS`, so a
# document whose English header hides a foreign body is still judged on its body.
SAMPLE_CHARS = 2_000
SAMPLE_WINDOWS = 4


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The most likely language of a text and the probability that it is English.

    Attributes:
        language: ISO 639-1 code of the most likely language; None when the text has
            too few letters to judge.
        english: The probability of English (0..1).
    """

    language: str | None
    english: float

    @property
    def is_english(self) -> bool:
        """True unless the text is long enough to judge and clearly not English."""
        return self.language is None or self.english >= NOT_ENGLISH_BELOW


@cache
def _is_latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


@cache
def _identifier() -> Any:
    """The py3langid model with normalised probabilities (loaded once, ~2 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_language_model() -> None:
    """Load py3langid's model now, so the first input read does not wait for it.

    `kg build` calls it while it loads spaCy, so the model's one-off loading time counts
    as loading, not as reading.
    """
    _identifier()


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of `text` (see the module docstring for the rule)."""
    sample = language_sample(text)
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < MIN_LETTERS:
        foreign = sum(1 for char in letters if not _is_latin(char))
        if foreign < max(MIN_FOREIGN_SCRIPT_LETTERS, FOREIGN_SCRIPT_SHARE * len(letters)):
            return LanguageGuess(None, 1.0)
    ranking = _identifier().rank(sample)
    probabilities = {code: float(probability) for code, probability in ranking}
    best = ranking[0][0]
    return LanguageGuess(str(best), probabilities.get(ENGLISH, 0.0))


def language_sample(text: str) -> str:
    """The part of `text` that is judged: all of it, or evenly spaced windows of it.

    Example:
        >>> language_sample("short") == "short"
        True
        >>> text = "a" * 5_000 + "b" * 5_000
        >>> sample = language_sample(text)
        >>> len(sample) <= SAMPLE_CHARS + SAMPLE_WINDOWS, "a" in sample, "b" in sample
        (True, True, True)
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    width = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = len(text) // SAMPLE_WINDOWS
    # Windows joined by a newline: no n-gram spans the seam between two windows.
    return "\n".join(text[start : start + width] for start in range(0, step * SAMPLE_WINDOWS, step))
