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
from kg.extract.actors.lexicon import Gender, first_names, title_at
from kg.extract.actors.names import fold, is_all_caps
from kg.extract.triples import join_tokens
from kg.ids import NER_TO_TYPE, normalize_text

# NER labels that name actors, places and things; NORP is read as demonyms instead.
NAME_LABELS = frozenset(label for label in NER_TO_TYPE if label != "NORP")
LEADING_DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# Words that qualify a title without being one: "former President Obama".
# Prefixes that make another title: a "Vice President" is not "the president".
TITLE_PREFIXES = frozenset({"vice", "deputy", "assistant", "associate", "under"})
TITLE_QUALIFIERS = frozenset({"former", "late", "then", "acting", "outgoing", "incoming", "new"})
# Premodifiers of a name that form its role: "[Senate Majority Leader] Mitch McConnell",
# "[Russian President] Vladimir Putin", "[Japan’s Prime Minister] Shinzo Abe".
ROLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case"})
# A noun in apposition to a name is a role: "Mitch McConnell, [a Kentucky Republican]";
# a name in apposition to a noun makes the noun refer to it: "Kremlin's [spokesman]
# Dmitry Peskov", "the [website] BuzzFeed".
APPOSITION_DEPS = frozenset({"appos"})
# Parts of an apposition that belong to the role: premodifiers, and a short "of" phrase
# ("chief of staff").
ROLE_DETERMINER_DEPS = frozenset({"det", "predet", "punct"})
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
_MAX_ROLE_WORDS = 6
_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"})
_MAX_OF_PHRASE_WORDS = 3
# A headline: this share of its content words capitalised.
_HEADLINE_CAPITALISED_SHARE = 0.7
_SENTENCE_END = frozenset(".!?;:,")
_CLOSING_MARKS = "”\"’'»)] \t"
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
class Role:
    """A title or role seen with a name.

    Attributes:
        text: As written, without determiners ("Senate Majority Leader").
        tokens: Its doc indices (entities among them become the name's affiliations).
        head: Its last word, folded ("leader"): role nominals match on it.
    """

    text: str
    tokens: tuple[int, ...]
    head: str


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
    text = doc.text
    found = set()
    for number, sentence in enumerate(sentences):
        begin = text.rfind("\n", 0, sentence.start_char) + 1
        finish = text.find("\n", sentence.start_char)
        line = text[begin : finish if finish >= 0 else len(text)]
        if line.strip() and is_headline(line):
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
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        mention, reason = clean_name(ent, sentence_of, headlines)
        if mention is None:
            dropped.append(Unresolved(ent.start, ent.end, ent.text, "name", reason))
            continue
        names.append(mention)
    return names, dropped


