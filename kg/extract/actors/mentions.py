"""Named mentions: NER spans cleaned into names, with titles and roles as attributes.

"Senate Majority Leader Mitch McConnell's" -> the name "Mitch McConnell" with the role
"Senate Majority Leader". Cleaning strips leading determiners, titles and honorifics
("Mr."), and trailing possessives; roles come from the name's premodifiers and
appositions ("Mitch McConnell, a Kentucky Republican" -> role "Kentucky Republican").

NORP spans ("Russian", "Democrats") are not names: `kg.extract.actors.demonyms` reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.actors.index import Unresolved
from kg.extract.actors.lexicon import TITLE_MAX_WORDS, Gender, aliases, title_at
from kg.extract.actors.names import fold, is_all_caps
from kg.extract.actors.roles import (
    Role,
    apposition_head,
    apposition_roles,
    describes_a_person,
    first_name_before,
    given_name_before,
    given_name_gender,
    honorific_before,
    noun_role,
    premodifier_roles,
    role_gender,
    strip_titles,
    titled_before,
)
from kg.extract.tables import ents_of, text_of, texts_of, tokens_of, tokens_text
from kg.ids import NER_TO_TYPE, normalize_text

# NER labels that name actors, places and things; NORP is read as demonyms instead.
NAME_LABELS = frozenset(label for label in NER_TO_TYPE if label != "NORP")
LEADING_DETERMINERS = frozenset({"the", "a", "an"})
# Words after a number that make it an amount, not part of a name: "1.8 [billion] euros".
AMOUNT_WORDS = frozenset(
    {"million", "billion", "trillion", "euros", "dollars", "pounds", "yuan", "yen", "rupees"}
)
# A name modifying another noun: "a [Reuters] reporter" is still Reuters.
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Types NER gives a surname it did not recognise ("Priebus" ORG); with a given name before
# it, the name is a person's.
SURNAME_TYPES = frozenset({"organization", "place", "product", "work"})
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
PRONOUN_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)
# An age in commas after a name marks a person: "Damaso, [41], from Johannesburg".
_MIN_AGE, _MAX_AGE = 1, 120
# A headline: this share of its content words capitalised.
_HEADLINE_CAPITALISED_SHARE = 0.7
_SENTENCE_END = frozenset(".!?;:,")
_CLOSING_MARKS = "”\"’'»)] \t"
# "https://t.co/...", "pic.twitter.com/...", "@WCCO": tagged as names, they are none.
_WEB_ADDRESS = re.compile(r"://|www\.|\.com\b|\w/\w|(?:^|\s)@\w")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words a title-case headline leaves in lower case.
_HEADLINE_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "but",
        "by",
        "at",
        "as",
        "from",
        "vs",
        "via",
        "into",
        "over",
        "under",
        "nor",
        "so",
        "yet",
        "up",
        "off",
        "per",
        "than",
    ]
)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A cleaned named mention.

    Attributes:
        start: Doc index of the first token of the name.
        end: Doc index after the name.
        text: The name, NFKC-normalised ("Mitch McConnell").
        ner_type: The entity type its NER label maps to.
        head: Doc index of the name's syntactic head.
        sentence: Index of its sentence in the document.
        roles: Titles and roles seen with it.
        gender: Marked by an honorific, a gendered title or a given name.
        titled: Has a title or honorific (evidence that it is a person).
        headline: Comes from a headline (to be confirmed against the body).
        apposition_head: Doc index of a noun it is in apposition to ("spokesman").
    """

    start: int
    end: int
    text: str
    ner_type: str
    head: int
    sentence: int
    roles: tuple[Role, ...] = ()
    gender: Gender | None = None
    titled: bool = False
    headline: bool = False
    apposition_head: int | None = None

    def narrowed(self, start: int, end: int, text: str) -> NameMention:
        """The same mention cut down to a part of it (a headline fragment's real name)."""
        return NameMention(
            start, end, text, self.ner_type, min(max(self.head, start), end - 1), self.sentence
        )


