"""Statements, entities and documents as an RDF dataset (DESIGN §5).

- One named graph per document holds its `schema:NewsArticle` node, its statements
  (`kg:Statement` nodes with provenance) and the direct stance edges they assert, so a
  document can be removed cleanly.
- The named graph `graph:entities` describes the entities.

Example:
    >>> from kg.model import Document, Entity
    >>> dataset = build_dataset([Document("d1", "Hi.")], [Entity("person/a", "A", "person")], [])
    >>> len(dataset.graph(ENTITIES_GRAPH)) > 0
    True
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.extract.stance import STANCE_TYPES
from kg.graph.vocab import (
    ENTITIES_GRAPH,
    KG,
    OA,
    PROV,
    SCHEMA,
    document_graph_iri,
    document_iri,
    entity_iri,
    stance_iri,
    statement_iri,
)
from kg.model import Document, Entity, EntityRef, Statement

SCHEMA_CLASS: dict[str, URIRef] = {
    "person": SCHEMA.Person,
    "organization": SCHEMA.Organization,
    "place": SCHEMA.Place,
    "event": SCHEMA.Event,
    "law": SCHEMA.Legislation,
    "work": SCHEMA.CreativeWork,
    "product": SCHEMA.Product,
    "group": SCHEMA.Thing,
    "other": SCHEMA.Thing,
}
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "ent": str(entity_iri("")),
    "st": str(statement_iri("")),
    "doc": str(document_iri("")),
}


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def build_dataset(
    documents: Iterable[Document], entities: Iterable[Entity], statements: Iterable[Statement]
) -> Dataset:
    """The RDF dataset of a whole build."""
    dataset = new_dataset()
    add_entities(dataset.graph(ENTITIES_GRAPH), entities)
    by_document: dict[str, list[Statement]] = {}
    for statement in statements:
        by_document.setdefault(statement.doc_id, []).append(statement)
    for document in documents:
        graph = dataset.graph(document_graph_iri(document.id))
        add_document(graph, document, by_document.get(document.id, []))
    return dataset


def add_entities(graph: Graph, entities: Iterable[Entity]) -> None:
    """Describe entities: class, label, aliases, type, mention count, roles."""
    for entity in entities:
        node = entity_iri(entity.id)
        graph.add((node, RDF.type, KG.Entity))
        graph.add((node, RDF.type, SCHEMA_CLASS.get(entity.type, SCHEMA.Thing)))
        graph.add((node, RDFS.label, Literal(entity.label)))
        graph.add((node, KG.entityType, Literal(entity.type)))
        graph.add((node, KG.mentionCount, Literal(entity.mention_count, datatype=XSD.integer)))
        for alias in entity.aliases:
            graph.add((node, SKOS.altLabel, Literal(alias)))
        for role in entity.roles:
            graph.add((node, KG.role, Literal(role)))


def add_document(graph: Graph, document: Document, statements: Iterable[Statement]) -> None:
    """Add a document node and its statements to the document's named graph."""
    doc_node = document_iri(document.id)
    graph.add((doc_node, RDF.type, SCHEMA.NewsArticle))
    graph.add((doc_node, SCHEMA.identifier, Literal(document.id)))
    if document.title:
        graph.add((doc_node, SCHEMA.headline, Literal(document.title)))
    if document.url:
        graph.add((doc_node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.published:
        graph.add((doc_node, SCHEMA.datePublished, Literal(document.published)))
    for statement in statements:
        add_statement(graph, statement, doc_node, document.text)


def _term(ref: EntityRef) -> URIRef | Literal:
    return entity_iri(ref.id) if ref.id else Literal(ref.label)


def add_statement(graph: Graph, statement: Statement, doc_node: URIRef, text: str) -> None:
    """A `kg:Statement` node with its fields, provenance and text selectors."""
    node = statement_iri(statement.id)
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.subject, _term(statement.subject)))
    graph.add((node, KG.relation, Literal(statement.relation)))
    graph.add((node, KG.relationText, Literal(statement.relation_text)))
    graph.add((node, KG.object, _term(statement.object)))
    if statement.stance:
        graph.add((node, KG.stance, stance_iri(statement.stance)))
    graph.add((node, KG.polarity, Literal(statement.polarity, datatype=XSD.integer)))
    graph.add((node, KG.negated, Literal(statement.negated)))
    graph.add((node, KG.modality, Literal(statement.modality)))
    if statement.attributed_to and statement.attributed_to.id:
        graph.add((node, KG.attributedTo, entity_iri(statement.attributed_to.id)))
    graph.add((node, KG.confidence, Literal(statement.confidence, datatype=XSD.decimal)))
    graph.add((node, KG.rule, Literal(statement.rule)))
    if statement.cue:
        graph.add((node, KG.cue, Literal(statement.cue)))
    for ref in statement.about:
        if ref.id:
            graph.add((node, KG.about, entity_iri(ref.id)))
    graph.add((node, KG.sentence, Literal(statement.sentence)))
    graph.add((node, KG.sentenceIndex, Literal(statement.sentence_index, datatype=XSD.integer)))
    graph.add((node, PROV.wasDerivedFrom, doc_node))
    position = URIRef(f"{node}#position")
    graph.add((node, OA.hasSelector, position))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(statement.char_start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(statement.char_end, datatype=XSD.nonNegativeInteger)))
    quote = URIRef(f"{node}#quote")
    graph.add((node, OA.hasSelector, quote))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(text[statement.char_start : statement.char_end])))
    # The direct edge for simple queries: only asserted, non-negated entity-to-entity stances.
    if statement.stance and not statement.negated and statement.object.id:
        verb = STANCE_TYPES[statement.stance].verb
        subject = entity_iri(statement.subject.id or "")
        graph.add((subject, KG[verb], entity_iri(statement.object.id)))


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs in one graph (for Turtle, which has no graphs)."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    return union
