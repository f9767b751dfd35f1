"""Personal pronouns: "he", "its", "they" resolved by agreement, syntax and discourse.

For each third-person pronoun, candidates come in Hobbs order
(`kg.extract.actors.discourse.search_order`); the first one that passes every
constraint wins:
- agreement: number; person vs non-person; gender where known ("she" skips a "Mr.");
  possessives ("its", "their") point to actors, not to things ("its support");
- binding: a non-reflexive pronoun is not a co-argument of its antecedent ("Trump told
  him": him is not Trump); a reflexive is ("Trump defended himself");
- quotes: "he" inside a quote is not the quote's speaker (the speaker says "I");
- pleonastic "it" ("it is likely that ...", "it doesn't matter that ...") has no
  antecedent.
A plural pronoun with no plural referent before it may name the two parties of its
sentence (`kg.extract.actors.split_antecedents`). A she/her prefers a woman in its
sentence to a person of unknown gender. When nothing before the pronoun in its sentence
fits, a pronoun in a fronted phrase points forward to the subject of its clause ("In his
call with Turnbull, Trump vowed").
If the winner is a thing or a generic group, the pronoun is not an actor: it is dropped
and counted, never glued to the nearest actor.

First and second person are not here: "I" and "we" inside a quote are its speaker
(`kg.extract.actors.speakers`); "you" never resolves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from kg.extract.actors.discourse import Referent, search_order
from kg.extract.actors.lexicon import Gender
from kg.extract.actors.pleonastic import is_pleonastic
from kg.extract.actors.split_antecedents import sentence_pair
from kg.extract.tables import children_of

Number = Literal["singular", "plural"]


@dataclass(frozen=True, slots=True)
class PronounForm:
    """What a third-person pronoun form requires of its antecedent."""

    number: Number
    person: bool | None  # True: a person; False: not a person; None: either
    gender: Gender | None
    possessive: bool
    reflexive: bool


def _forms(
    words: str,
    number: Number,
    person: bool | None,
    gender: Gender | None,
    *,
    possessive: bool = False,
    reflexive: bool = False,
) -> dict[str, PronounForm]:
    return {
        word: PronounForm(number, person, gender, possessive, reflexive) for word in words.split()
    }


# Third-person pronoun forms and what they require of their antecedent.
THIRD_PERSON: dict[str, PronounForm] = {
    **_forms("he him", "singular", True, "m"),
    **_forms("his", "singular", True, "m", possessive=True),
    **_forms("himself", "singular", True, "m", reflexive=True),
    **_forms("she", "singular", True, "f"),
    **_forms("her hers", "singular", True, "f", possessive=True),
    **_forms("herself", "singular", True, "f", reflexive=True),
    **_forms("it", "singular", False, None),
    **_forms("its", "singular", False, None, possessive=True),
    **_forms("itself", "singular", False, None, reflexive=True),
    **_forms("they them", "plural", None, None),
    **_forms("their theirs", "plural", None, None, possessive=True),
    **_forms("themselves", "plural", None, None, reflexive=True),
}
# Arguments of one verb: a non-reflexive pronoun is not bound by a co-argument.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Relative pronouns (resolved before personal ones, so they bind like arguments).
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})
# Prepositions whose object is an argument of the verb, bound like one: "praised by
# [him]", "talked about [him]" (not locatives: "took the files with him").
BINDING_PREPOSITIONS = frozenset({"by", "about", "against", "for", "to", "at", "toward", "towards"})
POSSESSIVE_DEPS = frozenset({"poss"})
# The clause a speech verb reports: "[He is unfit], Clinton said".
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# Clauses at the level of the main clause: "..., but [Najib denied] this" (conj), "alleges
# that [Salman did] ..." (ccomp); not "a time when ..." or "where ...".
MAIN_CLAUSE_LINKS = frozenset({"conj", "ccomp"})
# A reflexive right after a noun, emphasising it: "South Africans [themselves]".
EMPHATIC_DEPS = frozenset({"appos", "npadvmod", "nmod", "amod"})
# From a reflexive up to the verb whose subject binds it: "for [himself]", "people as
# well as [themselves]".
REFLEXIVE_PATH_DEPS = frozenset({"prep", "pobj", "pcomp", "conj", "dobj", "dative"})
# Clauses whose missing subject is understood from the clause above ("saying it ...").
UNDERSTOOD_SUBJECT_DEPS = frozenset({"xcomp", "advcl", "conj"})
# A pronoun in a phrase fronted before its clause's subject may point forward to it:
# "[In his call with Turnbull], Trump vowed"; "[As he considers ...], Trump is calling".
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


@dataclass(frozen=True, slots=True)
class PronounResolution:
    """The outcome for one pronoun: a referent (maybe a non-actor), or a reason why none."""

    referent: Referent | None
    reason: str
    score: float


def resolve_pronoun(
    pronoun: Token,
    form: PronounForm,
    by_head: dict[int, list[Referent]],
    sentences: Sequence[Span],
    sentence_index: int,
    excluded: Callable[[Referent], bool],
) -> PronounResolution:
    """Resolve one third-person pronoun (see the module docstring).

    Args:
        pronoun: The pronoun token.
        form: What its form requires (`THIRD_PERSON[pronoun.lower_]`).
        by_head: Referents by head token index.
        sentences: The document's sentences.
        sentence_index: The pronoun's sentence.
        excluded: Referents ruled out by discourse (the speaker of the quote around it).
    """
    if is_pleonastic(pronoun):
        return PronounResolution(None, "pleonastic it", 0.0)
    if form.reflexive:
        return _reflexive(pronoun, form, by_head)
    pair = (
        None
        if form.number == "singular"
        else sentence_pair(pronoun, by_head, sentence_index, lambda r: agrees(form, r))
    )
    if pair is not None and not excluded(pair):
        return PronounResolution(pair, f"the two parties of its sentence: {pair.text!r}", 0.6)
    fronted_subject = _fronted_clause_subject(pronoun)
    arguments = co_arguments(pronoun)
    bound = {e for c in arguments for r in by_head.get(c, ()) for e in r.entity_ids}

    def allowed(referent: Referent) -> bool:
        # "the people of [her] district" is not her: no phrase refers inside itself.
        inside = referent.start <= pronoun.i < referent.end
        binds = referent.head in arguments or bool(bound & set(referent.entity_ids))
        return not (excluded(referent) or not agrees(form, referent) or inside or binds)

    candidates = (
        r for r in search_order(pronoun, by_head, sentences, sentence_index) if allowed(r)
    )
    for referent in candidates:
        # Only an actor before it in its own sentence outranks the fronted subject.
        nearby_actor = referent.sentence == sentence_index and referent.entity_ids
        if fronted_subject is not None and not nearby_actor:
            resolved = _forward(fronted_subject, form, by_head, excluded)
            if resolved is not None:
                return resolved
        if _gender_unknown(form, referent):
            # "Obama endorsed Hillary Clinton, saying she ...": a woman in the pronoun's
            # sentence beats a person whose gender is unknown. Only for she/her: news
            # names by surname alone mostly men, so "he" keeps the nearest person.
            gendered = next(
                (
                    r
                    for r in candidates
                    if r.sentence == sentence_index and r.gender == form.gender and r.entity_ids
                ),
                None,
            )
            return _outcome(gendered or referent, sentence_index)
        return _outcome(referent, sentence_index)
    if fronted_subject is not None:
        resolved = _forward(fronted_subject, form, by_head, excluded)
        if resolved is not None:
            return resolved
    if form.person is True and (later := _cataphora(pronoun, form, by_head, excluded)):
        return PronounResolution(later, f"no antecedent before it; the later {later.text!r}", 0.6)
    return PronounResolution(None, "no antecedent that agrees in number and type", 0.0)


def _main_clause(verb: Token) -> bool:
    """The sentence's main clause, a clause coordinated with it, or reported by it."""
    while verb.dep_ in MAIN_CLAUSE_LINKS and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _reported_by(token: Token, verb: Token) -> bool:
    """Whether a token lies in a clause the verb reports ("[He is unfit], Clinton said")."""
    node = token
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return node.dep_ in REPORTED_DEPS
        node = node.head
    return False


