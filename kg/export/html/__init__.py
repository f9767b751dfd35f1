"""The interactive graph page: one self-contained, offline, injection-proof HTML file.

Everything is inlined: vis-network 9.1.2 (dual MIT / Apache-2.0 licensed, read from the
files of the pinned `pyvis` package, so nothing is downloaded), our stylesheet and
scripts (`page.css`, `state.js`, `panel.js`, `controls.js`, `main.js` beside this
module) and the graph as JSON. Article text is never written as HTML:

- the JSON sits in a `<script type="application/json">` element with `<`, `>` and `&`
  escaped as `\\u003c`, `\\u003e`, `\\u0026`, so no string can close the element;
- the scripts put strings on the page only through `textContent` and DOM properties,
  and make links only of `http(s)` URLs;
- a Content-Security-Policy allows exactly our inline scripts (by sha256 hash) and
  no network access at all, so even an injected `<script>`, event handler or
  `javascript:` URL would not run, and nothing can be fetched.

Example:
    >>> from kg.model import Entity
    >>> page = generate_html(GraphData((), (Entity("person/a", "A </script>", "person"),), ()))
    >>> page.startswith("<!DOCTYPE html>") and "A \\\\u003c/script\\\\u003e" in page
    True
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.export.base import GraphData
from kg.export.html.payload import DEFAULT_VIEW_LIMIT, page_payload
from kg.fsutil import atomic_write_text

VIS_FOLDER = ("templates", "lib", "vis-9.1.2")
VIS_SCRIPT = "vis-network.min.js"
# Our scripts, in the order they run (each builds on the ones before).
PAGE_SCRIPTS = ("state.js", "panel.js", "controls.js", "main.js")
_PLACEHOLDER = re.compile(r"__CSP__|__STYLE__|__DATA__|__SCRIPTS__")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
# Text that would end or confuse an inline <script> element.
_UNSAFE_IN_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def _vis_script() -> str:
    folder = resources.files("pyvis").joinpath(*VIS_FOLDER)
    source = folder.joinpath(VIS_SCRIPT).read_text("utf-8")
    # A source map comment would make developer tools look for a file next to the page.
    return _SOURCE_MAP.sub("", source)


def embed_json(value: Any) -> str:
    """JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`.

    Example:
        >>> embed_json({"a": "</script><!--&"})
        '{"a": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def script_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script or style.

    Example:
        >>> script_hash("")
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _inline_script(name: str, source: str) -> str:
    if _UNSAFE_IN_SCRIPT.search(source):
        raise KGError(
            f"the page script {name!r} contains '</script' or '<!--' and cannot be inlined; "
            "reinstall the pinned pyvis (see requirements/constraints.txt) or fix the script"
        )
    return f"<script>{source}</script>"


def generate_html(data: GraphData, view_limit: int = DEFAULT_VIEW_LIMIT) -> str:
    """The whole page as one string.

    Args:
        data: The graph to draw.
        view_limit: How many nodes (best connected first) the page draws at first.
    """
    scripts = [(VIS_SCRIPT, _vis_script())] + [(name, _asset(name)) for name in PAGE_SCRIPTS]
    style = _asset("page.css")
    policy = "; ".join(
        (
            "default-src 'none'",
            "script-src " + " ".join(script_hash(source) for _, source in scripts),
            "style-src " + script_hash(style),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    values = {
        "__CSP__": policy,
        "__STYLE__": style,
        "__DATA__": embed_json(page_payload(data, view_limit)),
        "__SCRIPTS__": "\n".join(_inline_script(name, source) for name, source in scripts),
    }
    # One pass: inserted text is never scanned again, so article text that happens to
    # contain a placeholder cannot pull anything else into the page.
    return _PLACEHOLDER.sub(lambda match: values[match.group(0)], _asset("page.html"))


def write_html(data: GraphData, path: Path) -> None:
    """Write the page to `path` (atomically)."""
    atomic_write_text(path, generate_html(data))


__all__ = ["embed_json", "generate_html", "write_html"]
