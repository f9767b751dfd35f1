// The side panel: evidence, summary, legend and tooltip. Every string from an article
// reaches the page through textContent or a DOM property, never through HTML parsing.
(function () {
  "use strict";
  const kg = window.kg;
  const data = kg.data;
  const EVIDENCE_SHOWN = 20;
  const EDGES_SHOWN = 30;
  const SUMMARY_ROWS = 10;
  const MATRIX_SIZE = 8;
  const POLARITY_NAMES = { 1: "positive", 0: "neutral", "-1": "negative" };

  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  };
  const add = (parent, tag, text, className) => parent.appendChild(el(tag, text, className));
  kg.el = el;
  kg.add = add;

  const label = (index) => data.nodes[index].label;
  kg.edgeTitle = (edge) =>
    label(edge.from) + " \u2192 " + (edge.negated ? "not " : "") + edge.label + " \u2192 " +
    label(edge.to);

  // "Show k more" instead of silently cutting a long list.
  const moreButton = (parent, hiddenCount, what, onClick) => {
    const button = add(parent, "button", "Show " + hiddenCount + " more " + what, "link-button");
    button.type = "button";
    button.addEventListener("click", () => {
      button.remove();
      onClick();
    });
  };

  // The sentence as text nodes, with the evidence span and the cue wrapped.
  const sentence = (evidence) => {
    const paragraph = el("p", null, "sentence");
    let position = 0;
    evidence.marks.forEach(([start, end, kind]) => {
      if (start > position) {
        paragraph.appendChild(document.createTextNode(evidence.sentence.slice(position, start)));
      }
      add(paragraph, kind === "cue" ? "mark" : "span", evidence.sentence.slice(start, end),
        kind === "cue" ? "" : "ev");
      position = end;
    });
    paragraph.appendChild(document.createTextNode(evidence.sentence.slice(position)));
    return paragraph;
  };

  const source = (evidence) => {
    const meta = el("p", null, "meta");
    const doc = evidence.doc >= 0 ? data.documents[evidence.doc] : null;
    const parts = [];
    if (evidence.speaker) {
      parts.push("said by " + evidence.speaker);
    }
    const name = doc ? doc.title || doc.url || doc.id : evidence.docId;
    // Only http(s) links become links; anything else (javascript:, data:) stays text.
    if (doc && doc.link && /^https?:\/\//i.test(doc.link)) {
      meta.appendChild(document.createTextNode("Source: "));
      const link = add(meta, "a", name);
      link.href = doc.link;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    } else {
      meta.appendChild(document.createTextNode("Source: " + name));
    }
    if (doc && doc.published) {
      parts.push(doc.published);
    }
    parts.push("confidence " + Number(evidence.confidence).toFixed(2), evidence.modality,
      "rule " + evidence.rule);
    meta.appendChild(document.createTextNode(" \u00b7 " + parts.join(" \u00b7 ")));
    return meta;
  };

  const evidenceList = (parent, items) => {
    const list = add(parent, "div");
    const render = (from, to) => items.slice(from, to).forEach((evidence) => {
      const box = add(list, "div", null, "evidence");
      box.dataset.statement = evidence.statement;
      box.appendChild(sentence(evidence));
      box.appendChild(source(evidence));
    });
    render(0, EVIDENCE_SHOWN);
    if (items.length > EVIDENCE_SHOWN) {
      moreButton(parent, items.length - EVIDENCE_SHOWN, "sentences", () =>
        render(EVIDENCE_SHOWN, items.length));
    }
  };

  const edgeBlock = (parent, edge) => {
    const block = add(parent, "div", null, "edge");
    block.dataset.edge = edge.index;
    const shown = edge.evidence.filter((ev) => kg.evidenceShown(kg.state, ev));
    add(block, "div", kg.edgeTitle(edge), "edge-title");
    let meta = POLARITY_NAMES[edge.polarity] + " \u00b7 support " + shown.length;
    if (shown.length < edge.evidence.length) {
      meta += " (" + (edge.evidence.length - shown.length) + " more outside the date/document filter)";
    }
    add(block, "p", meta, "meta");
    evidenceList(block, shown);
  };

  kg.showEdge = (index) => {
    const details = document.getElementById("details");
    details.textContent = "";
    edgeBlock(details, data.edges[index]);
  };

  kg.showNode = (index) => {
    const node = data.nodes[index];
    const details = document.getElementById("details");
    details.textContent = "";
    add(details, "h2", node.label);
    add(details, "p", node.type + " \u00b7 " + node.mentions + " mentions \u00b7 " +
      node.edges.length + " stance edges", "meta");
    if (node.aliases.length) {
      add(details, "p", "Also called: " + node.aliases.join("; "), "aliases");
    }
    if (node.roles.length) {
      add(details, "p", "Roles: " + node.roles.join("; "), "meta");
    }
    const hiddenNeighbours = kg.neighbours(index).filter((n) => !kg.isDrawn(n)).length;
    if (hiddenNeighbours) {
      const button = add(details, "button", "Show " + hiddenNeighbours + " hidden neighbours");
      button.type = "button";
      button.addEventListener("click", () => kg.reveal(index));
    }
    const passing = node.edges.filter((e) => kg.edgeSupport(kg.state, data.edges[e]) > 0);
    [["Stances by " + node.label, (e) => e.from === index],
      ["Stances towards " + node.label, (e) => e.to === index && e.from !== index]]
      .forEach(([heading, test]) => {
        const edges = passing.map((e) => data.edges[e]).filter(test);
        if (!edges.length) {
          return;
        }
        add(details, "h3", heading + " (" + edges.length + ")");
        edges.slice(0, EDGES_SHOWN).forEach((edge) => edgeBlock(details, edge));
        if (edges.length > EDGES_SHOWN) {
          moreButton(details, edges.length - EDGES_SHOWN, "edges", () =>
            edges.slice(EDGES_SHOWN).forEach((edge) => edgeBlock(details, edge)));
        }
      });
    if (passing.length < node.edges.length) {
      add(details, "p", node.edges.length - passing.length + " more edges hidden by the filters",
        "meta");
    }
  };

  kg.showTooltip = (x, y, lines) => {
    const tooltip = document.getElementById("tooltip");
    tooltip.textContent = "";
    lines.forEach((line, i) => add(tooltip, i ? "p" : "strong", line));
    tooltip.style.left = Math.min(x + 14, window.innerWidth - 370) + "px";
    tooltip.style.top = y + 14 + "px";
    tooltip.hidden = false;
  };
  // Hovering an edge: its first sentence under the filters, cue marked, with its source.
  kg.showEdgeTooltip = (x, y, edge) => {
    const shown = edge.evidence.filter((ev) => kg.evidenceShown(kg.state, ev));
    const lines = [kg.edgeTitle(edge), POLARITY_NAMES[edge.polarity] + " \u00b7 support " +
      shown.length + (shown.length > 1 ? " \u00b7 click the edge for all sentences" : "")];
    kg.showTooltip(x, y, lines);
    if (shown.length) {
      const tooltip = document.getElementById("tooltip");
      tooltip.appendChild(sentence(shown[0]));
      tooltip.appendChild(source(shown[0]));
    }
  };
  kg.hideTooltip = () => {
    document.getElementById("tooltip").hidden = true;
  };

  const nameButton = (parent, index) => {
    const button = add(parent, "button", label(index), "link-button");
    button.type = "button";
    button.addEventListener("click", () => kg.focusNode(index));
    return button;
  };

  // Top actors, most-contested targets and an actor x target matrix, over every edge
  // that passes the filters (whether or not the view limit draws it).
  kg.renderSummary = (visible) => {
    const summary = document.getElementById("summary");
    summary.textContent = "";
    const actors = new Map();
    const targets = new Map();
    const cells = new Map();
    const tally = (map, key) => {
      if (!map.has(key)) {
        map.set(key, { total: 0, 1: 0, 0: 0, "-1": 0 });
      }
      return map.get(key);
    };
    visible.edges.forEach(({ index, support }) => {
      const edge = data.edges[index];
      [tally(actors, edge.from), tally(targets, edge.to), tally(cells, edge.from + ">" + edge.to)]
        .forEach((count) => {
          count.total += support;
          count[edge.polarity] += support;
        });
    });
    // Entries ranked by `keys` (larger first, compared in turn), ties by growth order.
    const top = (map, keys) => [...map.entries()].sort((a, b) => {
      for (const key of keys) {
        const difference = key(b[1]) - key(a[1]);
        if (difference) {
          return difference;
        }
      }
      return a[0] - b[0];
    });
    const counts = (c) => c.total + " (+" + c[1] + " / \u2212" + c["-1"] + ")";

    add(summary, "h3", "Top actors (statements made)");
    const actorList = add(summary, "ol", null, "top-actors");
    const topActors = top(actors, [(c) => c.total]);
    topActors.slice(0, SUMMARY_ROWS).forEach(([index, count]) => {
      const item = add(actorList, "li");
      nameButton(item, index);
      item.appendChild(document.createTextNode(" " + counts(count)));
    });

    add(summary, "h3", "Most contested targets (most opposed, then also supported)");
    const contested = top(targets, [(c) => c["-1"], (c) => Math.min(c[1], c["-1"]), (c) => c.total])
      .filter(([, c]) => c["-1"] > 0);
    const targetList = add(summary, "ol", null, "contested");
    contested.slice(0, SUMMARY_ROWS).forEach(([index, count]) => {
      const item = add(targetList, "li");
      nameButton(item, index);
      item.appendChild(document.createTextNode(" " + counts(count)));
    });
    if (!contested.length) {
      add(summary, "p", "No target is opposed under these filters.", "meta");
    }

    add(summary, "h3", "Actor \u00d7 target stances (+ / \u2212 statements)");
    const rows = topActors.slice(0, MATRIX_SIZE).map(([index]) => index);
    const columns = top(targets, [(c) => c.total]).slice(0, MATRIX_SIZE).map(([index]) => index);
    const table = add(summary, "table");
    table.id = "matrix";
    const head = add(table, "tr");
    add(head, "th", "actor \\ target");
    columns.forEach((column) => {
      add(head, "th", label(column), "col");
    });
    rows.forEach((row) => {
      const line = add(table, "tr");
      add(line, "th", label(row));
      columns.forEach((column) => {
        const count = cells.get(row + ">" + column);
        if (!count) {
          add(line, "td", "");
          return;
        }
        const kind = count[1] && count["-1"] ? "mixed" : count["-1"] ? "neg" : count[1] ? "pos" : "";
        const cell = add(line, "td", "+" + count[1] + " \u2212" + count["-1"], kind);
        cell.title = label(row) + " \u2192 " + label(column) + ": " + counts(count);
      });
    });
  };

  kg.renderLegend = () => {
    const legend = document.getElementById("legend");
    data.types.forEach((type) => {
      const line = add(legend, "div");
      const swatch = add(line, "span", null, "swatch");
      swatch.style.background = data.typeColors[type];
      line.appendChild(document.createTextNode(type === "issue" ? "issue (a literal object, \u25c6)" : type));
    });
    [["1", "positive stance (supports, agrees, aids...)"], ["0", "neutral (says, meets, asks)"],
      ["-1", "negative stance (rejects, criticises, attacks...)"]].forEach(([polarity, text]) => {
      const line = add(legend, "div");
      add(line, "span", null, "line").style.borderTopColor = data.polarityColors[polarity];
      line.appendChild(document.createTextNode(text));
    });
    const dashed = add(legend, "div");
    add(dashed, "span", null, "line dashed").style.borderTopColor = data.polarityColors["0"];
    dashed.appendChild(document.createTextNode("negated (\"did not discuss\")"));
    add(legend, "div", "Arrows point from actor to target; edge width grows with support " +
      "(statements); node size with mentions and degree; labels name the stance type.");
  };
})();
