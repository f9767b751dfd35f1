"""What every `kg:` term means: one source for the vocabulary graph and its documentation.

Each term of the closed `KG` namespace has a `Term` here (a test checks both lists are
the same). `kg.graph.vocabulary_doc` renders docs/vocabulary.md from them; `kg.graph.triples`
turns the same records into RDFS descriptions in the `graph:vocabulary` named graph, so
the store can answer "what does kg:rejects mean?".

Example:
    >>> TERMS["supportCount"].kind
    'property'
    >>> TERMS["rejects"].comment.startswith("Direct edge")
    True
"""

from __future__ import annotations

from kg.extract.stance import STANCE_TYPES
from kg.graph.summary_terms import SUMMARY_TERMS
from kg.graph.term import Term, TermKind

__all__ = ["TERMS", "Term", "TermKind"]

_BASE_TERMS: tuple[Term, ...] = (
    # Classes
    Term(
        "Entity",
        "class",
        "A real-world actor, place or thing (also typed with a schema.org class such as "
        "schema:Person).",
    ),
    Term(
        "Statement",
        "class",
        "One extracted fact: who did or said what to whom, with the sentence that proves it.",
    ),
    Term(
        "StanceType",
        "class",
        "One of the closed set of stance types (DESIGN §4), mapped to PLOVER and CAMEO.",
    ),
    Term(
        "StanceEdge",
        "class",
        "All statements of one stance between one holder and one target, aggregated across "
        "documents: how many statements and documents support it, and when it was seen. "
        "Its own properties (kg:holder, kg:target) keep it apart from the statements.",
    ),
    # Statement properties
    Term("subject", "property", "The actor of the statement.", "kg:Statement", "kg:Entity"),
    Term(
        "relation",
        "property",
        "The normalised relation: lemmas, lower case ('speak with').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "relationText",
        "property",
        "The relation as written in the sentence ('spoke with').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "object",
        "property",
        "The target: an entity IRI, or a literal for an issue ('lifting sanctions on Russia').",
        "kg:Statement",
    ),
    Term(
        "stance",
        "property",
        "The stance type of the statement; absent when there is no stance cue or it is negated.",
        "kg:Statement",
        "kg:StanceType",
    ),
    Term(
        "polarity",
        "property",
        "+1 (positive), 0 (neutral) or -1 (negative), of a statement or a stance type.",
        None,
        "xsd:integer",
    ),
    Term(
        "negated",
        "property",
        "True when the relation is negated ('did not discuss').",
        "kg:Statement",
        "xsd:boolean",
    ),
    Term(
        "modality",
        "property",
        "asserted, hedged, conditional, intended or reported.",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "attributedTo",
        "property",
        "The speaker, for quotes and reported speech.",
        "kg:Statement",
        "kg:Entity",
    ),
    Term(
        "speaker",
        "property",
        "Who speaks in the statement: its kg:attributedTo speaker, and the subject of a "
        "kg:STATEMENT ('X said ...'). Lets 'what did X say?' be one lookup.",
        "kg:Statement",
        "kg:Entity",
    ),
    Term(
        "confidence",
        "property",
        "How sure the extractor is, from 0 to 1.",
        "kg:Statement",
        "xsd:decimal",
    ),
    Term(
        "rule",
        "property",
        "The extraction rule that produced the statement ('clause:svo').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "cue",
        "property",
        "The lexicon cue that typed the stance ('criticise').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "about",
        "property",
        "An entity mentioned inside a literal object ('sanctions on Russia' is about Russia).",
        "kg:Statement",
        "kg:Entity",
    ),
    Term(
        "sentence",
        "property",
        "The full sentence the statement comes from.",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "sentenceIndex",
        "property",
        "The sentence's number within its document, from 0.",
        "kg:Statement",
        "xsd:integer",
    ),
    Term(
        "issue",
        "property",
        "What the stance is about besides its target ('warned Trump [of protectionism]').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "speech",
        "property",
        "How the speaker is known: reported, quote or according-to.",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "subjectText",
        "property",
        "The holder as written ('Senate Majority Leader Mitch McConnell').",
        "kg:Statement",
        "xsd:string",
    ),
    Term(
        "objectText",
        "property",
        "The target as written ('Mr. Trump').",
        "kg:Statement",
        "xsd:string",
    ),
    # Document properties
    Term(
        "statementCount",
        "property",
        "How many statements were extracted from the document.",
        "schema:NewsArticle",
        "xsd:integer",
    ),
    # Entity properties
    Term(
        "entityType",
        "property",
        "person, organization, place, group, event, law, work, product or other.",
        "kg:Entity",
        "xsd:string",
    ),
    Term(
        "mentionCount",
        "property",
        "How many mentions (names, pronouns, nominals) resolved to the entity, in all documents.",
        "kg:Entity",
        "xsd:integer",
    ),
    Term(
        "role",
        "property",
        "A title or role seen with the entity ('Senate Majority Leader').",
        "kg:Entity",
        "xsd:string",
    ),
    # Stance edge properties
    Term(
        "holder",
        "property",
        "Who holds the stance of a stance edge or an ambivalent stance (the subject of its "
        "statements).",
        None,
        "kg:Entity",
    ),
    Term(
        "target",
        "property",
        "What the stance of a stance edge or an ambivalent stance is towards: an entity, or a "
        "literal issue.",
        None,
    ),
    Term(
        "supportCount",
        "property",
        "How many statements assert this stance edge.",
        "kg:StanceEdge",
        "xsd:integer",
    ),
    Term(
        "sourceCount",
        "property",
        "How many distinct documents assert this stance edge.",
        "kg:StanceEdge",
        "xsd:integer",
    ),
    Term(
        "firstSeen",
        "property",
        "The earliest publication date among the documents that assert the edge (absent when "
        "none of them has a date).",
        "kg:StanceEdge",
        "xsd:date",
    ),
    Term(
        "lastSeen",
        "property",
        "The latest publication date among the documents that assert the edge.",
        "kg:StanceEdge",
        "xsd:date",
    ),
    Term(
        "evidence",
        "property",
        "A statement that asserts the stance edge (follow it to the sentence and document).",
        "kg:StanceEdge",
        "kg:Statement",
    ),
    # Stance type properties
    Term(
        "intensity",
        "property",
        "A Goldstein-like weight from -10 (hostile) to +10 (cooperative): of a stance type, "
        "or of a statement (its type's weight times any intensifier, 'absolutely opposed').",
        None,
        "xsd:decimal",
    ),
    Term(
        "ploverCategory",
        "property",
        "The PLOVER 2021 event category.",
        "kg:StanceType",
        "xsd:string",
    ),
    Term(
        "cameoRoot",
        "property",
        "The CAMEO root code(s).",
        "kg:StanceType",
        "xsd:string",
    ),
    Term(
        "edgeProperty",
        "property",
        "The direct entity-to-entity property of the stance type (kg:REJECT -> kg:rejects).",
        "kg:StanceType",
        "rdf:Property",
    ),
)


def _stance_terms() -> tuple[Term, ...]:
    edges = tuple(
        Term(
            stance.verb,
            "stance edge",
            f"Direct edge from an actor to an entity it takes the {stance.name} stance towards "
            f"in at least one statement (not negated).",
            "kg:Entity",
            "kg:Entity",
        )
        for stance in STANCE_TYPES.values()
    )
    individuals = tuple(
        Term(
            stance.name,
            "stance type",
            f"Polarity {stance.polarity:+d}, intensity {stance.intensity:+g}, PLOVER "
            f"{stance.plover or '-'}, CAMEO {stance.cameo}.",
        )
        for stance in STANCE_TYPES.values()
    )
    return edges + individuals


TERMS: dict[str, Term] = {term.name: term for term in _BASE_TERMS + SUMMARY_TERMS + _stance_terms()}
