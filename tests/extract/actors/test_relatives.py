"""Relative pronouns attach to the noun their clause modifies, or drop when unsure (no model)."""

from __future__ import annotations

from kg.extract.actors import resolve_actors
from kg.extract.actors.relatives import described_subject, relative_attachment
from kg.extract.document import extract_document
from kg.model import Document
from tests.docs import make_doc

# "Trump seeks better relations with the Kremlin, which soured under Obama."
KREMLIN = [
    ("Trump", "PROPN", "nsubj", 1, "Trump"),
    ("seeks", "VERB", "ROOT", 1, "seek"),
    ("better", "ADJ", "amod", 3, "good"),
    ("relations", "NOUN", "dobj", 1, "relation"),
    ("with", "ADP", "prep", 3, "with"),
    ("the", "DET", "det", 6, "the"),
    ("Kremlin", "PROPN", "pobj", 4, "Kremlin"),
    (",", "PUNCT", "punct", 6, ","),
    ("which", "PRON", "nsubj", 9, "which"),
    ("soured", "VERB", "relcl", 6, "sour"),
    ("under", "ADP", "prep", 9, "under"),
    ("Obama", "PROPN", "pobj", 10, "Obama"),
    (".", "PUNCT", "punct", 1, "."),
]
KREMLIN_ENTS = [(0, 1, "PERSON"), (5, 7, "ORG"), (11, 12, "PERSON")]


def test_a_with_phrase_before_which_makes_the_attachment_unsure_so_it_is_dropped() -> None:
    doc = make_doc(KREMLIN, ents=KREMLIN_ENTS)
    attachment = relative_attachment(doc[8])
    assert attachment is not None and attachment.noun is None
    assert [t.text for t in attachment.candidates] == ["relations", "Kremlin"]
    index = resolve_actors(doc)
    assert index.resolve_all(8) == ()
    assert index.relative_nouns == {8: None}
    assert index.unresolved["relative: unsure which noun the clause modifies"] == 1


def test_the_statement_of_an_unsure_relative_clause_is_not_given_to_the_nearer_noun() -> None:
    doc = make_doc(KREMLIN, ents=KREMLIN_ENTS)
    result = extract_document(Document("d1", doc.text), doc)
    assert not [s for s in result.statements if s.relation.startswith("sour")]
    assert result.dropped.get("subject is not an actor", 0) >= 1


def test_a_plural_verb_picks_the_plural_noun() -> None:
    # "relations with the Kremlin, which have soured": the relations have.
    shifted = [(w, p, d, h + 1 if h >= 9 else h, lemma) for w, p, d, h, lemma in KREMLIN]
    rows = [*shifted[:9], ("have", "AUX", "aux", 10, "have"), *shifted[9:]]
    doc = make_doc(rows, ents=[(0, 1, "PERSON"), (5, 7, "ORG"), (12, 13, "PERSON")])
    doc[9].tag_ = "VBP"
    attachment = relative_attachment(doc[8])
    assert attachment is not None and attachment.noun is not None
    assert attachment.noun.text == "relations"
    index = resolve_actors(doc)
    assert index.resolve_all(8) == ()  # relations are no actor
    assert index.unresolved["relative: its noun is not an actor"] == 1


# "Claypool represents Ryan Bundy, another leader of the standoff who is in custody."
BUNDY = [
    ("Claypool", "PROPN", "nsubj", 1, "Claypool"),
    ("represents", "VERB", "ROOT", 1, "represent"),
    ("Ryan", "PROPN", "compound", 3, "Ryan"),
    ("Bundy", "PROPN", "dobj", 1, "Bundy"),
    (",", "PUNCT", "punct", 3, ","),
    ("another", "DET", "det", 6, "another"),
    ("leader", "NOUN", "appos", 3, "leader"),
    ("of", "ADP", "prep", 6, "of"),
    ("the", "DET", "det", 9, "the"),
    ("standoff", "NOUN", "pobj", 7, "standoff"),
    ("who", "PRON", "nsubj", 11, "who"),
    ("is", "AUX", "relcl", 9, "be"),
    ("in", "ADP", "prep", 11, "in"),
    ("custody", "NOUN", "pobj", 12, "custody"),
    (".", "PUNCT", "punct", 1, "."),
]


def test_who_skips_a_thing_for_the_person_noun_and_its_apposition() -> None:
    doc = make_doc(BUNDY, ents=[(0, 1, "PERSON"), (2, 4, "PERSON")])
    attachment = relative_attachment(doc[10])
    assert attachment is not None and attachment.noun is not None
    assert attachment.noun.text == "leader"
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(10)] == ["Ryan Bundy"]
    mention = next(m for m in index.mentions if m.start == 10)
    assert "describes 'Bundy'" in mention.reason and "'who'" in mention.reason


