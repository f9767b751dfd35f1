"""English or not: clearly foreign text is caught, short or mixed English is kept."""

from __future__ import annotations

import pytest

from kg.io.language import (
    MIN_LETTERS,
    SAMPLE_CHARS,
    SAMPLE_WINDOWS,
    detect_language,
    language_sample,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wladimir Putin hat am Samstag mit Donald Trump telefoniert, teilte der Kreml mit.", "de"),
        ("Le président a déclaré à la presse que l'économie française était forte.", "fr"),
        ("El presidente ruso habló por teléfono con su homólogo estadounidense el sábado.", "es"),
        ("Президент России Владимир Путин провел телефонный разговор с президентом США.", "ru"),
        ("中国外交部发言人周一表示，双方将继续保持沟通，推动两国关系发展。", "zh"),
    ],
)
def test_foreign_text_is_not_english(text: str, language: str) -> None:
    guess = detect_language(text)
    assert guess.language == language and not guess.is_english


@pytest.mark.parametrize(
    "text",
    [
        "Senator John McCain criticised Vladimir Putin on Friday.",
        # Names from other languages do not make an English sentence foreign.
        "Chancellor Angela Merkel met François Hollande and Jean-Claude Juncker in Brussels.",
        "Sarah Palin just endorsed Donald Trump.",
        "The Bundestag voted on the Energiewende, the country's shift away from coal.",
    ],
)
def test_english_text_is_english(text: str) -> None:
    assert detect_language(text).is_english


def test_too_short_to_judge_is_read() -> None:
    guess = detect_language("Kde si? Wo bist du?")
    assert sum(c.isalpha() for c in "Kde si? Wo bist du?") < MIN_LETTERS
    assert guess.language is None and guess.is_english


ENGLISH_SENTENCE = "Senator John McCain criticised Vladimir Putin on Friday in Washington. "
GERMAN_SENTENCE = "Wladimir Putin hat am Samstag mit Donald Trump telefoniert, sagte der Kreml. "


def test_long_english_document_is_judged_on_a_bounded_sample() -> None:
    text = ENGLISH_SENTENCE * 500  # ~36,000 characters
    sample = language_sample(text)
    assert len(sample) <= SAMPLE_CHARS + SAMPLE_WINDOWS < len(text)
    guess = detect_language(text)
    assert guess.language == "en" and guess.is_english


def test_foreign_body_behind_an_english_header_is_seen() -> None:
    # The sample is spread over the document, not only its first characters: the body
    # decides the language (whether a mixed text is read is `NOT_ENGLISH_BELOW`'s call).
    text = ENGLISH_SENTENCE * 40 + GERMAN_SENTENCE * 400
    assert len(ENGLISH_SENTENCE * 40) > SAMPLE_CHARS
    guess = detect_language(text)
    assert guess.language == "de" and guess.english < 0.5
    assert not detect_language(GERMAN_SENTENCE * 400).is_english
