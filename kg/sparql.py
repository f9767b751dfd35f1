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
