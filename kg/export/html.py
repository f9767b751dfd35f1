"""A self-contained interactive graph page (vis-network, inlined; no external URL).

The vis-network library comes from the files the pinned `pyvis` package ships, read at
export time, so nothing is downloaded. Graph data is embedded as JSON in a
`<script type="application/json">` element with `<`, `>` and `&` escaped, and the page
only ever inserts article text with `textContent`, so text from articles cannot run.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from kg.export.base import GraphData
from kg.fsutil import atomic_write_text

VIS_FOLDER = ("templates", "lib", "vis-9.1.2")
POLARITY_COLORS = {1: "#2e7d32", 0: "#757575", -1: "#c62828"}
TYPE_COLORS = {
    "person": "#1e88e5",
    "organization": "#8e24aa",
    "place": "#43a047",
    "group": "#fb8c00",
    "issue": "#bdbdbd",
}
DEFAULT_COLOR = "#6d4c41"
_PLACEHOLDER = re.compile(r"__VIS_CSS__|__DATA__|__VIS_JS__")


def _vis_asset(name: str) -> str:
    folder = resources.files("pyvis").joinpath(*VIS_FOLDER)
    return folder.joinpath(name).read_text("utf-8")


def embed_json(value: Any) -> str:
    """JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def graph_payload(data: GraphData) -> dict[str, Any]:
    """Nodes and edges as plain data for the page."""
    graph = data.graph
    titles = {document.id: document.title or document.id for document in data.documents}
    nodes = [
        {
            "id": node,
            "label": attributes["label"],
            "type": attributes["type"],
            "kind": attributes["kind"],
            "aliases": list(attributes["aliases"]),
            "color": TYPE_COLORS.get(attributes["type"], DEFAULT_COLOR),
            "value": max(1, attributes["mention_count"]) + graph.degree(node),
        }
        for node, attributes in sorted(graph.nodes(data=True))
    ]
    edges = [
        {
            "id": key,
            "from": source,
            "to": target,
            "label": attributes["stance"] or attributes["relation"],
            "stance": attributes["stance"],
            "relation": attributes["relation"],
            "polarity": attributes["polarity"],
            "negated": attributes["negated"],
            "color": POLARITY_COLORS.get(attributes["polarity"], DEFAULT_COLOR),
            "sentence": attributes["sentence"],
            "document": titles.get(attributes["doc_id"], attributes["doc_id"]),
            "confidence": attributes["confidence"],
            "speaker": attributes["attributed_to"],
        }
        for source, target, key, attributes in sorted(
            graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])
        )
    ]
    return {"nodes": nodes, "edges": edges}


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none';
  script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>Knowledge graph</title>
<style>__VIS_CSS__
body { margin: 0; font-family: system-ui, sans-serif; display: flex; height: 100vh; }
#graph { flex: 1; }
#panel { width: 340px; overflow: auto; padding: 12px; border-left: 1px solid #ddd; }
#panel h2 { font-size: 16px; margin: 4px 0; }
.evidence { border-top: 1px solid #eee; padding: 6px 0; font-size: 13px; }
.meta { color: #666; font-size: 12px; }
</style>
</head>
<body>
<div id="graph"></div>
<div id="panel">
  <h2>Knowledge graph</h2>
  <p id="counts" class="meta"></p>
  <div id="details"><p class="meta">Click a node or an edge to see its evidence.</p></div>
</div>
<script id="kg-data" type="application/json">__DATA__</script>
<script>__VIS_JS__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, value: n.value, color: n.color,
             shape: n.kind === "issue" ? "box" : "dot" };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, arrows: "to",
             color: { color: e.color }, dashes: e.negated };
  }));
  document.getElementById("counts").textContent =
    data.nodes.length + " nodes, " + data.edges.length + " edges";
  var network = new vis.Network(document.getElementById("graph"),
    { nodes: nodes, edges: edges },
    { physics: { stabilization: { iterations: 200 } },
      edges: { smooth: { type: "dynamic" }, font: { size: 10 } } });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
  });
  var byNode = {}, byEdge = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; });
  data.edges.forEach(function (e) { byEdge[e.id] = e; });
  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (cls) { el.className = cls; }
    parent.appendChild(el);
    return el;
  }
  function showEdge(parent, e) {
    var box = add(parent, "div", "", "evidence");
    add(box, "strong", byNode[e.from].label + " \\u2192 " + (e.stance || e.relation) +
        (e.negated ? " (negated)" : "") + " \\u2192 " + byNode[e.to].label);
    add(box, "p", e.sentence);
    var speaker = e.speaker ? (byNode[e.speaker] ? byNode[e.speaker].label : e.speaker) : "";
    add(box, "p", "Source: " + e.document + " \\u00b7 confidence " + e.confidence +
        (speaker ? " \\u00b7 said by " + speaker : ""), "meta");
  }
  network.on("click", function (params) {
    var details = document.getElementById("details");
    details.textContent = "";
    if (params.nodes.length) {
      var n = byNode[params.nodes[0]];
      add(details, "h2", n.label);
      var also = n.aliases.length ? " \\u00b7 also: " + n.aliases.join(", ") : "";
      add(details, "p", n.type + also, "meta");
      data.edges.forEach(function (e) {
        if (e.from === n.id || e.to === n.id) { showEdge(details, e); }
      });
    } else if (params.edges.length) {
      showEdge(details, byEdge[params.edges[0]]);
    }
  });
})();
</script>
</body>
</html>
"""


def generate_html(data: GraphData) -> str:
    """The whole page as one string."""
    values = {
        "__VIS_CSS__": _vis_asset("vis-network.css"),
        "__DATA__": embed_json(graph_payload(data)),
        "__VIS_JS__": _vis_asset("vis-network.min.js"),
    }
    # One pass: inserted text is never scanned again, so article text that happens to
    # contain a placeholder cannot pull a library into the data.
    return _PLACEHOLDER.sub(lambda match: values[match.group(0)], PAGE)


def write_html(data: GraphData, path: Path) -> None:
    atomic_write_text(path, generate_html(data))