def is_headline(line: str) -> bool:
    """Whether a line reads as a headline: all caps, or title case without a full stop.

    Headlines (and bylines) are where NER goes wrong most ("Trump Wants" as a person),
    so names found there must be confirmed by the body.

    Example:
        >>> is_headline("Trump, Putin Use First Formal Phone Call to Seek Better Ties")
        True
        >>> is_headline("Trump spoke with Putin on Saturday.")
        False
    """
    words = _WORD.findall(line)
    if len(words) >= 2 and is_all_caps(" ".join(words)):
        return True
    stripped = line.rstrip().rstrip(_CLOSING_MARKS)
    if not stripped or stripped[-1] in _SENTENCE_END:
        return False
    content = [word for word in words if word.lower() not in _HEADLINE_FUNCTION_WORDS]
    if len(content) < 2:
        return False
    capitalised = sum(1 for word in content if word[0].isupper())
    return capitalised >= _HEADLINE_CAPITALISED_SHARE * len(content)


def headline_sentences(doc: Doc, sentences: list[Span]) -> set[int]:
    """Indices of the sentences that lie on a headline line (see `is_headline`)."""
    text = text_of(doc)
    found = set()
    # Line start -> whether that line is a headline: the sentences of a paragraph share
    # its line, which is judged once.
    judged: dict[int, bool] = {}
    for number, sentence in enumerate(sentences):
        begin = text.rfind("\n", 0, sentence.start_char) + 1
        if begin not in judged:
            finish = text.find("\n", sentence.start_char)
            line = text[begin : finish if finish >= 0 else len(text)]
            judged[begin] = bool(line.strip()) and is_headline(line)
        if judged[begin]:
            found.add(number)
    return found


def find_names(
    doc: Doc, sentence_of: list[int], headlines: set[int]
) -> tuple[list[NameMention], list[Unresolved]]:
    """Every cleaned named mention of the document, and the spans that were not names.

    Args:
        doc: The parsed document.
        sentence_of: Doc token index -> index of its sentence.
        headlines: Indices of the sentences that read as headlines.
    """
    names: list[NameMention] = []
    dropped: list[Unresolved] = []
    for ent in ents_of(doc):
        if ent.label_ not in NAME_LABELS:
            continue
        mention, reason = clean_name(ent, sentence_of, headlines)
        if mention is None:
            dropped.append(Unresolved(ent.start, ent.end, ent.text, "name", reason))
            continue
        names.append(mention)
    return names, dropped


def _before_amount(tokens: list[Token], start: int, end: int) -> int:
    """Where a name ends that NER ran into an amount: "fined [Apple 1.8 billion euros]"
    -> "Apple" ("Boeing 737", "Group of 20" keep their numbers: no amount word follows)."""
    for index in range(start + 1, end - 1):
        if tokens[index].like_num and tokens[index + 1].lower_ in AMOUNT_WORDS:
            return index
    return end


