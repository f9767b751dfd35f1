"""Statements from hand-built parses: actors only, stance, negation, provenance."""

from __future__ import annotations

from kg.extract.document import DocumentExtraction, extract_document
from kg.model import Document
from tests.docs import make_doc
from tests.extract.tagged import extract_tagged
from tests.extract.test_actors import ENTS, ROWS


def _extract(rows: list[tuple[str, str, str, int, str]], ents: list[tuple[int, int, str]]):
    doc = make_doc(rows, ents=ents)
    return extract_document(Document("d1", doc.text), doc)


def test_statement_between_resolved_actors_with_offsets() -> None:
    result = _extract(ROWS, ENTS)
    met = next(s for s in result.statements if s.relation == "meet")
    assert (met.subject.id, met.object.id) == ("person/donald-trump", "person/angela-merkel")
    assert (met.stance, met.polarity, met.cue) == ("CONSULT", 0, "meet")
    text = result.document.text
    assert text[met.char_start : met.char_end] == "Donald Trump met Angela Merkel"
    assert met.sentence == "Donald Trump met Angela Merkel."
    assert met.rule == "clause:svo"


def test_pronoun_subject_becomes_its_antecedent_never_a_pronoun_node() -> None:
    result = _extract(ROWS, ENTS)
    labels = {s.subject.label for s in result.statements}
    assert labels == {"Donald Trump"}
    assert all(s.subject.label.lower() not in {"he", "she", "they"} for s in result.statements)


def test_unresolvable_subject_is_dropped_and_counted() -> None:
    rows = [
        ("Reports", "NOUN", "nsubj", 1, "report"),
        ("questioned", "VERB", "ROOT", 1, "question"),
        ("Trump", "PROPN", "dobj", 1, "Trump"),
    ]
    result = _extract(rows, [(2, 3, "PERSON")])
    assert result.statements == ()
    assert result.dropped == {"subject is not an actor": 1}


def test_only_an_anchored_group_noun_subject_becomes_a_group_actor() -> None:
    # The group policy (kg.extract.actors.groups): a bare "Critics" is generic, no node.
    rows = [
        ("Critics", "NOUN", "nsubj", 1, "critic"),
        ("questioned", "VERB", "ROOT", 1, "question"),
        ("Trump", "PROPN", "dobj", 1, "Trump"),
    ]
    bare = _extract(rows, [(2, 3, "PERSON")])
    assert bare.statements == ()
    assert bare.dropped == {"subject is not an actor": 1}
    anchored = [
        ("Russian", "ADJ", "amod", 1, "russian"),
        ("critics", "NOUN", "nsubj", 2, "critic"),
        ("questioned", "VERB", "ROOT", 2, "question"),
        ("Trump", "PROPN", "dobj", 2, "Trump"),
    ]
    result = _extract(anchored, [(0, 1, "NORP"), (3, 4, "PERSON")])
    [statement] = result.statements
    assert (statement.subject.id, statement.subject.type) == ("group/russian-critics", "group")
    assert statement.stance == "DISAPPROVE"
    assert "group/russian-critics" in [e.id for e in result.entities]


def test_an_indefinite_singular_object_is_one_person_not_a_group_node() -> None:
    # "Israel arrested a Hamas member": one unnamed person, no node; the plural
    # "Hamas members" is an anchored group and stays one.
    def rows(article: list[str], noun: str) -> list[tuple[str, str, str, int, str]]:
        return [
            ("Israel", "PROPN", "nsubj", 1, "Israel"),
            ("arrested", "VERB", "ROOT", 1, "arrest"),
            *[(word, "DET", "det", 3 + len(article), word) for word in article],
            ("Hamas", "PROPN", "compound", 3 + len(article), "Hamas"),
            (noun, "NOUN", "dobj", 1, "member"),
        ]

    def objects(article: list[str], noun: str, tag: str) -> list[tuple[str | None, str]]:
        tags = ["NNP", "VBD", *["DT"] * len(article), "NNP", tag]
        result = extract_tagged(
            rows(article, noun), [(0, 1, "GPE"), (2 + len(article), 3 + len(article), "ORG")], tags
        )
        return [(s.object.id, s.object.label) for s in result.statements]

    assert objects(["a"], "member", "NN") == [(None, "a Hamas member")]
    assert objects([], "members", "NNS") == [("group/hamas-members", "Hamas members")]


