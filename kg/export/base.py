"""What every exporter receives, and how exporters are described."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset

from kg.graph.nxgraph import build_graph
from kg.graph.rdf import build_dataset
from kg.model import Document, Entity, Statement


@dataclass(frozen=True)
class GraphData:
    """The records of a build; the RDF and networkx views are derived on first use."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]

    @cached_property
    def dataset(self) -> Dataset:
        return build_dataset(self.documents, self.entities, self.statements)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        return build_graph(self.entities, self.statements, self.documents)


@dataclass(frozen=True)
class Exporter:
    """One export format.

    Attributes:
        name: The canonical format name (`ttl`).
        aliases: Other names the CLI accepts (`turtle`).
        target: The default file or folder name under an output folder (`graph.ttl`).
        description: One line for `--help`.
        write: Writes the format to a path (a file, or a folder for `neo4j`).
    """

    name: str
    aliases: tuple[str, ...]
    target: str
    description: str
    write: Callable[[GraphData, Path], None]


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    """One compact JSON object per line, keys in a stable order, UTF-8 kept readable."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
