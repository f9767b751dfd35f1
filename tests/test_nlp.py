"""Sentence bounds set before the parser runs (kg/nlp.py components)."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp import load_pipeline, paragraph_breaks, sentence_continuations


def _open_starts(text: str) -> list[str]:
    """Tokens the parser may still start a sentence at, after both components."""
    doc = sentence_continuations(paragraph_breaks(spacy.blank("en")(text)))
    return [token.text for token in doc[1:] if token.is_sent_start is not False]


def test_no_start_after_a_word_that_cannot_end_a_sentence() -> None:
    assert _open_starts("Bannon, chief of staff Priebus and Flynn met") == []


def test_starts_stay_open_after_end_punctuation_and_closers() -> None:
    text = 'He left. She stayed! Why? "It is over." (Really.) Then the U.S. Navy came'
    # Straight quotes open and close alike, so the parser decides after them; "U.S." may
    # end a sentence, so "Navy" stays open too.
    assert _open_starts(text) == ["She", "Why", '"', "It", '"', "(", ")", "Then", "Navy"]
    assert "is" not in _open_starts(text) and "the" not in _open_starts(text)


def test_line_breaks_and_bullets_are_left_to_paragraph_rules() -> None:
    starts = _open_starts("Trump Wants a Reset\n\nPresident Trump spoke\n• Senators object")
    assert "President" in starts and "•" in starts


@pytest.mark.model
def test_parser_keeps_a_long_apposition_list_in_one_sentence() -> None:
    # Without the component the parser cuts this sentence after "chief of staff".
    text = (
        "Vice President Mike Pence participated in the call with Putin along with senior "
        "counselor Stephen Bannon, chief of staff Reince Priebus, national security adviser "
        "Michael Flynn and press secretary Sean Spicer. The White House said the call lasted "
        "about an hour."
    )
    sentences = [sentence.text for sentence in load_pipeline()(text).sents]
    assert len(sentences) == 2
    assert sentences[0].endswith("Sean Spicer.")


def test_an_indented_bullet_starts_a_sentence() -> None:
    doc = paragraph_breaks(spacy.blank("en")("• Trump calls Putin\n  • Senators warn Trump"))
    assert [token.i for token in doc if token.is_sent_start] == [0, 5]  # both bullets


@pytest.mark.model
def test_single_letter_hyphen_words_stay_whole() -> None:
    nlp = load_pipeline()
    words = [token.text for token in nlp.tokenizer("Russia hacked e-mails; an X-ray of left-wing")]
    assert words == ["Russia", "hacked", "e-mails", ";", "an", "X-ray", "of", "left", "-", "wing"]
