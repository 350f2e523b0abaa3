// The embed builder's preview page: turns its address (?data-career-guide=salary&
// --career-guide-accent=%230b7285…) into the mount element a landing page would have, or
// with mode=popup into a button that opens the widget in a popup, before career-guide.js
// (the next script) starts it. Only the builder's own attributes and custom properties are
// taken; the endpoint never is, so the preview sends nothing.
(function () {
  "use strict";
  var attributes = ["data-career-guide", "data-view", "data-apply-url", "data-app-url", "data-theme", "data-track", "data-cohort"];
  var query = new URLSearchParams(location.search);
  var popup = query.get("mode") === "popup";
  var element = document.createElement(popup ? "button" : "div");
  query.forEach(function (value, name) {
    if (attributes.indexOf(name) >= 0) {
      element.setAttribute(name === "data-career-guide" && popup ? "data-career-guide-open" : name, value);
    } else if (name.indexOf("--career-guide-") === 0) {
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      element.style.setProperty(name, value);
    }
  });
  if (popup) {
    element.type = "button";
    element.className = "preview-opener";
    if (!element.hasAttribute("data-career-guide-open")) element.setAttribute("data-career-guide-open", "apply");
    element.textContent = "Open the popup";
  } else {
    if (!element.hasAttribute("data-career-guide")) element.setAttribute("data-career-guide", "salary");
    var fallback = document.createElement("p");
    fallback.textContent = "Loading the preview…";
    element.appendChild(fallback);
  }
  document.getElementById("preview").appendChild(element);
})();
