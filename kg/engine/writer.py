"""Per-document records written on a background thread while parsing goes on.

Each record is written atomically and synced to disk (`kg.workspace.write_record`), a
few milliseconds a document, mostly spent waiting for the disk with the GIL released.
One writer thread takes that wait off the parsing loop. At most `ahead` records wait
to be written, so memory stays bounded; a failed write is raised in the build's thread
at the next record or at the end, never lost.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.model import Document
    >>> from kg.workspace import DocumentRecord, read_records
    >>> folder = Path(tempfile.mkdtemp())
    >>> with RecordWriter(folder) as writer:
    ...     writer.write(DocumentRecord(Document("d1", "Hi."), (), (), 1, 0))
    >>> list(read_records(folder))
    ['d1']
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

from kg.workspace import DocumentRecord, write_record


class RecordWriter:
    """Writes document records into a workspace on one background thread."""

    def __init__(self, folder: Path, *, ahead: int = 64) -> None:
        self.folder = folder
        self.ahead = ahead
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-records")
        self._pending: deque[Future[None]] = deque()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.flush()
        finally:
            self._pool.shutdown(wait=True)  # records already handed over are still written

    def write(self, record: DocumentRecord) -> None:
        """Queue a record; raises the error of an earlier write that failed."""
        self._pending.append(self._pool.submit(write_record, self.folder, record))
        while self._pending and (len(self._pending) > self.ahead or self._pending[0].done()):
            self._pending.popleft().result()

    def flush(self) -> None:
        """Wait until every queued record is on disk; raises the first failed write."""
        while self._pending:
            self._pending.popleft().result()
