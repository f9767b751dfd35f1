"""Direct quotes: where they are in the text and who speaks them.

A quote is one or more quoted spans with one speaker:

    “I’m absolutely opposed to lifting sanctions on Russia,” Senate Majority Leader Mitch
    McConnell ... said Sunday ... “If anything, we ought to be looking at increasing them.”

is one `Quote` with two spans (the second continues the first in the same paragraph)
whose speaker is the token `McConnell`. The speaker is a token of the document (the head
of the speaker phrase, which may be a pronoun: "he said"); resolving it to an actor is the
job of `kg.extract.actors`, which also uses quotes to read "I" as the speaker.

How a span finds its speaker (the `rule` of the quote):
- `quote:clause` — the quote belongs to the clause of a verb of saying outside it
  ("“...,” McConnell said", "Putin told Trump he “sees ...”", "saying, “We’ll see ...”").
- `quote:according-to` — "..., according to X".
- `quote:adjacent` — the quote is a sentence of its own and the next sentence is a bare
  attribution ("McCain said.") or the previous one ends in one ("He said:").
- `quote:continuation` — no cue of its own, but it follows an attributed quote in the
  same paragraph or opens the next paragraph (multi-paragraph quotes).
- `quote:unattributed` — none of the above (scare quotes, a quoted slogan).

Quoted titles are not quotes: two to six words, all capitalised ("ABC's “This Week”
program", a quoted headline ‘Absolutely Opposed’).

Where the quote marks are is `kg.extract.quote_marks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import SPEECH_LEMMAS, SUBJECT_DEPS
from kg.extract.quote_marks import BLANK_LINE, QuoteSpan, quote_spans
from kg.extract.tables import children_of, sentence_bounds, sentence_tokens, tokens_of

# Verbs that introduce or frame a quote: the verbs of reported speech, and a few that
# only frame quotes ("described the conversation as “positive”").
QUOTE_VERB_LEMMAS = SPEECH_LEMMAS | frozenset(
    {
        "ask",
        "reply",
        "respond",
        "tweet",
        "post",
        "recall",
        "suggest",
        "acknowledge",
        "admit",
        "predict",
        "describe",
        "quip",
        "testify",
        "continue",
        "conclude",
        "complain",
        "joke",
        "emphasize",
        "emphasise",
        "vow",
        "promise",
        "urge",
        "thunder",
        "scoff",
        "retort",
    }
)
# Verbs that introduce a quote with "back": "Cruz [shot back]: “...”", "[hit back]".
RETORT_LEMMAS = frozenset({"shoot", "fire", "hit", "push", "snap", "strike"})
# A verb of saying with no subject of its own takes its head's: "Trump downplayed ...,
# saying, “We’ll see”" (advcl), "He paused and added ..." (conj).
SUBJECT_SHARING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})
VERB_TAGS = frozenset({"VERB", "AUX"})
# Opening mark -> closing mark.
# A short bare attribution sentence is at most this many words ("Senator X said.").
_MAX_ATTRIBUTION_WORDS = 12
_MAX_TITLE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: one or more spans (split and continued quotes) and its speaker.

    Attributes:
        spans: The quoted spans, in text order.
        text: The quoted words, spans joined by " … ".
        speaker: Doc index of the head of the speaker phrase ("McConnell", "he",
            "spokesman" in "Kremlin's spokesman Dmitry Peskov"), or None.
        cue: Doc index of the verb of saying (or of "according"), or None.
        rule: How the speaker was found (see the module docstring).
    """

    spans: tuple[QuoteSpan, ...]
    text: str
    speaker: int | None
    cue: int | None
    rule: str

    @property
    def start(self) -> int:
        """Doc index of the first quoted token."""
        return self.spans[0].start

    @property
    def end(self) -> int:
        """Doc index after the last quoted token."""
        return self.spans[-1].end

    def contains(self, token_index: int) -> bool:
        """Whether the token is inside one of the quoted spans."""
        return any(span.start <= token_index < span.end for span in self.spans)


