/*
 * Backend Career Guide loader (career-guide.js).
 *
 * Paste once per page, from wherever the build is hosted:
 *   <script src="https://example.com/career-guide/career-guide.js" defer></script>
 * and mark where to show it:
 *   <div data-career-guide="salary"><a href="https://example.com/career-guide/">Backend career guide</a></div>
 *
 * It finds the assets next to itself, starts the app once, and mounts every element with a
 * data-career-guide attribute, including ones added later. It defines no global names and
 * runs no inline code, so it works under a strict Content-Security-Policy.
 * The asset names below are filled in at build time (xtask/src/bundle.rs).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    console.error("[career-guide] load career-guide.js with <script src=…>, not inline.");
    return;
  }
  var base = new URL(".", script.src).href;
  var assets = { js: "%APP_JS%", chunks: "%APP_LINK_JS%", wasm: "%APP_WASM%", css: "%APP_CSS%" };
  var started = null;
  var selector = "[data-career-guide]";

  // Downloads start only after the page's first paint, so the fallback content (or the
  // pre-rendered page) paints with nothing but HTML and CSS in the way; the glue, the chunk loader (which the glue imports:
  // asked for here too, it does not wait for the glue to arrive) and the wasm then load in
  // parallel.
  function start() {
    if (!started) {
      started = afterFirstPaint().then(function () {
        var wasm = fetch(base + assets.wasm);
        // Its failure is reported once, below, when starting waits for it.
        wasm.catch(function () {});
        return Promise.all([import(base + assets.js), import(base + assets.chunks)]).then(function (modules) {
          var glue = modules[0];
          return glue.default({ module_or_path: wasm }).then(function () {
            return glue;
          });
        });
      });
    }
    return started;
  }

  function waiting() {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
      return !el.hasAttribute("data-career-guide-mounted") && !el.hasAttribute("data-career-guide-state");
    });
  }

  function fail(el, err) {
    el.setAttribute("data-career-guide-state", "failed");
    console.error("[career-guide] could not start; the fallback content stays in place.", err);
  }

  function mountAll() {
    var elements = waiting();
    if (!elements.length) return;
    elements.forEach(function (el) {
      el.setAttribute("data-career-guide-state", "loading");
    });
    start().then(
      function (glue) {
        // Each mount starts in a task of its own, apart from starting the wasm, so no task
        // blocks the page for long; the widget then downloads its first page's chunk.
        elements.forEach(function (el) {
          setTimeout(function () {
            el.removeAttribute("data-career-guide-state");
            try {
              glue.mount(el, base, base + assets.css);
            } catch (err) {
              fail(el, err);
            }
          }, 0);
        });
      },
      function (err) {
        elements.forEach(function (el) {
          fail(el, err);
        });
      }
    );
  }

  // Once the page's first content is on screen: the pre-rendered page or the host's own
  // is then what a visitor (and a page-speed tool) sees first, whatever loads after it.
  function afterFirstPaint() {
    return new Promise(function (resolve) {
      var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
      if (!types || types.indexOf("paint") < 0) {
        requestAnimationFrame(function () {
          setTimeout(resolve, 0);
        });
        return;
      }
      // A page with nothing to paint yet (or in a background tab) waits a second at most.
      var fallback = setTimeout(done, 1000);
      var observer = new PerformanceObserver(function (list) {
        var painted = list.getEntries().some(function (entry) {
          return entry.name === "first-contentful-paint";
        });
        if (painted) done();
      });
      function done() {
        clearTimeout(fallback);
        observer.disconnect();
        setTimeout(resolve, 0);
      }
      observer.observe({ type: "paint", buffered: true });
    });
  }

  function addsMountPoint(records) {
    return records.some(function (record) {
      return Array.prototype.some.call(record.addedNodes, function (node) {
        return node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector));
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
  // A host single-page app may add mount points later. The standalone site renders into the
  // document itself, so it is not watched (that would re-check on every render).
  if ("MutationObserver" in window && !document.querySelector("[data-standalone]")) {
    new MutationObserver(function (records) {
      if (addsMountPoint(records)) mountAll();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
