"""The `kg:` vocabulary, the namespaces we use, and the IRIs we mint (DESIGN §5).

`KG` is a closed `DefinedNamespace`: using a term that is not declared here raises, so a
typo cannot silently create a new property. Every term is described in
`kg.graph.terms` (rendered as docs/vocabulary.md by `kg.graph.vocabulary_doc`).

Example:
    >>> str(KG.rejects)
    'https://kg.local/vocab#rejects'
    >>> str(entity_iri("person/donald-trump"))
    'https://kg.local/entity/person/donald-trump'
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://kg.local/"
ENTITY = Namespace(BASE + "entity/")
STATEMENT = Namespace(BASE + "statement/")
# A statement's text selectors share one namespace (not `<statement>#position`): rdflib's
# Turtle writer makes a prefix for every distinct namespace and scans all of them for
# each new one, so one namespace per statement made writing quadratic in statements.
SELECTOR = Namespace(BASE + "selector/")
STANCE_EDGE = Namespace(BASE + "edge/")
DOCUMENT = Namespace(BASE + "doc/")
GRAPH = Namespace(BASE + "graph/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    """Classes, properties and stance individuals of the `kg:` vocabulary."""

    _NS = Namespace(BASE + "vocab#")
    _fail = True

    # Classes
    Entity: URIRef
    Statement: URIRef
    StanceType: URIRef
    StanceEdge: URIRef
    AmbivalentStance: URIRef
    CoMention: URIRef
    # Statement properties
    subject: URIRef
    relation: URIRef
    relationText: URIRef
    object: URIRef
    stance: URIRef
    polarity: URIRef
    negated: URIRef
    modality: URIRef
    attributedTo: URIRef
    speaker: URIRef
    confidence: URIRef
    rule: URIRef
    cue: URIRef
    about: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    issue: URIRef
    speech: URIRef
    subjectText: URIRef
    objectText: URIRef
    # Document properties
    statementCount: URIRef
    # Entity properties
    entityType: URIRef
    mentionCount: URIRef
    role: URIRef
    # Stance edge (aggregate) properties
    holder: URIRef
    target: URIRef
    supportCount: URIRef
    sourceCount: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    evidence: URIRef
    strengthRank: URIRef
    # Analyst summaries (kg.graph.summaries)
    criticismCount: URIRef
    criticCount: URIRef
    criticismRank: URIRef
    positiveCount: URIRef
    negativeCount: URIRef
    actor: URIRef
    companion: URIRef
    documentCount: URIRef
    # Stance type properties
    intensity: URIRef
    ploverCategory: URIRef
    cameoRoot: URIRef
    edgeProperty: URIRef
    # Direct stance edges between entities, one per stance type (DESIGN §5)
    states: URIRef
    appealsTo: URIRef
    agreesWith: URIRef
    consults: URIRef
    supports: URIRef
    cooperatesWith: URIRef
    aids: URIRef
    concedesTo: URIRef
    investigates: URIRef
    demands: URIRef
    disapprovesOf: URIRef
    rejects: URIRef
    threatens: URIRef
    protests: URIRef
    mobilizesAgainst: URIRef
    sanctions: URIRef
    coerces: URIRef
    assaults: URIRef
    # Stance type individuals
    STATEMENT: URIRef
    APPEAL: URIRef
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    COOPERATE: URIRef
    AID: URIRef
    CONCEDE: URIRef
    INVESTIGATE: URIRef
    DEMAND: URIRef
    DISAPPROVE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    MOBILIZE: URIRef
    SANCTION: URIRef
    COERCE: URIRef
    ASSAULT: URIRef


def kg_term_names() -> tuple[str, ...]:
    """The local names declared in `KG`, in declaration order.

    Example:
        >>> kg_term_names()[:3]
        ('Entity', 'Statement', 'StanceType')
    """
    return tuple(name for name in KG.__annotations__ if not name.startswith("_"))


# Named graphs that are not documents: derived from all documents together.
ENTITIES_GRAPH = GRAPH["entities"]
STANCE_EDGES_GRAPH = GRAPH["stance-edges"]
VOCABULARY_GRAPH = GRAPH["vocabulary"]
DOCUMENT_GRAPH_PREFIX = str(GRAPH["doc/"])
CO_MENTIONS_GRAPH_PREFIX = str(GRAPH["co-mentions/"])


def _safe(identifier: str) -> str:
    """Percent-encode an id for use in an IRI (ids may come from JSONL input)."""
    return quote(identifier, safe="/-_.")


def entity_iri(entity_id: str) -> URIRef:
    return ENTITY[_safe(entity_id)]


def statement_iri(statement_id: str) -> URIRef:
    return STATEMENT[_safe(statement_id)]


def selector_iri(statement_id: str, kind: str) -> URIRef:
    """The `kind` ("position" or "quote") text selector of a statement.

    Example:
        >>> str(selector_iri("st-0b98", "quote"))
        'https://kg.local/selector/st-0b98-quote'
    """
    return SELECTOR[f"{_safe(statement_id)}-{kind}"]


def stance_edge_iri(edge_id: str) -> URIRef:
    return STANCE_EDGE[_safe(edge_id)]


def document_iri(doc_id: str) -> URIRef:
    return DOCUMENT[_safe(doc_id)]


def document_graph_iri(doc_id: str) -> URIRef:
    return GRAPH["doc/" + _safe(doc_id)]


def co_mentions_graph_iri(entity_id: str) -> URIRef:
    """The named graph of one entity's companions (`kg.graph.summaries.CoMention`)."""
    return GRAPH["co-mentions/" + _safe(entity_id)]


def stance_iri(stance: str) -> URIRef:
    return URIRef(KG[stance])
