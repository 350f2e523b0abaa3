/*
 * Backend Career Guide loader (career-guide.js).
 *
 * Paste once per page, from wherever the build is hosted:
 *   <script src="https://example.com/career-guide/career-guide.js" defer></script>
 * and mark where to show it:
 *   <div data-career-guide="salary"><a href="https://example.com/career-guide/">Backend career guide</a></div>
 * or what opens it in a popup:
 *   <a href="https://example.com/career-guide/apply" data-career-guide-open="apply">Apply now</a>
 *   <a href="#career-guide-apply">Apply now</a>
 *
 * It finds the assets next to itself, starts the app once, mounts every element with a
 * data-career-guide attribute (including ones added later), ends the widget of one that
 * leaves the page (a single-page host changing pages), opens popups, and sizes iframes of
 * the framed page (frame.html) that carry data-career-guide-frame. It defines no global
 * names and runs no inline code, so it works under a strict Content-Security-Policy.
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
  var openers = "[data-career-guide-open], a[href^='#career-guide-']";
  var popupsPrepared = false;
  var mounted = "data-career-guide-mounted";
  var state = "data-career-guide-state";

  // Downloads start only after the page's first paint, so the fallback content (or the
  // pre-rendered page) paints with nothing but HTML and CSS in the way; the glue, the
  // chunk loader (which the glue imports: asked for here too, it does not wait for the
  // glue to arrive) and the wasm then load in parallel.
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
      return !el.hasAttribute(mounted) && !el.hasAttribute(state);
    });
  }

  function fail(el, err) {
    el.setAttribute(state, "failed");
    console.error("[career-guide] could not start; the fallback content stays in place.", err);
  }

  function mountAll() {
    // A page with popups gets the app ready before the visitor opens one.
    if (!popupsPrepared && document.querySelector(openers)) {
      popupsPrepared = true;
      start().then(
        function (glue) {
          glue.prepare_popups();
        },
        function () {}
      );
    }
    var elements = waiting();
    if (!elements.length) return;
    elements.forEach(function (el) {
      el.setAttribute(state, "loading");
    });
    start().then(
      function (glue) {
        // Each mount starts in a task of its own, apart from starting the wasm, so no task
        // blocks the page for long; the widget then downloads its first page's chunk.
        elements.forEach(function (el) {
          setTimeout(function () {
            el.removeAttribute(state);
            // An element that left the page meanwhile is mounted if it comes back.
            if (!el.isConnected) return;
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

  // A widget whose element has left the page is ended a task later, unless the element
  // came back meanwhile (a framework moving it, or mounting twice as React's strict mode
  // does): its listeners, timers and requests go with it.
  function unmountRemoved(elements) {
    setTimeout(function () {
      start().then(function (glue) {
        elements.forEach(function (el) {
          if (!el.isConnected && el.hasAttribute(mounted)) glue.unmount(el);
        });
      });
    }, 0);
  }

  function removedWidgets(records) {
    var found = [];
    records.forEach(function (record) {
      Array.prototype.forEach.call(record.removedNodes, function (node) {
        if (node.nodeType !== 1) return;
        if (node.hasAttribute(mounted)) found.push(node);
        Array.prototype.forEach.call(node.querySelectorAll("[" + mounted + "]"), function (el) {
          found.push(el);
        });
      });
    });
    return found;
  }

  function addsMountPoint(records) {
    return records.some(function (record) {
      return Array.prototype.some.call(record.addedNodes, function (node) {
        return node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector) || node.matches(openers) || node.querySelector(openers));
      });
    });
  }

  // The visitor opens a popup: an element with data-career-guide-open, or a link to
  // #career-guide-<widget>. Only a plain click (a modified one opens a real link as usual).
  document.addEventListener("click", function (event) {
    var target = event.target;
    var opener = target && target.closest ? target.closest(openers) : null;
    if (!opener || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var hash = opener.getAttribute("href") || "";
    var kind = opener.getAttribute("data-career-guide-open") || hash.slice("#career-guide-".length);
    event.preventDefault();
    start().then(
      function (glue) {
        glue.open(opener, kind, base, base + assets.css);
      },
      function (err) {
        console.error("[career-guide] could not start; following the link instead.", err);
        if (opener.href && hash.charAt(0) !== "#") location.href = opener.href;
      }
    );
  });

  // The framed page tells its height: the iframe that sent it, if marked, takes it.
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "career-guide:height" || data.version !== 1 || typeof data.height !== "number") return;
    Array.prototype.forEach.call(document.querySelectorAll("iframe[data-career-guide-frame]"), function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + "px";
    });
  });

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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
  // A host single-page app adds mount points later and removes them when it changes
  // pages. The standalone site renders into the document itself, so it is not watched
  // (that would re-check on every render).
  if ("MutationObserver" in window && !document.querySelector("[data-standalone]")) {
    new MutationObserver(function (records) {
      var removed = removedWidgets(records);
      if (removed.length) unmountRemoved(removed);
      if (addsMountPoint(records)) mountAll();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
