"""What a SPARQL text asks for, before anything runs it: updates and SERVICE are refused.

Our endpoints are read-only and never fetch anything from the network: Oxigraph would
follow a `SERVICE <http://…>` clause with an HTTP request, which would let anyone who
can reach `kg serve` make this machine call any address. So both `kg query` and
`kg serve` check the text first. The check masks comments, string literals and IRIs
(where the words may appear harmlessly) and then looks for the keywords.

Example:
    >>> refusal("SELECT * WHERE { ?s ?p 'SERVICE' }") is None
    True
    >>> refusal("SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }")
    'SERVICE clauses are refused: kg never fetches data from the network'
    >>> is_update("PREFIX kg: <https://kg.local/vocab#> # a comment\\nDELETE WHERE { ?s ?p ?o }")
    True
"""

from __future__ import annotations

import re

# Long strings first, then short ones (with escapes), IRIs, and comments to end of line.
_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
# A keyword is not part of a variable (?service), a prefixed name (ex:service) or a word.
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*<\s*>\s*)*", re.IGNORECASE)
_STRUCTURE = re.compile(r"[{}]|(?<![\w?$:])WHERE(?![\w:])", re.IGNORECASE)
_SUBQUERY = re.compile(r"[{}]|(?<![\w?$:])(?:SELECT|WHERE)(?![\w:])", re.IGNORECASE)
_UPDATE_VERB = re.compile(
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)


def masked(text: str) -> str:
    """The text with comments, strings and IRIs blanked, every character kept in place.

    Example:
        >>> masked('SELECT ?x { ?x <http://e/p> "a # b" } # note')
        'SELECT ?x { ?x <          > "     " }       '
    """

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("#"):
            return " " * len(token)
        inside = "".join("\n" if char == "\n" else " " for char in token[1:-1])
        return token[0] + inside + token[-1]

    return _MASKED.sub(blank, text)


def where_body_start(text: str) -> int | None:
    """The position just inside the top-level WHERE clause's brace, or None if none.

    Example:
        >>> text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        >>> text[where_body_start(text):]
        ' ?s ?p ?o }'
    """
    body = masked(text)
    depth = 0
    seen_where = False
    first_brace: int | None = None
    for match in _STRUCTURE.finditer(body):
        token = match.group(0)
        if token == "{":
            if depth == 0:
                if seen_where:
                    return match.end()
                if first_brace is None:
                    first_brace = match.end()
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0:
            seen_where = True
    # SELECT and ASK may leave out the WHERE keyword: their first brace opens the pattern.
    if first_brace is not None and re.match(r"\s*(SELECT|ASK)\b", _after_prologue(body), re.I):
        return first_brace
    return None


def subquery_body_starts(text: str, variable: str) -> list[int]:
    """Positions just inside the WHERE braces of subqueries that project `?variable`.

    Fixing a variable there as well as in the outer WHERE gives the same answer (the
    subquery's rows are joined on it anyway) but lets the subquery work on the bound
    rows only; a subquery that does not project the variable has its own, unrelated
    variable of that name, and is left alone.

    Example:
        >>> text = "SELECT * { { SELECT ?a (COUNT(?d) AS ?n) WHERE { ?d ?p ?a } GROUP BY ?a } }"
        >>> [text[i:i + 10] for i in subquery_body_starts(text, "a")]
        [' ?d ?p ?a ']
        >>> subquery_body_starts(text, "d")
        []
    """
    body = masked(text)
    starts = []
    depth = 0
    select_at: dict[int, int] = {}
    where_at: dict[int, int] = {}
    for match in _SUBQUERY.finditer(body):
        token = match.group(0).upper()
        if token == "{":
            where = where_at.pop(depth, None)
            select = select_at.pop(depth, None)
            inside = depth > 0 and where is not None and select is not None
            if inside and variable in _projected(body[select:where]):
                starts.append(match.end())
            depth += 1
        elif token == "}":
            select_at.pop(depth, None)
            where_at.pop(depth, None)
            depth -= 1
        elif token == "SELECT":
            select_at[depth] = match.end()
        else:
            where_at[depth] = match.start()
    return starts


def _projected(projection: str) -> set[str] | _Everything:
    """The variables a SELECT clause projects: plain ones and `(... AS ?x)` aliases."""
    if "*" in re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", projection):
        return _EVERYTHING
    names = set()
    depth = 0
    for match in re.finditer(r"[()]|(?i:\bAS\s+)?[?$](\w+)", projection):
        token = match.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0 or token[:2].upper() == "AS":
            names.add(match.group(1))
    return names


class _Everything:
    """`SELECT *`: every variable is projected."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()


def _after_prologue(body: str) -> str:
    start = _PROLOGUE.match(body)
    return body[start.end() if start else 0 :]


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    return bool(_UPDATE_VERB.match(_after_prologue(masked(text))))


def refusal(text: str) -> str | None:
    """Why a read-only endpoint refuses this text, or None when it may run."""
    if is_update(text):
        return "updates are refused: the graph is read-only here (kg build and kg remove change it)"
    if _SERVICE.search(masked(text)):
        return "SERVICE clauses are refused: kg never fetches data from the network"
    return None
