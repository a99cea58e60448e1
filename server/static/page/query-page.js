/* The query page: YASGUI over this server's /sparql, canned and saved queries, downloads, permalink,
 * a timeline of dated results, and IRIs under our base linked to their pages on this host.
 * Configuration comes from the page (#newskg-config); every request goes to this server. */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("newskg-config").textContent);
  var byId = function (id) { return document.getElementById(id); };

  /** An IRI under the base IRI becomes the same path on this host (the linked-data pages). */
  function localLink(iri) {
    if (typeof iri === "string" && iri.indexOf(config.baseIri) === 0) {
      return window.location.origin + "/" + iri.slice(config.baseIri.length);
    }
    return iri;
  }

  function prefixLines() {
    return Object.keys(config.prefixes).map(function (p) {
      return "PREFIX " + p + ": <" + config.prefixes[p] + ">";
    }).join("\n");
  }

  var DEFAULT_QUERY = prefixLines() + "\n\n" +
    "# The articles, newest first, and how many facts each reports\n" +
    "SELECT ?article ?title ?date (COUNT(DISTINCT ?fact) AS ?facts) WHERE {\n" +
    "  ?article a nkg:Article ; nkg:title ?title .\n" +
    "  OPTIONAL { ?article nkg:date ?date }\n" +
    "  OPTIONAL { ?fact nkg:reportedIn ?article }\n" +
    "}\nGROUP BY ?article ?title ?date\nORDER BY DESC(?date)\nLIMIT 100\n";

  function status(id, text, isError) {
    var node = byId(id);
    node.textContent = text;
    node.classList.toggle("nkg-error", !!isError);
  }

  if (!window.Yasgui) {
    status("nkg-run-status", "The query editor could not be loaded.", true);
    return;
  }

  window.Yasgui.Yasr.registerPlugin("timeline", window.NewskgTimeline.pluginClass(localLink));

  var yasgui = new window.Yasgui(byId("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    persistenceId: "newskg-query-page",
    // A short link opens its own tab: no empty one beside it on a first visit.
    autoAddOnInit: !config.saved,
    yasqe: {
      value: DEFAULT_QUERY,
      // The other autocompleters (prefixes, classes, properties) call public web services.
      autocompleters: ["variables"],
      prefixCcApi: null,
    },
    yasr: {
      prefixes: config.prefixes,
      defaultPlugin: "table",
      pluginOrder: ["table", "timeline", "response"],
    },
  });
  window.newskgYasgui = yasgui;

  function currentTab() { return yasgui.getTab(); }
  function currentQuery() { var tab = currentTab(); return tab ? tab.getQuery() : ""; }

  /** Open ``query`` in a new tab named ``name`` (or reuse the tab already holding it) and select it. */
  function openTab(name, query) {
    var tab = yasgui.addTab(true, { name: name, yasqe: { value: query } }, { avoidDuplicateTabs: true });
    tab.setQuery(query);
    return tab;
  }

  // Links in results: IRIs under our base open their page on this host, never the public domain.
  function relink(root) {
    var anchors = root.querySelectorAll ? root.querySelectorAll("a[href^='" + config.baseIri + "']") : [];
    Array.prototype.forEach.call(anchors, function (a) {
      a.setAttribute("href", localLink(a.getAttribute("href")));
      a.classList.add("nkg-local");
    });
  }
  new MutationObserver(function (mutations) {
    mutations.forEach(function (m) {
      Array.prototype.forEach.call(m.addedNodes, function (node) { if (node.nodeType === 1) relink(node); });
    });
  }).observe(byId("yasgui"), { childList: true, subtree: true });
  relink(byId("yasgui"));

  // Downloads and permalink follow the query in the editor.
  function refreshLinks() {
    ["csv", "tsv", "json"].forEach(function (format) {
      var a = byId("nkg-download-" + format);
      a.href = config.endpoint + "?" + new URLSearchParams({ query: currentQuery(), format: format });
    });
    var tab = currentTab();
    if (tab) {
      byId("nkg-permalink").href = window.Yasgui.linkUtils.createShareLink(window.location.origin + "/", tab);
    }
  }
  ["nkg-download-csv", "nkg-download-tsv", "nkg-download-json", "nkg-permalink"].forEach(function (id) {
    byId(id).addEventListener("mousedown", refreshLinks);
    byId(id).addEventListener("focus", refreshLinks);
    byId(id).addEventListener("click", refreshLinks);
  });
  yasgui.on("tabChange", refreshLinks);
  yasgui.on("tabSelect", function () { setTimeout(refreshLinks, 0); });
  yasgui.on("query", function () { status("nkg-run-status", ""); refreshLinks(); });
  refreshLinks();

  // A saved query's short link (/q/<id>) opens it in its own tab.
  if (config.saved) {
    openTab(config.saved.name, config.saved.query);
    status("nkg-run-status", "Saved query “" + config.saved.name + "”" +
      (config.saved.description ? ": " + config.saved.description : ""));
    refreshLinks();
  }

  // Canned questions, from /api/queries when this server has it.
  function paramValues(form) {
    var values = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (input) {
      if (input.name && input.value !== "") values.append(input.name, input.value);
    });
    return values;
  }

  function runCanned(item, form) {
    var tab = openTab(item.name, item.query);
    var params = paramValues(form);
    if (!(item.params || []).length) {
      tab.query();
      return;
    }
    // Parameters are bound by the server (/api/queries/<name>), never spliced into the text here.
    status("nkg-run-status", "Running " + item.name + " with " + (params.toString() || "its defaults") + "…");
    fetch(config.cannedQueries + "/" + encodeURIComponent(item.name) + "?" + params.toString(), {
      headers: { Accept: "application/sparql-results+json" },
    }).then(function (response) {
      return response.text().then(function (text) {
        if (!response.ok) throw new Error(text || response.statusText);
        tab.getYasr().setResponse(JSON.parse(text));
        status("nkg-run-status", "Ran " + item.name + (params.toString() ? " with " + params.toString() : "") +
          " (parameters bound by the server; the editor shows the query before binding).");
      });
    }).catch(function (error) {
      status("nkg-run-status", "Could not run " + item.name + ": " + error.message, true);
    });
  }

  function paramInput(param) {
    var label = document.createElement("label");
    label.textContent = param.name + (param.required ? " *" : "") + " ";
    var input;
    if (param.enum && param.enum.length) {
      input = document.createElement("select");
      if (!param.required) input.appendChild(new Option("", ""));
      param.enum.forEach(function (v) { input.appendChild(new Option(String(v), String(v))); });
    } else {
      input = document.createElement("input");
      input.placeholder = param.type || "";
    }
    input.name = param.name;
    if (param.default !== undefined && param.default !== null) input.value = String(param.default);
    label.appendChild(input);
    return label;
  }

  function renderCanned(items) {
    var list = byId("nkg-canned-list");
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "nkg-canned";
      li.dataset.name = item.name;
      var form = document.createElement("form");
      var button = document.createElement("button");
      button.type = "submit";
      button.className = "nkg-canned-run";
      button.textContent = item.summary || item.name;
      button.title = "Load and run " + item.name;
      form.appendChild(button);
      var about = document.createElement("p");
      about.className = "nkg-description";
      about.textContent = item.description || "";
      form.appendChild(about);
      if ((item.tags || []).length) {
        var tags = document.createElement("p");
        tags.className = "nkg-tags";
        tags.textContent = item.tags.join(" · ");
        form.appendChild(tags);
      }
      (item.params || []).forEach(function (p) { form.appendChild(paramInput(p)); });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        runCanned(item, form);
      });
      li.appendChild(form);
      list.appendChild(li);
    });
  }

  fetch(config.cannedQueries, { headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (items) {
      if (!Array.isArray(items) || !items.length) {
        status("nkg-canned-status", "No canned questions on this server yet.");
        return;
      }
      status("nkg-canned-status", "Click one to load it in a new tab and run it.");
      renderCanned(items.filter(function (i) { return i && typeof i.query === "string" && i.name; }));
    })
    .catch(function () { status("nkg-canned-status", "No canned questions on this server yet."); });

  // Saved queries: the list, and the form saving the editor's query.
  function loadSaved() {
    return fetch(config.savedQueries, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        var list = byId("nkg-saved-list");
        list.textContent = "";
        items.forEach(function (item) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = item.url;
          a.textContent = item.name;
          li.appendChild(a);
          if (item.description) {
            var p = document.createElement("p");
            p.className = "nkg-description";
            p.textContent = item.description;
            li.appendChild(p);
          }
          list.appendChild(li);
        });
      })
      .catch(function () { /* the list is optional: the page works without it */ });
  }

  byId("nkg-save-form").addEventListener("submit", function (event) {
    event.preventDefault();
    status("nkg-save-status", "Saving…");
    fetch(config.savedQueries, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({
        name: byId("nkg-save-name").value,
        description: byId("nkg-save-description").value,
        query: currentQuery(),
      }),
    }).then(function (response) {
      return response.text().then(function (text) {
        if (!response.ok) throw new Error(text || response.statusText);
        var saved = JSON.parse(text);
        var node = byId("nkg-save-status");
        node.classList.remove("nkg-error");
        node.textContent = "Saved. Short link: ";
        var a = document.createElement("a");
        a.id = "nkg-short-link";
        a.href = saved.url;
        a.textContent = saved.url;
        node.appendChild(a);
        loadSaved();
      });
    }).catch(function (error) {
      status("nkg-save-status", "Not saved: " + error.message, true);
    });
  });
  loadSaved();
})();
