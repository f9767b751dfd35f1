"""Reported evaluation: a speaker's judgement of the actor that reported content is about.

News often reports a judgement without a stance verb: the speaker says or thinks
something evaluative about an actor, and the evaluative word sits in the content
clause ("Redwood said the Bank had been [wrong] to cut rates"). This module finds
that judgement: the content clause's subject is its target, the sign of its
evaluative words (with their negation) its polarity; the speaker holds it
(`kg.extract.stance.readings` resolves both to actors).

Constructions, each with an example:
- reported judgement: "Redwood said the Bank had been wrong to cut rates" -> Redwood
  DISAPPROVE the Bank (cue "wrong");
- speaker after the quote: "“The Munroes are exceptional owners,” said Charrin" ->
  Charrin SUPPORT the Munroes;
- thinking verbs: "O'Connor found that the managers were to blame" -> O'Connor
  DISAPPROVE the managers;
- negated evaluative word: "Craig stated that Arlene was not good at her role" ->
  Craig DISAPPROVE Arlene;
- possessor of the subject: "Kasich said Trump's behaviour was toxic" -> Kasich
  DISAPPROVE Trump (when "behaviour" is no actor);
- what should be done to the subject: "Trump must be punished, Pelosi said" ->
  Pelosi DISAPPROVE Trump (a plain passive judges nobody); a phrasal verb counts with
  its particle ("prosecutors said Thompson should be locked up");
- a good thing harmed: "A Trump retreat would damage trust, an EU ally says" -> the
  ally DISAPPROVE Trump ("trust" counts against, as the object of "damage").

Not a judgement of the subject: a stance verb of the content ("A said B criticised C"
is B's own stance towards C, DESIGN §4), a passive subject ("X said Y was killed":
Y suffers, nobody judges Y), and words inside a further clause with its own subject.

Word valence comes from our cue lexicon first (labels, adjectives, stance nouns:
`cues.tsv`), then from the VADER lexicon (Hutto & Gilbert 2014, shipped by the
`vaderSentiment` package; valence -4..+4), a general-purpose list of about 7,500
evaluative words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract.stance.cues import cue_candidates
from kg.extract.stance.lexicon import Cue, LexiconError, find_cue, load_lexicon
from kg.extract.stance.types import STANCE_TYPES
from kg.extract.tables import children_of

VADER_PACKAGE = "vaderSentiment"
VADER_FILE = "vader_lexicon.txt"
# Parts of speech that carry an evaluation; names, numbers and function words do not.
EVALUATIVE_POS = frozenset({"ADJ", "NOUN", "VERB", "ADV"})
# Dependencies of a content clause's subject: only an active or copular subject is
# judged ("Y was killed" says nothing about Y's merits).
JUDGED_SUBJECT_DEPS = frozenset({"nsubj"})
# Modals by which a speaker demands what is done to a passive subject: "Trump [should]
# be impeached" judges Trump (a plain passive does not).
DEMAND_MODALS = frozenset({"should", "must", "ought"})
DEMANDED_SUBJECT_DEPS = frozenset({"nsubjpass"})
# Modifiers of the subject that may be the actor judged through it.
OWNER_DEPS = frozenset({"poss", "compound"})
# Clauses that carry their own judgement (of their own subject), left out of this one.
OWN_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
# Verbs a clause's verb controls: "trying [to punish]".
CONTROLLED_DEPS = frozenset({"xcomp"})
# Adjuncts of the clause's verb (time, place, circumstance) that judge nobody: "seen
# prices double [from levels before the disaster]".
ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "agent", "dative", "mark"})
# Complementizers of an open question, which asserts nothing: "investigating
# [whether] Tesla failed to disclose".
QUESTION_MARKERS = frozenset({"whether", "if"})
# The object of a verb: what "damage", "undermine" or "destroy" harm.
HARMED_DEPS = frozenset({"dobj"})
# A negated word counts the other way, and less: "not good" is bad, "not a disaster"
# is only faintly good (VADER's negation factor).
NEGATION_FACTOR = -0.74
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
NEGATION_DEPS = frozenset({"neg", "det", "advmod"})
# The valence our own cues count with (VADER's scale: 4 is the strongest).
CUE_VALENCE = 2.5
# Stances whose nouns name acts rather than judgements ("deal", "aid", "concession").
EVENT_STANCES = frozenset({"AGREE", "COOPERATE", "AID", "CONCEDE"})
# The summed valence a clause needs to count as a judgement (tuned on the
# directed-sentiment valid split).
MIN_VALENCE = 1.0
POSITIVE = STANCE_TYPES["SUPPORT"]
NEGATIVE = STANCE_TYPES["DISAPPROVE"]


@dataclass(frozen=True, slots=True)
class Judgement:
    """A reported judgement of the actor a content clause is about.

    Attributes:
        targets: Doc indices of who is judged, best first: the clause's subject, then
            its possessor or named modifier ("Trump's behaviour", "a Trump retreat").
        cue: The evaluative word that weighs most, as a `label` cue with the stance
            SUPPORT or DISAPPROVE.
        cue_token: Doc index of that word.
        valence: The summed valence of the clause's evaluative words (signed).
    """

    targets: tuple[int, ...]
    cue: Cue
    cue_token: int
    valence: float


@cache
def vader_valence() -> dict[str, float]:
    """The VADER lexicon: word -> mean valence (-4..+4).

    Raises:
        LexiconError: The `vaderSentiment` package or its lexicon file is missing.

    Example:
        >>> vader_valence()["wrong"]
        -2.1
    """
    try:
        text = resources.files(VADER_PACKAGE).joinpath(VADER_FILE).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise LexiconError(
            f"cannot read {VADER_FILE} from the {VADER_PACKAGE!r} package ({error}); "
            "install the project's pinned dependencies (./bootstrap.sh)"
        ) from error
    valence: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            try:
                valence[fields[0]] = float(fields[1])
            except ValueError:
                continue
    return valence


@cache
def _cue_valence() -> dict[str, float]:
    """Our own evaluative cues (labels, adjectives, nouns) as valences."""
    found: dict[str, float] = {}
    for (kind, text), cue in load_lexicon().items():
        # A noun for a friendly act ("a deal", "aid") names an event, not a verdict:
        # "Republicans walked away from a [deal]" says nothing good of them.
        if kind == "noun" and cue.stance is not None and cue.stance.name in EVENT_STANCES:
            continue
        if kind in {"label", "adj", "noun"} and cue.stance is not None and cue.stance.polarity:
            found.setdefault(text.split()[0], CUE_VALENCE * cue.stance.polarity)
    return found


def word_valence(token: Token) -> float:
    """The valence of one word, our cues first, then VADER (0 for no evaluation).

    Stance verbs score 0: their stance belongs to their own subject (DESIGN §4).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("wrong")
        >>> doc[0].pos_ = "ADJ"
        >>> word_valence(doc[0])
        -2.1
    """
    if token.pos_ not in EVALUATIVE_POS:
        return 0.0
    lemma, form = token.lemma_.lower(), token.lower_
    if token.pos_ == "VERB" and find_cue("verb", [lemma]) is not None:
        return 0.0
    own = _cue_valence()
    for word in (lemma, form):
        if word in own:
            return own[word]
    vader = vader_valence()
    for word in (form, lemma):
        if word in vader:
            return vader[word]
    return 0.0


def _negated(token: Token, clause: Token) -> bool:
    """Whether a word is negated within its clause ("was [not] good", "no better")."""
    current = token
    while True:
        if any(
            c.lower_ in NEGATION_WORDS and c.dep_ in NEGATION_DEPS for c in children_of(current)
        ):
            return True
        if current.i == clause.i or current.head.i == current.i:
            return False
        current = current.head


def _demanded_passive(clause: Token) -> Token | None:
    """The passive subject of a clause that says what should be done to it: "Trump
    [should] be impeached" (Trump); None for a plain passive ("Y was killed")."""
    if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in children_of(clause)):
        return None
    return next((c for c in children_of(clause) if c.dep_ in DEMANDED_SUBJECT_DEPS), None)