def clean_name(
    ent: Span, sentence_of: list[int], headlines: set[int]
) -> tuple[NameMention | None, str]:
    """One NER span as a name, or None and the reason it is not one."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in LEADING_DETERMINERS:
        start += 1
    title_tokens, gender, honorifics, start = _strip_titles(doc, start, end)
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or _is_edge_junk(doc[end - 1])):
        end -= 1
    while start < end and _is_edge_junk(doc[start]):
        start += 1
    if start >= end:
        return None, "nothing left without determiners, titles and punctuation"
    text = normalize_text(doc[start:end].text)
    if not any(char.isalpha() for char in text):
        return None, "no letters"
    if text.lower() in PRONOUN_WORDS:
        return None, "a pronoun tagged as a name"
    ner_type = NER_TO_TYPE[ent.label_]
    if ner_type == "person" and not title_tokens and not honorifics:
        start = _first_name_before(doc, start, end)
        text = normalize_text(doc[start:end].text)
    head = doc[start:end].root
    roles = list(_premodifier_roles(doc, start, end, title_tokens, honorifics))
    roles.extend(_apposition_roles(head))
    apposition_head = _apposition_head(head)
    if apposition_head is not None:
        roles.append(_noun_role(apposition_head))
    if gender is None and ner_type == "person":
        gender = _role_gender(roles) or _given_name_gender(text)
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
            titled=bool(title_tokens or honorifics) or _titled_before(doc, start, roles),
            headline=sentence_of[start] in headlines,
            apposition_head=apposition_head.i if apposition_head is not None else None,
        ),
        "",
    )


def _is_edge_junk(token: Token) -> bool:
    return token.is_punct or token.is_space


def _strip_titles(
    doc: Doc, start: int, end: int
) -> tuple[list[int], Gender | None, list[int], int]:
    """Move leading titles and honorifics out of the name: "President Donald Trump"."""
    title_tokens: list[int] = []
    gender: Gender | None = None
    honorifics: list[int] = []
    # A person span that holds its own role: "[Senate Majority Leader] Mitch McConnell".
    last_title = max((i for i in range(start, end - 1) if _single_word_title(doc[i])), default=None)
    if last_title is not None and doc.ents and doc[start].ent_type_ == "PERSON":
        title_tokens.extend(i for i in range(start, last_title + 1) if not _is_honorific(doc[i]))
        honorifics.extend(i for i in range(start, last_title + 1) if _is_honorific(doc[i]))
        match = title_at([fold(doc[last_title].text)])
        gender = match[1].gender if match else None
        start = last_title + 1
    while start < end - 1:
        words = [fold(doc[i].text) for i in range(start, end)]
        skip = 1 if words[0] in TITLE_QUALIFIERS else 0
        match = title_at(words[skip:])
        if match is None or start + skip + match[0] >= end:
            break
        size, title = match
        if title.kind == "honorific":
            honorifics.extend(range(start, start + skip + size))
        else:
            title_tokens.extend(range(start, start + skip + size))
        gender = gender or title.gender
        start += skip + size
    return title_tokens, gender, honorifics, start


def _first_name_before(doc: Doc, start: int, end: int) -> int:
    """Take in a capitalised given name NER left out: "[Tip] O'Neill" (PERSON "O'Neill")."""
    while start > 0:
        token = doc[start - 1]
        inside = start <= token.head.i < end
        if not (inside and token.dep_ == "compound" and token.pos_ == "PROPN"):
            break
        if token.ent_type_ or not token.is_title or title_at([fold(token.text)]) is not None:
            break
        start -= 1
    return start


def _single_word_title(token: Token) -> bool:
    return token.text[:1].isupper() and title_at([fold(token.text)]) is not None


def _is_honorific(token: Token) -> bool:
    return fold(token.text) in _HONORIFIC_WORDS


def _premodifier_roles(
    doc: Doc, start: int, end: int, title_tokens: list[int], honorifics: list[int]
) -> list[Role]:
    """The role before a name: its premodifiers, plus titles stripped from the span.

    Honorifics ("Mr.") are skipped: they are no role.
    """
    included = set(range(start, end)) | set(title_tokens) | set(honorifics)
    index = min(included) - 1
    while index >= 0 and fold(doc[index].text) in _HONORIFIC_WORDS:
        included.add(index)
        index -= 1
    role = set(title_tokens)
    while index >= 0:
        token = doc[index]
        # Possessive: "[Japan ’s] Prime Minister Shinzo Abe".
        if token.dep_ == "case" and index > 0 and doc[index - 1].head.i in included | role:
            role.update({index, index - 1})
            index -= 2
            continue
        if token.dep_ not in ROLE_MODIFIER_DEPS or token.head.i not in included | role:
            break
        role.add(index)
        index -= 1
    if not role:
        return []
    tokens = tuple(sorted(role))
    last = doc[tokens[-1]]
    # A role ends in a common noun or a title ("Syrian leader", "President"), not in
    # "several", "Russian" or a first name NER left out ("Tip" O'Neill).
    if last.pos_ != "NOUN" and title_at([fold(last.text)]) is None:
        return []
    if len(tokens) > _MAX_ROLE_WORDS:
        tokens = tokens[-_MAX_ROLE_WORDS:]
    return [_role(doc, tokens)]


def _apposition_roles(head: Token) -> list[Role]:
    """Roles in apposition to the name: "McConnell, [a Kentucky Republican],"."""
    roles = []
    for child in head.children:
        if (
            child.dep_ in APPOSITION_DEPS
            and child.pos_ in {"NOUN", "PROPN"}
            and not child.ent_type_
        ) or (child.dep_ in APPOSITION_DEPS and child.ent_type_ == "NORP"):
            roles.append(_noun_role(child))
    return roles


def _apposition_head(head: Token) -> Token | None:
    """The common noun a name stands in apposition to: "Kremlin's spokesman [Peskov]"."""
    if head.dep_ in APPOSITION_DEPS and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return head.head
    return None


def _noun_role(noun: Token) -> Role:
    """A noun and its premodifiers as a role, plus a short "of" phrase ("chief of staff")."""
    tokens = [
        token.i
        for token in noun.subtree
        if token.i <= noun.i
        and token.dep_ not in ROLE_DETERMINER_DEPS
        and token.i >= noun.left_edge.i
    ]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            phrase = [token.i for token in child.subtree]
            if len(phrase) <= _MAX_OF_PHRASE_WORDS:
                tokens.extend(phrase)
            break
    tokens = sorted(set(tokens))[-(_MAX_ROLE_WORDS + _MAX_OF_PHRASE_WORDS) :]
    return _role(noun.doc, tuple(tokens), head=noun)


def _titled_before(doc: Doc, start: int, roles: list[Role]) -> bool:
    """A title right before the name is evidence of a person ("Vice-President Awori")."""
    return any(
        role.tokens and role.tokens[-1] == start - 1 and title_at([role.head.split()[-1]])
        for role in roles
    )


def _role(doc: Doc, tokens: tuple[int, ...], head: Token | None = None) -> Role:
    text = join_tokens(doc, tokens)
    last = head.i if head is not None else tokens[-1]
    words = [fold(doc[i].text) for i in tokens if i <= last]
    return Role(text, tokens, role_head(words))


def role_head(words: list[str]) -> str:
    """The word a role nominal must repeat: the last one, with a title prefix.

    Example:
        >>> role_head(["senate", "majority", "leader"]), role_head(["vice", "president"])
        ('leader', 'vice president')
    """
    if len(words) >= 2 and words[-2] in TITLE_PREFIXES:
        return f"{words[-2]} {words[-1]}"
    return words[-1] if words else ""


def _role_gender(roles: list[Role]) -> Gender | None:
    for role in roles:
        for word in role.text.split():
            match = title_at([fold(word)])
            if match is not None and match[1].gender is not None:
                return match[1].gender
    return None


def _given_name_gender(text: str) -> Gender | None:
    words = fold(text).split()
    if len(words) < 2:
        return None
    return first_names().get(words[0])
