"""Per-document records committed in batches on a background thread while parsing goes on.

A batch of records is the workspace's unit of progress (`kg.workspace.commit_records`:
each file written whole and synced, then the folder synced once): a build killed later
does not parse those documents again. Committing costs a few milliseconds a document,
mostly spent waiting for the disk with the GIL released, so one writer thread takes that
wait off the parsing loop. At most `ahead` batches wait to be committed, so memory stays
bounded; a failed commit is raised in the build's thread at the next batch or at the
end, never lost. Records handed over before an error are still committed.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from kg.model import Document
    >>> from kg.workspace import DocumentRecord, read_records
    >>> folder = Path(tempfile.mkdtemp())
    >>> with RecordWriter(folder, batch_size=2) as writer:
    ...     writer.write(DocumentRecord(Document("d1", "Hi."), (), (), 1, 0))
    >>> list(read_records(folder))
    ['d1']
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

from kg.workspace import DocumentRecord, commit_records


class RecordWriter:
    """Commits document records into a workspace, `batch_size` at a time, on one thread."""

    def __init__(self, folder: Path, *, batch_size: int = 32, ahead: int = 4) -> None:
        self.folder = folder
        self.batch_size = batch_size
        self.ahead = ahead
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-records")
        self._pending: deque[Future[int]] = deque()
        self._batch: list[DocumentRecord] = []

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            self._commit()  # what was handed over is kept, even when the build fails
            if kind is None:
                self.flush()
        finally:
            self._pool.shutdown(wait=True)

    def write(self, record: DocumentRecord) -> None:
        """Add a record; commits the batch when it is full. Raises an earlier failure."""
        self._batch.append(record)
        if len(self._batch) >= self.batch_size:
            self._commit()
        while self._pending and (len(self._pending) > self.ahead or self._pending[0].done()):
            self._pending.popleft().result()

    def flush(self) -> None:
        """Commit what is left and wait until all is on disk; raises the first failure."""
        self._commit()
        while self._pending:
            self._pending.popleft().result()

    def _commit(self) -> None:
        if self._batch:
            self._pending.append(self._pool.submit(commit_records, self.folder, self._batch))
            self._batch = []