def _cataphora(
    pronoun: Token,
    form: PronounForm,
    by_head: dict[int, list[Referent]],
    excluded: Callable[[Referent], bool],
) -> Referent | None:
    """A person named later in the sentence, when nothing before the pronoun fits.

    "[His] holiday plans fueled rumors [he] was fleeing ..., but [Najib] denied this";
    "[Her] indictment alleges ... that [Salman] did ...". The later name must be the
    subject (or its possessor: "both [Manafort]'s accountants ... say") of the main
    clause, of one coordinated with it or of one it reports, and not in the pronoun's own
    clause below it: in "He argued that Mr. Trump's policies ..." he is not Trump.
    """
    commanded = set() if pronoun.dep_ in POSSESSIVE_DEPS else {t.i for t in pronoun.head.subtree}
    for token in pronoun.sent:
        if token.i <= pronoun.i or token.i in commanded:
            continue
        subject = token if token.dep_ in SUBJECT_DEPS else token.head
        if subject.dep_ not in SUBJECT_DEPS or not _main_clause(subject.head):
            continue
        if subject is not token and token.dep_ not in POSSESSIVE_DEPS:
            continue
        # "his nearest challenger, Ted Cruz": a pronoun inside the name's phrase is not it;
        # "He is unfit ..., Clinton said": nor one in what the name says.
        if any(t.i == pronoun.i for t in subject.subtree) or _reported_by(pronoun, subject.head):
            continue
        for referent in by_head.get(token.i, ()):
            if referent.entity_ids and agrees(form, referent) and not excluded(referent):
                return referent
    return None