def test_whom_inside_a_partitive_takes_the_people() -> None:
    # "Jurists investigated the welfare of 2,000 Libyans, some of whom were held."
    rows = [
        ("Jurists", "NOUN", "nsubj", 1, "jurist"),
        ("investigated", "VERB", "ROOT", 1, "investigate"),
        ("the", "DET", "det", 3, "the"),
        ("welfare", "NOUN", "dobj", 1, "welfare"),
        ("of", "ADP", "prep", 3, "of"),
        ("2,000", "NUM", "nummod", 6, "2,000"),
        ("Libyans", "PROPN", "pobj", 4, "Libyans"),
        (",", "PUNCT", "punct", 6, ","),
        ("some", "PRON", "nsubjpass", 12, "some"),
        ("of", "ADP", "prep", 8, "of"),
        ("whom", "PRON", "pobj", 9, "whom"),
        ("were", "AUX", "auxpass", 12, "be"),
        ("held", "VERB", "relcl", 3, "hold"),
        (".", "PUNCT", "punct", 1, "."),
    ]
    doc = make_doc(rows, ents=[(6, 7, "NORP")])
    attachment = relative_attachment(doc[10])
    assert attachment is not None and attachment.noun is not None
    assert attachment.noun.text == "Libyans"


def test_a_single_noun_before_the_clause_is_taken_as_parsed() -> None:
    # "Hamas, which advocates violence, ran."
    rows = [
        ("Hamas", "PROPN", "nsubj", 6, "Hamas"),
        (",", "PUNCT", "punct", 0, ","),
        ("which", "PRON", "nsubj", 3, "which"),
        ("advocates", "VERB", "relcl", 0, "advocate"),
        ("violence", "NOUN", "dobj", 3, "violence"),
        (",", "PUNCT", "punct", 0, ","),
        ("ran", "VERB", "ROOT", 6, "run"),
    ]
    doc = make_doc(rows, ents=[(0, 1, "ORG")])
    attachment = relative_attachment(doc[2])
    assert attachment is not None and attachment.noun is not None
    assert (attachment.noun.text, attachment.reason) == ("Hamas", "the noun it modifies")
    assert [r.label for r in resolve_actors(doc).resolve_all(2)] == ["Hamas"]


def test_a_relative_subject_is_the_nearest_referent_for_a_pronoun_in_its_clause() -> None:
    # "Clinton sanctioned the Taliban faction that controls Kabul for its support."
    rows = [
        ("Clinton", "PROPN", "nsubj", 1, "Clinton"),
        ("sanctioned", "VERB", "ROOT", 1, "sanction"),
        ("the", "DET", "det", 4, "the"),
        ("Taliban", "PROPN", "compound", 4, "Taliban"),
        ("faction", "NOUN", "dobj", 1, "faction"),
        ("that", "PRON", "nsubj", 6, "that"),
        ("controls", "VERB", "relcl", 4, "control"),
        ("Kabul", "PROPN", "dobj", 6, "Kabul"),
        ("for", "ADP", "prep", 6, "for"),
        ("its", "PRON", "poss", 10, "its"),
        ("support", "NOUN", "pobj", 8, "support"),
    ]
    doc = make_doc(rows, ents=[(0, 1, "PERSON"), (3, 4, "ORG"), (7, 8, "GPE")])
    index = resolve_actors(doc)
    assert [r.label for r in index.resolve_all(5)] == ["Taliban faction"]
    assert [r.label for r in index.resolve_all(9)] == ["Taliban faction"]


def test_a_relative_on_a_predicate_takes_the_pronoun_subject_it_describes() -> None:
    # "Putin spoke. He is a thug who lies."
    rows = [
        ("Putin", "PROPN", "nsubj", 1, "Putin"),
        ("spoke", "VERB", "ROOT", 1, "speak"),
        (".", "PUNCT", "punct", 1, "."),
        ("He", "PRON", "nsubj", 4, "he"),
        ("is", "AUX", "ROOT", 4, "be"),
        ("a", "DET", "det", 6, "a"),
        ("thug", "NOUN", "attr", 4, "thug"),
        ("who", "PRON", "nsubj", 8, "who"),
        ("lies", "VERB", "relcl", 6, "lie"),
    ]
    index = resolve_actors(make_doc(rows, ents=[(0, 1, "PERSON")]))
    assert [r.label for r in index.resolve_all(7)] == ["Putin"]


