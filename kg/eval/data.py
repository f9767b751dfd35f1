"""Where the external benchmark data lives (never bundled; DESIGN §8).

Looked up in order: the `KG_BENCHMARKS` environment variable, then `../shared/benchmarks`
next to the repository, then `../shared/benchmarks` from the working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError

ENVIRONMENT_VARIABLE = "KG_BENCHMARKS"
_REPOSITORY = Path(__file__).resolve().parents[2]


def candidates() -> list[Path]:
    found = [Path(os.environ[ENVIRONMENT_VARIABLE])] if os.environ.get(ENVIRONMENT_VARIABLE) else []
    return [*found, _REPOSITORY.parent / "shared" / "benchmarks", Path("../shared/benchmarks")]


def benchmark_dir(name: str) -> Path:
    """The folder of one benchmark (`carb`, `plover-gsr`, ...).

    Raises:
        InputError: Not found; the message says where it looked and how to point to it.
    """
    for root in candidates():
        folder = root / name
        if folder.is_dir():
            return folder
    looked = ", ".join(str(root) for root in candidates())
    raise InputError(
        f"benchmark {name!r} not found (looked in {looked}); set {ENVIRONMENT_VARIABLE} "
        "to the folder that holds the benchmarks"
    )
