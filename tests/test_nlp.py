"""Sentence bounds set before the parser runs (kg/nlp.py components)."""

from __future__ import annotations

import pytest
import spacy

from kg.extract import extract_document
from kg.model import Document
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


def _forced_starts(text: str) -> list[str]:
    doc = paragraph_breaks(spacy.blank("en")(text))
    return [token.text for token in doc[1:] if token.is_sent_start]


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS (Reuters) - European Union leaders failed to agree.",
        "MOSCOW, Jan 28 (Reuters) - European Union leaders failed to agree.",
        "NEW YORK — European Union leaders failed to agree.",
        "(AP) -- European Union leaders failed to agree.",
        "Headline\n\nLONDON (AFP) - European Union leaders failed to agree.",
    ],
)
def test_the_story_starts_after_a_wire_dateline(text: str) -> None:
    assert "European" in _forced_starts(text)


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance - met on Monday.",  # lower case after the dash
        "Leaders - European ones - failed to agree.",  # no capitals, no agency
        "He said BRUSSELS (Reuters) - European leaders agreed.",  # not at a paragraph start
    ],
)
def test_a_dash_that_is_no_dateline_starts_nothing(text: str) -> None:
    assert _forced_starts(text) == []


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


@pytest.mark.model
def test_a_dateline_is_neither_subject_nor_fact() -> None:
    text = "BRUSSELS (Reuters) - European Union leaders on Thursday criticised Viktor Orban."
    doc = load_pipeline()(text)
    result = extract_document(Document("d1", text), doc)
    assert [(s.subject.label, s.stance, s.object.label) for s in result.statements] == [
        ("European Union leaders", "DISAPPROVE", "Viktor Orban")
    ]
    assert result.dropped["wire dateline (no facts)"] == 1


@pytest.mark.model
def test_the_lemmatizer_s_fin_for_fined_is_mended() -> None:
    # "fin" (the noun) typed no SANCTION; an adjective "fine" is left alone.
    doc = load_pipeline()("The Commission fined Apple. The weather was fine.")
    assert [(t.text, t.lemma_) for t in doc if t.lower_.startswith("fin")] == [
        ("fined", "fine"),
        ("fine", "fine"),
    ]
    assert [t.pos_ for t in doc if t.lower_.startswith("fin")] == ["VERB", "ADJ"]
