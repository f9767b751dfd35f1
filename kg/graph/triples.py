"""The RDF model of DESIGN §5 as pure functions from records to triples.

Each function returns the triples of one kind of record; `kg.graph.rdf` puts them into
named graphs. They are the only place where the model is written down, so the rdflib
dataset (exports) and the Oxigraph store (queries) cannot disagree.

Example:
    >>> from kg.model import Entity
    >>> triples = entity_triples(Entity("person/a", "A", "person", ("Mr A",)))
    >>> (entity_iri("person/a"), RDFS.label, Literal("A")) in triples
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import SKOS

from kg.extract.stance import STANCE_TYPES
from kg.graph.aggregate import StanceEdge, participants
from kg.graph.summaries import AmbivalentStance, CoMention, TargetCriticism
from kg.graph.terms import TERMS
from kg.graph.vocab import (
    KG,
    OA,
    PROV,
    SCHEMA,
    document_iri,
    entity_iri,
    selector_iri,
    stance_edge_iri,
    stance_iri,
    statement_iri,
)
from kg.model import Document, Entity, EntityRef, Statement

Triple = tuple[URIRef, URIRef, URIRef | Literal]

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
# The CURIE prefixes used by `kg.graph.terms` for domains and ranges.
_CURIE_NAMESPACES: dict[str, str] = {
    "kg": str(KG._NS),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "schema": str(SCHEMA),
}
_TERM_CLASS: dict[str, URIRef] = {
    "class": RDFS.Class,
    "property": RDF.Property,
    "stance edge": RDF.Property,
    "stance type": KG.StanceType,
}


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def decimal_literal(value: float) -> Literal:
    """A decimal value: `xsd:integer` when whole (a kind of `xsd:decimal`), else
    `xsd:decimal` in plain positional notation.

    rdflib writes the decimal -2 as `-2.0` in Turtle and reads it back as "-2.0", while
    Oxigraph reads every decimal in canonical form ("-2"); an integer reads the same
    everywhere, so every format and store agree on every literal.

    Example:
        >>> [(str(v), v.datatype.split("#")[1]) for v in map(decimal_literal, (-2.0, 0.8))]
        [('-2', 'integer'), ('0.8', 'decimal')]
    """
    number = Decimal(repr(value)).normalize()
    if number == number.to_integral_value():
        return Literal(int(number), datatype=XSD.integer)
    return Literal(format(number, "f"), datatype=XSD.decimal)


def term_of(ref: EntityRef) -> URIRef | Literal:
    """An entity's IRI, or the literal of an issue ("lifting sanctions on Russia")."""
    return entity_iri(ref.id) if ref.id else Literal(ref.label)


