// What is visible: the filter state and the pure functions that apply it to the data.
// No DOM and no drawing here; panel.js renders, main.js draws.
(function () {
  "use strict";
  performance.mark("kg-start");
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  const kg = (window.kg = { data: data });

  data.nodes.forEach((node, index) => {
    node.index = index;
    node.edges = [];
  });
  data.edges.forEach((edge, index) => {
    edge.index = index;
    data.nodes[edge.from].edges.push(index);
    if (edge.to !== edge.from) {
      data.nodes[edge.to].edges.push(index);
    }
  });
  kg.isolatedCount = data.nodes.filter((node) => node.edges.length === 0).length;

  kg.defaultState = () => ({
    stances: new Set(data.stances),
    polarities: new Set([1, 0, -1]),
    types: new Set(data.types),
    minSupport: 1,
    from: "",
    to: "",
    doc: -1,
    // Actors in no statement at all clutter the view (a name mentioned once): hidden
    // until the reader ticks "Show ... actors without any stance" under the counts.
    isolated: false,
    // Nodes are in growth order: the first `limit` are in view, plus any revealed one.
    limit: data.viewLimit,
    revealed: new Set(),
  });
  kg.state = kg.defaultState();

  // An evidence sentence counts when it passes the document and date filters.
  // With a date bound set, undated documents do not count: their date is unknown.
  kg.evidenceShown = (state, evidence) => {
    if (state.doc >= 0 && evidence.doc !== state.doc) {
      return false;
    }
    if (state.from || state.to) {
      const date = evidence.doc >= 0 ? data.documents[evidence.doc].date : "";
      if (!date || (state.from && date < state.from) || (state.to && date > state.to)) {
        return false;
      }
    }
    return true;
  };

  kg.support = (state, edge) =>
    edge.evidence.reduce((total, ev) => total + (kg.evidenceShown(state, ev) ? 1 : 0), 0);

  // The support of the edge under the filters, or 0 when the filters hide it.
  kg.edgeSupport = (state, edge) => {
    if (!state.stances.has(edge.stance) || !state.polarities.has(edge.polarity)) {
      return 0;
    }
    if (!state.types.has(data.nodes[edge.from].type) || !state.types.has(data.nodes[edge.to].type)) {
      return 0;
    }
    const support = kg.support(state, edge);
    return support >= Math.max(1, state.minSupport) ? support : 0;
  };

  kg.inView = (state, index) => index < state.limit || state.revealed.has(index);

  // Visible edges (with their filtered support) and nodes. A node shows when it is in
  // view, its type passes, and it has a visible edge; a node with no edge at all in the
  // whole graph shows only while "Show ... actors without any stance" is ticked. `unlimited` ignores
  // the view limit: the difference in nodes is what the "hidden" notice counts.
  kg.compute = (state, unlimited) => {
    const inView = unlimited ? () => true : (index) => kg.inView(state, index);
    const degree = new Array(data.nodes.length).fill(0);
    const edges = [];
    let statements = 0;
    data.edges.forEach((edge) => {
      if (!inView(edge.from) || !inView(edge.to)) {
        return;
      }
      const support = kg.edgeSupport(state, edge);
      if (support > 0) {
        edges.push({ index: edge.index, support: support });
        statements += support;
        degree[edge.from] += 1;
        degree[edge.to] += 1;
      }
    });
    const nodes = [];
    data.nodes.forEach((node) => {
      if (!inView(node.index) || !state.types.has(node.type)) {
        return;
      }
      if (degree[node.index] > 0 || (state.isolated && node.edges.length === 0)) {
        nodes.push(node.index);
      }
    });
    return { nodes: nodes, edges: edges, statements: statements };
  };

  kg.neighbours = (index) =>
    data.nodes[index].edges.map((e) => {
      const edge = data.edges[e];
      return edge.from === index ? edge.to : edge.from;
    });
})();
