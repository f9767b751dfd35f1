"""A hostile article through the real pipeline: `kg build`, then every export format.

The hand-made graph of `test_injection.py` checks each format exhaustively; this test
checks that what the real pipeline makes of hostile text (labels cut from a quote, a
sentence holding markup, Cypher and a formula) reaches every format intact and inert.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.export import EXPORTERS
from kg.workspace import load_graph_data
from tests.export.browser import OpenPage
from tests.export.hostile import HOSTILE_STRINGS
from tests.export.readers import READERS

Pages = Callable[..., OpenPage]
ARTICLE = f"""\
Senator John O'Neill criticised the "{HOSTILE_STRINGS["script"]}" campaign on Monday.

Mayor Anna Smith said the group "{HOSTILE_STRINGS["img"]}" opposed O'Neill's plan to sell \
"{HOSTILE_STRINGS["formula ="]}" bonds.

The ministry rejected "{HOSTILE_STRINGS["cypher statement"]}" as nonsense, and Smith praised \
O'Neill.

Smith met with "{HOSTILE_STRINGS["javascript url"]}" Inc. and the \
"{HOSTILE_STRINGS["rdf literal"]}" group in Paris.
"""
# What the statements' sentences must carry, exactly, into every format.
MARKERS = ("</script><script>", "onerror=", '=HYPERLINK("', "DETACH DELETE n; //", "javascript:")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("hostile-build")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    build([folder / "article.txt"], folder / "out")
    return folder / "out"


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_hostile_article_survives_every_format(hostile_build: Path, name: str) -> None:
    data = load_graph_data(hostile_build)
    sentences = {statement.sentence for statement in data.statements}
    # The pipeline kept the hostile text: every marker is in some statement's sentence.
    assert all(any(marker in sentence for sentence in sentences) for marker in MARKERS)
    target = hostile_build.parent / name / EXPORTERS[name].target
    EXPORTERS[name].write(data, target)
    found = READERS[name](target, data)
    labels = {entity.label for entity in data.entities}
    assert labels - found.strings == set()
    assert sentences - found.strings == set()


@pytest.mark.model
def test_hostile_article_page_runs_nothing(pages: Pages, hostile_build: Path) -> None:
    opened = pages(hostile_build / "graph.html")
    page = opened.page
    if page.locator("#isolated-toggle").is_visible():
        page.check("#filter-isolated")  # actors without a stance too
    for index in range(page.evaluate("window.kg.data.nodes.length")):
        page.evaluate(f"window.kg.showNode({index})")
    for index in range(page.evaluate("window.kg.data.edges.length")):
        page.evaluate(f"window.kg.showEdge({index})")
        assert page.locator("#details .sentence").count() > 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    opened.assert_clean()
    assert page.locator("img, iframe, svg, object, embed").count() == 0
    assert page.evaluate("document.scripts.length") == 6
