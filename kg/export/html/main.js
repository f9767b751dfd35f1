// Drawing and wiring: the vis-network view follows kg.state; controls change the state.
(function () {
  "use strict";
  const kg = window.kg;
  const data = kg.data;
  // Up to this many drawn nodes, vis-network's physics tidies the precomputed layout
  // for a moment and is then switched off; beyond it the Python layout is used as is.
  const PHYSICS_NODE_LIMIT = 600;
  // Physics only tidies a layout that is already good: a budget of node-iterations keeps
  // it short for bigger views (120 iterations for 100 nodes, 30 for 500).
  const STABILIZATION_BUDGET = 15000;
  const LABEL_LENGTH = 40;
  // Elements added to the drawing per animation frame.
  const DRAW_CHUNK = 1500;
  const BIG_GRAPH = 1000;

  const short = (text) => (text.length > LABEL_LENGTH ? text.slice(0, LABEL_LENGTH - 1) + "\u2026" : text);

  const visNode = (index) => {
    const node = data.nodes[index];
    const color = data.typeColors[node.type];
    return {
      id: index,
      label: short(node.label),
      x: node.x,
      y: node.y,
      value: Math.max(1, node.mentions) + node.degree,
      shape: node.kind === "issue" ? "diamond" : "dot",
      color: { background: color, border: color, highlight: { background: color, border: "#000" } },
    };
  };

  const visEdge = (index, support) => {
    const edge = data.edges[index];
    const color = data.polarityColors[String(edge.polarity)];
    return {
      id: index,
      from: edge.from,
      to: edge.to,
      label: (edge.negated ? "not " : "") + short(edge.label) + (support > 1 ? " \u00d7" + support : ""),
      arrows: "to",
      width: Math.min(12, 1 + 2 * Math.log2(support)),
      dashes: edge.negated,
      color: { color: color, highlight: color, hover: color },
      smooth: edge.curve
        ? { enabled: true, type: edge.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(edge.curve) }
        : false,
    };
  };

  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const drawnSupport = new Map();
  kg.nodes = nodes;
  kg.edges = edges;
  // Whether the current filters and view show node `index` (drawn now or being drawn).
  kg.isDrawn = (index) => kg.visible.has(index);

  const setCounts = (view, all) => {
    const counts = document.getElementById("counts");
    const totals = data.totals;
    counts.textContent = "Showing " + view.nodes.length + " of " + totals.nodes + " nodes \u00b7 " +
      view.edges.length + " of " + totals.edges + " edges (" + view.statements + " of " +
      totals.statements + " statements)";
    Object.assign(counts.dataset, {
      nodes: view.nodes.length,
      edges: view.edges.length,
      statements: view.statements,
    });
    const hidden = all.nodes.length - view.nodes.length;
    const notice = document.getElementById("hidden-notice");
    notice.hidden = hidden === 0;
    notice.dataset.hidden = hidden;
    document.getElementById("hidden-text").textContent = hidden + " nodes hidden: the view starts " +
      "with the " + data.viewLimit + " best-connected nodes. Double-click a node to show its " +
      "neighbours, or:";
    document.getElementById("show-more").textContent = "Show " + Math.min(hidden, data.viewLimit) + " more";
    document.getElementById("show-all").textContent = hidden > BIG_GRAPH
      ? "Show all " + all.nodes.length + " (slow: about a second per thousand)"
      : "Show all";
  };

  // Bring the drawing in line with the state: remove what is no longer visible, add what
  // became visible, and update edges whose support changed. vis-network needs about a
  // millisecond per added element, so big additions go in chunks, one per frame, and the
  // page stays responsive; `data-busy` is set until the drawing has caught up.
  let generation = 0;
  kg.apply = () => {
    generation += 1;
    const view = kg.compute(kg.state, false);
    const all = kg.compute(kg.state, true);
    const wantNodes = new Set(view.nodes);
    const wantEdges = new Map(view.edges.map((e) => [e.index, e.support]));
    kg.view = view;
    kg.all = all;
    kg.visible = wantNodes;
    edges.remove(edges.getIds().filter((id) => !wantEdges.has(id)));
    nodes.remove(nodes.getIds().filter((id) => !wantNodes.has(id)));
    // Least connected first, so that hubs are drawn last, on top.
    const addNodes = view.nodes.filter((index) => nodes.get(index) === null).reverse();
    const addEdges = [];
    const changed = [];
    wantEdges.forEach((support, index) => {
      if (edges.get(index) === null) {
        addEdges.push(index);
      } else if (drawnSupport.get(index) !== support) {
        changed.push(visEdge(index, support));
        drawnSupport.set(index, support);
      }
    });
    edges.update(changed);
    setCounts(view, all);
    kg.renderSummary(all);
    const steps = [];
    for (let i = 0; i < addNodes.length; i += DRAW_CHUNK) {
      steps.push(() => nodes.add(addNodes.slice(i, i + DRAW_CHUNK).map(visNode)));
    }
    for (let i = 0; i < addEdges.length; i += DRAW_CHUNK) {
      steps.push(() => edges.add(addEdges.slice(i, i + DRAW_CHUNK).map((index) => {
        drawnSupport.set(index, wantEdges.get(index));
        return visEdge(index, wantEdges.get(index));
      })));
    }
    if (steps.length <= 1) {
      steps.forEach((step) => step());
      delete document.body.dataset.busy;
      return;
    }
    const mine = generation;
    document.body.dataset.busy = "true";
    const run = (position) => {
      if (mine !== generation) {
        return; // a newer apply() took over; it diffs against what is drawn by now
      }
      steps[position]();
      if (position + 1 < steps.length) {
        requestAnimationFrame(() => run(position + 1));
      } else {
        delete document.body.dataset.busy;
      }
    };
    run(0);
  };

  // Raise the view limit so that the next `viewLimit` hidden nodes (best connected
  // first) come into view.
  kg.showMore = () => {
    const drawn = new Set(kg.view.nodes);
    const hidden = kg.all.nodes.filter((index) => !drawn.has(index));
    const next = hidden.slice(0, data.viewLimit);
    if (next.length) {
      kg.state.limit = Math.max(kg.state.limit, next[next.length - 1] + 1);
      kg.apply();
    }
  };

  kg.reveal = (index) => {
    kg.state.revealed.add(index);
    kg.neighbours(index).forEach((n) => kg.state.revealed.add(n));
    kg.apply();
    kg.showNode(index);
  };

  kg.focusNode = (index) => {
    const message = document.getElementById("search-message");
    message.textContent = "";
    if (!kg.isDrawn(index)) {
      kg.state.revealed.add(index);
      kg.neighbours(index).forEach((n) => kg.state.revealed.add(n));
      kg.apply();
    }
    kg.showNode(index);
    if (!kg.isDrawn(index)) {
      message.textContent = data.nodes[index].label + " is hidden by the current filters.";
      return;
    }
    kg.network.selectNodes([index]);
    kg.network.focus(index, { scale: 1.2, animation: false });
  };

  const firstView = kg.compute(kg.state, false);
  // In a big graph labels are drawn only when readable (8px and more on screen): small
  // text is costly to draw and, zoomed out over thousands of nodes, only noise.
  const labelThreshold = data.nodes.length > BIG_GRAPH ? 8 : 4;
  const physics = firstView.nodes.length <= PHYSICS_NODE_LIMIT && firstView.nodes.length > 1;
  kg.apply();
  const network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    physics: physics
      ? { solver: "barnesHut", barnesHut: { springLength: 110, avoidOverlap: 0.2 },
          stabilization: { iterations: Math.min(120, Math.round(STABILIZATION_BUDGET / firstView.nodes.length)), fit: true } }
      : false,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { scaling: { min: 8, max: 40, label: { enabled: true, min: 12, max: 24, drawThreshold: labelThreshold } },
      font: { size: 13 } },
    edges: { font: { size: 10, align: "middle" }, selectionWidth: 2, hoverWidth: 1,
      scaling: { label: { drawThreshold: labelThreshold } } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.totals.edges > 2000 },
  });
  kg.network = network;
  performance.mark("kg-network");

  // Remember where nodes end up, so that nodes drawn again later keep their place.
  const keepPositions = () => {
    const positions = network.getPositions();
    Object.keys(positions).forEach((id) => {
      data.nodes[id].x = positions[id].x;
      data.nodes[id].y = positions[id].y;
    });
  };
  const ready = () => {
    network.once("afterDrawing", () => {
      performance.mark("kg-ready");
      kg.readyAt = performance.now();
      document.body.dataset.ready = "true";
    });
    network.redraw();
  };
  if (physics) {
    network.once("stabilizationIterationsDone", () => {
      performance.mark("kg-stabilized");
      network.setOptions({ physics: false });
      keepPositions();
      network.fit();
      ready();
    });
  } else {
    network.fit();
    ready();
  }
  network.on("dragEnd", keepPositions);

  network.on("click", (params) => {
    if (params.nodes.length) {
      kg.showNode(params.nodes[0]);
    } else if (params.edges.length) {
      kg.showEdge(params.edges[0]);
    }
  });
  network.on("doubleClick", (params) => {
    if (params.nodes.length) {
      kg.reveal(params.nodes[0]);
    }
  });
  const pointerAt = (params) => {
    const box = document.getElementById("graph").getBoundingClientRect();
    return [box.left + params.pointer.DOM.x, box.top + params.pointer.DOM.y];
  };
  network.on("hoverNode", (params) => {
    const node = data.nodes[params.node];
    const [x, y] = pointerAt(params);
    const lines = [node.label, node.type + " \u00b7 " + node.mentions + " mentions \u00b7 " +
      node.edges.length + " stance edges"];
    if (node.aliases.length) {
      lines.push("Also called: " + node.aliases.join("; "));
    }
    kg.showTooltip(x, y, lines);
  });
  network.on("hoverEdge", (params) => {
    const [x, y] = pointerAt(params);
    kg.showEdgeTooltip(x, y, data.edges[params.edge]);
  });
  network.on("blurNode", kg.hideTooltip);
  network.on("blurEdge", kg.hideTooltip);
  network.on("dragStart", kg.hideTooltip);

  document.getElementById("show-more").addEventListener("click", kg.showMore);
  document.getElementById("show-all").addEventListener("click", () => {
    kg.state.limit = data.nodes.length;
    kg.apply();
  });
  kg.initControls();
  kg.renderLegend();
})();
