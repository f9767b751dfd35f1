// Filters and search: each control writes kg.state and asks for kg.apply().
(function () {
  "use strict";
  const kg = window.kg;
  const data = kg.data;
  const SEARCH_RESULTS = 8;
  const POLARITIES = [[1, "positive"], [0, "neutral"], [-1, "negative"]];

  const checkboxes = (containerId, values, name, setName) => {
    const container = document.getElementById(containerId);
    values.forEach(([value, text]) => {
      const label = kg.add(container, "label");
      const box = kg.add(label, "input");
      box.type = "checkbox";
      box.checked = true;
      box.name = name;
      box.value = String(value);
      box.addEventListener("change", () => {
        const set = kg.state[setName];
        if (box.checked) {
          set.add(value);
        } else {
          set.delete(value);
        }
        kg.apply();
      });
      label.appendChild(document.createTextNode(text));
    });
  };

  const search = (query) => {
    const needle = query.trim().toLowerCase();
    if (!needle) {
      return [];
    }
    const scored = [];
    data.nodes.forEach((node) => {
      const names = [node.label].concat(node.aliases).map((name) => name.toLowerCase());
      // Actors before issues: an issue phrase that mentions an actor ("Trump's trade
      // policy") must not push the actor down the list or win the Enter key.
      const tier = node.kind === "issue" ? 2 : 0;
      if (names.some((name) => name.startsWith(needle))) {
        scored.push([tier, node.index]);
      } else if (names.some((name) => name.includes(needle))) {
        scored.push([tier + 1, node.index]);
      }
    });
    // Prefix matches first, then growth order (the best-connected first).
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return scored.map(([, index]) => index);
  };

  kg.initControls = () => {
    checkboxes("filter-stance", data.stances.map((s) => [s, s || "(plain relation, no stance)"]),
      "stance", "stances");
    checkboxes("filter-polarity", POLARITIES, "polarity", "polarities");
    checkboxes("filter-type", data.types.map((t) => [t, t]), "type", "types");

    const support = document.getElementById("filter-support");
    support.addEventListener("input", () => {
      const value = parseInt(support.value, 10);
      kg.state.minSupport = Number.isFinite(value) && value > 0 ? value : 1;
      kg.apply();
    });
    ["from", "to"].forEach((bound) => {
      const input = document.getElementById("filter-" + bound);
      input.addEventListener("change", () => {
        kg.state[bound] = input.value;
        kg.apply();
      });
    });
    const dates = data.documents.map((d) => d.date).filter(Boolean).sort();
    if (dates.length) {
      ["from", "to"].forEach((bound) => {
        const input = document.getElementById("filter-" + bound);
        input.min = dates[0];
        input.max = dates[dates.length - 1];
      });
    }
    const documentSelect = document.getElementById("filter-document");
    const all = kg.add(documentSelect, "option", "All " + data.documents.length + " documents");
    all.value = "-1";
    data.documents.forEach((doc, index) => {
      const option = kg.add(documentSelect, "option",
        (doc.title || doc.id) + (doc.date ? " (" + doc.date + ")" : ""));
      option.value = String(index);
    });
    documentSelect.addEventListener("change", () => {
      kg.state.doc = parseInt(documentSelect.value, 10);
      kg.apply();
    });
    // The toggle sits under the counts, visible whenever the graph has such actors.
    const isolated = document.getElementById("filter-isolated");
    isolated.checked = kg.state.isolated;
    document.getElementById("isolated-toggle").hidden = kg.isolatedCount === 0;
    document.getElementById("isolated-text").textContent = "Show " + kg.isolatedCount +
      (kg.isolatedCount === 1 ? " actor" : " actors") + " without any stance";
    isolated.addEventListener("change", () => {
      kg.state.isolated = isolated.checked;
      kg.apply();
    });
    document.getElementById("filter-reset").addEventListener("click", () => {
      const { limit, revealed } = kg.state;
      kg.state = Object.assign(kg.defaultState(), { limit: limit, revealed: revealed });
      document.querySelectorAll("#filters input[type=checkbox]").forEach((box) => {
        box.checked = true;
      });
      isolated.checked = kg.state.isolated;
      support.value = "1";
      document.getElementById("filter-from").value = "";
      document.getElementById("filter-to").value = "";
      documentSelect.value = "-1";
      kg.apply();
    });

    const input = document.getElementById("search");
    const results = document.getElementById("search-results");
    const message = document.getElementById("search-message");
    const showResults = () => {
      results.textContent = "";
      message.textContent = "";
      const found = search(input.value);
      found.slice(0, SEARCH_RESULTS).forEach((index) => {
        const item = kg.add(results, "li");
        const node = data.nodes[index];
        const button = kg.add(item, "button", node.label);
        button.type = "button";
        if (node.kind === "issue") {
          button.classList.add("issue");
          button.title = "an issue (a phrase that stances are about), not an actor";
          kg.add(item, "span", " issue", "meta");
        }
        button.addEventListener("click", () => kg.focusNode(index));
      });
      if (input.value.trim() && !found.length) {
        message.textContent = "No actor or issue matches \u201c" + input.value.trim() + "\u201d.";
      } else if (found.length > SEARCH_RESULTS) {
        message.textContent = found.length + " matches; type more to narrow them.";
      }
      return found;
    };
    input.addEventListener("input", showResults);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        const found = showResults();
        if (found.length) {
          kg.focusNode(found[0]);
        }
      }
    });
  };
})();
