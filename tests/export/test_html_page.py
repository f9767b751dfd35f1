"""The graph page in a real headless Chromium: offline, counts, filters, evidence, limits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.export import GraphData
from kg.export.html import generate_html, write_html
from kg.workspace import load_graph_data
from tests.export.browser import OpenPage
from tests.export.graphs import filter_graph, star_graph

Pages = Callable[..., OpenPage]


def _page(pages: Pages, tmp_path: Path, data: GraphData, **options: int) -> OpenPage:
    path = tmp_path / "graph.html"
    path.write_text(generate_html(data, **options), encoding="utf-8")
    return pages(path)


def _node_index(opened: OpenPage, label: str) -> int:
    index = opened.page.evaluate(
        "(label) => window.kg.data.nodes.findIndex((n) => n.label === label)", label
    )
    assert index >= 0, label
    return int(index)


@pytest.mark.model
def test_seed_page_loads_offline_and_shows_the_whole_graph(pages: Pages, seed_build: Path) -> None:
    data = load_graph_data(seed_build)
    opened = pages(seed_build / "graph.html")
    opened.assert_clean()
    # The page itself is the only thing it loads.
    assert opened.requests == [(seed_build / "graph.html").resolve().as_uri()]
    drawn_edges = {
        (
            s.subject.id or s.subject.label,
            s.object.id or s.object.label,
            s.stance or s.relation,
            s.polarity,
            s.negated,
        )
        for s in data.statements
    }
    # Actors in no statement are hidden by default (the toggle under the counts).
    connected = sum(1 for node in data.graph if data.graph.degree(node) > 0)
    assert opened.counts() == {
        "nodes": connected,
        "edges": len(drawn_edges),
        "statements": len(data.statements),
    }
    assert opened.hidden() == 0
    assert opened.page.evaluate("window.kg.nodes.length") == connected
    assert opened.page.evaluate("window.kg.edges.length") == len(drawn_edges)


def test_counts_and_parallel_edges(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    opened.assert_clean()
    assert opened.counts() == {"nodes": 5, "edges": 7, "statements": 8}
    # Alice SUPPORT Bolt and Alice DISAPPROVE Bolt are both drawn, bent apart.
    smooth = opened.page.evaluate(
        """() => window.kg.edges.get().filter((e) => /SUPPORT|DISAPPROVE/.test(e.label))
                .map((e) => [e.label, e.smooth && e.smooth.type, e.width])"""
    )
    assert sorted(smooth, key=str) == [["DISAPPROVE", "curvedCCW", 1], ["SUPPORT ×2", False, 3]]
    assert opened.page.locator("#legend").inner_text().count("\n") >= 8
    # Physics tidied the precomputed layout and is off now.
    assert opened.page.evaluate("window.kg.network.physics.physicsEnabled") is False


def test_an_empty_graph_loads_cleanly(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, GraphData((), (), ()))
    assert opened.counts() == {"nodes": 0, "edges": 0, "statements": 0}
    assert opened.hidden() == 0
    opened.assert_clean()


# The Elves, who have no statement, are hidden by default.
DEFAULT_COUNTS = {"nodes": 5, "edges": 7, "statements": 8}
FILTERS: dict[str, tuple[str, dict[str, int]]] = {
    # Without negative edges: Alice DISAPPROVE Bolt and Bolt REJECT tax cuts go.
    "polarity": (
        "#filter-polarity input[value='-1']",
        {"nodes": 5, "edges": 5, "statements": 6},
    ),
    # Without issues: tax cuts and its two edges go.
    "entity type": (
        "#filter-type input[value='issue']",
        {"nodes": 4, "edges": 5, "statements": 6},
    ),
    # Without plain relations: Dmitri visit Carthage, Alice not reject tax cuts go.
    "stance type": ("#filter-stance input[value='']", {"nodes": 5, "edges": 5, "statements": 6}),
}


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_each_checkbox_filter_changes_the_counts(pages: Pages, tmp_path: Path, name: str) -> None:
    selector, expected = FILTERS[name]
    opened = _page(pages, tmp_path, filter_graph())
    opened.page.uncheck(selector)
    assert opened.counts() == expected
    opened.page.check(selector)
    assert opened.counts() == DEFAULT_COUNTS
    opened.assert_clean()


def test_actors_without_stances_are_hidden_until_the_toggle_shows_them(
    pages: Pages, tmp_path: Path
) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    page = opened.page
    elves = _node_index(opened, "Elves")
    assert opened.counts() == DEFAULT_COUNTS
    assert page.evaluate(f"window.kg.nodes.get({elves})") is None
    # The toggle is on screen, outside the collapsible filters, and says how many.
    toggle = page.locator("#isolated-toggle")
    assert toggle.is_visible() and toggle.inner_text().strip() == "Show 1 actor without any stance"
    page.click("#filters > summary")  # collapsing the filters does not hide it
    assert toggle.is_visible()
    page.check("#filter-isolated")
    assert opened.counts() == {"nodes": 6, "edges": 7, "statements": 8}
    assert page.evaluate(f"window.kg.nodes.get({elves}).label") == "Elves"
    # Reset filters goes back to the default: hidden again, box unticked.
    page.click("#filters > summary")
    page.click("#filter-reset")
    assert opened.counts() == DEFAULT_COUNTS
    assert not page.is_checked("#filter-isolated")
    opened.assert_clean()


def test_the_toggle_is_not_shown_when_every_actor_has_a_stance(
    pages: Pages, tmp_path: Path
) -> None:
    opened = _page(pages, tmp_path, star_graph(leaves=3, islands=1))
    assert opened.counts() == {"nodes": 6, "edges": 4, "statements": 4}
    assert not opened.page.locator("#isolated-toggle").is_visible()
    opened.assert_clean()


def test_stance_support_date_and_document_filters(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    page = opened.page
    for stance in ("STATEMENT", "DISAPPROVE", "REJECT", "CONSULT", ""):
        page.uncheck(f"#filter-stance input[value='{stance}']")
    # Only Alice SUPPORT Bolt (2 statements) is left.
    assert opened.counts() == {"nodes": 2, "edges": 1, "statements": 2}
    page.click("#filter-reset")
    assert opened.counts() == DEFAULT_COUNTS

    page.fill("#filter-support", "2")
    assert opened.counts() == {"nodes": 2, "edges": 1, "statements": 2}
    page.fill("#filter-support", "1")

    # From February: the statements of d2 (st-2, st-4, st-7); undated d3 drops out.
    page.fill("#filter-from", "2020-02-01")
    assert opened.counts() == {"nodes": 5, "edges": 3, "statements": 3}
    page.fill("#filter-from", "")
    # Until January: the statements of d1 (st-1, st-3, st-6).
    page.fill("#filter-to", "2020-01-31")
    assert opened.counts() == {"nodes": 4, "edges": 3, "statements": 3}
    page.fill("#filter-to", "")
    assert opened.counts() == DEFAULT_COUNTS

    # Only the undated report: Carthage STATEMENT Alice, Alice not reject tax cuts.
    page.select_option("#filter-document", label="Undated report")
    assert opened.counts() == {"nodes": 3, "edges": 2, "statements": 2}
    page.select_option("#filter-document", value="-1")
    assert opened.counts() == DEFAULT_COUNTS
    opened.assert_clean()


def test_clicking_a_node_shows_its_evidence(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    opened.click_node(_node_index(opened, "Alice Adams"))
    details = opened.page.locator("#details")
    text = details.inner_text()
    assert "Alice Adams" in text and "Also called: Ms Adams; Alice" in text
    assert "Stances by Alice Adams (3)" in text and "Stances towards Alice Adams (1)" in text
    assert "Alice Adams backed Bolt Corp in report d1." in text
    assert "First report" in text and "2020-01-10" in text and "confidence 0.75" in text
    # The cue is highlighted, and the source is a link to the article.
    assert "backed" in details.locator("mark").all_inner_texts()
    links = details.locator("a", has_text="First report")
    assert links.count() == 2  # st-1 and st-3 come from the first report
    assert {links.nth(i).get_attribute("href") for i in range(2)} == {"https://news.example/1"}
    opened.assert_clean()


def test_hovering_shows_a_tooltip_and_clicking_an_edge_its_evidence(
    pages: Pages, tmp_path: Path
) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    page = opened.page
    dmitri = _node_index(opened, "Dmitri")
    x, y = opened.node_point(dmitri)
    page.mouse.move(x, y)
    page.wait_for_selector("#tooltip:not([hidden])")
    assert page.inner_text("#tooltip").startswith("Dmitri")
    # Halfway between Dmitri and Carthage runs their straight edge, CONSULT ("met with").
    carthage = _node_index(opened, "Carthage")
    x2, y2 = opened.node_point(carthage)
    page.mouse.move((x + x2) / 2, (y + y2) / 2)
    page.wait_for_selector("#tooltip mark")
    tooltip = page.locator("#tooltip")
    assert tooltip.inner_text().startswith("Dmitri → CONSULT → Carthage")
    assert tooltip.locator("mark").inner_text() == "met with"
    assert "Source: First report" in tooltip.inner_text()
    page.mouse.click((x + x2) / 2, (y + y2) / 2)
    details = page.inner_text("#details")
    assert "Dmitri → CONSULT → Carthage" in details
    assert "Dmitri met with Carthage in report d1." in details
    opened.assert_clean()


def test_big_graph_view_is_capped_and_can_expand(pages: Pages, tmp_path: Path) -> None:
    # 1 hub + 30 leaves (31 connected nodes) and 5 separate pairs: 41 nodes, 35 edges.
    opened = _page(pages, tmp_path, star_graph(leaves=30, islands=5), view_limit=10)
    page = opened.page
    # The first 10 nodes of the growth order: the hub and 9 of its leaves.
    assert opened.counts() == {"nodes": 10, "edges": 9, "statements": 9}
    assert opened.hidden() == 31
    assert "31 nodes hidden" in page.inner_text("#hidden-notice")
    # "Show more" brings the next 10 nodes of the order: 10 more leaves.
    page.click("#show-more")
    assert opened.counts() == {"nodes": 20, "edges": 19, "statements": 19}
    # Double-clicking the hub shows all its neighbours.
    opened.click_node(0, double=True)
    assert opened.counts() == {"nodes": 31, "edges": 30, "statements": 30}
    assert opened.hidden() == 10
    page.click("#show-all")
    assert opened.counts() == {"nodes": 41, "edges": 35, "statements": 35}
    assert opened.hidden() == 0
    opened.assert_clean()


def test_search_focuses_a_hidden_node(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, star_graph(leaves=30, islands=5), view_limit=10)
    page = opened.page
    page.fill("#search", "right 004")
    page.press("#search", "Enter")
    # The island pair is revealed: both ends and their edge.
    assert opened.counts() == {"nodes": 12, "edges": 10, "statements": 10}
    assert "Right 004" in page.inner_text("#details")
    selected = page.evaluate("window.kg.network.getSelectedNodes()")
    assert [page.evaluate(f"window.kg.data.nodes[{selected[0]}].label")] == ["Right 004"]
    page.fill("#search", "nobody")
    assert "No actor or issue matches" in page.inner_text("#search-message")
    opened.assert_clean()


def test_search_lists_actors_before_issues(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    page = opened.page
    # "a" starts Alice Adams, is inside Carthage, and inside the issue "tax cuts": the actors
    # come first whatever their rank, and the issue is marked as one.
    page.fill("#search", "a")
    buttons = page.locator("#search-results button")
    assert buttons.all_inner_texts() == ["Alice Adams", "Carthage", "tax cuts"]
    items = page.locator("#search-results li").all_inner_texts()
    assert [item.endswith("issue") for item in items] == [False, False, True]
    # An issue alone is still found, and Enter focuses it.
    page.fill("#search", "tax")
    page.press("#search", "Enter")
    selected = page.evaluate("window.kg.network.getSelectedNodes()")
    assert [page.evaluate(f"window.kg.data.nodes[{selected[0]}].label")] == ["tax cuts"]
    opened.assert_clean()


def test_summary_ranks_actors_and_targets(pages: Pages, tmp_path: Path) -> None:
    opened = _page(pages, tmp_path, filter_graph())
    page = opened.page
    actors = page.locator(".top-actors li").all_inner_texts()
    assert actors[0] == "Alice Adams 4 (+2 / −1)"
    contested = page.locator(".contested li").all_inner_texts()
    # Bolt Corp: 1 against and 2 for; tax cuts: 1 against only.
    assert contested == ["Bolt Corp 3 (+2 / −1)", "tax cuts 2 (+0 / −1)"]
    matrix = page.locator("#matrix").inner_text()
    assert "+2 −1" in matrix
    page.uncheck("#filter-polarity input[value='-1']")
    assert page.locator(".contested li").count() == 0
    opened.assert_clean()


def test_write_html_writes_the_generated_page(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.html"
    write_html(filter_graph(), target)
    assert target.read_text(encoding="utf-8") == generate_html(filter_graph())


def test_big_additions_are_drawn_in_chunks_and_a_newer_change_wins(
    pages: Pages, tmp_path: Path
) -> None:
    # 1,601 nodes and 1,600 edges: more than one chunk of each (1,500 per frame).
    opened = _page(pages, tmp_path, star_graph(leaves=1600, islands=0), view_limit=100)
    page = opened.page
    drawn = "[window.kg.nodes.length, window.kg.edges.length]"
    assert page.evaluate(drawn) == [100, 99]
    # "Show all", then untick "person" before the chunks are done: the filter wins.
    page.evaluate(
        "() => { document.getElementById('show-all').click(); "
        "document.querySelector(\"#filter-type input[value='person']\").click(); }"
    )
    page.wait_for_selector("body:not([data-busy])", state="attached")
    assert opened.counts() == {"nodes": 0, "edges": 0, "statements": 0}
    assert page.evaluate(drawn) == [0, 0]
    page.evaluate(
        """() => { window.__busySeen = false;
            new MutationObserver(() => { window.__busySeen ||= !!document.body.dataset.busy; })
                .observe(document.body, { attributes: true }); }"""
    )
    page.check("#filter-type input[value='person']")
    page.wait_for_selector("body:not([data-busy])", state="attached", timeout=120_000)
    assert opened.counts() == {"nodes": 1601, "edges": 1600, "statements": 1600}
    assert page.evaluate(drawn) == [1601, 1600]
    assert page.evaluate("window.__busySeen") is True
    opened.assert_clean()