def find_quotes(doc: Doc) -> list[Quote]:
    """The direct quotes of a parsed document and their speakers, in text order.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("“I’m opposed to it,” McConnell said. “We will fight.”")
        >>> [(q.text, doc[q.speaker].text, q.rule) for q in find_quotes(doc)]
        [('I’m opposed to it, … We will fight.', 'McConnell', 'quote:clause')]
    """
    spans = [span for span in quote_spans(doc) if not _is_title(doc, span)]
    attributed = [(span, *_attribute(doc, span)) for span in spans]
    quotes: list[Quote] = []
    previous: Quote | None = None
    for span, speaker, cue, rule in attributed:
        if (
            rule == "quote:unattributed"
            and previous is not None
            and _continues(doc, previous, span)
        ):
            quotes[-1] = _with_span(doc, previous, span)
            previous = quotes[-1]
            continue
        if previous is not None and cue is not None and cue == previous.cue:
            # A split quote: "“A,” he said, “B.”" — both spans hang from one verb.
            quotes[-1] = _with_span(doc, previous, span)
            previous = quotes[-1]
            continue
        quote = Quote((span,), _span_text(doc, span), speaker, cue, rule)
        quotes.append(quote)
        previous = quote if rule != "quote:unattributed" else None
    return quotes


def quote_at(quotes: Sequence[Quote], token_index: int) -> Quote | None:
    """The quote whose spans contain the token, if any.

    Example:
        >>> span = QuoteSpan(1, 3, 1, 9)
        >>> quote_at([Quote((span,), "I agree", 5, 4, "quote:clause")], 2).speaker
        5
    """
    return next((quote for quote in quotes if quote.contains(token_index)), None)


def _is_title(doc: Doc, span: QuoteSpan) -> bool:
    words = [token for token in tokens_of(doc)[span.start : span.end] if token.is_alpha]
    if not 2 <= len(words) <= _MAX_TITLE_WORDS:
        return False
    return all(word.text[0].isupper() for word in words)


def _span_text(doc: Doc, span: QuoteSpan) -> str:
    # The tokens' own text, the same characters as `doc.text[start_char:end_char]`:
    # `doc.text` joins every token of the document again on each call.
    return " ".join(doc[span.start : span.end].text.split())


def _with_span(doc: Doc, quote: Quote, span: QuoteSpan) -> Quote:
    return Quote(
        spans=(*quote.spans, span),
        text=f"{quote.text} … {_span_text(doc, span)}",
        speaker=quote.speaker,
        cue=quote.cue,
        rule=quote.rule,
    )


def _attribute(doc: Doc, span: QuoteSpan) -> tuple[int | None, int | None, str]:
    """The speaker token, the cue token and the rule for one quoted span."""
    verb = _governing_cue(doc, span)
    if verb is not None:
        if verb.lower_ == "according":
            source = _according_to_source(verb)
            return (source.i if source else None), verb.i, "quote:according-to"
        subject = speaker_of_verb(verb)
        return (subject.i if subject else None), verb.i, "quote:clause"
    adjacent = _adjacent_attribution(doc, span)
    if adjacent is not None:
        subject = speaker_of_verb(adjacent)
        if subject is not None:
            return subject.i, adjacent.i, "quote:adjacent"
    return None, None, "quote:unattributed"


def _governing_cue(doc: Doc, span: QuoteSpan) -> Token | None:
    """The nearest verb of saying (or "according") above the quote in the parse.

    Walks up from every quoted token whose head lies outside the quote; the cue must
    itself lie outside the quote. A cue hanging from a quoted token counts too.
    """
    best: tuple[int, Token] | None = None
    for token in tokens_of(doc)[span.start : span.end]:
        # The cue may hang from the quote: "“We win,” [he said]" parsed as parataxis,
        # "“Talks failed,” [according to] Peskov".
        if best is None:
            for child in children_of(token):
                outside = not span.start <= child.i < span.end
                if outside and (is_quote_verb(child) or child.lower_ == "according"):
                    best = (1, child)
                    break
        head = token.head.i
        inner = span.start <= head < span.end and head != token.i
        # Punctuation inside the marks often hangs from the verb of the sentence: skip it.
        if inner or token.is_punct or token.is_space:
            continue
        steps = 0
        node = token
        while node.head.i != node.i:
            node = node.head
            steps += 1
            if span.start <= node.i < span.end:
                continue
            if is_quote_verb(node) or node.lower_ == "according":
                if best is None or steps < best[0]:
                    best = (steps, node)
                break
    return best[1] if best else None