def agrees(form: PronounForm, referent: Referent) -> bool:
    """Number, person and gender agreement; possessives need an actor-like antecedent.

    A proper noun NER missed agrees with anything: its tag says "NNPS" for "Sessions".
    """
    if referent.category == "unknown":
        return True
    if (form.number == "plural") != referent.plural:
        return False
    if form.possessive and not referent.actor_like:
        return False
    is_person = referent.category == "person" or (
        referent.category == "group" and not referent.plural
    )
    if form.person is True and not is_person:
        return False
    if form.person is False and is_person:
        return False
    return form.gender is None or referent.gender in (None, form.gender)


def _gender_unknown(form: PronounForm, referent: Referent) -> bool:
    """Whether she/her found a person whose gender is not known."""
    return form.gender == "f" and referent.category == "person" and referent.gender is None


def _outcome(referent: Referent, sentence_index: int) -> PronounResolution:
    if not referent.entity_ids:
        return PronounResolution(referent, "antecedent is not an actor", 0.0)
    distance = sentence_index - referent.sentence
    where = "same sentence" if distance == 0 else f"{distance} sentence(s) back"
    score = round(max(0.5, 0.9 - 0.1 * distance), 2)
    return PronounResolution(
        referent, f"nearest agreeing antecedent ({where}): {referent.text!r}", score
    )


