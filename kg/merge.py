"""The merged views of a workspace: one canonical entity per actor across documents.

`merge_records` is a pure function of the set of document records: `kg build` and
`kg remove` call it on every record of the workspace, then write the views and the
store from its result (`kg.pipeline.write_outputs`).

Example:
    >>> merge_records([]).data.statements
    ()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.export import GraphData
from kg.extract.actors import MergeRecord
from kg.extract.actors.canonical import canonicalize, remap_statements
from kg.workspace import DocumentRecord

__all__ = ["Merged", "merge_records"]


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged views of a workspace: its graph data and why entities were merged."""

    data: GraphData
    merges: tuple[MergeRecord, ...]


def merge_records(records: Iterable[DocumentRecord]) -> Merged:
    """The merged views of a set of document records (a pure function of the set).

    One canonical entity per actor across documents (`kg.extract.actors.canonical`), the
    statements pointed at it, and every merge with its reason.
    """
    ordered = sorted(records, key=lambda record: record.document.id)
    canonical = canonicalize(entity for record in ordered for entity in record.entities)
    statements = sorted(
        (statement for record in ordered for statement in record.statements),
        key=lambda s: (s.doc_id, s.char_start, s.char_end, s.id),
    )
    data = GraphData(
        documents=tuple(record.document for record in ordered),
        entities=canonical.entities,
        statements=tuple(remap_statements(statements, canonical)),
    )
    merges = [m.with_doc(r.document.id) for r in ordered for m in r.merges]
    return Merged(data, (*merges, *canonical.merges))
