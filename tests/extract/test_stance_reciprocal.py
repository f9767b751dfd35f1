"""Reciprocal encounters on hand-built parses (no model): several actors who met or
talked met each other (kg.extract.stance.reciprocal)."""

from __future__ import annotations

from kg.extract.document import DocumentExtraction
from tests.extract.tagged import Row, extract_tagged


def _talked(
    prep: str, obj: str, obj_tag: str, negated: bool = False, verb: str = "talk"
) -> DocumentExtraction:
    """ "Merkel and Macron [did not] talk(ed) PREP OBJ." (or another verb)"""
    past = {"talk": "talked", "speak": "spoke"}[verb]
    rows: list[Row] = [
        ("Merkel", "PROPN", "nsubj", 5 if negated else 3, "Merkel"),
        ("and", "CCONJ", "cc", 0, "and"),
        ("Macron", "PROPN", "conj", 0, "Macron"),
    ]
    tags = ["NNP", "CC", "NNP"]
    if negated:
        rows += [("did", "AUX", "aux", 5, "do"), ("not", "PART", "neg", 5, "not")]
        tags += ["VBD", "RB"]
        rows.append((verb, "VERB", "ROOT", 5, verb))
        tags.append("VB")
    else:
        rows.append((past, "VERB", "ROOT", 3, verb))
        tags.append("VBD")
    verb = len(rows) - 1
    rows += [(prep, "ADP", "prep", verb, prep), (obj, "NOUN", "pobj", verb + 1, obj.lower())]
    rows.append((".", "PUNCT", "punct", verb, "."))
    tags += ["IN", obj_tag, "."]
    ents = [(0, 1, "PERSON"), (2, 3, "PERSON")]
    if obj_tag == "NNP":
        ents.append((verb + 2, verb + 3, "PERSON" if prep == "with" else "GPE"))
    return extract_tagged(rows, ents, tags)


def _edges(result: DocumentExtraction) -> set[tuple[str, str, str, str | None, str | None]]:
    return {
        (s.subject.label, s.relation, s.object.label, s.stance, s.issue) for s in result.statements
    }


def test_conjoined_actors_who_talked_by_phone_talked_with_each_other() -> None:
    # The means is no issue and no target: the partners replace "phone".
    assert _edges(_talked("by", "phone", "NN")) == {
        ("Merkel", "talk with", "Macron", "CONSULT", None),
        ("Macron", "talk with", "Merkel", "CONSULT", None),
    }


def test_what_they_talked_about_is_the_issue_and_keeps_its_own_statement() -> None:
    assert _edges(_talked("about", "Ukraine", "NNP")) == {
        ("Merkel", "talk with", "Macron", "CONSULT", "Ukraine"),
        ("Macron", "talk with", "Merkel", "CONSULT", "Ukraine"),
        ("Merkel", "talk about", "Ukraine", "CONSULT", None),
        ("Macron", "talk about", "Ukraine", "CONSULT", None),
    }


def test_a_named_partner_gets_no_reciprocal_reading() -> None:
    assert _edges(_talked("with", "Putin", "NNP")) == {
        ("Merkel", "talk with", "Putin", "CONSULT", None),
        ("Macron", "talk with", "Putin", "CONSULT", None),
    }


def test_a_denied_talk_about_a_topic_is_no_edge_between_the_talkers() -> None:
    # "did not talk about Ukraine" denies the topic: only the negated statements remain.
    result = _talked("about", "Ukraine", "NNP", negated=True)
    assert {(s.subject.label, s.object.label, s.negated) for s in result.statements} == {
        ("Merkel", "Ukraine", True),
        ("Macron", "Ukraine", True),
    }


def test_a_bare_speak_is_a_conversation_only_by_some_means() -> None:
    # "spoke by phone": they talked with each other; "spoke at a rally": two speeches.
    assert _edges(_talked("by", "phone", "NN", verb="speak")) == {
        ("Merkel", "speak with", "Macron", "CONSULT", None),
        ("Macron", "speak with", "Merkel", "CONSULT", None),
    }
    assert {e[3] for e in _edges(_talked("at", "rally", "NN", verb="speak"))} == {None}


def test_conjoined_actors_who_reached_a_deal_agreed_with_each_other() -> None:
    rows: list[Row] = [
        ("Israel", "PROPN", "nsubj", 3, "Israel"),
        ("and", "CCONJ", "cc", 0, "and"),
        ("Hamas", "PROPN", "conj", 0, "Hamas"),
        ("reached", "VERB", "ROOT", 3, "reach"),
        ("a", "DET", "det", 5, "a"),
        ("deal", "NOUN", "dobj", 3, "deal"),
    ]
    tags = ["NNP", "CC", "NNP", "VBD", "DT", "NN"]
    result = extract_tagged(rows, [(0, 1, "GPE"), (2, 3, "ORG")], tags)
    assert {e for e in _edges(result) if e[2] in {"Israel", "Hamas"}} == {
        ("Israel", "reach deal with", "Hamas", "AGREE", "a deal"),
        ("Hamas", "reach deal with", "Israel", "AGREE", "a deal"),
    }


def test_conjoined_actors_who_clashed_over_an_issue_opposed_each_other() -> None:
    rows: list[Row] = [
        ("Trump", "PROPN", "nsubj", 3, "Trump"),
        ("and", "CCONJ", "cc", 0, "and"),
        ("Pelosi", "PROPN", "conj", 0, "Pelosi"),
        ("clashed", "VERB", "ROOT", 3, "clash"),
        ("over", "ADP", "prep", 3, "over"),
        ("the", "DET", "det", 6, "the"),
        ("budget", "NOUN", "pobj", 4, "budget"),
    ]
    tags = ["NNP", "CC", "NNP", "VBD", "IN", "DT", "NN"]
    result = extract_tagged(rows, [(0, 1, "PERSON"), (2, 3, "PERSON")], tags)
    # The budget is the issue, not a target each of them attacked.
    assert _edges(result) == {
        ("Trump", "clash with", "Pelosi", "DISAPPROVE", "the budget"),
        ("Pelosi", "clash with", "Trump", "DISAPPROVE", "the budget"),
    }