def is_quote_verb(token: Token) -> bool:
    """A verb that introduces a quote: "said", "added", and "shot back", "hit back".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Cruz", "PROPN", "nsubj", 1, "Cruz"),
        ...                 ("shot", "VERB", "ROOT", 1, "shoot"),
        ...                 ("back", "ADP", "prt", 1, "back")])
        >>> is_quote_verb(doc[1]), is_quote_verb(doc[0])
        (True, False)
    """
    if token.lemma_ in QUOTE_VERB_LEMMAS:
        return True
    return token.lemma_ in RETORT_LEMMAS and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in children_of(token)
    )


def speaker_of_verb(verb: Token) -> Token | None:
    """The subject of a verb of saying, or of the clause it hangs from.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Trump downplayed it, saying, “We’ll see.”")
        >>> speaker_of_verb(doc[4]).text
        'Trump'
        >>> doc = load_pipeline()("Rubio ended it by saying, “I’m staying.”")
        >>> speaker_of_verb(doc[4]).text
        'Rubio'
    """
    node = verb
    for _ in range(4):
        subject = next((c for c in children_of(node) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        # "contrasts himself to Trump [by] saying, “...”": the preposition of a gerund
        # passes the subject of its verb on.
        via_preposition = node.dep_ == "prep" and node.head.pos_ in VERB_TAGS
        if (node.dep_ not in SUBJECT_SHARING_DEPS and not via_preposition) or node.head.i == node.i:
            return None
        node = node.head
    return None


def _according_to_source(according: Token) -> Token | None:
    to = next((c for c in children_of(according) if c.lower_ == "to"), None)
    if to is None:
        return None
    return next((c for c in children_of(to) if c.dep_ == "pobj"), None)


def _adjacent_attribution(doc: Doc, span: QuoteSpan) -> Token | None:
    """A bare attribution sentence right after the quote ("McCain said.") or right
    before it, ending in a colon ("He said:")."""
    after = _next_word(doc, span.end + 1)
    if after is not None:
        sentence = after.sent
        if sentence.start >= span.end and len(sentence) <= _MAX_ATTRIBUTION_WORDS:
            verb = _bare_speech_verb(sentence)
            if verb is not None:
                return verb
    before = _previous_word(doc, span.start - 2)
    if before is not None and before.text == ":":
        return _bare_speech_verb(before.sent)
    return None


def _bare_speech_verb(sentence: Span) -> Token | None:
    for token in sentence_tokens(sentence):
        if is_quote_verb(token) and not any(
            child.dep_ in {"ccomp", "dobj"} for child in children_of(token)
        ):
            return token
    return None


def _next_word(doc: Doc, index: int) -> Token | None:
    while index < len(doc) and (doc[index].is_space or doc[index].is_punct):
        index += 1
    return doc[index] if index < len(doc) else None


def _previous_word(doc: Doc, index: int) -> Token | None:
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


def _continues(doc: Doc, previous: Quote, span: QuoteSpan) -> bool:
    """An unattributed span continues the previous quote: same paragraph, or the opening
    of the next paragraph, with no other sentence of narration in between."""
    gap = doc[previous.end : span.start]
    breaks = sum(1 for token in gap if token.is_space and BLANK_LINE.search(token.text))
    if breaks > 1:
        return False
    # Narration between the two (more than the attribution) means a new topic.
    sentences = {sentence_bounds(doc, token.i)[0] for token in gap if not token.is_space}
    return len(sentences) <= 2