def _demanded_valence(verb: Token) -> float:
    """The valence of what is demanded: our verb cue's sign (with its particle: "should
    be [locked up]"), else VADER's."""
    cue = find_cue("verb", cue_candidates(verb))
    if cue is not None and cue.stance is not None and cue.stance.polarity:
        return CUE_VALENCE * cue.stance.polarity
    vader = vader_valence()
    return vader.get(verb.lower_, vader.get(verb.lemma_.lower(), 0.0))


def _harmed(word: Token) -> bool:
    """Whether a word is the object of a harming verb: "would damage [trust]", "has
    undermined [security]" (the verb's own valence is negative)."""
    verb = word.head
    return (
        word.dep_ in HARMED_DEPS
        and verb.i != word.i
        and verb.pos_ == "VERB"
        and word_valence(verb) < 0
    )


def _own_stance(clause: Token) -> bool:
    """Whether the clause's verb, or a verb it controls, is a polar stance verb:
    "Y [criticised] Z", "Y was trying to [punish] Z"."""
    verb: Token | None = clause
    while verb is not None:
        if verb.pos_ == "VERB":
            cue = find_cue("verb", cue_candidates(verb))
            if cue is not None and cue.stance is not None and cue.stance.polarity:
                return True
        verb = next((c for c in children_of(verb) if c.dep_ in CONTROLLED_DEPS), None)
    return False


