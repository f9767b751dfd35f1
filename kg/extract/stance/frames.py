"""Stance typing of one predicate: which cue, which stance, and where its target is.

A clause's predicate is read along its control chain, main verb first ("vowed" ->
"uphold", "called" -> "reject"). Verbs of intent, attempt, considering or failing are
transparent ("seek to add sanctions" is typed by "add sanctions"); the first other verb
decides. Its cue is looked up most specific first: verb + particle + preposition
("lash out at"), verb + object noun + preposition ("cut ties with"), verb +
preposition ("call on"), the verb alone. A copula is typed by its predicative adjective
("is opposed to") or its evaluative noun ("is a thug", kind `label`); a noun predicate
(nominal events, `kg.extract.stance.nominal`) by the noun and its preposition.

The target is an argument of the cue word or of the chain after it, actors first:
"criticise X for Y", "warn X of Y", "call on X to Y", "agree with X on Y" all give X.

This module puts the reading together: the chain is `kg.extract.stance.chain`, the cue
a chain word carries `kg.extract.stance.cues`, its target arguments
`kg.extract.stance.target_arguments`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.stance.chain import CHAIN_DEPS, controlled_verbs, is_transparent, predicate_chain
from kg.extract.stance.cues import ROLE_TARGET_DEPS, cue_of, modal_demand
from kg.extract.stance.lexicon import Cue, CueKind, intensifier_weight
from kg.extract.stance.target_arguments import (
    chain_objects,
    encounter_counterparts,
    target_arguments,
)
from kg.extract.tables import children_of


@dataclass(frozen=True, slots=True)
class StanceReading:
    """How one predicate is typed.

    Attributes:
        chain: Doc indices of the predicate chain, main verb first.
        cue: The lexicon entry that typed it, or None.
        cue_token: Doc index of the word that carries the cue.
        intensity: The stance's intensity times any intensifier ("strongly"); 0 without
            a cue.
        targets: Doc indices of argument heads that may be the target, best first.
        issue: Doc index of a clause that states what an appeal asks for ("call on X
            [to reject ...]"), or None.
        counterparts: Doc indices of the other side of the encounter the clause happens
            in ("[In the call with Merkel], Trump agreed on X"); only for clauses
            without a direct object.
    """

    chain: tuple[int, ...]
    cue: Cue | None
    cue_token: int | None
    intensity: float
    targets: tuple[int, ...]
    issue: int | None = None
    counterparts: tuple[int, ...] = ()

    @property
    def kind(self) -> CueKind | None:
        return self.cue.kind if self.cue else None


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def read_predicate(predicate: Token) -> StanceReading:
    """Type a predicate (see the module docstring).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("McCain called on Trump to reject the plan.")
        >>> reading = read_predicate(doc[5])
        >>> reading.cue.text, [doc[i].text for i in reading.targets], doc[reading.issue].text
        ('call on', ['Trump', 'plan'], 'reject')
    """
    chain = predicate_chain(predicate)
    indices = tuple(t.i for t in chain)
    for position, word in enumerate(chain):
        cue, carrier = cue_of(word)
        modal_subject = None
        # "X said that Y must do Z": a demand on Y (a modal in reported content).
        if cue is not None and cue.stance is not None and cue.stance.name == "STATEMENT":
            modal = modal_demand(word)
            if modal is not None:
                cue, carrier, modal_subject = modal
        if cue is not None and cue.stance is not None:
            rest = chain[position + 1 :]
            if modal_subject is not None:
                targets = [modal_subject.i]
            else:
                targets = [
                    t.i
                    for w in (carrier, *rest, *controlled_verbs(carrier))
                    for t in target_arguments(w)
                ]
            if carrier.i != word.i:
                targets += [t.i for t in target_arguments(word)]
            # "one of [Trump]'s supporters": a role's possessor or named modifier.
            if cue.kind == "role":
                targets += [c.i for c in children_of(carrier) if c.dep_ in ROLE_TARGET_DEPS]
            # A noun that is part of the cue is not its target: "set [fire] to X".
            cue_words = set(cue.text.split())
            targets = [
                i for i in targets if i == carrier.i or _lemma(carrier.doc[i]) not in cue_words
            ]
            # Only a clause without a direct object looks for its counterpart there:
            # "In the call with Merkel, Trump agreed on X" (but "vowed to uphold [X]").
            counterparts = (
                ()
                if any(True for _ in chain_objects(chain))
                else tuple(encounter_counterparts(chain[0]))
            )
            issue = next((c.i for c in children_of(carrier) if c.dep_ in CHAIN_DEPS), None)
            weight = max(
                (intensifier_weight(c.lower_) for w in (word, carrier) for c in children_of(w)),
                default=1.0,
            )
            return StanceReading(
                chain=indices,
                cue=cue,
                cue_token=carrier.i,
                intensity=round(cue.stance.intensity * weight, 2),
                targets=tuple(dict.fromkeys(targets)),
                issue=issue,
                counterparts=tuple(t.i for t in counterparts),
            )
        if not is_transparent(word) or position == len(chain) - 1:
            break
    targets = [t.i for w in chain for t in target_arguments(w)]
    return StanceReading(indices, None, None, 0.0, tuple(dict.fromkeys(targets)))
