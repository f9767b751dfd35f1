"""`kg explain STATEMENT_ID`: why a statement is in the graph.

It prints the sentence and the evidence span, the rule and the cue that typed the
stance, the dependency path from holder to target, negation, modality and the speaker
with how the speaker is known, all read back from a build folder's `statements.jsonl`.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.pipeline import build
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Senator John McCain denounced Vladimir Putin.")
    >>> _ = build([folder / "a.txt"], folder / "out")
    >>> statement = find_statement(folder / "out", "st-")
    >>> print(explain(statement, text=None).splitlines()[3])
    rule:      clause:svo (cue "denounce" -> DISAPPROVE, polarity -1, intensity -2.0)
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError
from kg.model import Statement
from kg.workspace import STATEMENTS_FILE, _read_jsonl


def find_statement(folder: str | Path, statement_id: str) -> Statement:
    """The statement with this id (or the only one whose id starts with it).

    Raises:
        InputError: The folder holds no readable `statements.jsonl`.
        UsageError: No statement, or several, match; the message says how to list ids.
    """
    rows = _read_jsonl(Path(folder) / STATEMENTS_FILE)
    exact = [row for row in rows if row["id"] == statement_id]
    matches = exact or [row for row in rows if row["id"].startswith(statement_id)]
    if len(matches) == 1:
        return Statement.from_dict(matches[0])
    hint = f'list the ids with: grep -o \'"id": "st-[0-9a-f]*"\' {Path(folder) / STATEMENTS_FILE}'
    if not matches:
        raise UsageError(f"no statement {statement_id!r} in {folder}; {hint}")
    raise UsageError(
        f"{len(matches)} statements start with {statement_id!r} in {folder}; "
        f"give more of the id ({hint})"
    )


def explain(statement: Statement, text: str | None) -> str:
    """A readable account of one statement; `text` is its document's text, if known."""
    evidence = (
        text[statement.char_start : statement.char_end] if text is not None else statement.sentence
    )
    stance = (
        f'cue "{statement.cue}" -> {statement.stance}, polarity {statement.polarity:+d}, '
        f"intensity {statement.intensity}"
        if statement.stance
        else f'cue "{statement.cue}", no stance asserted'
        if statement.cue
        else "no stance cue"
    )
    speaker = (
        f"{statement.attributed_to.label} ({statement.speech})"
        if statement.attributed_to
        else "none (the article's own voice)"
    )
    about = ", ".join(ref.label for ref in statement.about) or "-"
    lines = [
        f"statement: {statement.id}  (document {statement.doc_id}, sentence "
        f"{statement.sentence_index}, characters {statement.char_start}-{statement.char_end})",
        f"reads:     {statement.subject.label} --{statement.relation}--> {statement.object.label}",
        f"sentence:  {statement.sentence}",
        f"rule:      {statement.rule} ({stance})",
        f"evidence:  {evidence}",
        f"path:      {statement.path or '-'}",
        f"negated:   {'yes' if statement.negated else 'no'}; modality: {statement.modality}",
        f"speaker:   {speaker}",
        f"issue:     {statement.issue or '-'}; about: {about}",
        f"confidence: {statement.confidence}",
    ]
    return "\n".join(lines)
