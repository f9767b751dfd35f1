"""Peak memory of a build, for report.json.

Example:
    >>> peak = peak_rss_mib()
    >>> peak["process"] > 0 and peak["workers"] >= 0
    True
"""

from __future__ import annotations

import resource
import sys

# ru_maxrss is in kibibytes on Linux, in bytes on macOS.
_UNIT = 1 if sys.platform == "darwin" else 1024


def peak_rss_mib() -> dict[str, float]:
    """The peak resident set size so far, in MiB, of this process and of its largest
    finished child (a pool worker; Dask's workers are not counted)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * _UNIT
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * _UNIT
    return {"process": round(own / 2**20, 1), "workers": round(children / 2**20, 1)}
