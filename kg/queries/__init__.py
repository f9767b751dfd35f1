"""The questions analysts ask, as SPARQL files (`kg/queries/NAME.rq`).

Each file starts with comment lines: the question, what the answer holds, and
optionally `# bind: NAME=VALUE` lines, the example bindings that the README shows, the
tests run on the seed graph and the benchmark times. The README section is generated
from these files (`python -m kg.queries`), and a test keeps it current.

Example:
    >>> query = saved_query("who_opposes")
    >>> query.question, query.bindings
    ('Who opposes X?', (('target', 'Donald Trump'),))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import UsageError

_BIND_PREFIX = "bind:"
# The order the README asks them in (the list); other files follow by name.
ORDER: tuple[str, ...] = (
    "who_opposes",
    "stances_of",
    "supports_and_opposes",
    "most_criticised",
    "edge_evidence",
    "quotes_by_speaker",
    "statements_per_document",
    "actors_together",
    "strongest_stances",
)


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """One analyst question.

    Attributes:
        name: The file's stem (`who_opposes`), what `kg query --saved` takes.
        question: The first comment line.
        description: The other comment lines, joined.
        bindings: Example `--bind` values, as (variable, value) pairs.
        text: The whole file, comments included (a valid SPARQL query).
    """

    name: str
    question: str
    description: str
    bindings: tuple[tuple[str, str], ...]
    text: str

    def command(self, target: str = "output/") -> str:
        """The `kg query` command line that runs it with its example bindings."""
        binds = "".join(f' --bind {name}="{value}"' for name, value in self.bindings)
        return f"kg query {target} --saved {self.name}{binds}"


def _parse(name: str, text: str) -> SavedQuery:
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line[1:].strip())
    if not comments:
        raise ValueError(f"kg/queries/{name}.rq has no header comment with its question")
    bindings = []
    description = []
    for line in comments[1:]:
        if line.startswith(_BIND_PREFIX):
            variable, _, value = line[len(_BIND_PREFIX) :].strip().partition("=")
            bindings.append((variable.strip(), value.strip()))
        else:
            description.append(line)
    return SavedQuery(name, comments[0], " ".join(description), tuple(bindings), text)


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """Every query file of the package, by name, in `ORDER`."""
    folder = resources.files(__name__)
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = _parse(name, entry.read_text(encoding="utf-8"))
    rank = {name: index for index, name in enumerate(ORDER)}
    return {name: found[name] for name in sorted(found, key=lambda n: (rank.get(n, len(rank)), n))}


def saved_query(name: str) -> SavedQuery:
    """The query of that name.

    Raises:
        UsageError: No such query; the message lists them.
    """
    queries = saved_queries()
    if name not in queries:
        raise UsageError(
            f"no saved query {name!r}; choose one of: {', '.join(queries)} (or pass your own "
            "with --file or as text)"
        )
    return queries[name]


def questions_markdown() -> str:
    """The README section: each question, its command line and its SPARQL.

    Example:
        >>> "kg query output/ --saved who_opposes" in questions_markdown()
        True
    """
    parts = []
    for query in saved_queries().values():
        body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
        parts += [
            f"### {query.question}",
            "",
            query.description,
            "",
            "```sh",
            query.command(),
            "```",
            "",
            "```sparql",
            body.strip(),
            "```",
            "",
        ]
    return "\n".join(parts)
