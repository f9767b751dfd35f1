"""Organization nominals: "the company", "the party" (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.organization_nominals import is_organization_nominal
from tests.docs import make_doc


def test_the_company_is_the_one_organization_named_before_it_or_ambiguous() -> None:
    # "Perrigo struggled as the company cut its forecasts, and Starboard pressed the company."
    rows = [
        ("Perrigo", "PROPN", "nsubj", 1, "Perrigo"),
        ("struggled", "VERB", "ROOT", 1, "struggle"),
        ("as", "SCONJ", "mark", 5, "as"),
        ("the", "DET", "det", 4, "the"),
        ("company", "NOUN", "nsubj", 5, "company"),
        ("cut", "VERB", "advcl", 1, "cut"),
        ("its", "PRON", "poss", 7, "its"),
        ("forecasts", "NOUN", "dobj", 5, "forecast"),
        (",", "PUNCT", "punct", 1, ","),
        ("and", "CCONJ", "cc", 1, "and"),
        ("Starboard", "PROPN", "nsubj", 11, "Starboard"),
        ("pressed", "VERB", "conj", 1, "press"),
        ("the", "DET", "det", 13, "the"),
        ("company", "NOUN", "dobj", 11, "company"),
    ]
    doc = make_doc(rows, ents=[(0, 1, "ORG"), (10, 11, "ORG")])
    assert is_organization_nominal(doc[4])
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(4)] == ["Perrigo"]
    assert [r.label for r in index.resolve_all(6)] == ["Perrigo"]  # its -> the company
    assert index.resolve_all(13) == ()  # Perrigo or Starboard: ambiguous, dropped
    assert index.unresolved["nominal: ambiguous: several organizations named before it"] == 1
