// The example host page's own script (no inline scripts: the page runs under a strict CSP).
// It switches the hostile stylesheet and lists the events the widgets send.
(function () {
  "use strict";
  var hostile = document.getElementById("hostile-css");
  var toggle = document.getElementById("hostile-switch");
  toggle.addEventListener("change", function () {
    hostile.disabled = !toggle.checked;
  });

  var log = document.getElementById("event-log");
  ["ready", "page", "step", "compare", "submitted"].forEach(function (name) {
    document.addEventListener("career-guide:" + name, function (event) {
      var item = document.createElement("li");
      var kind = event.target.getAttribute("data-career-guide");
      item.textContent = event.type + " from " + kind + ": " + JSON.stringify(event.detail);
      log.appendChild(item);
    });
  });
})();