def test_negated_statement_asserts_no_stance() -> None:
    rows = [
        ("Putin", "PROPN", "nsubj", 3, "Putin"),
        ("did", "AUX", "aux", 3, "do"),
        ("not", "PART", "neg", 3, "not"),
        ("criticize", "VERB", "ROOT", 3, "criticize"),
        ("Trump", "PROPN", "dobj", 3, "Trump"),
    ]
    [statement] = _extract(rows, [(0, 1, "PERSON"), (4, 5, "PERSON")]).statements
    assert statement.negated
    assert statement.stance is None and statement.polarity == 0
    assert statement.relation == "criticize"


def test_a_failed_act_is_negated_without_the_verb_of_failing() -> None:
    # "Putin failed to persuade Trump": negated "persuade", not "NOT fail to persuade".
    rows = [
        ("Putin", "PROPN", "nsubj", 1, "Putin"),
        ("failed", "VERB", "ROOT", 1, "fail"),
        ("to", "PART", "aux", 3, "to"),
        ("persuade", "VERB", "xcomp", 1, "persuade"),
        ("Trump", "PROPN", "dobj", 3, "Trump"),
    ]
    [statement] = _extract(rows, [(0, 1, "PERSON"), (4, 5, "PERSON")]).statements
    assert (statement.relation, statement.negated, statement.stance) == ("persuade", True, None)
    assert statement.relation_text == "failed to persuade"


def test_literal_object_links_entities_it_mentions() -> None:
    rows = [
        ("McConnell", "PROPN", "nsubj", 1, "McConnell"),
        ("opposed", "VERB", "ROOT", 1, "oppose"),
        ("sanctions", "NOUN", "dobj", 1, "sanction"),
        ("on", "ADP", "prep", 2, "on"),
        ("Russia", "PROPN", "pobj", 3, "Russia"),
    ]
    [statement] = _extract(rows, [(0, 1, "PERSON"), (4, 5, "GPE")]).statements
    assert statement.object.id is None
    assert statement.object.label == "sanctions on Russia"
    assert [ref.id for ref in statement.about] == ["place/russia"]
    assert statement.stance == "REJECT" and statement.polarity == -1


def test_statement_ids_are_stable() -> None:
    first = [s.id for s in _extract(ROWS, ENTS).statements]
    second = [s.id for s in _extract(ROWS, ENTS).statements]
    assert first == second and len(set(first)) == len(first)


def test_where_something_was_said_is_no_target() -> None:
    # "Merkel said in a statement": no STATEMENT edge to "a statement"; "Merkel said of
    # Trump" keeps its target (of is whom it is about, not where).
    def said(preposition: str, obj: str, tag: str) -> DocumentExtraction:
        rows = [
            ("Merkel", "PROPN", "nsubj", 1, "Merkel"),
            ("said", "VERB", "ROOT", 1, "say"),
            (preposition, "ADP", "prep", 1, preposition),
            *([("a", "DET", "det", 4, "a")] if tag == "NN" else []),
            (obj, "NOUN" if tag == "NN" else "PROPN", "pobj", 2, obj.lower()),
        ]
        tags = ["NNP", "VBD", "IN", *(["DT"] if tag == "NN" else []), tag]
        ents = [(0, 1, "PERSON")] + ([(3, 4, "PERSON")] if tag == "NNP" else [])
        return extract_tagged(rows, ents, tags)

    setting = said("in", "statement", "NN")
    assert setting.statements == ()
    assert setting.dropped["where or when it was said is no target"] == 1
    [spoken_of] = said("of", "Trump", "NNP").statements
    assert (spoken_of.object.label, spoken_of.stance) == ("Trump", "STATEMENT")
    # "Merkel told reporters at the Bundestag": the place is not whom she told.
    told = extract_tagged(
        [
            ("Merkel", "PROPN", "nsubj", 1, "Merkel"),
            ("told", "VERB", "ROOT", 1, "tell"),
            ("reporters", "NOUN", "dobj", 1, "reporter"),
            ("at", "ADP", "prep", 1, "at"),
            ("Bundestag", "PROPN", "pobj", 3, "Bundestag"),
        ],
        [(0, 1, "PERSON"), (4, 5, "ORG")],
        ["NNP", "VBD", "NNS", "IN", "NNP"],
    )
    assert [s.object.label for s in told.statements if s.stance] == []
