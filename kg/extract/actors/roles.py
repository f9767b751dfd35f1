"""Titles and roles of a name: stripped from it, kept as attributes.

"Senate Majority Leader Mitch McConnell" -> role "Senate Majority Leader"; "Mr. Trump"
-> honorific (a gender, no role); "Mitch McConnell, a Kentucky Republican" -> role
"Kentucky Republican"; "Kremlin's spokesman Dmitry Peskov" -> role "Kremlin's spokesman"
and the noun "spokesman" refers to Peskov. Roles feed role nominals ("the Kentucky
Republican") and affiliations (Kentucky, the Republican Party).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.actors.lexicon import Gender, Title, demonyms, first_names, title_at
from kg.extract.actors.names import fold
from kg.extract.tables import children_of, ents_of
from kg.extract.triples import join_tokens

# Prefixes that make another title: a "Vice President" is not "the president".
TITLE_PREFIXES = frozenset({"vice", "deputy", "assistant", "associate", "under"})
# Words that qualify a title without being one: "former President Obama".
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
_MAX_ROLE_WORDS = 6
_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"})
_MAX_OF_PHRASE_WORDS = 3


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


def strip_titles(doc: Doc, start: int, end: int) -> tuple[list[int], Gender | None, list[int], int]:
    """Move leading titles and honorifics out of the name: "President Donald Trump"."""
    title_tokens: list[int] = []
    gender: Gender | None = None
    honorifics: list[int] = []
    # A person span that holds its own role: "[Senate Majority Leader] Mitch McConnell".
    last_title = max((i for i in range(start, end - 1) if _single_word_title(doc[i])), default=None)
    if last_title is not None and ents_of(doc) and doc[start].ent_type_ == "PERSON":
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


def first_name_before(doc: Doc, start: int, end: int) -> int:
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


def given_name_before(doc: Doc, start: int) -> bool:
    """Whether a known given name, outside every NER span, stands right before `start`.

    "chief of staff Reince [Priebus]" with "Priebus" tagged ORG: a one-word name after a
    given name is a person's surname, whatever NER said (even when the parser split the
    sentence between them).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("chief of staff Reince Priebus")
        >>> given_name_before(doc, 4), given_name_before(doc, 3)
        (True, False)
    """
    if start == 0:
        return False
    token = doc[start - 1]
    return (
        token.is_title
        and token.is_alpha
        and not token.ent_type_
        and fold(token.text) in first_names()
        and title_at([fold(token.text)]) is None
    )


def _single_word_title(token: Token) -> bool:
    return token.text[:1].isupper() and title_at([fold(token.text)]) is not None


def _is_honorific(token: Token) -> bool:
    return fold(token.text) in _HONORIFIC_WORDS


def premodifier_roles(
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


def apposition_roles(head: Token) -> list[Role]:
    """Roles in apposition to the name: "McConnell, [a Kentucky Republican],"."""
    roles = []
    for child in children_of(head):
        if (
            child.dep_ in APPOSITION_DEPS
            and child.pos_ in {"NOUN", "PROPN"}
            and not child.ent_type_
        ) or (child.dep_ in APPOSITION_DEPS and child.ent_type_ == "NORP"):
            roles.append(noun_role(child))
    return roles


def describes_a_person(role: Role) -> bool:
    """Whether a role in apposition says its name is a person's: a title or a demonym.

    "Broc Parkes (ORG), [the only other Australian] on the grid"; "Wiley, [the RNC
    chairman]". Not "Apple, the American [company]" (the head is "company").

    Example:
        >>> describes_a_person(Role("only other Australian", (4, 5, 6), "australian"))
        True
        >>> describes_a_person(Role("American company", (3, 4), "company"))
        False
    """
    word = role.head.split()[-1] if role.head else ""
    return bool(word) and (title_at([word]) is not None or word in demonyms())


def apposition_head(head: Token) -> Token | None:
    """The common noun a name stands in apposition to: "Kremlin's spokesman [Peskov]"."""
    if head.dep_ in APPOSITION_DEPS and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return head.head
    return None


def noun_role(noun: Token) -> Role:
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


def honorific_before(doc: Doc, start: int) -> Title | None:
    """An honorific just outside a name NER cut short: "Mr. [Ailes]", "Ms. [Kelly]".

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Ms.", "PROPN", "compound", 1, "Ms."),
        ...                 ("Kelly", "PROPN", "nsubj", 2, "Kelly"),
        ...                 ("spoke", "VERB", "ROOT", 2, "speak")], ents=[(1, 2, "PERSON")])
        >>> honorific_before(doc, 1).gender, honorific_before(doc, 2)
        ('f', None)
    """
    if start == 0 or doc[start - 1].ent_type_:
        return None
    match = title_at([fold(doc[start - 1].text)])
    if match is None or match[0] != 1 or match[1].kind != "honorific":
        return None
    return match[1]


def titled_before(doc: Doc, start: int, roles: list[Role]) -> bool:
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


def role_gender(doc: Doc, roles: list[Role]) -> Gender | None:
    """The gender a role's own words mark ("chairwoman"), not a name inside it: a
    "University of Notre [Dame] law professor" is no dame.

    Example:
        >>> from tests.docs import make_doc
        >>> doc = make_doc([("Notre", "PROPN", "compound", 1, "Notre"),
        ...                 ("Dame", "PROPN", "compound", 2, "Dame"),
        ...                 ("chairwoman", "NOUN", "ROOT", 2, "chairwoman")], ents=[(0, 2, "ORG")])
        >>> role_gender(doc, [Role("Notre Dame chairwoman", (0, 1, 2), "chairwoman")])
        'f'
        >>> role_gender(doc, [Role("Notre Dame", (0, 1), "dame")]) is None
        True
    """
    for role in roles:
        for index in role.tokens:
            if doc[index].ent_type_:
                continue
            match = title_at([fold(doc[index].text)])
            if match is not None and match[1].gender is not None:
                return match[1].gender
    return None


def given_name_gender(text: str) -> Gender | None:
    words = fold(text).split()
    if len(words) < 2:
        return None
    return first_names().get(words[0])
