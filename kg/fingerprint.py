"""Fingerprints of our own source code, to know when stored results are stale.

A workspace keeps results between runs: per-document extraction records, and the
store's named graphs. They stay valid only while the code that produced them is the
same. Hashing that code (not a version number someone must remember to bump) makes
reuse safe: change a rule and the next build re-extracts; change the RDF model and the
next build rewrites the graphs.

Example:
    >>> len(source_fingerprint("graph"))
    32
    >>> source_fingerprint("graph") == source_fingerprint("graph")
    True
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
# Code and data files; compiled caches and notebooks are not part of the behaviour.
_SOURCE_SUFFIXES = frozenset({".py", ".tsv", ".json", ".txt", ".rq"})


@cache
def source_fingerprint(*parts: str) -> str:
    """A hash of the named files and folders of the `kg` package (paths relative to it).

    Raises:
        FileNotFoundError: A part does not exist (a programming error, not user input).
    """
    digest = hashlib.sha256()
    for part in sorted(parts):
        path = PACKAGE_ROOT / part
        if not path.exists():
            raise FileNotFoundError(f"kg/{part} does not exist; fix the fingerprint's parts")
        files = [path] if path.is_file() else sorted(path.rglob("*"))
        for file in files:
            if file.is_file() and file.suffix in _SOURCE_SUFFIXES:
                digest.update(file.relative_to(PACKAGE_ROOT).as_posix().encode("utf-8"))
                digest.update(b"\0")
                digest.update(file.read_bytes())
                digest.update(b"\0")
    return digest.hexdigest()[:32]
