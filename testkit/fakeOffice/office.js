/*
 * Test double of Microsoft's office.js for the end-to-end test, served in place
 * of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It implements
 * exactly the Office/Excel API subset the task pane uses. Excel proxies record
 * every property set, method call and load into a batch; context.sync() sends
 * the batch to the test process (binding window.__excelSync), where a
 * HyperFormula workbook applies it (workbookHost.ts), and copies the loaded
 * values back. Configuration comes from window.__fakeOfficeConfig (set by the
 * test before any script runs): { apiVersion: "1.4", bodyBackgroundColor,
 * displayLanguage: "ru-RU", host: null (a plain browser) }.
 */
/* global window, document, setTimeout */
(function () {
  "use strict";
  var config = window.__fakeOfficeConfig || {};
  var apiVersion = config.apiVersion || "1.15";

  function versionAtLeast(have, want) {
    var a = String(have).split(".").map(Number);
    var b = String(want || "1.1")
      .split(".")
      .map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  function Context() {
    this._ops = [];
    this._loads = {};
    this._nextId = 1;
    this.workbook = workbook(this);
  }
  Context.prototype.sync = function () {
    var self = this;
    var ops = this._ops;
    this._ops = [];
    return window.__excelSync(JSON.stringify(ops)).then(function (text) {
      var answer = JSON.parse(text);
      Object.keys(answer.loads).forEach(function (id) {
        var target = self._loads[id];
        Object.assign(target._loaded, answer.loads[id]);
      });
      self._loads = {};
      if (answer.error) {
        var error = new Error(answer.error.message);
        error.name = "RichApi.Error";
        error.code = answer.error.code;
        throw error;
      }
    });
  };
  Context.prototype._load = function (proxy, target, props) {
    var id = this._nextId++;
    this._loads[id] = proxy;
    this._ops.push({ op: "load", id: id, target: target, props: props || "" });
  };

  /** Records any nested property set (range.format.fill.color = …) as one op. */
  function recorder(ctx, target, path) {
    return new Proxy(
      {},
      {
        get: function (_, prop) {
          if (prop === "getItem") {
            return function (item) {
              return recorder(ctx, target, path + "." + item);
            };
          }
          if (typeof prop !== "string") return undefined;
          return recorder(ctx, target, path + "." + prop);
        },
        set: function (_, prop, value) {
          ctx._ops.push({
            op: "set",
            target: target,
            path: path + "." + String(prop),
            value: value,
          });
          return true;
        },
      }
    );
  }

  /** chart.series: getItemAt(i) and add(name) give a series whose name, values and categories are recorded on the chart. */
  function seriesCollection(ctx, chartTarget) {
    var count = 1; // charts.add made the first series
    function series(index) {
      function call(method, args) {
        ctx._ops.push({
          op: "call",
          target: chartTarget,
          method: method,
          args: [index].concat(args),
        });
      }
      return {
        set name(value) {
          call("series.name", [value]);
        },
        setValues: function (range) {
          call("series.setValues", [range._target]);
        },
        setXAxisValues: function (range) {
          call("series.setXAxisValues", [range._target]);
        },
      };
    }
    return {
      getItemAt: series,
      add: function (name) {
        var s = series(count++);
        s.name = name;
        return s;
      },
    };
  }

  function loadedGetter(obj, prop) {
    Object.defineProperty(obj, prop, {
      enumerable: true,
      get: function () {
        if (!(prop in obj._loaded))
          throw new Error("PropertyNotLoaded: " + prop + " (fake office.js)");
        return obj._loaded[prop];
      },
    });
  }

  function range(ctx, target) {
    var r = { _loaded: {}, _target: target };
    ["values", "formulas", "numberFormat"].forEach(function (prop) {
      Object.defineProperty(r, prop, {
        enumerable: true,
        get: function () {
          if (!(prop in r._loaded))
            throw new Error("PropertyNotLoaded: " + prop + " (fake office.js)");
          return r._loaded[prop];
        },
        set: function (value) {
          ctx._ops.push({ op: "set", target: target, path: prop, value: value });
        },
      });
    });
    ["address", "rowCount", "columnCount", "isNullObject"].forEach(function (p) {
      loadedGetter(r, p);
    });
    r.format = recorder(ctx, target, "format");
    r.load = function (props) {
      ctx._load(r, target, props);
      return r;
    };
    r.select = function () {
      ctx._ops.push({ op: "call", target: target, method: "select", args: [] });
    };
    r.getCell = function (row, column) {
      return range(ctx, { t: "cell", range: target, row: row, column: column });
    };
    r.getUsedRangeOrNullObject = function () {
      return range(ctx, { t: "used", range: target });
    };
    return r;
  }

  function sheet(ctx, target) {
    var s = { _loaded: {} };
    loadedGetter(s, "name");
    s.load = function (props) {
      ctx._load(s, target, props);
      return s;
    };
    s.getRange = function (address) {
      return range(ctx, { t: "range", sheet: target, address: address });
    };
    // Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): the used part of the whole sheet.
    s.getUsedRangeOrNullObject = function () {
      return range(ctx, {
        t: "used",
        range: { t: "range", sheet: target, address: "A1:XFD1048576" },
      });
    };
    s.activate = function () {
      ctx._ops.push({ op: "call", target: target, method: "activate", args: [] });
    };
    s.delete = function () {
      ctx._ops.push({ op: "call", target: target, method: "delete", args: [] });
    };
    var namesTarget = { t: "sheetNames", sheet: target };
    var names = { _loaded: {} };
    loadedGetter(names, "items");
    names.load = function (props) {
      ctx._load(names, namesTarget, props);
      return names;
    };
    names.add = function (name, reference, comment) {
      if (typeof reference !== "string")
        throw new Error("fake office.js: names.add expects a string reference");
      ctx._ops.push({
        op: "call",
        target: namesTarget,
        method: "add",
        args: [name, reference, comment],
      });
      var itemTarget = { t: "name", sheet: target, name: name };
      var item = {};
      Object.defineProperty(item, "visible", {
        set: function (value) {
          ctx._ops.push({ op: "set", target: itemTarget, path: "visible", value: value });
        },
      });
      return item;
    };
    names.getItem = function (name) {
      return {
        getRange: function () {
          return range(ctx, { t: "namedRange", sheet: target, name: name });
        },
      };
    };
    s.names = names;
    // Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9): each set and call is an op
    // marked with its API set, which a host of an older version refuses at sync (workbookHost).
    var layoutTarget = { t: "pageLayout", sheet: target };
    var layout = {};
    ["orientation", "paperSize", "zoom"].forEach(function (prop) {
      Object.defineProperty(layout, prop, {
        set: function (value) {
          ctx._ops.push({ op: "set", target: layoutTarget, path: prop, value: value, api: "1.9" });
        },
      });
    });
    ["setPrintMargins", "setPrintArea", "setPrintTitleRows"].forEach(function (method) {
      layout[method] = function () {
        ctx._ops.push({
          op: "call",
          target: layoutTarget,
          method: method,
          args: Array.prototype.slice.call(arguments),
          api: "1.9",
        });
      };
    });
    s.pageLayout = layout;
    s.horizontalPageBreaks = {
      add: function (range) {
        if (typeof range !== "string")
          throw new Error("fake office.js: horizontalPageBreaks.add expects an address");
        ctx._ops.push({
          op: "call",
          target: { t: "pageBreaks", sheet: target },
          method: "add",
          args: [range],
          api: "1.9",
        });
      },
    };
    var chartCount = 0;
    s.charts = {
      add: function (type, source, seriesBy) {
        ctx._ops.push({
          op: "call",
          target: target,
          method: "charts.add",
          args: [type, source._target, seriesBy],
        });
        var chartTarget = { t: "chart", sheet: target, index: chartCount++ };
        var chart = recorder(ctx, chartTarget, "chart");
        var seriesApi;
        return new Proxy(chart, {
          get: function (t, prop) {
            if (prop === "setPosition") {
              return function (from, to) {
                ctx._ops.push({
                  op: "call",
                  target: chartTarget,
                  method: "setPosition",
                  args: [from, to],
                });
              };
            }
            if (prop === "series")
              return (seriesApi = seriesApi || seriesCollection(ctx, chartTarget));
            return t[prop];
          },
        });
      },
    };
    return s;
  }

  function workbook(ctx) {
    var worksheets = { _loaded: {} };
    loadedGetter(worksheets, "items");
    worksheets.load = function (props) {
      ctx._load(worksheets, { t: "worksheets" }, props);
      return worksheets;
    };
    worksheets.add = function (name) {
      ctx._ops.push({ op: "call", target: { t: "worksheets" }, method: "add", args: [name] });
      return sheet(ctx, { t: "sheet", name: name });
    };
    worksheets.getItem = function (name) {
      return sheet(ctx, { t: "sheet", name: name });
    };
    worksheets.getActiveWorksheet = function () {
      return sheet(ctx, { t: "active" });
    };
    return {
      worksheets: worksheets,
      getSelectedRange: function () {
        return range(ctx, { t: "selection" });
      },
    };
  }

  window.Excel = {
    run: function (batch) {
      var ctx = new Context();
      return Promise.resolve()
        .then(function () {
          return batch(ctx);
        })
        .then(function (result) {
          // Like Office, anything still queued is sent when the batch function returns.
          return ctx._ops.length
            ? ctx.sync().then(function () {
                return result;
              })
            : result;
        });
    },
    ChartType: { line: "Line" },
    ChartSeriesBy: { columns: "Columns" },
  };

  window.CustomFunctions = {
    associate: function () {},
    Error: function (code, message) {
      this.code = code;
      this.message = message;
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };

  var officeContext = {
    displayLanguage: config.displayLanguage || "en-US",
    requirements: {
      isSetSupported: function (name, version) {
        return name === "ExcelApi" && versionAtLeast(apiVersion, version);
      },
    },
    officeTheme: config.bodyBackgroundColor
      ? {
          bodyBackgroundColor: config.bodyBackgroundColor,
          bodyForegroundColor: config.bodyForegroundColor || "#000000",
        }
      : undefined,
  };

  window.Office = {
    context: officeContext,
    HostType: { Excel: "Excel" },
    onReady: function (callback) {
      // host null is what office.js reports in a plain browser, outside any Office host.
      var host = "host" in config ? config.host : "Excel";
      var info = { host: host, platform: host ? "OfficeOnline" : null };
      return new Promise(function (resolve) {
        var ready = function () {
          if (callback) callback(info);
          resolve(info);
        };
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
        else setTimeout(ready, 0);
      });
    },
  };
})();
