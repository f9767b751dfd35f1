"""The progress of a build on stderr: documents, words, words per second, the phase.

`kg build` shows a `ProgressBar` when stderr is a terminal (and not `--quiet`); the
library takes any `BuildProgress`, `SILENT` by default. The bar has no total, since the
inputs are read lazily and their number is not known in advance. It is redrawn from the
build's own loop at most every `min_interval` seconds: no background thread, so nothing
holds a lock when the parser processes fork.

Example:
    >>> import io
    >>> from rich.console import Console
    >>> console = Console(file=io.StringIO(), force_terminal=True, width=100)
    >>> with ProgressBar(console, min_interval=0) as bar:
    ...     bar.advance(documents=2, words=1500)
    ...     bar.phase("writing outputs")
    >>> "2 documents, 1,500 words" in console.file.getvalue()
    True
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Protocol

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn


class BuildProgress(Protocol):
    """What a build reports while it runs."""

    def advance(self, documents: int, words: int) -> None:
        """Documents (and their words) are done."""

    def phase(self, name: str) -> None:
        """A new phase starts (parsing, merging, writing outputs)."""


class _Silent:
    """Reports nothing."""

    def advance(self, documents: int, words: int) -> None:
        return None

    def phase(self, name: str) -> None:
        return None


SILENT: BuildProgress = _Silent()


class ProgressBar:
    """A one-line progress display on a rich `Console` (stderr by default)."""

    def __init__(self, console: Console | None = None, *, min_interval: float = 0.2) -> None:
        self.console = console or Console(stderr=True)
        self.min_interval = min_interval
        self._progress = Progress(
            TextColumn("{task.description:<16}"),
            BarColumn(bar_width=24),
            TextColumn("{task.completed:,.0f} documents, {task.fields[words]:,} words"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.console,
            auto_refresh=False,
        )
        self._task: TaskID | None = None
        self._words = 0
        self._started = time.perf_counter()
        self._drawn = 0.0

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        self._started = self._drawn = time.perf_counter()
        self._task = self._progress.add_task("parsing", total=None, words=0, rate="")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._draw(force=True)
        self._progress.stop()

    def advance(self, documents: int, words: int) -> None:
        self._words += words
        if self._task is not None:
            seconds = max(time.perf_counter() - self._started, 1e-9)
            self._progress.update(
                self._task,
                advance=documents,
                words=self._words,
                rate=f"{self._words / seconds:,.0f} words/s",
            )
        self._draw()

    def phase(self, name: str) -> None:
        if self._task is not None:
            self._progress.update(self._task, description=name)
        self._draw(force=True)

    def _draw(self, *, force: bool = False) -> None:
        now = time.perf_counter()
        if force or now - self._drawn >= self.min_interval:
            self._progress.refresh()
            self._drawn = now
