"""What every command shares: clean error messages and reading a line-per-sentence file."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import typer

from kg.errors import KGError

P = ParamSpec("P")
R = TypeVar("R")


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a `KGError` as one line on stderr and exit with its code, no traceback."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(error.exit_code) from error

    return run


def read_lines(file: str) -> list[str]:
    """The lines of a sentence or predictions file, decoded as `kg build` decodes."""
    from kg.openie import read_sentence_lines

    read = read_sentence_lines(file)
    for warning in read.warnings:
        typer.echo(f"warning: {file}: {warning}", err=True)
    return list(read.lines)