def _words(clause: Token, subject: Token) -> list[Token]:
    """The clause's own words: not the subject's modifiers, not a further clause, not
    an adjunct of its verb (but a complement's own preposition: "guilty [of] fraud")."""
    found = []
    stack = [clause]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in children_of(current):
            if child.i == subject.i:
                found.append(child)
            elif child.dep_ not in OWN_CLAUSE_DEPS and not (
                current.i == clause.i and child.dep_ in ADJUNCT_DEPS
            ):
                stack.append(child)
    return found


def judgement(content: Token) -> Judgement | None:
    """The judgement a content clause reports about its subject, if it reports one.

    Args:
        content: The head of the content clause (the object of "said", "found").

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Redwood said the Bank had been wrong to cut rates.")
        >>> found = judgement(doc[5])
        >>> doc[found.targets[0]].text, found.cue.stance.name, doc[found.cue_token].text
        ('Bank', 'DISAPPROVE', 'wrong')
    """
    subject = next((c for c in children_of(content) if c.dep_ in JUDGED_SUBJECT_DEPS), None)
    demanded = _demanded_passive(content)
    subject = subject or demanded
    if subject is None or any(c.lower_ in QUESTION_MARKERS for c in children_of(content)):
        return None
    # "Brussels was trying to [punish] Budapest for defending its interests": the
    # content states the subject's own stance (DESIGN §4), so the speaker's words
    # around it judge nobody.
    if demanded is None and _own_stance(content):
        return None
    scored = []
    # "Trump should be impeached": what the speaker wants done to the subject judges it;
    # the verb counts even as a stance cue (it is no stance of the subject's own).
    if demanded is not None and (valence := _demanded_valence(content)):
        negated = _negated(content, content)
        scored.append((valence * NEGATION_FACTOR if negated else valence, content))
    for word in _words(content, subject):
        valence = word_valence(word)
        # "would damage [trust]": a good thing harmed counts against whoever harms it,
        # and the harming verb names the cue.
        shown = word
        if valence > 0 and _harmed(word):
            valence, shown = -valence, word.head
        if valence:
            negated = _negated(word, content)
            scored.append((valence * NEGATION_FACTOR if negated else valence, shown))
    total = sum(value for value, _ in scored)
    if abs(total) < MIN_VALENCE:
        return None
    _, word = max(
        ((v, w) for v, w in scored if (v > 0) == (total > 0)), key=lambda item: abs(item[0])
    )
    stance = POSITIVE if total > 0 else NEGATIVE
    # "Trump's lies", "a Trump retreat": the possessor or named modifier is judged when
    # the subject itself is no actor.
    owners = [c.i for c in children_of(subject) if c.dep_ in OWNER_DEPS]
    targets = (subject.i, *owners)
    return Judgement(targets, Cue(word.lemma_.lower(), "label", stance), word.i, round(total, 2))
