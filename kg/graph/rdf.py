"""Statements, entities and documents as an RDF dataset of named graphs (DESIGN §5).

- `graph:doc/<id>`, one per document: its `schema:NewsArticle` node, its statements
  (`kg:Statement` nodes with provenance) and the direct stance edges they assert, so a
  document can be removed cleanly.
- `graph:entities`: the entities; `graph:stance-edges`: stance edges aggregated across
  documents, with the analyst summaries derived from them (`kg.graph.summaries`);
  `graph:co-mentions/<entity id>`: each entity's most frequent companions;
  `graph:vocabulary`: what every `kg:` term means.

`named_graphs` is the one description of the dataset: the rdflib `Dataset` (for the
export formats) and the Oxigraph store (`kg.store`) are both filled from it.

Example:
    >>> from kg.model import Document, Entity
    >>> dataset = build_dataset([Document("d1", "Hi.")], [Entity("person/a", "A", "person")], [])
    >>> len(dataset.graph(ENTITIES_GRAPH)) > 0
    True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from functools import partial

from rdflib import RDFS, XSD, Dataset, Graph, URIRef
from rdflib.namespace import SKOS

from kg.fingerprint import source_fingerprint
from kg.graph.aggregate import StanceEdge, stance_edges
from kg.graph.summaries import (
    CoMention,
    ambivalent_stances,
    co_mentions,
    strength_ranks,
    target_criticisms,
)
from kg.graph.triples import (
    Triple,
    ambivalent_stance_triples,
    co_mention_triples,
    criticism_triples,
    document_triples,
    entity_triples,
    stance_edge_triples,
    vocabulary_triples,
)
from kg.graph.vocab import (
    ENTITIES_GRAPH,
    GRAPH,
    KG,
    OA,
    PROV,
    SCHEMA,
    SELECTOR,
    STANCE_EDGES_GRAPH,
    VOCABULARY_GRAPH,
    co_mentions_graph_iri,
    document_graph_iri,
    document_iri,
    entity_iri,
    stance_edge_iri,
    statement_iri,
)
from kg.ids import short_hash
from kg.model import Document, Entity, Statement

# The code that turns records into triples: when it changes, every graph is rewritten.
MODEL_FINGERPRINT = source_fingerprint("graph", "extract/stance/types.py", "model.py")

# Bound in every serialization and pre-bound in every `kg query` (DESIGN §6).
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "ent": str(entity_iri("")),
    "st": str(statement_iri("")),
    "sel": str(SELECTOR),
    "edge": str(stance_edge_iri("")),
    "doc": str(document_iri("")),
    "graph": str(GRAPH),
}


@dataclass(frozen=True)
class NamedGraph:
    """One named graph of the dataset, its triples produced on demand.

    Attributes:
        name: The graph IRI.
        key: What the content depends on, as JSON-able data: the store rewrites a graph
            only when the fingerprint of its key changes (see `kg.store`).
        triples: Produces the graph's triples.
    """

    name: URIRef
    key: object
    triples: Callable[[], list[Triple]]

    def fingerprint(self) -> str:
        """A hash of the key and of the code that turns it into triples."""
        text = json.dumps(self.key, default=_plain, sort_keys=True, ensure_ascii=False)
        return short_hash(MODEL_FINGERPRINT, str(self.name), text, length=32)


def _plain(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def named_graphs(
    documents: Sequence[Document], entities: Sequence[Entity], statements: Sequence[Statement]
) -> Iterator[NamedGraph]:
    """Every named graph of the dataset, documents first (sorted by id)."""
    by_document: dict[str, list[Statement]] = {}
    for statement in statements:
        by_document.setdefault(statement.doc_id, []).append(statement)
    for document in sorted(documents, key=lambda d: d.id):
        own = by_document.get(document.id, [])
        yield NamedGraph(
            document_graph_iri(document.id),
            (document, own),
            partial(document_triples, document, own),
        )
    yield NamedGraph(
        ENTITIES_GRAPH,
        entities,
        lambda: [triple for entity in entities for triple in entity_triples(entity)],
    )
    edges = stance_edges(documents, statements)
    labels = {entity.id: entity.label for entity in entities}
    ranks = strength_ranks(edges, labels)
    yield NamedGraph(
        STANCE_EDGES_GRAPH, (edges, ranks), partial(_stance_edges_triples, edges, ranks)
    )
    by_actor: dict[str, list[CoMention]] = {}
    for mention in co_mentions(statements, labels):
        by_actor.setdefault(mention.actor, []).append(mention)
    for actor, mentions in sorted(by_actor.items()):
        yield NamedGraph(
            co_mentions_graph_iri(actor),
            mentions,
            partial(_co_mention_triples, mentions),
        )
    yield NamedGraph(VOCABULARY_GRAPH, "vocabulary", vocabulary_triples)


def _stance_edges_triples(edges: Sequence[StanceEdge], ranks: dict[str, int]) -> list[Triple]:
    """The stance edges and the summaries derived from them (`kg.graph.summaries`)."""
    triples = [t for edge in edges for t in stance_edge_triples(edge, ranks.get(edge.id))]
    triples += [t for criticism in target_criticisms(edges) for t in criticism_triples(criticism)]
    triples += [
        t for stance in ambivalent_stances(edges) for t in ambivalent_stance_triples(stance)
    ]
    return triples


def _co_mention_triples(mentions: Sequence[CoMention]) -> list[Triple]:
    return [triple for mention in mentions for triple in co_mention_triples(mention)]


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def build_dataset(
    documents: Iterable[Document], entities: Iterable[Entity], statements: Iterable[Statement]
) -> Dataset:
    """The RDF dataset of a whole build: one named graph per document, plus derived graphs."""
    dataset = new_dataset()
    for graph in named_graphs(tuple(documents), tuple(entities), tuple(statements)):
        target = dataset.graph(graph.name)
        for triple in graph.triples():
            target.add(triple)
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs in one graph (for Turtle, which has no graphs)."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    return union
