"""Stances, attribution, negation and modality on frozen parses (no model)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.extract.document import DocumentExtraction, extract_document
from kg.extract.stance.cues import cue_candidates
from kg.model import Document, Statement
from tests.docs import make_doc
from tests.extract import parses as p
from tests.extract import stance_parses_sources as sources

Row = tuple[str, str, str, int, str]


def _doc(rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str]) -> Doc:
    doc = make_doc(rows, ents=ents)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    # make_doc marks no sentence starts; a parse gives one sentence per root.
    return doc


def _extract(
    rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str]
) -> DocumentExtraction:
    doc = _doc(rows, ents, tags)
    return extract_document(Document("d1", doc.text), doc)


def _anchored(
    rows: Sequence[Row], ents: Sequence[tuple[int, int, str]], tags: Sequence[str], at: int
) -> tuple[list[Row], list[tuple[int, int, str]], list[str]]:
    """The parse with "Russian" before token `at`: only a group a name anchors is an
    actor ("Russian leaders", not a bare "leaders"; kg.extract.actors.groups)."""

    def shift(index: int) -> int:
        return index + 1 if index >= at else index

    moved = [(w, pos, dep, shift(head), lemma) for w, pos, dep, head, lemma in rows]
    moved.insert(at, ("Russian", "ADJ", "amod", at + 1, "russian"))
    spans = [(shift(start), shift(end - 1) + 1, label) for start, end, label in ents]
    return moved, sorted([*spans, (at, at + 1, "NORP")]), [*tags[:at], "JJ", *tags[at:]]


def _find(result: DocumentExtraction, subject: str, relation: str) -> Statement:
    found = [s for s in result.statements if s.subject.label == subject and s.relation == relation]
    assert len(found) == 1, [(s.subject.label, s.relation) for s in result.statements]
    return found[0]


def test_first_person_quote_holder_is_the_speaker() -> None:
    result = _extract(p.QUOTE, p.QUOTE_ENTS, p.QUOTE_TAGS)
    opposed = _find(result, "McConnell", "be opposed to")
    assert (opposed.stance, opposed.polarity) == ("REJECT", -1)
    assert opposed.object.label == "lifting sanctions on Russia"
    assert opposed.object.id is None and [a.label for a in opposed.about] == ["Russia"]
    assert opposed.attributed_to is not None and opposed.attributed_to.label == "McConnell"
    assert opposed.speech == "quote"
    # "absolutely" strengthens the cue: REJECT's -4 times 1.5.
    assert opposed.intensity == -6.0


def test_second_quoted_sentence_continues_the_speaker() -> None:
    result = _extract(p.QUOTE, p.QUOTE_ENTS, p.QUOTE_TAGS)
    looking = [s for s in result.statements if s.sentence_index == 1]
    assert looking, result.dropped
    assert all(s.subject.label == "McConnell" for s in looking)
    assert all(s.attributed_to and s.attributed_to.label == "McConnell" for s in looking)
    assert all(s.speech == "quote" for s in looking)


def test_negated_reported_statement_keeps_speaker_and_asserts_nothing() -> None:
    result = _extract(*_anchored(p.PESKOV, p.PESKOV_ENTS, p.PESKOV_TAGS, 1))
    discussed = [s for s in result.statements if s.relation == "discuss"]
    assert discussed and all(s.negated and s.stance is None for s in discussed)
    assert all(s.polarity == 0 for s in discussed)
    speakers = {s.attributed_to.label for s in discussed if s.attributed_to}
    assert speakers == {"Dmitry Peskov"}
    assert {s.subject.label for s in discussed} == {"Russian leaders"}


def test_call_on_frame_targets_the_addressee_and_keeps_the_demand_as_issue() -> None:
    result = _extract(p.CALL_ON, p.CALL_ON_ENTS, p.CALL_ON_TAGS)
    appeal = next(s for s in result.statements if s.stance == "APPEAL")
    assert (appeal.subject.label, appeal.object.label, appeal.cue) == ("McCain", "Trump", "call on")
    assert appeal.issue == "to reject the plan"
    assert appeal.rule.endswith(":frame")


def test_passive_agent_holds_the_stance() -> None:
    result = _extract(p.PASSIVE, p.PASSIVE_ENTS, p.PASSIVE_TAGS)
    [attack] = result.statements
    assert (attack.subject.label, attack.stance, attack.object.label) == (
        "Burundian militiamen",
        "ASSAULT",
        "The camp",
    )
    assert attack.subject.type == "group" and attack.rule.endswith(":passive")
    assert "group/burundian-militiamen" in {e.id for e in result.entities}


def test_passive_agent_hung_from_the_complement_holds_the_stance() -> None:
    # "Obama was branded a traitor by Cruz": the parser hangs "by Cruz" from "traitor".
    result = _extract(sources.BRANDED, sources.BRANDED_ENTS, sources.BRANDED_TAGS)
    [branded] = [s for s in result.statements if s.stance is not None]
    assert (branded.subject.label, branded.stance, branded.object.label) == (
        "Cruz",
        "DISAPPROVE",
        "Obama",
    )
    assert branded.rule.endswith(":passive")


def test_a_participle_clause_with_its_own_subject_is_no_passive() -> None:
    # "Pelosi issued a statement that Google had attacked Microsoft": "had attacked"
    # hangs from "statement" like a reduced passive, but Google is its subject.
    result = _extract(sources.PERFECT_ACL, sources.PERFECT_ACL_ENTS, sources.PERFECT_ACL_TAGS)
    attacks = [s for s in result.statements if s.stance == "ASSAULT"]
    assert [(s.subject.label, s.object.label) for s in attacks] == [("Google", "Microsoft")]


def test_sharing_is_cooperation_only_with_someone() -> None:
    # "Jordan shared intelligence with Israel" cooperates ("share with", its preposition
    # hung from the object); "Rivera shared the photo on Instagram" cooperates with nobody.
    doc = make_doc(sources.SHARED_WITH, ents=sources.SHARED_WITH_ENTS)
    candidates = cue_candidates(doc[1])
    assert candidates.index("share intelligence") < candidates.index("share with")
    shared = _extract(sources.SHARED_WITH, sources.SHARED_WITH_ENTS, sources.SHARED_WITH_TAGS)
    [cooperates] = [s for s in shared.statements if s.stance is not None]
    assert (cooperates.subject.label, cooperates.stance, cooperates.cue) == (
        "Jordan",
        "COOPERATE",
        "share with",
    )
    assert [ref.label for ref in cooperates.about] == ["Israel"]
    photo = _extract(sources.SHARED_PHOTO, sources.SHARED_PHOTO_ENTS, sources.SHARED_PHOTO_TAGS)
    assert [s.stance for s in photo.statements] == [None]


def test_embedded_subject_keeps_its_own_stance_attributed_to_the_speaker() -> None:
    result = _extract(p.EMBEDDED, p.EMBEDDED_ENTS, p.EMBEDDED_TAGS)
    criticised = _find(result, "Putin", "criticize")
    assert (criticised.stance, criticised.object.label) == ("DISAPPROVE", "Obama")
    assert criticised.attributed_to is not None and criticised.attributed_to.label == "Spicer"
    assert criticised.speech == "reported"


def test_nominal_event_with_possessive_holder() -> None:
    result = _extract(p.NOMINAL, p.NOMINAL_ENTS, p.NOMINAL_TAGS)
    invasion = _find(result, "Russia", "invasion of")
    assert (invasion.stance, invasion.object.label, invasion.rule) == (
        "ASSAULT",
        "Ukraine",
        "nominal:event",
    )


def test_evaluative_label_is_held_by_the_embedding_speaker() -> None:
    result = _extract(p.LABEL, p.LABEL_ENTS, p.LABEL_TAGS)
    label = next(s for s in result.statements if s.rule.endswith(":label"))
    assert (label.subject.label, label.stance, label.object.label) == (
        "McCain",
        "DISAPPROVE",
        "Putin",
    )
    assert label.relation == "be thug"


def test_according_to_a_possessive_source_is_the_clause_subject() -> None:
    ents = [(0, 1, "PERSON"), (2, 3, "PERSON")]
    result = _extract(p.ACCORDING, ents, p.ACCORDING_TAGS)
    warned = _find(result, "Hollande", "warn")
    assert (warned.stance, warned.object.label) == ("DISAPPROVE", "Trump")
    assert warned.issue == "protectionism"
    assert warned.attributed_to is not None and warned.attributed_to.label == "Hollande"
    assert warned.speech == "according-to"


def test_content_of_a_denial_is_negated() -> None:
    result = _extract(p.DENIAL, p.DENIAL_ENTS, p.DENIAL_TAGS)
    spied = _find(result, "Kremlin", "spy on")
    assert spied.negated and spied.stance is None
    assert spied.attributed_to is not None and spied.attributed_to.label == "Kremlin"


def test_vow_is_an_intended_agreement_with_a_literal_target() -> None:
    result = _extract(p.VOW, p.VOW_ENTS, p.VOW_TAGS)
    vow = _find(result, "Trump", "vow to uphold")
    assert (vow.stance, vow.modality) == ("AGREE", "intended")
    assert vow.object.label == "the agreement with Australia"
    assert [a.label for a in vow.about] == ["Australia"]


def test_transparent_seek_types_by_the_controlled_verb() -> None:
    result = _extract(*_anchored(p.SEEK, p.SEEK_ENTS, p.SEEK_TAGS, 0))
    add = _find(result, "Russian Lawmakers", "seek to add")
    assert (add.stance, add.cue, add.modality) == ("SANCTION", "add sanction", "intended")


def test_hedged_and_conditional_modality() -> None:
    result = _extract(p.CONSIDER, p.CONSIDER_ENTS, p.CONSIDER_TAGS)
    easing = _find(result, "Trump", "consider ease")
    assert easing.stance == "CONCEDE"
    # The if-clause wins over the modal: the concession is conditional.
    assert easing.modality == "conditional"


def test_nominal_group_holder_and_target() -> None:
    result = _extract(p.POLICE, p.POLICE_ENTS, p.POLICE_TAGS)
    arrest = _find(result, "Egyptian police", "arrest")
    # A bare "twelve demonstrators" is no group actor (no name anchors it): a literal.
    assert (arrest.stance, arrest.object.label, arrest.object.type) == (
        "COERCE",
        "twelve demonstrators",
        None,
    )


def test_adverbial_participle_shares_the_main_subject() -> None:
    result = _extract(*_anchored(p.ACCUSING, p.ACCUSING_ENTS, p.ACCUSING_TAGS, 0))
    accuse = _find(result, "Russian Activists", "accuse")
    assert (accuse.stance, accuse.object.label) == ("DISAPPROVE", "Francis")
    assert accuse.path == "Activists <nsubj- reacted -advcl> accusing -dobj> Francis"


def test_modal_in_reported_content_is_a_demand_on_its_subject() -> None:
    result = _extract(p.MODAL, p.MODAL_ENTS, p.MODAL_TAGS)
    demand = next(s for s in result.statements if s.stance == "DEMAND")
    assert (demand.subject.label, demand.object.label, demand.cue) == ("Russia", "Sudan", "must")
    assert demand.issue is not None and "return the helicopter" in demand.issue


def test_willing_to_reaches_the_target_down_the_infinitives() -> None:
    result = _extract(p.WILLING, p.WILLING_ENTS, p.WILLING_TAGS)
    agree = next(s for s in result.statements if s.stance == "AGREE")
    assert (agree.subject.label, agree.cue, agree.object.label) == (
        "Norway",
        "willing to",
        "Sudan",
    )


def test_a_negated_object_negates_the_event() -> None:
    result = _extract(p.NO_DETAILS, p.NO_DETAILS_ENTS, p.NO_DETAILS_TAGS)
    [provided] = result.statements
    assert provided.negated and provided.stance is None


def test_encounter_counterpart_gets_its_own_statement_beside_the_literal() -> None:
    result = _extract(p.COUNTERPART, p.COUNTERPART_ENTS, p.COUNTERPART_TAGS)
    agreed = [s for s in result.statements if s.subject.label == "Trump" and s.stance == "AGREE"]
    literal = next(s for s in agreed if s.object.id is None)
    counterpart = next(s for s in agreed if s.object.label == "Merkel")
    assert literal.object.label.startswith("the importance of NATO")
    assert (counterpart.relation, counterpart.rule.endswith(":counterpart")) == ("agree with", True)
    assert counterpart.issue is not None and "importance of NATO" in counterpart.issue


def test_naming_verb_labels_its_object() -> None:
    result = _extract(p.NAMING, p.NAMING_ENTS, p.NAMING_TAGS)
    [called] = result.statements
    assert (called.subject.label, called.stance, called.object.label) == (
        "Trump",
        "DISAPPROVE",
        "Clinton",
    )


def test_regarding_verb_names_its_object_by_role_or_label() -> None:
    # "sees X as a partner" is "partner of X"; "regards X as a threat" a label.
    partner = _extract(p.REGARDING, p.REGARDING_ENTS, p.REGARDING_TAGS)
    rows = [p.REGARDING[0], ("regards", "VERB", "ROOT", 1, "regard"), *p.REGARDING[2:]]
    rows[6] = ("threat", "NOUN", "pobj", 4, "threat")
    threat = _extract(rows, p.REGARDING_ENTS, p.REGARDING_TAGS)
    found = [
        (s.subject.label, s.stance, s.object.label)
        for result in (partner, threat)
        for s in result.statements
        if s.stance is not None
    ]
    assert found == [
        ("Putin", "COOPERATE", "United States"),
        ("Putin", "DISAPPROVE", "United States"),
    ]


def test_no_indication_that_is_not_an_assertion() -> None:
    result = _extract(p.NO_INDICATION, p.NO_INDICATION_ENTS, p.NO_INDICATION_TAGS)
    discussed = next(s for s in result.statements if s.relation == "discuss")
    assert discussed.negated and discussed.stance is None


def test_received_stance_is_held_by_its_source() -> None:
    result = _extract(p.RECEIVED, p.RECEIVED_ENTS, p.RECEIVED_TAGS)
    received = next(s for s in result.statements if s.rule == "nominal:received")
    assert (received.subject.label, received.stance, received.object.label) == (
        "Republicans",
        "DISAPPROVE",
        "Trump",
    )
