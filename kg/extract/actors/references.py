"""Steps 8-10 of actor resolution: pronouns, relative pronouns, first person in quotes.

Discourse referents are built from every resolved mention, every coordinated set of
actors, and every other noun (things and generic groups block a wrong resolution: "it"
pointing to "the dossier" is no actor). Pronouns are resolved in text order, so a
resolved pronoun is itself a referent for the next ("he ... he").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.actors.discourse import Category, Referent
from kg.extract.actors.groups import actor_noun_type, is_plural
from kg.extract.actors.lexicon import Gender, title_at
from kg.extract.actors.mistyped import may_be_surname
from kg.extract.actors.names import fold
from kg.extract.actors.pronouns import (
    PronounForm,
    PronounResolution,
    pronoun_form,
    resolve_pronoun,
)
from kg.extract.actors.relatives import (
    Animacy,
    described_name,
    described_subject,
    relative_attachment,
    token_animacy,
)
from kg.extract.actors.state import ResolutionState
from kg.extract.quotes import Quote, quote_at
from kg.ids import normalize_text

FIRST_PERSON = frozenset(
    ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"]
)
SECOND_PERSON = frozenset(["you", "your", "yours", "yourself", "yourselves"])
# Heads in these relations modify another noun; they are not discourse referents
# ("[Russia] sanctions", "the [U.S.] election").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Where a noun phrase stands as an argument or a possessor.
NOMINAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "appos", "conj", "attr"}
)
# Predicate nouns describe their subject; they bring no new referent ("becomes [the
# nominee]").
PREDICATE_NOUN_DEPS = frozenset({"attr", "oprd"})
# Dates, times and amounts are never what a pronoun points back to ("on Tuesday ... it").
NON_REFERENT_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
# Where a name acts as a person would: "[Wiley] sought", "[Arpaio]'s defense".
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
ARTICLES = frozenset({"the", "a", "an"})
# Entity types whose members are people: "who" may refer to them.
PEOPLE_TYPES = frozenset({"person", "group"})
ACTOR_CATEGORIES: dict[str, Category] = {
    "person": "person",
    "organization": "organization",
    "place": "place",
    "group": "group",
}


class ReferenceSteps(ResolutionState):
    """Pronouns, relatives and the first person, on top of the resolved names and nominals."""

    def __init__(self, doc: Doc, quotes: tuple[Quote, ...]) -> None:
        super().__init__(doc, quotes)
        # What `_as_surname` knows of the name mentions, and how many mentions it has read
        # (mentions are only ever appended, so it reads each once).
        self._acting: set[str] = set()
        self._with_article: set[str] = set()
        self._mentions_read = 0

    # 8. Third-person pronouns.
    def _build_referents(self) -> None:
        for mention in self.mentions:
            if mention.kind == "demonym" or self.tokens[mention.head].dep_ in MODIFIER_DEPS:
                continue
            # "US $50 million": a currency marker, not the country.
            if mention.end < len(self.doc) and self.tokens[mention.end].ent_type_ == "MONEY":
                continue
            self._add_referent(
                mention.head, mention.start, mention.end, mention.entity_ids, mention.text
            )
        for coordinated in self._coordinated_sets():
            first = self.tokens[coordinated.head]
            text = self.doc[first.left_edge.i : coordinated.end].text
            self._add_referent(
                coordinated.head, first.left_edge.i, coordinated.end, coordinated.entity_ids, text
            )
        for token in self.nouns:
            if token.dep_ in MODIFIER_DEPS:
                continue
            if token.ent_type_ in NON_REFERENT_ENTITIES or _predicative(token):
                continue
            if (
                token.i in self.token_entity
                or token.i in self.token_entities
                or token.i in self.name_tokens
            ):
                continue
            kind = actor_noun_type(token)
            category: Category = (
                "thing" if kind is None else ("group" if kind == "group" else "organization")
            )
            if _untagged_name(token):
                category, kind = "unknown", "unknown"
            self.referents.setdefault(token.i, []).append(
                Referent(
                    token.i,
                    token.i,
                    token.i + 1,
                    self.sentence_of[token.i],
                    (),
                    is_plural(token),
                    category,
                    _noun_gender(token),
                    kind is not None,
                    token.text,
                )
            )

    def _add_referent(
        self,
        head: int,
        start: int,
        end: int,
        ids: tuple[str, ...],
        text: str,
        noun: int | None = None,
    ) -> None:
        """A referent at `head`; its number is read on `noun` (a relative's noun) if given."""
        number = head if noun is None else noun
        plural = len(ids) > 1 or (len(ids) == 1 and self._plural_entity(ids[0], number))
        types = {self.drafts[i].type for i in ids}
        category: Category = (
            ACTOR_CATEGORIES.get(types.pop(), "thing") if len(types) == 1 else "group"
        )
        gender = self.drafts[ids[0]].gender if len(ids) == 1 else None
        referent = Referent(
            head,
            start,
            end,
            self.sentence_of[head],
            ids,
            plural,
            category,
            gender,
            category != "thing",
            text,
        )
        self.referents.setdefault(head, []).append(referent)

    def _plural_entity(self, entity: str, head: int) -> bool:
        return self.drafts[entity].type == "group" and is_plural(self.tokens[head])

    def _pronoun(self, token: Token) -> None:
        if token.i in self.pronoun_done or token.pos_ != "PRON":
            return
        form = pronoun_form(token)
        if form is None:
            return
        self.pronoun_done.add(token.i)
        quote = quote_at(self.quotes, token.i)
        speaker_ids = self._speaker_ids(quote) if quote is not None else ()
        spoken = [q for q in self.quotes if q.speaker == token.i]

        def excluded(referent: Referent) -> bool:
            if speaker_ids and referent.entity_ids == speaker_ids:
                return True
            return any(q.contains(referent.head) for q in spoken)

        outcome = resolve_pronoun(
            token, form, self.referents, self.sentences, self.sentence_of[token.i], excluded
        )
        if form.person is True:
            # Also when a person was found: "Tim Huelskamp said that [Boehner] (ORG) had
            # resigned because he knew" - the mistyped surname comes first in search order.
            outcome = self._as_surname(token, form, excluded) or outcome
        referent = outcome.referent
        if referent is not None and referent.category == "unknown":
            name = referent.text
            referent = self._promote(referent, token, form.person is True)
            if referent is None:
                self._drop(token, "pronoun", "antecedent is a name of unknown type", name)
                return
            outcome = PronounResolution(referent, f"{outcome.reason}, a name NER missed", 0.6)
        if referent is None or not referent.entity_ids:
            self._drop(token, "pronoun", outcome.reason, referent.text if referent else "")
            if referent is not None:
                self.referents.setdefault(token.i, []).append(
                    _moved(referent, token, self.sentence_of[token.i])
                )
            return
        self._add(
            token.i,
            token.i + 1,
            token.text,
            "pronoun",
            referent.entity_ids,
            outcome.reason,
            outcome.score,
            token.i,
        )
        self.referents.setdefault(token.i, []).append(
            _moved(referent, token, self.sentence_of[token.i])
        )

    def _as_surname(
        self, token: Token, form: PronounForm, excluded: Callable[[Referent], bool]
    ) -> PronounResolution | None:
        """Retry "he"/"she" with one-word organizations read as surnames (`mistyped`)."""
        acting, with_article = self._name_evidence()
        surnames = {
            key
            for key, draft in self.drafts.items()
            if key in acting and key not in with_article and may_be_surname(draft)
        }
        if not surnames:
            return None
        as_people = {
            head: [
                replace(r, category="person")
                if r.entity_ids and set(r.entity_ids) <= surnames
                else r
                for r in refs
            ]
            for head, refs in self.referents.items()
        }
        outcome = resolve_pronoun(
            token, form, as_people, self.sentences, self.sentence_of[token.i], excluded
        )
        referent = outcome.referent
        if referent is None or not referent.entity_ids or referent.entity_ids[0] not in surnames:
            return None
        person = self._retype(referent.entity_ids[0], "person")
        reason = f"{outcome.reason}, a surname NER typed as an organization"
        return PronounResolution(replace(referent, entity_ids=(person,)), reason, 0.6)

    def _name_evidence(self) -> tuple[set[str], set[str]]:
        """The entities of name mentions that act, and those of names after an article,
        brought up to date with the mentions added since the last call."""
        for m in self.mentions[self._mentions_read :]:
            if m.kind != "name":
                continue
            # Only a name that acts as people do, as a subject or possessor ("Wiley
            # sought"); "Speaking to Reuters, he said" keeps Reuters an organization.
            if self.tokens[m.head].dep_ in ACTING_DEPS:
                self._acting.update(m.entity_ids)
            # A surname takes no article: "the Kremlin" (ORG) stays an organization.
            if m.start > 0 and self.tokens[m.start - 1].lower_ in ARTICLES:
                self._with_article.update(m.entity_ids)
        self._mentions_read = len(self.mentions)
        return self._acting, self._with_article

    def _promote(self, referent: Referent, pronoun: Token, person: bool) -> Referent | None:
        """A proper noun NER missed becomes a person when "he" or "she" points to it."""
        if not person:
            return None
        head = self.tokens[referent.head]
        start = min(
            [head.i] + [c.i for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        )
        text = normalize_text(self.doc[start : head.i + 1].text)
        draft = next(
            (
                d
                for d in self.drafts.values()
                if d.type == "person" and fold(text) in {fold(f) for f in [d.label, *d.forms]}
            ),
            None,
        ) or self._draft("person", text)
        if text not in draft.forms:
            draft.forms.append(text)
        reason = f"a proper noun NER missed; {pronoun.text!r} refers to it as a person"
        self._add(start, head.i + 1, text, "name", (draft.id,), reason, 0.6, head.i)
        promoted = Referent(
            head.i,
            start,
            head.i + 1,
            referent.sentence,
            (draft.id,),
            False,
            "person",
            draft.gender,
            True,
            text,
        )
        self.referents[head.i] = [promoted]
        return promoted

    def _speaker_ids(self, quote: Quote) -> tuple[str, ...]:
        if quote.speaker is None:
            return ()
        self._pronoun(self.tokens[quote.speaker])
        return self._ids(quote.speaker)

    # 9. Relative pronouns.
    def _relatives(self) -> None:
        for token in self.relative_words:
            if token.i in self.token_entity or token.i in self.token_entities:
                continue
            attachment = relative_attachment(token, self._animacy)
            if attachment is None:
                continue
            noun = attachment.noun
            self.relative_nouns[token.i] = noun.i if noun is not None else None
            if noun is None:
                self._drop(
                    token, "relative", "unsure which noun the clause modifies", attachment.reason
                )
                continue
            ids, reason = self._relative_ids(noun)
            if attachment.reason != "the noun it modifies":
                reason = f"{reason} ({attachment.reason})"
            if ids:
                self._add(token.i, token.i + 1, token.text, "relative", ids, reason, 0.9, token.i)
                self._add_referent(token.i, token.i, token.i + 1, ids, noun.text, noun.i)
            else:
                self._drop(token, "relative", "its noun is not an actor", noun.text)

    def _relative_ids(self, noun: Token) -> tuple[tuple[str, ...], str]:
        ids = self._ids(noun.i)
        # A name is its own referent, unless it only describes a person it stands in
        # apposition to: "Sanders, a [Brooklynite] who ..." is Sanders.
        people = {self.drafts[i].type for i in ids} <= {"person"}
        if ids and noun.i in self.name_tokens and (people or described_name(noun) is None):
            return ids, f"relative pronoun of {noun.text!r}"
        # "Putin is a thug who ..."; "Ryan Bundy, another leader of the standoff who ...";
        # "Abel Tesfaye, the Torontonian whose ...": the noun describes a named actor.
        for described in (described_subject(noun), described_name(noun)):
            if described is not None and described.pos_ == "PRON":
                self._pronoun(described)  # "He is a thug who ...": he first
            if described is not None and (named := self._ids(described.i)):
                reason = f"relative pronoun of {noun.text!r}, which describes {described.text!r}"
                return named, reason
        return ids, f"relative pronoun of {noun.text!r}" if ids else ""

    def _animacy(self, noun: Token) -> Animacy:
        """People or not, by the entity a noun refers to, else by the noun itself."""
        ids = self._ids(noun.i)
        if ids:
            people = {self.drafts[i].type in PEOPLE_TYPES for i in ids}
            return "person" if people == {True} else "other" if people == {False} else "unknown"
        return token_animacy(noun)

    # 10. First person in quotes; second person.
    def _first_and_second_person(self) -> None:
        for token in self.pronouns:
            lower = token.lower_
            if lower in SECOND_PERSON:
                self._drop(token, "pronoun", "second person")
                continue
            if lower not in FIRST_PERSON:
                continue
            quote = quote_at(self.quotes, token.i)
            if quote is None:
                self._drop(token, "speaker", "first person outside a quote")
                continue
            ids = self._ids(quote.speaker) if quote.speaker is not None else ()
            if not ids:
                self._drop(token, "speaker", "first person in a quote without a known speaker")
                continue
            names = " and ".join(self.drafts[i].label for i in ids)
            self._add(
                token.i,
                token.i + 1,
                token.text,
                "speaker",
                ids,
                f"first person in a quote by {names}",
                0.9,
                token.i,
            )


def _noun_gender(token: Token) -> Gender | None:
    """The gender a noun marks: "spokesman", "chairwoman", "queen"."""
    match = title_at([fold(token.lemma_ or token.text)])
    return match[1].gender if match else None


def _predicative(token: Token) -> bool:
    """A role said of someone, not a new referent: "his confirmation as [attorney general]",
    "Clinton becomes [the nominee] and gets his support"."""
    if token.dep_ in PREDICATE_NOUN_DEPS and not token.ent_type_:
        return token.head.pos_ in {"AUX", "VERB"} and token.head.tag_ != "POS"
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _untagged_name(token: Token) -> bool:
    """A capitalised proper noun outside every NER span: maybe a name NER missed.

    Only as a noun phrase argument, and not first in its sentence, where any word is
    capitalised ("Derided as a poor copy of his mentor, ...").
    """
    return (
        token.dep_ in NOMINAL_DEPS
        and not token.is_sent_start
        and token.pos_ == "PROPN"
        and not token.ent_type_
        and token.text[:1].isupper()
        and token.is_alpha
    )


def _moved(referent: Referent, token: Token, sentence: int) -> Referent:
    """The antecedent's referent, now also at the pronoun (for chains: "he ... he")."""
    return Referent(
        token.i,
        token.i,
        token.i + 1,
        sentence,
        referent.entity_ids,
        referent.plural,
        referent.category,
        referent.gender,
        referent.actor_like,
        referent.text,
    )