def date_literal(value: str) -> Literal:
    """`xsd:date` or `xsd:dateTime` for ISO 8601 values; other text stays a plain string.

    Example:
        >>> date_literal("2017-01-28").datatype == XSD.date
        True
        >>> date_literal("Jan 28").datatype is None
        True
    """
    text = value.strip()
    try:
        return Literal(date.fromisoformat(text).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return Literal(value)
    return Literal(moment.isoformat(), datatype=XSD.dateTime)


def entity_triples(entity: Entity) -> list[Triple]:
    """Class, label, aliases, type, mention count and roles of an entity."""
    node = entity_iri(entity.id)
    triples: list[Triple] = [
        (node, RDF.type, KG.Entity),
        (node, RDF.type, SCHEMA_CLASS.get(entity.type, SCHEMA.Thing)),
        (node, RDFS.label, Literal(entity.label)),
        (node, KG.entityType, Literal(entity.type)),
        (node, KG.mentionCount, _integer(entity.mention_count)),
    ]
    triples += [(node, SKOS.altLabel, Literal(alias)) for alias in entity.aliases]
    triples += [(node, KG.role, Literal(role)) for role in entity.roles]
    return triples


def document_triples(document: Document, statements: Iterable[Statement]) -> list[Triple]:
    """A document's `schema:NewsArticle` node, its statements and their direct edges.

    The node also carries its statement count and the entities its statements mention
    (`schema:mentions`), so per-document questions need no scan over all statements.
    """
    node = document_iri(document.id)
    triples: list[Triple] = [
        (node, RDF.type, SCHEMA.NewsArticle),
        (node, SCHEMA.identifier, Literal(document.id)),
    ]
    if document.title:
        triples.append((node, SCHEMA.headline, Literal(document.title)))
    if document.url:
        triples.append((node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.published:
        triples.append((node, SCHEMA.datePublished, date_literal(document.published)))
    statements = tuple(statements)
    triples.append((node, KG.statementCount, _integer(len(statements))))
    # The entities its statements are about (as actor, target, speaker or topic): lets
    # "who appears with whom" and "which documents mention X" use one index lookup.
    for entity_id in sorted({ref.id for s in statements for ref in participants(s) if ref.id}):
        triples.append((node, SCHEMA.mentions, entity_iri(entity_id)))
    for statement in statements:
        triples += statement_triples(statement, node, document.text)
    return triples


def speaker_ids(statement: Statement) -> list[str]:
    """Who speaks in a statement: the attributed speaker, and the subject of a STATEMENT.

    Example:
        >>> a, b = EntityRef("person/a", "A", "person"), EntityRef("person/b", "B", "person")
        >>> said = Statement("s1", "d1", 0, 0, 9, "A said B left.", a, "say", "said",
        ...     EntityRef(None, "B left"), "STATEMENT", 0, False, "asserted", b, 0.8, "quote")
        >>> speaker_ids(said)
        ['person/a', 'person/b']
    """
    found = [statement.attributed_to.id] if statement.attributed_to else []
    if statement.stance == "STATEMENT":
        found.append(statement.subject.id)
    return sorted({entity_id for entity_id in found if entity_id})


def statement_triples(statement: Statement, doc_node: URIRef, text: str) -> list[Triple]:
    """A `kg:Statement` node: fields, provenance, text selectors, and its direct edge."""
    node = statement_iri(statement.id)
    triples: list[Triple] = [
        (node, RDF.type, KG.Statement),
        (node, KG.subject, term_of(statement.subject)),
        (node, KG.relation, Literal(statement.relation)),
        (node, KG.relationText, Literal(statement.relation_text)),
        (node, KG.object, term_of(statement.object)),
        (node, KG.polarity, _integer(statement.polarity)),
        (node, KG.negated, Literal(statement.negated)),
        (node, KG.modality, Literal(statement.modality)),
        (node, KG.confidence, decimal_literal(statement.confidence)),
        (node, KG.rule, Literal(statement.rule)),
        (node, KG.sentence, Literal(statement.sentence)),
        (node, KG.sentenceIndex, _integer(statement.sentence_index)),
        (node, PROV.wasDerivedFrom, doc_node),
    ]
    if statement.stance:
        triples.append((node, KG.stance, stance_iri(statement.stance)))
        triples.append((node, KG.intensity, decimal_literal(statement.intensity)))
    if statement.issue:
        triples.append((node, KG.issue, Literal(statement.issue)))
    if statement.speech:
        triples.append((node, KG.speech, Literal(statement.speech)))
    if statement.subject_text:
        triples.append((node, KG.subjectText, Literal(statement.subject_text)))
    if statement.object_text:
        triples.append((node, KG.objectText, Literal(statement.object_text)))
    if statement.attributed_to and statement.attributed_to.id:
        triples.append((node, KG.attributedTo, entity_iri(statement.attributed_to.id)))
    triples += [(node, KG.speaker, entity_iri(i)) for i in speaker_ids(statement)]
    if statement.cue:
        triples.append((node, KG.cue, Literal(statement.cue)))
    triples += [(node, KG.about, entity_iri(ref.id)) for ref in statement.about if ref.id]
    # The evidence as Web Annotation selectors on the document: the statement node is the
    # specific resource (oa:hasSource the document, oa:hasSelector position and quote).
    position = selector_iri(statement.id, "position")
    quote = selector_iri(statement.id, "quote")
    triples += [
        (node, OA.hasSource, doc_node),
        (node, OA.hasSelector, position),
        (position, RDF.type, OA.TextPositionSelector),
        (position, OA.start, Literal(statement.char_start, datatype=XSD.nonNegativeInteger)),
        (position, OA.end, Literal(statement.char_end, datatype=XSD.nonNegativeInteger)),
        (node, OA.hasSelector, quote),
        (quote, RDF.type, OA.TextQuoteSelector),
        (quote, OA.exact, Literal(text[statement.char_start : statement.char_end])),
    ]
    # The direct edge for simple queries: a non-negated stance between two entities.
    if statement.stance and not statement.negated and statement.subject.id and statement.object.id:
        verb = STANCE_TYPES[statement.stance].verb
        triples.append(
            (entity_iri(statement.subject.id), KG[verb], entity_iri(statement.object.id))
        )
    return triples


def stance_edge_triples(edge: StanceEdge, strength_rank: int | None = None) -> list[Triple]:
    """A `kg:StanceEdge`: its ends, support, distinct sources, first/last seen, evidence,
    and its `kg:strengthRank` when it joins two entities (`kg.graph.summaries`)."""
    node = stance_edge_iri(edge.id)
    triples: list[Triple] = [
        (node, RDF.type, KG.StanceEdge),
        (node, KG.holder, term_of(edge.subject)),
        (node, KG.stance, stance_iri(edge.stance)),
        (node, KG.target, term_of(edge.object)),
        (node, KG.polarity, _integer(edge.polarity)),
        (node, KG.supportCount, _integer(edge.support_count)),
        (node, KG.sourceCount, _integer(edge.source_count)),
    ]
    if edge.first_seen and edge.last_seen:
        triples.append((node, KG.firstSeen, Literal(edge.first_seen, datatype=XSD.date)))
        triples.append((node, KG.lastSeen, Literal(edge.last_seen, datatype=XSD.date)))
    if strength_rank is not None:
        triples.append((node, KG.strengthRank, _integer(strength_rank)))
    triples += [(node, KG.evidence, statement_iri(i)) for i in edge.statement_ids]
    return triples


def criticism_triples(criticism: TargetCriticism) -> list[Triple]:
    """The negative stances an entity receives, on the entity node."""
    node = entity_iri(criticism.target.id or "")
    return [
        (node, KG.criticismCount, _integer(criticism.criticisms)),
        (node, KG.criticCount, _integer(criticism.critics)),
        (node, KG.criticismRank, _integer(criticism.rank)),
    ]


def ambivalent_stance_triples(stance: AmbivalentStance) -> list[Triple]:
    """A `kg:AmbivalentStance`: holder, target and the statements on each side."""
    node = stance_edge_iri("ambivalent-" + stance.id)
    return [
        (node, RDF.type, KG.AmbivalentStance),
        (node, KG.holder, term_of(stance.holder)),
        (node, KG.target, term_of(stance.target)),
        (node, KG.positiveCount, _integer(stance.positive)),
        (node, KG.negativeCount, _integer(stance.negative)),
    ]


def co_mention_triples(mention: CoMention) -> list[Triple]:
    """A `kg:CoMention`: an entity, one of its companions, and their shared documents."""
    node = stance_edge_iri("co-mention-" + mention.id)
    return [
        (node, RDF.type, KG.CoMention),
        (node, KG.actor, entity_iri(mention.actor)),
        (node, KG.companion, entity_iri(mention.companion)),
        (node, KG.documentCount, _integer(mention.documents)),
    ]


def _curie(value: str) -> URIRef:
    prefix, _, local = value.partition(":")
    return URIRef(_CURIE_NAMESPACES[prefix] + local)


def vocabulary_triples() -> list[Triple]:
    """RDFS descriptions of every `kg:` term, and the stance types' PLOVER/CAMEO mapping."""
    triples: list[Triple] = []
    for term in TERMS.values():
        node = URIRef(KG[term.name])
        triples += [
            (node, RDF.type, _TERM_CLASS[term.kind]),
            (node, RDFS.label, Literal(term.name)),
            (node, RDFS.comment, Literal(term.comment)),
        ]
        if term.domain:
            triples.append((node, RDFS.domain, _curie(term.domain)))
        if term.range:
            triples.append((node, RDFS.range, _curie(term.range)))
    for stance in STANCE_TYPES.values():
        node = stance_iri(stance.name)
        triples += [
            (node, KG.polarity, _integer(stance.polarity)),
            (node, KG.intensity, decimal_literal(stance.intensity)),
            (node, KG.cameoRoot, Literal(stance.cameo)),
            (node, KG.edgeProperty, URIRef(KG[stance.verb])),
        ]
        if stance.plover:
            triples.append((node, KG.ploverCategory, Literal(stance.plover)))
    return triples