def co_arguments(pronoun: Token) -> set[int]:
    """Heads of the other arguments of a non-reflexive argument pronoun's verb.

    They, and every mention of their entities, are ruled out ("Trump told him": him is
    not Trump). An understood subject counts: in "Serbia demanded ..., describing it as
    a challenge" the one describing is Serbia, so "it" is not Serbia. Role nominals use
    it too ("Baldwin mocked the anchor": the anchor is not Baldwin).

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Trump", "PROPN", "nsubj", 1, "Trump"),
        ...                 ("told", "VERB", "ROOT", 1, "tell"),
        ...                 ("him", "PRON", "dobj", 1, "he")])
        >>> co_arguments(doc[2])
        {0}
    """
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ in BINDING_PREPOSITIONS:
        # "Clinton and the country would do well by [him]": him is neither.
        verb = pronoun.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return set()
        heads = {c.i for c in children_of(verb) if c.dep_ in ARGUMENT_DEPS}
        return heads | {c for h in list(heads) for c in _conjuncts(verb.doc[h])}
    if pronoun.dep_ not in ARGUMENT_DEPS:
        return set()
    verb = pronoun.head
    heads = {c.i for c in children_of(verb) if c.i != pronoun.i and c.dep_ in ARGUMENT_DEPS}
    # "votes separating them": the noun a participle modifies is its understood subject.
    if verb.dep_ == "acl" and verb.pos_ == "VERB" and pronoun.dep_ not in SUBJECT_DEPS:
        heads.add(verb.head.i)
    # "Trump, whom [he] said has given voice ...": the relative below is Trump, not he.
    if verb.dep_ == "relcl":
        heads |= {t.i for t in verb.subtree if t.i != pronoun.i and t.lower_ in RELATIVE_WORDS}
    # "strong rains and winds sent them": every conjunct of a co-argument is one too.
    heads |= {c for h in list(heads) for c in _conjuncts(verb.doc[h])}
    if not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)) and verb.head.i != verb.i:
        matrix = verb.head
        objects = [c.i for c in children_of(matrix) if c.dep_ in {"dobj", "dative"}]
        subjects = [c.i for c in children_of(matrix) if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "xcomp" and objects:
            heads.update(objects)  # "urged allies to pay them": the allies pay
        elif verb.dep_ in UNDERSTOOD_SUBJECT_DEPS:
            heads.update(subjects)
    return heads


def _conjuncts(token: Token) -> list[int]:
    found = []
    for child in children_of(token):
        if child.dep_ == "conj":
            found += [child.i, *_conjuncts(child)]
    return found


def _reflexive(
    pronoun: Token, form: PronounForm, by_head: dict[int, list[Referent]]
) -> PronounResolution:
    # Emphatic: "South Africans [themselves]", "Trump [himself]" is the noun it follows.
    if pronoun.dep_ in EMPHATIC_DEPS and pronoun.head.pos_ in {"NOUN", "PROPN"}:
        for referent in by_head.get(pronoun.head.i, ()):
            if agrees(form, referent):
                return PronounResolution(referent, f"emphatic: {referent.text!r}", 0.9)
    # "killed 23 people as well as [themselves]": up to the clause, then its subject.
    verb = pronoun.head
    while verb.dep_ in REFLEXIVE_PATH_DEPS and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ in {"xcomp", "conj"}:
        subject = next((c for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS), None)
    for referent in by_head.get(subject.i, ()) if subject is not None else ():
        if agrees(form, referent):
            return PronounResolution(referent, f"reflexive: subject {referent.text!r}", 0.9)
    return PronounResolution(None, "reflexive without an agreeing subject", 0.0)


def _fronted_clause_subject(pronoun: Token) -> Token | None:
    """The subject after a fronted phrase that holds the pronoun, if any."""
    node = pronoun
    while node.head.i != node.i:
        parent = node.head
        if parent.pos_ in {"VERB", "AUX"} and node.dep_ in FRONTED_DEPS and node.i < parent.i:
            subject = next((c for c in children_of(parent) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.i > pronoun.i:
                return subject
            return None
        node = parent
    return None


def _forward(
    subject: Token,
    form: PronounForm,
    by_head: dict[int, list[Referent]],
    excluded: Callable[[Referent], bool],
) -> PronounResolution | None:
    for referent in by_head.get(subject.i, ()):
        if referent.entity_ids and agrees(form, referent) and not excluded(referent):
            reason = f"fronted phrase: subject of its clause {referent.text!r}"
            return PronounResolution(referent, reason, 0.8)
    return None


def pronoun_form(token: Token) -> PronounForm | None:
    """The third-person form of a pronoun token, if it is one ("her" by its function).

    Example:
        >>> import spacy
        >>> pronoun_form(spacy.blank("en")("its")[0]).possessive
        True
    """
    form = THIRD_PERSON.get(token.lower_)
    if form is None:
        return None
    if token.lower_ == "her" and token.dep_ and token.dep_ != "poss":
        return PronounForm(form.number, form.person, form.gender, False, False)
    return form
