/* The timeline view of query results: rows with xsd:date, xsd:dateTime, xsd:gYearMonth or xsd:gYear
 * values laid out on a time axis (SVG), a dot for one date, a bar from the earliest to the latest date
 * of the row, labelled with the row's most readable value. Registered as a YASR plugin by
 * query-page.js; no dependency, no request. */
(function () {
  "use strict";

  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var SVG = "http://www.w3.org/2000/svg";
  var MAX_ROWS = 500;
  var ROW_HEIGHT = 22;
  var AXIS_HEIGHT = 34;
  var DAY = 86400000;

  // How each dated literal becomes the first instant it covers.
  var PARSERS = {};
  PARSERS[XSD + "date"] = function (v) { return Date.parse(v.slice(0, 10) + "T00:00:00Z"); };
  PARSERS[XSD + "dateTime"] = function (v) { return Date.parse(v); };
  PARSERS[XSD + "gYearMonth"] = function (v) { return Date.parse(v.slice(0, 7) + "-01T00:00:00Z"); };
  PARSERS[XSD + "gYear"] = function (v) { return Date.parse(v.slice(0, 4) + "-01-01T00:00:00Z"); };

  var LABEL_HINTS = ["name", "label", "title", "text", "summary"];

  function timeOf(term) {
    if (!term || (term.type !== "literal" && term.type !== "typed-literal") || !term.datatype) return null;
    var parse = PARSERS[term.datatype];
    if (!parse) return null;
    var t = parse(term.value);
    return isNaN(t) ? null : t;
  }

  function labelOf(binding, variables) {
    var best = null;
    variables.forEach(function (v) {
      var term = binding[v];
      if (!term || timeOf(term) !== null || best) return;
      var lower = v.toLowerCase();
      if (term.type !== "uri" && LABEL_HINTS.some(function (h) { return lower.indexOf(h) !== -1; })) {
        best = term.value;
      }
    });
    if (best) return best;
    for (var i = 0; i < variables.length; i++) {
      var term = binding[variables[i]];
      if (term && timeOf(term) === null) return term.value;
    }
    return "";
  }

  function linkOf(binding, variables) {
    for (var i = 0; i < variables.length; i++) {
      var term = binding[variables[i]];
      if (term && term.type === "uri") return term.value;
    }
    return null;
  }

  /** Rows that carry at least one date: {start, end, dates: [{variable, value}], label, iri}. */
  function datedRows(variables, bindings) {
    var rows = [];
    (bindings || []).forEach(function (binding) {
      var dates = [];
      variables.forEach(function (v) {
        var t = timeOf(binding[v]);
        if (t !== null) dates.push({ variable: v, value: binding[v].value, time: t });
      });
      if (!dates.length) return;
      var times = dates.map(function (d) { return d.time; });
      rows.push({
        start: Math.min.apply(null, times),
        end: Math.max.apply(null, times),
        dates: dates,
        label: labelOf(binding, variables),
        iri: linkOf(binding, variables),
      });
    });
    rows.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    return rows;
  }

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ticks(min, max) {
    var years = (max - min) / (365.25 * DAY);
    var out = [];
    var d = new Date(min);
    if (years > 3) {
      var step = Math.max(1, Math.ceil(years / 10));
      for (var y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y += step) {
        if (Date.UTC(y, 0, 1) >= min) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
      }
    } else {
      var months = Math.max(1, Math.ceil(years * 12 / 10));
      for (var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); m <= max;) {
        var md = new Date(m);
        if (m >= min) out.push({ t: m, label: md.toISOString().slice(0, 7) });
        m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + months, 1);
      }
    }
    if (!out.length) out.push({ t: min, label: new Date(min).toISOString().slice(0, 10) });
    return out;
  }

  /** Draw ``rows`` (from datedRows) as an SVG timeline into ``container``; ``linkFor`` maps IRIs. */
  function render(container, rows, linkFor) {
    container.textContent = "";
    var wrapper = document.createElement("div");
    wrapper.className = "nkg-timeline";
    container.appendChild(wrapper);
    if (!rows.length) {
      wrapper.textContent = "No row of these results has a date.";
      return wrapper;
    }
    var shown = rows.slice(0, MAX_ROWS);
    var width = Math.max(600, container.clientWidth || 900);
    var left = 12, right = 12, labelRoom = Math.min(320, width * 0.4);
    var min = shown[0].start, max = shown[0].end;
    shown.forEach(function (r) { min = Math.min(min, r.start); max = Math.max(max, r.end); });
    if (max - min < DAY) { min -= 15 * DAY; max += 15 * DAY; }
    var pad = (max - min) * 0.03;
    min -= pad; max += pad;
    var plot = width - left - right - labelRoom;
    function x(t) { return left + ((t - min) / (max - min)) * plot; }
    var height = AXIS_HEIGHT + shown.length * ROW_HEIGHT + 8;
    var svg = el("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "img", "aria-label": "Timeline of " + shown.length + " dated rows" });
    ticks(min, max).forEach(function (tick) {
      var tx = x(tick.t);
      svg.appendChild(el("line", { x1: tx, x2: tx, y1: AXIS_HEIGHT - 8, y2: height, class: "nkg-tick" }));
      svg.appendChild(el("text", { x: tx + 3, y: AXIS_HEIGHT - 12, class: "nkg-tick-label" }, tick.label));
    });
    svg.appendChild(el("line", { x1: left, x2: left + plot, y1: AXIS_HEIGHT - 8, y2: AXIS_HEIGHT - 8,
      class: "nkg-axis" }));
    shown.forEach(function (row, i) {
      var y = AXIS_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
      var g = el("g", { class: "nkg-event" });
      var x1 = x(row.start), x2 = x(row.end);
      if (x2 - x1 >= 2) {
        g.appendChild(el("rect", { x: x1, y: y - 5, width: x2 - x1, height: 10, rx: 3, class: "nkg-span" }));
      } else {
        g.appendChild(el("circle", { cx: x1, cy: y, r: 5, class: "nkg-point" }));
      }
      var text = row.label.length > 70 ? row.label.slice(0, 67) + "…" : row.label;
      var label = el("text", { x: x2 + 8, y: y + 4, class: "nkg-event-label" }, text);
      if (row.iri && linkFor) {
        var a = el("a", { href: linkFor(row.iri) });
        a.appendChild(label);
        g.appendChild(a);
      } else {
        g.appendChild(label);
      }
      g.appendChild(el("title", {}, row.dates.map(function (d) { return d.variable + " " + d.value; })
        .join(", ") + (row.label ? " · " + row.label : "")));
      svg.appendChild(g);
    });
    wrapper.appendChild(svg);
    if (rows.length > shown.length) {
      var note = document.createElement("p");
      note.textContent = "First " + shown.length + " of " + rows.length + " dated rows.";
      wrapper.appendChild(note);
    }
    return wrapper;
  }

  /** A YASR plugin class drawing the timeline of the current results. */
  function pluginClass(linkFor) {
    function TimelinePlugin(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Timeline";
      this.helpReference = undefined;
    }
    TimelinePlugin.prototype.rows = function () {
      var results = this.yasr.results;
      if (!results || !results.getVariables || !results.getBindings) return [];
      try {
        return datedRows(results.getVariables() || [], results.getBindings() || []);
      } catch (e) {
        return [];
      }
    };
    TimelinePlugin.prototype.canHandleResults = function () { return this.rows().length > 0; };
    TimelinePlugin.prototype.draw = function () { render(this.yasr.resultsEl, this.rows(), linkFor); };
    TimelinePlugin.prototype.getIcon = function () {
      var icon = document.createElement("span");
      icon.className = "nkg-timeline-icon";
      icon.textContent = "⟷";
      return icon;
    };
    return TimelinePlugin;
  }

  window.NewskgTimeline = { datedRows: datedRows, render: render, pluginClass: pluginClass };
})();
