"""The children table agrees with spaCy's `Token.children` (kg.extract.tables)."""

from __future__ import annotations

from kg.extract.tables import (
    children_of,
    children_table,
    ents_of,
    offsets_of,
    sentence_bounds,
    sentence_tokens,
    span_text,
    text_of,
    text_with_ws,
    texts_of,
    tokens_of,
    tokens_text,
)
from tests.docs import make_doc

# "A hearing is scheduled on the issue today which concerns Trump": the relative clause
# hangs from "hearing" across the verb, a crossing (non-projective) arc.
NON_PROJECTIVE = [
    ("A", "DET", "det", 1, "a"),
    ("hearing", "NOUN", "nsubjpass", 3, "hearing"),
    ("is", "AUX", "auxpass", 3, "be"),
    ("scheduled", "VERB", "ROOT", 3, "schedule"),
    ("on", "ADP", "prep", 3, "on"),
    ("the", "DET", "det", 6, "the"),
    ("issue", "NOUN", "pobj", 4, "issue"),
    ("today", "NOUN", "npadvmod", 3, "today"),
    ("which", "PRON", "nsubj", 9, "which"),
    ("concerns", "VERB", "relcl", 1, "concern"),
    ("Trump", "PROPN", "dobj", 9, "Trump"),
    (".", "PUNCT", "punct", 3, "."),
]
TWO_SENTENCES = [
    ("Putin", "PROPN", "nsubj", 1, "Putin"),
    ("called", "VERB", "ROOT", 1, "call"),
    (".", "PUNCT", "punct", 1, "."),
    ("Trump", "PROPN", "nsubj", 4, "Trump"),
    ("agreed", "VERB", "ROOT", 4, "agree"),
    (".", "PUNCT", "punct", 4, "."),
]


def test_the_table_lists_what_spacy_lists_for_every_token() -> None:
    for rows in (NON_PROJECTIVE, TWO_SENTENCES):
        doc = make_doc(rows)
        table = children_table(doc)
        assert [[t.i for t in each] for each in table] == [[c.i for c in t.children] for t in doc]


def test_a_crossing_arc_child_is_found() -> None:
    doc = make_doc(NON_PROJECTIVE)
    assert [t.text for t in children_of(doc[1])] == ["A", "concerns"]
    assert [t.text for t in children_of(doc[3])] == ["hearing", "is", "on", "today", "."]


def test_a_new_document_gets_its_own_table() -> None:
    first, second = make_doc(TWO_SENTENCES), make_doc(NON_PROJECTIVE)
    assert [t.text for t in children_of(first[1])] == ["Putin", "."]
    assert [t.text for t in children_of(second[1])] == ["A", "concerns"]
    # Back to the first document: its table again, not the second's.
    assert [t.text for t in children_of(first[4])] == ["Trump", "."]


def test_span_text_is_spacys_span_text() -> None:
    doc = make_doc(TWO_SENTENCES, spaces=[True, False, True, True, False, False])
    for sentence in doc.sents:
        assert span_text(sentence) == sentence.text
    assert span_text(doc[0:2]) == "Putin called"
    assert text_of(doc) == doc.text == "Putin called. Trump agreed."


def test_the_token_tables_follow_the_document() -> None:
    doc = make_doc(TWO_SENTENCES, ents=[(0, 1, "PERSON"), (3, 4, "PERSON")])
    assert [t.i for t in tokens_of(doc)] == list(range(6))
    assert texts_of(doc) == ["Putin", "called", ".", "Trump", "agreed", "."]
    assert [e.text for e in ents_of(doc)] == ["Putin", "Trump"]
    second = list(doc.sents)[1]
    assert [t.text for t in sentence_tokens(second)] == ["Trump", "agreed", "."]


def test_offsets_and_sentence_bounds_are_spacys() -> None:
    doc = make_doc(TWO_SENTENCES, spaces=[True, False, True, True, False, False])
    text, starts = offsets_of(doc)
    assert text == doc.text
    assert starts == [t.idx for t in doc] + [len(doc.text)]
    assert [text_with_ws(doc, t.i) for t in doc] == [t.text_with_ws for t in doc]
    assert [tokens_text(doc, 0, end) for end in (1, 2, 4)] == [doc[0:e].text for e in (1, 2, 4)]
    assert [sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
