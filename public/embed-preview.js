// The embed builder's preview page: turns its address (?data-career-guide=salary&
// --career-guide-accent=%230b7285…) into the mount element a landing page would have,
// before career-guide.js (the next script) mounts it. Only the builder's own attributes
// and custom properties are taken; the endpoint never is, so the preview sends nothing.
(function () {
  "use strict";
  var attributes = ["data-career-guide", "data-view", "data-apply-url", "data-app-url", "data-theme"];
  var element = document.createElement("div");
  new URLSearchParams(location.search).forEach(function (value, name) {
    if (attributes.indexOf(name) >= 0) {
      element.setAttribute(name, value);
    } else if (name.indexOf("--career-guide-") === 0) {
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      element.style.setProperty(name, value);
    }
  });
  if (!element.hasAttribute("data-career-guide")) element.setAttribute("data-career-guide", "salary");
  var fallback = document.createElement("p");
  fallback.textContent = "Loading the preview…";
  element.appendChild(fallback);
  document.getElementById("preview").appendChild(element);
})();
