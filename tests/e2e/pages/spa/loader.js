// The guide's loader, pasted once; with ?late it arrives only after the app has rendered
// the first widget's element.
(function () {
  "use strict";
  function add() {
    var script = document.createElement("script");
    script.src = "/career-guide.js";
    document.head.appendChild(script);
  }
  if (location.search.indexOf("late") < 0) {
    add();
    return;
  }
  var watching = new MutationObserver(function () {
    if (document.querySelector("[data-career-guide]")) {
      watching.disconnect();
      add();
    }
  });
  watching.observe(document.documentElement, { childList: true, subtree: true });
})();