def clean_name(
    ent: Span, sentence_of: list[int], headlines: set[int]
) -> tuple[NameMention | None, str]:
    """One NER span as a name, or None and the reason it is not one."""
    doc = ent.doc
    tokens = tokens_of(doc)
    start, end = ent.start, ent.end
    if _indefinite_head(ent):
        return None, "a common noun after 'a'/'an', not a name"
    while start < end and tokens[start].lower_ in LEADING_DETERMINERS:
        start += 1
    title_tokens, gender, honorifics, start = strip_titles(doc, start, end)
    while end > start and (
        tokens[end - 1].text in POSSESSIVE_ENDINGS or _is_edge_junk(tokens[end - 1])
    ):
        end -= 1
    while start < end and _is_edge_junk(tokens[start]):
        start += 1
    end = _before_amount(tokens, start, end)
    if start >= end:
        return None, "nothing left without determiners, titles and punctuation"
    text = normalize_text(tokens_text(doc, start, end))
    if not any(char.isalpha() for char in text):
        return None, "no letters"
    if _WEB_ADDRESS.search(text):
        return None, "a web address or handle"
    # "He", "It" tagged as names; but "US" is the alias of a country, not "us".
    if text.lower() in PRONOUN_WORDS and fold(text) not in aliases():
        return None, "a pronoun tagged as a name"
    if _completes_title(doc, start, end):
        return None, "the end of a title, not a name"
    ner_type = NER_TO_TYPE[ent.label_]
    # "Mr. [Ailes]", "Ms. [Kelly]": NER left the honorific out; it still marks a person.
    outside = None if title_tokens or honorifics else honorific_before(doc, start)
    if outside is not None:
        ner_type, gender = "person", gender or outside.gender
    if ner_type in SURNAME_TYPES and end - start == 1 and given_name_before(doc, start):
        # "Reince [Priebus]" tagged ORG: a given name before it makes it a person's name.
        ner_type, start = "person", start - 1
        text = normalize_text(tokens_text(doc, start, end))
    elif ner_type == "person" and not title_tokens and not honorifics:
        start = first_name_before(doc, start, end)
        text = normalize_text(tokens_text(doc, start, end))
    head = doc[start:end].root
    roles = list(premodifier_roles(doc, start, end, title_tokens, honorifics))
    appositions = apposition_roles(head)
    roles.extend(appositions)
    if ner_type in SURNAME_TYPES and (
        any(describes_a_person(role) for role in appositions) or age_follows(doc, end)
    ):
        # "Broc Parkes (ORG), the only other Australian on the grid", "Damaso (GPE), 41,
        # from Johannesburg": a person.
        ner_type = "person"
    noun = apposition_head(head)
    if noun is not None:
        roles.append(noun_role(noun))
    if gender is None and ner_type == "person":
        gender = role_gender(doc, roles) or given_name_gender(text)
    return (
        NameMention(
            start=start,
            end=end,
            text=text,
            ner_type=ner_type,
            head=head.i,
            sentence=sentence_of[start],
            roles=tuple(role for role in roles if role.text),
            gender=gender,
            titled=bool(title_tokens or honorifics or outside) or titled_before(doc, start, roles),
            headline=sentence_of[start] in headlines,
            apposition_head=noun.i if noun is not None else None,
        ),
        "",
    )


def age_follows(doc: Doc, end: int) -> bool:
    """Whether an age stands in commas right after a name: "Damaso, 41, from ...".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Damaso", "PROPN", "nsubj", 4, "Damaso"),
        ...                 (",", "PUNCT", "punct", 0, ","), ("41", "NUM", "appos", 0, "41"),
        ...                 (",", "PUNCT", "punct", 0, ","), ("spoke", "VERB", "ROOT", 4, "speak")])
        >>> age_follows(doc, 1), age_follows(doc, 2)
        (True, False)
    """
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    number, after = doc[end + 1], doc[end + 2]
    return (
        number.text.isdigit()
        and _MIN_AGE <= int(number.text) <= _MAX_AGE
        and after.text in {",", ")"}
    )


def _indefinite_head(ent: Span) -> bool:
    """One word after "a"/"an" heading its phrase names no one: "Sanders, a [Brooklynite]
    who ..." (GPE); but "a [Reuters] reporter" keeps Reuters, a modifier.
    """
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in {"a", "an"}:
        return False
    return ent.root.dep_ not in NAME_MODIFIER_DEPS


def _completes_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the span ends a title begun before it: "the secretary of [State]'s aide".

    NER tags "State" of a lowercase "secretary of state" as an organization.
    """
    # The title must cover the words before and the whole span, so a long span cannot be
    # one ("the secretary of [State]" is; "[United Nations Security Council]" is not).
    longest_before = min(3, start, TITLE_MAX_WORDS - (end - start))
    if longest_before < 1:
        return False
    # The words folded once; each size looks at a tail of them.
    folded = [fold(text) for text in texts_of(doc)[start - longest_before : end]]
    length = end - start
    for size in range(1, longest_before + 1):
        match = title_at(folded[longest_before - size :])
        if match is not None and match[0] == size + length:
            return True
    return False


def _is_edge_junk(token: Token) -> bool:
    return token.is_punct or token.is_space
