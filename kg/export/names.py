"""Names for property-graph stores, safe by construction.

Neo4j and other Cypher stores accept labels and relationship types as bare identifiers
only when they are ASCII letters, digits and `_` and do not start with a digit. Our
names come from entity types and stance types, which are closed sets today, but a
workspace may carry any string (a JSONL corpus, a future type): every name goes
through these functions, so a hostile string can never reach a Cypher identifier.

Example:
    >>> safe_label("1st-tier group"), relationship_type("call on")
    ('N1stTierGroup', 'CALL_ON')
"""

from __future__ import annotations

import re

# The label every node carries (Neo4j's uniqueness constraint and LadybugDB's node table).
NODE_LABEL = "KgNode"
# The relationship type of a statement with no stance ("Putin discussed the election").
DEFAULT_RELATIONSHIP_TYPE = "RELATED_TO"
# Anything that is not an ASCII letter or digit separates words of a name.
_NOT_NAME = re.compile(r"[^A-Za-z0-9]+")


def safe_label(name: str) -> str:
    """CamelCase ASCII that never starts with a digit: `world cup` -> `WorldCup`.

    Example:
        >>> safe_label("organization"), safe_label("中文"), safe_label("9/11 event")
        ('Organization', 'Thing', 'N911Event')
    """
    words = [word for word in _NOT_NAME.split(name) if word]
    label = "".join(word[:1].upper() + word[1:] for word in words) or "Thing"
    return "N" + label if label[0].isdigit() else label


def relationship_type(stance: str | None) -> str:
    """ASCII UPPER_SNAKE_CASE: the stance type, or RELATED_TO when there is none.

    Example:
        >>> relationship_type("REJECT"), relationship_type(None), relationship_type("3 d")
        ('REJECT', 'RELATED_TO', 'R_3_D')
    """
    if not stance:
        return DEFAULT_RELATIONSHIP_TYPE
    name = _NOT_NAME.sub("_", stance).strip("_").upper()
    if not name:
        return DEFAULT_RELATIONSHIP_TYPE
    return "R_" + name if name[0].isdigit() else name


def node_labels(kind: str, entity_type: str) -> tuple[str, ...]:
    """A node's labels: `KgNode`, then `Entity` and its type, or `Issue`.

    Example:
        >>> node_labels("entity", "person"), node_labels("issue", "issue")
        (('KgNode', 'Entity', 'Person'), ('KgNode', 'Issue'))
    """
    if kind == "issue":
        return (NODE_LABEL, "Issue")
    labels = (NODE_LABEL, "Entity", safe_label(entity_type))
    # A type named "entity" or "kg node" must not repeat a label.
    return tuple(dict.fromkeys(labels))
