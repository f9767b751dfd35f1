"""Attribution: who said the clause a predicate belongs to, and how we know.

Constructions, each with an example:
- reported speech: "Spicer said that no decision has been made" -> the content clause
  is spoken by Spicer; "X told Y that ..."; "..., Kremlin's spokesman Dmitry Peskov
  told Interfax" (the speaker is the entity in apposition);
- direct quotes, split and multi-sentence: "“I’m opposed ...,” McConnell said. “If
  anything, we ought ...”" -> both quoted sentences are McConnell's;
- according to: "..., according to his office" -> Hollande; "according to a readout
  of the call from the Kremlin" -> the Kremlin; "X's office said" -> X.

`kind` of an attribution: `reported`, `quote` or `according-to`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex
from kg.extract.stance.holders import FIRST_PERSON, is_pronoun_form, resolve_holder
from kg.extract.stranded import stranded_content
from kg.extract.tables import children_of, sentence_bounds, texts_of, tokens_of
from kg.model import EntityRef

# Verbs that report speech; their clausal object is reported content with a speaker.
SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "argue",
        "announce",
        "insist",
        "note",
        "report",
        "write",
        "declare",
        "confirm",
        "deny",
        "explain",
        "stress",
        "warn",
        "reiterate",
        "assert",
        "maintain",
        "acknowledge",
        "admit",
        "allege",
        "charge",
        "suggest",
        "tweet",
        "respond",
        "reply",
        "predict",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "agree",
        "urge",
    ]
)
# Dependencies through which a content clause hangs from its speech verb.
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# ... and from the noun of its adjunct ("said in a statement [that ...]").
STRANDED_DEPS = frozenset({"acl", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A verb of saying inside the clause it reports: "Trump, Pelosi [said], is a liar".
PARENTHETICAL_DEPS = frozenset({"parataxis"})
# Nouns that stand for the actor behind them: "his office", "a readout from the Kremlin".
SOURCE_NOUNS = frozenset(
    [
        "office",
        "readout",
        "statement",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "official",
        "source",
        "ministry",
        "account",
        "report",
        "transcript",
        "release",
        "summary",
        "communique",
        "representative",
        "camp",
    ]
)
# Prepositions that name the actor behind a source noun: "a readout [from] the Kremlin".
SOURCE_PREPS = frozenset({"from", "of", "by"})
# Marks that end a clause for attribution: content before its verb of saying is
# reported only across a comma or a quote ("The call lasted an hour, the White House
# said"), not across a semicolon, a list bullet or a line break ("A said X; B said Y",
# "• New president speaks with leaders\n • Lawmakers warn against ...").
CLAUSE_BREAKS = frozenset({";", "•", "·", "▪", "●", "◦", "‣", "*"})
OPENING_QUOTES = frozenset({"“", "«", "„"})
CLOSING_QUOTES = frozenset({"”", "»"})
STRAIGHT_QUOTES = frozenset({'"', "``", "''"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it and how the text tells us.

    Attributes:
        speaker: The speaker, or None when the speaker is not an actor.
        kind: `reported`, `quote` or `according-to`.
        token: Doc index of the speech verb or source word.
    """

    speaker: EntityRef | None
    kind: str
    token: int


def speech_verb(predicate: Token) -> Token | None:
    """The verb of saying whose content clause contains `predicate`, if any.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Spicer said that no decision has been made.")
        >>> speech_verb(doc[7]).text
        'said'
    """
    token = predicate
    # "Trump, Pelosi [said], is a liar": a parenthetical speech verb inside its content.
    for child in children_of(predicate):
        speech = child.dep_ in PARENTHETICAL_DEPS and child.lemma_.lower() in SPEECH_LEMMAS
        if speech and any(c.dep_ in SUBJECT_DEPS for c in children_of(child)):
            return child
    while token.dep_ in CONTENT_DEPS | {"conj", "xcomp"} | STRANDED_DEPS:
        head = token.head
        if head.i == token.i:
            return None
        # "said in a statement [that ...]": content hung from the adjunct's noun.
        if token.dep_ in STRANDED_DEPS:
            verb = head.head.head
            stranded = verb.lemma_.lower() in SPEECH_LEMMAS and stranded_content(verb) == token
            return verb if stranded else None
        if token.dep_ in CONTENT_DEPS and head.lemma_.lower() in SPEECH_LEMMAS:
            return head if is_reported_content(token, head) else None
        token = head
    return None


def is_reported_content(clause: Token, verb: Token) -> bool:
    """Whether a clause hanging from a verb of saying is what that verb reports.

    A clause after the verb is; one before it only when no semicolon, list bullet or
    line break stands between them (`CLAUSE_BREAKS`).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The White House said they met; Merkel has said she wants more.")
        >>> is_reported_content(doc[3], doc[9]), is_reported_content(doc[11], doc[9])
        (False, True)
    """
    if clause.i > verb.i:
        return True
    between = clause.doc[clause.i + 1 : verb.i]
    return not any(t.text in CLAUSE_BREAKS or (t.is_space and "\n" in t.text) for t in between)


def speaker_token(predicate: Token) -> Token | None:
    """The subject of the speech verb that reports `predicate`'s clause, if any."""
    verb = speech_verb(predicate)
    if verb is None:
        return None
    return next((child for child in children_of(verb) if child.dep_ in SUBJECT_DEPS), None)


