"""The error hierarchy of `kg`.

Every message names the bad value, the options and the fix; the CLI prints the message
(no traceback) and exits non-zero. Problems with one document of a batch are not raised:
they become a skipped `InputRecord` with a reason, and the batch goes on.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: something the user can fix."""

    exit_code = 1


class UsageError(KGError):
    """A bad argument or option (exit code 2, like a usage error)."""

    exit_code = 2


class InputError(KGError):
    """An input path or document cannot be read at all."""


class IncompleteInputError(KGError):
    """`kg build --strict`: some input was skipped or only partly read (exit code 3).

    The build itself finished and wrote its outputs; the exit code tells scripts that
    not every input made it in.
    """

    exit_code = 3


class ModelError(KGError):
    """No spaCy pipeline could be loaded."""


class FormatError(KGError):
    """An unknown export or output format."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query failed to parse or run."""


class ExportError(KGError):
    """A graph or target that cannot be written in the chosen format."""


class StoreError(KGError):
    """The workspace or its store is missing, busy (open in another process) or damaged."""
