"""The `kg:` terms of the analyst summaries (`kg.graph.summaries`), part of `TERMS`.

Example:
    >>> [term.name for term in SUMMARY_TERMS if term.kind == "class"]
    ['AmbivalentStance', 'CoMention']
"""

from __future__ import annotations

from kg.graph.term import Term

SUMMARY_TERMS: tuple[Term, ...] = (
    Term(
        "AmbivalentStance",
        "class",
        "An actor that takes both positive and negative stances towards the same target "
        "(kg:holder, kg:target), with the statements on each side.",
    ),
    Term(
        "CoMention",
        "class",
        "Two entities that the statements of the same documents are about (kg:actor, "
        "kg:companion), with the number of such documents. Each entity keeps its 100 most "
        "frequent companions (ties by the companion's label), so the corpus-wide top pairs "
        "are all present.",
    ),
    Term(
        "strengthRank",
        "property",
        "The place of a stance edge between two entities among all such edges, by distinct "
        "documents, then statements (1 = best supported; ties by holder label, stance, "
        "target label).",
        "kg:StanceEdge",
        "xsd:integer",
    ),
    Term(
        "criticismCount",
        "property",
        "Statements of negative stance edges towards the entity (summed kg:supportCount).",
        "kg:Entity",
        "xsd:integer",
    ),
    Term(
        "criticCount",
        "property",
        "Distinct holders of negative stance edges towards the entity.",
        "kg:Entity",
        "xsd:integer",
    ),
    Term(
        "criticismRank",
        "property",
        "The entity's place among all criticised entities, by kg:criticismCount, then "
        "kg:criticCount (1 = most criticised; ties by label).",
        "kg:Entity",
        "xsd:integer",
    ),
    Term(
        "positiveCount",
        "property",
        "Statements of the holder's positive stance edges towards the target.",
        "kg:AmbivalentStance",
        "xsd:integer",
    ),
    Term(
        "negativeCount",
        "property",
        "Statements of the holder's negative stance edges towards the target.",
        "kg:AmbivalentStance",
        "xsd:integer",
    ),
    Term(
        "actor",
        "property",
        "The entity whose companion a co-mention records.",
        "kg:CoMention",
        "kg:Entity",
    ),
    Term(
        "companion",
        "property",
        "The other entity of a co-mention.",
        "kg:CoMention",
        "kg:Entity",
    ),
    Term(
        "documentCount",
        "property",
        "Documents whose statements are about both entities of a co-mention.",
        "kg:CoMention",
        "xsd:integer",
    ),
)
