"""Content negotiation for SPARQL results: the Accept header against what we can write.

Example:
    >>> choose("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_FORMATS)
    'application/sparql-results+xml'
    >>> choose("", SOLUTION_FORMATS)
    'application/sparql-results+json'
    >>> choose("image/png", SOLUTION_FORMATS) is None
    True
"""

from __future__ import annotations

# What we can write, in our order of preference (the first is the default), with the
# media types clients also use for them.
SOLUTION_FORMATS: dict[str, tuple[str, ...]] = {
    "application/sparql-results+json": ("application/json",),
    "application/sparql-results+xml": ("application/xml", "text/xml"),
    "text/csv": (),
    "text/tab-separated-values": (),
}
GRAPH_FORMATS: dict[str, tuple[str, ...]] = {
    "text/turtle": ("application/x-turtle",),
    "application/n-triples": ("text/plain",),
    "application/rdf+xml": ("application/xml", "text/xml"),
    "application/ld+json": ("application/json",),
}

MediaRange = tuple[str, float]


def parse_accept(header: str) -> list[MediaRange]:
    """The media ranges of an Accept header with their q-values (default 1).

    Example:
        >>> parse_accept("text/csv;q=0.5, */*;q=0.1")
        [('text/csv', 0.5), ('*/*', 0.1)]
    """
    ranges = []
    for part in header.split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))
    return ranges


def _quality(media_type: str, aliases: tuple[str, ...], ranges: list[MediaRange]) -> float:
    """The q-value the most specific matching range gives a media type.

    Wildcards match the canonical type only; aliases match exactly (`text/*` means CSV or
    TSV, not XML through its `text/xml` alias).
    """
    best: tuple[int, float] | None = None
    kind = media_type.split("/")[0]
    for media_range, quality in ranges:
        if media_range == media_type or media_range in aliases:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0]:
            best = (specificity, quality)
    return best[1] if best else 0.0


def choose(accept: str, formats: dict[str, tuple[str, ...]]) -> str | None:
    """The media type to answer with, or None when the client accepts none of ours."""
    ranges = parse_accept(accept)
    if not ranges:
        return next(iter(formats))
    scored = [
        (_quality(media_type, aliases, ranges), -order, media_type)
        for order, (media_type, aliases) in enumerate(formats.items())
    ]
    quality, _, media_type = max(scored)
    return media_type if quality > 0 else None
