"""The on-disk Oxigraph store of a workspace (`DIR/store`), kept equal to the records.

`sync_store` makes the store hold exactly the named graphs it is given, rewriting only
those whose content changed. Each graph's fingerprint (`NamedGraph.fingerprint`: its
records and the model code) is kept in a manifest next to the store (`DIR/store.json`).
The manifest is written in two steps, so a crash half-way cannot leave a stale graph
that looks current:

1. the manifest keeps only the graphs that will stay untouched;
2. the store drops every other graph and writes the new or changed ones (a small
   change in one transaction, a large one by bulk loading), then the manifest lists
   them all.

The end state depends only on the graphs given, never on the store's history.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.graph.rdf import named_graphs
    >>> from kg.model import Document
    >>> path = Path(tempfile.mkdtemp()) / "store"
    >>> sync_store(path, named_graphs([Document("d1", "Hi.")], [], [])).written
    4
    >>> sync_store(path, named_graphs([Document("d1", "Hi.")], [], [])).written
    0
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import StoreError
from kg.fsutil import atomic_write_text
from kg.graph.rdf import NamedGraph

MANIFEST_VERSION = 1
# Quads written per transaction: large enough to be fast, small enough for memory.
_BATCH_QUADS = 200_000
_TERM_CACHE_SIZE = 1_000_000


@dataclass(frozen=True, slots=True)
class StoreSync:
    """What `sync_store` did.

    Attributes:
        written: Graphs written (new or changed).
        removed: Graphs dropped because they changed or no longer exist.
        kept: Graphs left untouched.
        quads: Quads in the store afterwards.
    """

    written: int
    removed: int
    kept: int
    quads: int

    def to_dict(self) -> dict[str, int]:
        return {
            "graphs_written": self.written,
            "graphs_removed": self.removed,
            "graphs_kept": self.kept,
            "quads": self.quads,
        }


def manifest_path(store_path: Path) -> Path:
    """Where the fingerprints of a store's graphs are kept: `store.json` beside `store/`."""
    return store_path.with_name(store_path.name + ".json")


@contextmanager
def open_store(path: Path, *, read_only: bool = False) -> Iterator[ox.Store]:
    """Open the Oxigraph store at `path` (created if missing, unless read-only).

    Oxigraph has no close(): the store (and its lock) is released when the last reference
    to it goes, so do not keep the yielded object beyond the block.

    Raises:
        StoreError: It is missing (read-only), locked by another process, or damaged.
    """
    if read_only and not path.is_dir():
        raise StoreError(
            f"no store at {str(path)!r}; build one first with: kg build INPUT... "
            f"--out {str(path.parent)!r}"
        )
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as error:
        message = str(error)
        if "lock" in message.lower():
            raise StoreError(
                f"the store {str(path)!r} is open in another process (a kg build, remove or "
                "serve on the same folder?); wait for it or stop it, then retry"
            ) from error
        raise StoreError(
            f"cannot open the store {str(path)!r}: {message}. If it is damaged, delete "
            "that folder and build the workspace again"
        ) from error
    try:
        yield store
    finally:
        if not read_only:
            store.flush()
        del store


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term.

    Example:
        >>> to_oxigraph(Literal("1", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")))
        <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}: not an IRI, literal or blank node")


class QuadConverter:
    """Converts a named graph's triples to Oxigraph quads, reusing repeated terms.

    News graphs repeat the same predicates, classes and many literals ("asserted", 0, -1);
    converting each distinct term once makes writing a large store several times faster.
    """

    def __init__(self) -> None:
        self._iris: dict[URIRef, ox.NamedNode] = {}
        self._objects: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def iri(self, term: URIRef) -> ox.NamedNode:
        converted = self._iris.get(term)
        if converted is None:
            if len(self._iris) > _TERM_CACHE_SIZE:
                self._iris.clear()
            converted = self._iris[term] = ox.NamedNode(str(term))
        return converted

    def term(self, term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        converted = self._objects.get(term)
        if converted is None:
            if len(self._objects) > _TERM_CACHE_SIZE:
                self._objects.clear()
            converted = self._objects[term] = to_oxigraph(term)
        return converted

    def quads(self, graph: NamedGraph) -> list[ox.Quad]:
        """The quads of one named graph (our subjects and predicates are always IRIs)."""
        name = ox.NamedNode(str(graph.name))
        iri, term = self.iri, self.term
        return [ox.Quad(iri(s), iri(p), term(o), name) for s, p, o in graph.triples()]


def graph_quads(graph: NamedGraph) -> list[ox.Quad]:
    """The quads of one named graph, converted for Oxigraph."""
    return QuadConverter().quads(graph)


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: trust nothing, rewrite every graph
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return {}
    graphs = data.get("graphs")
    return {str(k): str(v) for k, v in graphs.items()} if isinstance(graphs, dict) else {}


def _write_manifest(path: Path, graphs: dict[str, str]) -> None:
    data = {"version": MANIFEST_VERSION, "graphs": dict(sorted(graphs.items()))}
    atomic_write_text(path, json.dumps(data, indent=1) + "\n")


def sync_store(path: Path, graphs: Iterable[NamedGraph]) -> StoreSync:
    """Make the store at `path` hold exactly `graphs`, rewriting only what changed.

    Raises:
        StoreError: The store cannot be opened (see `open_store`).
    """
    manifest = manifest_path(path)
    previous = _read_manifest(manifest) if path.exists() else {}
    wanted = {str(graph.name): (graph, graph.fingerprint()) for graph in graphs}
    with open_store(path) as store:
        present = {node.value for node in store.named_graphs() if isinstance(node, ox.NamedNode)}
        kept = {
            name
            for name, (_, fingerprint) in wanted.items()
            if name in present and previous.get(name) == fingerprint
        }
        _write_manifest(manifest, {name: previous[name] for name in kept})
        stale = sorted(present - kept)
        for name in stale:
            store.remove_graph(ox.NamedNode(name))
        # Nothing of ours lives in the default graph; clear whatever someone put there.
        if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
            store.clear_graph(ox.DefaultGraph())
        written = 0
        bulk = False
        converter = QuadConverter()
        batch: list[ox.Quad] = []
        for name, (graph, _) in wanted.items():
            if name in kept:
                continue
            # Declared even when empty, so an empty graph is known to be current.
            store.add_graph(ox.NamedNode(name))
            batch += converter.quads(graph)
            written += 1
            if len(batch) >= _BATCH_QUADS:
                # Big loads go straight to new files (several times faster); a crash
                # half-way is safe: these graphs are not in the manifest yet.
                store.bulk_extend(batch)
                bulk = True
                batch = []
        store.extend(batch)
        if bulk:
            # Bulk loading leaves many overlapping files; compacting them makes every
            # later lookup several times faster.
            store.optimize()
        quads = len(store)
    _write_manifest(manifest, {name: fingerprint for name, (_, fingerprint) in wanted.items()})
    return StoreSync(written=written, removed=len(stale), kept=len(kept), quads=quads)
