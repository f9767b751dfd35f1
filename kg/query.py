"""`kg query`: SPARQL over a workspace's store or an RDF file, printed as a table, CSV or JSON.

Queries see the union of all named graphs as their default graph, and the prefixes of
`PREFIXES` (kg, schema, prov, oa, rdfs, skos, xsd, and our ent, st, edge, doc, graph)
are bound, so a query needs no PREFIX lines. `--bind NAME=VALUE` fixes a variable of
the query (a VALUES block at the start of its WHERE clause).

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = path.write_text('<https://kg.local/entity/a> '
    ...     '<http://www.w3.org/2000/01/rdf-schema#label> "A" .')
    >>> print(run(path, "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"), end="")
    e      label
    -----  -----
    ent:a  A
    (1 row)
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, UsageError
from kg.graph.rdf import PREFIXES
from kg.sparql import masked, refusal, subquery_body_starts, where_body_start
from kg.store import open_store
from kg.workspace import STORE_DIR, workspace_lock

QUERY_FORMATS: tuple[str, ...] = ("table", "csv", "json")
RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
_BIND = re.compile(r"^(?P<name>[A-Za-z_][\w]*)=(?P<value>.*)$", re.DOTALL)


def parse_bindings(pairs: Sequence[str]) -> dict[str, Term]:
    """`NAME=VALUE` pairs as variable bindings: `<...>` is an IRI, anything else a string.

    Example:
        >>> bound = parse_bindings(["target=Russia", "who=<https://kg.local/entity/place/x>"])
        >>> bound["target"].value, bound["who"]
        ('Russia', <NamedNode value=https://kg.local/entity/place/x>)

    Raises:
        UsageError: A pair is not `NAME=VALUE`.
    """
    bindings: dict[str, Term] = {}
    for pair in pairs:
        match = _BIND.match(pair)
        if not match:
            raise UsageError(
                f"--bind {pair!r} is not NAME=VALUE; write e.g. --bind target=Russia "
                "(or NAME=<IRI> for an IRI)"
            )
        value = match.group("value")
        if value.startswith("<") and value.endswith(">"):
            bindings[match.group("name")] = ox.NamedNode(value[1:-1])
        else:
            bindings[match.group("name")] = ox.Literal(value)
    return bindings


@contextmanager
def open_source(target: str | Path) -> Iterator[ox.Store]:
    """The store of a workspace folder (read-only), or an RDF file loaded in memory.

    Raises:
        UsageError: The target is neither a workspace nor a known RDF file.
        StoreError: The workspace is being rebuilt, or has no store.
    """
    path = Path(target)
    if path.is_dir():
        with (
            workspace_lock(path, exclusive=False),
            open_store(path / STORE_DIR, read_only=True) as store,
        ):
            yield store
        return
    if not path.is_file():
        raise UsageError(
            f"{str(target)!r} does not exist; pass a workspace folder (kg build --out) or an "
            f"RDF file ({', '.join(RDF_SUFFIXES)})"
        )
    rdf_format = RDF_SUFFIXES.get(path.suffix.lower())
    if rdf_format is None:
        raise UsageError(
            f"cannot query {str(target)!r}: unknown RDF file type {path.suffix or '(none)'!r}; "
            f"use one of {', '.join(RDF_SUFFIXES)} or a workspace folder"
        )
    store = ox.Store()
    try:
        store.load(path=str(path), format=rdf_format)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"cannot read {str(target)!r} as {rdf_format}: {error}") from error
    yield store


def with_bindings(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with a `VALUES` block opening its WHERE clause, fixing the bound variables.

    Inside the WHERE clause the values join the pattern before any grouping, `LIMIT` or
    aggregate (a trailing VALUES would join after GROUP BY), and both Oxigraph and rdflib
    start from them, which turns a scan into an index lookup. Subqueries that project a
    bound variable get the block too (`kg.sparql.subquery_body_starts`), so a "top 100"
    subquery ranks the bound rows only.

    Example:
        >>> print(with_bindings("SELECT ?s WHERE { ?s rdfs:label ?label }",
        ...     {"label": ox.Literal('Say "hi"')}))
        SELECT ?s WHERE { VALUES (?label) { ("Say \\"hi\\"") } ?s rdfs:label ?label }

    Raises:
        QueryError: A bound variable does not occur in the query, or it has no WHERE.
    """
    if not bindings:
        return sparql
    body = masked(sparql)
    for name in bindings:
        if not re.search(rf"[?$]{re.escape(name)}(?!\w)", body):
            raise QueryError(
                f"--bind {name}=...: the query has no variable ?{name}; bind one of its variables"
            )
    start = where_body_start(sparql)
    if start is None:
        raise QueryError("--bind needs a query with a WHERE clause to put the values in")
    places = {start: list(bindings)}
    for name in bindings:
        for place in subquery_body_starts(sparql, name):
            places.setdefault(place, []).append(name)
    text = sparql
    for place in sorted(places, reverse=True):
        names = places[place]
        block = " ".join(str(bindings[name]) for name in names)
        variables = " ".join(f"?{name}" for name in names)
        text = f"{text[:place]} VALUES ({variables}) {{ ({block}) }}{text[place:]}"
    return text


def execute(
    store: ox.Store, sparql: str, bindings: Mapping[str, Term] | None = None
) -> QueryResult:
    """Run a read-only query over the union of all graphs, our prefixes pre-bound.

    Raises:
        QueryError: The query is an update, uses SERVICE, does not parse, or a bound
            variable is not in it.
    """
    refused = refusal(sparql)
    if refused:
        raise QueryError(refused)
    text = with_bindings(sparql, bindings or {})
    try:
        return store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    except (RuntimeError, OSError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error


def compact(term: Term | None) -> str:
    """A term for humans: a prefixed name for our IRIs, the text of a literal.

    Example:
        >>> compact(ox.NamedNode("https://kg.local/vocab#rejects"))
        'kg:rejects'
        >>> compact(ox.Literal("3", datatype=ox.NamedNode(PREFIXES["xsd"] + "integer")))
        '3'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max(
            (prefix for prefix, iri in PREFIXES.items() if term.value.startswith(iri)),
            key=lambda prefix: len(PREFIXES[prefix]),
            default=None,
        )
        return f"{best}:{term.value[len(PREFIXES[best]) :]}" if best else f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return f"<< {compact(term.subject)} {compact(term.predicate)} {compact(term.object)} >>"
    return term.value


def table(result: ox.QuerySolutions) -> str:
    """Aligned columns, one row per solution, and a row count. Nothing is cut short."""
    names = [variable.value for variable in result.variables]
    rows = [[compact(solution[name]) for name in names] for solution in result]
    cells = [[" ".join(cell.split()) for cell in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(names)]
    lines = ["  ".join(name.ljust(width) for name, width in zip(names, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines = [line.rstrip() for line in lines]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def check_format(output_format: str) -> None:
    """Raises `UsageError` unless the format is one of `QUERY_FORMATS`."""
    if output_format not in QUERY_FORMATS:
        raise UsageError(
            f"unknown --format {output_format!r}; choose one of: {', '.join(QUERY_FORMATS)}"
        )


def render(result: QueryResult, output_format: str) -> str:
    """The result as text: `table`, `csv` (SPARQL 1.1 CSV) or `json` (SPARQL 1.1 JSON).

    ASK prints `true`/`false` as a table; CONSTRUCT and DESCRIBE print Turtle as a table
    and JSON-LD as json.

    Raises:
        UsageError: Unknown format, or CSV asked of an RDF graph.
    """
    check_format(output_format)
    if isinstance(result, ox.QueryTriples):
        if output_format == "csv":
            raise UsageError(
                "CONSTRUCT and DESCRIBE return RDF, not a table: use --format table (Turtle) "
                "or --format json (JSON-LD)"
            )
        rdf_format = ox.RdfFormat.TURTLE if output_format == "table" else ox.RdfFormat.JSON_LD
        buffer = io.BytesIO()
        ox.serialize(result, buffer, rdf_format, prefixes=PREFIXES)
        return buffer.getvalue().decode("utf-8")
    if output_format == "table":
        if isinstance(result, ox.QueryBoolean):
            return f"{str(bool(result)).lower()}\n"
        return table(result)
    results_format = (
        ox.QueryResultsFormat.CSV if output_format == "csv" else ox.QueryResultsFormat.JSON
    )
    buffer = io.BytesIO()
    result.serialize(buffer, results_format)
    text = buffer.getvalue().decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def run(
    target: str | Path,
    sparql: str,
    output_format: str = "table",
    bindings: Mapping[str, Term] | None = None,
) -> str:
    """Run a query on a workspace or RDF file and render the result.

    Raises:
        UsageError: Bad target or format.
        QueryError: The query is refused, does not parse, or fails.
        StoreError: The workspace is busy or has no store.
    """
    check_format(output_format)
    with open_source(target) as store:
        return render(execute(store, sparql, bindings), output_format)
