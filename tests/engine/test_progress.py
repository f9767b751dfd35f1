"""The progress bar: counts, rate and phase on a terminal; nothing when silent."""

from __future__ import annotations

import io

from rich.console import Console

from kg.engine.progress import SILENT, ProgressBar


def _console() -> Console:
    return Console(file=io.StringIO(), force_terminal=True, width=120)


def test_bar_shows_documents_words_rate_and_phase() -> None:
    console = _console()
    with ProgressBar(console, min_interval=0) as bar:
        bar.advance(documents=3, words=2500)
        bar.advance(documents=1, words=500)
        bar.phase("writing outputs")
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "4 documents, 3,000 words" in text
    assert "words/s" in text and "writing outputs" in text


def test_bar_redraws_at_most_every_interval() -> None:
    console = _console()
    with ProgressBar(console, min_interval=3600) as bar:
        for _ in range(50):
            bar.advance(documents=1, words=10)
        drawn_while_running = console.file.getvalue()  # type: ignore[attr-defined]
    assert "50 documents" not in drawn_while_running
    assert "50 documents, 500 words" in console.file.getvalue()  # type: ignore[attr-defined]


def test_silent_progress_accepts_everything() -> None:
    SILENT.advance(5, 100)
    SILENT.phase("writing outputs")