def test_a_relative_on_a_place_name_describing_a_person_is_the_person() -> None:
    # "Abel Tesfaye, the Torontonian whose lyrics spread, says ..." (Torontonian tagged GPE)
    rows = [
        ("Abel", "PROPN", "compound", 1, "Abel"),
        ("Tesfaye", "PROPN", "nsubj", 8, "Tesfaye"),
        (",", "PUNCT", "punct", 1, ","),
        ("the", "DET", "det", 4, "the"),
        ("Torontonian", "PROPN", "appos", 1, "Torontonian"),
        ("whose", "PRON", "poss", 6, "whose"),
        ("lyrics", "NOUN", "nsubj", 7, "lyric"),
        ("spread", "VERB", "relcl", 4, "spread"),
        ("says", "VERB", "ROOT", 8, "say"),
    ]
    doc = make_doc(rows, ents=[(0, 2, "PERSON"), (4, 5, "GPE")])
    assert [r.label for r in resolve_actors(doc).resolve_all(5)] == ["Abel Tesfaye"]


def test_a_predicate_noun_describes_its_subject_only_if_their_numbers_agree() -> None:
    # "Bush and Trump are the old bosses who ..." / "They are thugs who lie."
    doc = make_doc(
        [
            ("Bush", "PROPN", "nsubj", 3, "Bush"),
            ("and", "CCONJ", "cc", 0, "and"),
            ("Trump", "PROPN", "conj", 0, "Trump"),
            ("are", "AUX", "ROOT", 3, "be"),
            ("bosses", "NOUN", "attr", 3, "boss"),
            ("who", "PRON", "nsubj", 6, "who"),
            ("lie", "VERB", "relcl", 4, "lie"),
        ],
        ents=[(0, 1, "PERSON"), (2, 3, "PERSON")],
    )
    assert described_subject(doc[4]) is None
    assert resolve_actors(doc).resolve_all(5) == ()
    they = make_doc(
        [
            ("They", "PRON", "nsubj", 1, "they"),
            ("are", "AUX", "ROOT", 1, "be"),
            ("thugs", "NOUN", "attr", 1, "thug"),
        ]
    )
    assert described_subject(they[2]) is not None


def test_of_several_fitting_nouns_the_one_actor_takes_a_verb_that_acts_on_something() -> None:
    # "an alliance with Washington, which keeps troops here"
    rows = [
        ("alliance", "NOUN", "ROOT", 0, "alliance"),
        ("with", "ADP", "prep", 0, "with"),
        ("Washington", "PROPN", "pobj", 1, "Washington"),
        (",", "PUNCT", "punct", 2, ","),
        ("which", "PRON", "nsubj", 5, "which"),
        ("keeps", "VERB", "relcl", 2, "keep"),
        ("troops", "NOUN", "dobj", 5, "troop"),
    ]
    attachment = relative_attachment(make_doc(rows, ents=[(2, 3, "GPE")])[4])
    assert attachment is not None and attachment.noun is not None
    assert attachment.noun.text == "Washington"
    # Without an object ("..., which soured") it stays unsure; so without a named actor.
    intransitive = make_doc(rows[:6], ents=[(2, 3, "GPE")])
    assert relative_attachment(intransitive[4]).noun is None  # type: ignore[union-attr]
    unnamed = make_doc(rows)
    assert relative_attachment(unnamed[4]).noun is None  # type: ignore[union-attr]


def test_an_object_predicate_describes_the_object() -> None:
    # "Ginsburg called Trump a faker" -> the faker is Trump, not Ginsburg.
    doc = make_doc(
        [
            ("Ginsburg", "PROPN", "nsubj", 1, "Ginsburg"),
            ("called", "VERB", "ROOT", 1, "call"),
            ("Trump", "PROPN", "dobj", 1, "Trump"),
            ("a", "DET", "det", 4, "a"),
            ("faker", "NOUN", "oprd", 1, "faker"),
        ]
    )
    described = described_subject(doc[4])
    assert described is not None and described.i == 2
    # "Trump was named a faker": no object, the subject it describes.
    doc = make_doc(
        [
            ("Trump", "PROPN", "nsubjpass", 2, "Trump"),
            ("was", "AUX", "auxpass", 2, "be"),
            ("named", "VERB", "ROOT", 2, "name"),
            ("a", "DET", "det", 4, "a"),
            ("faker", "NOUN", "oprd", 2, "faker"),
        ]
    )
    described = described_subject(doc[4])
    assert described is not None and described.i == 0