def source_actor(token: Token, actors: ActorIndex) -> EntityRef | None:
    """The actor a source phrase stands for ("his office" -> Hollande).

    Example:
        >>> from kg.extract.actors import resolve_actors
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Peace is near, according to a readout from the Kremlin.")
        >>> source_actor(doc[7], resolve_actors(doc)).label
        'Kremlin'
    """
    if token.lemma_.lower() in SOURCE_NOUNS:
        for child in children_of(token):
            if child.dep_ == "appos" and (ref := actors.resolve_head(child.i)) is not None:
                return ref
        for child in children_of(token):
            if child.dep_ == "poss" and (ref := resolve_holder(child, actors)) is not None:
                return ref
        for inner in token.subtree:
            is_source = inner.dep_ == "pobj" and inner.head.lower_ in SOURCE_PREPS
            if is_source and (ref := actors.resolve_head(inner.i)) is not None:
                return ref
    return resolve_holder(token, actors)


def according_to(sentence: Span) -> Token | None:
    """The object of "according to" in a sentence, if any.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> sent = next(load_pipeline()("Trump agreed, according to the readouts.").sents)
        >>> according_to(sent).text
        'readouts'
    """
    texts, tokens = texts_of(sentence.doc), tokens_of(sentence.doc)
    for index in range(sentence.start, sentence.end):
        if texts[index].lower() == "according":  # `Token.lower_`, from the text table
            token = tokens[index]
            for prep in children_of(token):
                if prep.lower_ == "to":
                    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    return None


class QuoteSpeakers:
    """The direct quotes of a document and who speaks each one.

    A quote's speaker is the subject of a verb of saying outside the quote in the
    sentences it spans ("“...,” McConnell said"); a quote without one continues the
    quote of the sentence before it ("“...,” McConnell said. “If anything, ...”").
    """

    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        self._speaker: dict[int, tuple[EntityRef | None, int]] = {}
        previous: tuple[int, EntityRef | None, int] | None = None
        for start, end in quote_regions(doc):
            inside = range(start, end + 1)
            first_sentence = sentence_bounds(doc, start)[0]
            last_sentence = sentence_bounds(doc, end)[1]
            found: tuple[EntityRef | None, int] | None = None
            for token in tokens_of(doc)[first_sentence:last_sentence]:
                if token.i in inside or token.lemma_.lower() not in SPEECH_LEMMAS:
                    continue
                subject = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and subject.i not in inside:
                    found = (source_actor(subject, actors), token.i)
                    break
            if found is None and previous is not None:
                previous_end, speaker, verb = previous
                if sentence_bounds(doc, previous_end)[1] >= first_sentence - 2:
                    found = (speaker, verb)
            if found is None:
                previous = None
                continue
            for index in inside:
                self._speaker[index] = found
            previous = (end, found[0], found[1])

    def at(self, index: int) -> tuple[EntityRef | None, int] | None:
        """The speaker (and speech verb index) of the quote a token lies in, if any."""
        return self._speaker.get(index)


def quote_regions(doc: Doc) -> list[tuple[int, int]]:
    """(first, last) token indices of each quotation, marks included.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")('He said “ no way ” and "maybe".')
        >>> quote_regions(doc)
        [(2, 5), (7, 9)]
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for token, text in zip(tokens_of(doc), texts_of(doc), strict=True):
        if text in OPENING_QUOTES or (text in STRAIGHT_QUOTES and open_at is None):
            open_at = token.i
        elif (text in CLOSING_QUOTES or text in STRAIGHT_QUOTES) and open_at is not None:
            regions.append((open_at, token.i))
            open_at = None
    return regions


def attribute(
    predicate: Token, source: Token | None, actors: ActorIndex, quotes: QuoteSpeakers
) -> Attribution | None:
    """Who said the clause of `predicate`: reported speech, then quote, then according to.

    `source` is the object of the sentence's "according to" (`according_to`), found once
    per sentence by the caller.
    """
    subject = speaker_token(predicate)
    if subject is not None:
        verb = speech_verb(predicate)
        assert verb is not None
        speaker = source_actor(subject, actors)
        quoted = quotes.at(verb.i)
        # "“I told him ...,” McCain said": a reporting "I" is the quote's speaker.
        if speaker is None and is_pronoun_form(subject, FIRST_PERSON) and quoted is not None:
            speaker = quoted[0]
        kind = "quote" if quotes.at(predicate.i) is not None else "reported"
        return Attribution(speaker, kind, verb.i)
    # The actor resolver's quotes first (kg.extract.quotes), then our own reading.
    speaker = actors.speaker_at(predicate.i)
    if speaker is not None:
        return Attribution(speaker, "quote", predicate.i)
    quoted = quotes.at(predicate.i)
    if quoted is not None:
        return Attribution(quoted[0], "quote", quoted[1])
    if source is not None:
        speaker = _clause_subject_owner(source, actors) or source_actor(source, actors)
        return Attribution(speaker, "according-to", source.i)
    return None


def _clause_subject_owner(source: Token, actors: ActorIndex) -> EntityRef | None:
    """ "Hollande warned Trump ..., according to [his] office": the possessive pronoun is
    the clause's subject, not the nearest name before it."""
    owner = next((c for c in children_of(source) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None:
        return None
    clause = source.head.head.head  # office <- to <- according <- the verb
    subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS), None)
    return actors.resolve_head(subject.i) if subject is not None else None
