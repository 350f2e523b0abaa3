// A React single-page site: a client-side router swaps each page's elements, widgets
// included, as React, Next.js or Vue sites do. The widget component is the three lines
// the README gives.
(function () {
  "use strict";
  var h = React.createElement;

  function CareerGuide(props) {
    return h("div", Object.assign({ "data-career-guide": props.widget }, props.attributes), props.children);
  }

  var pages = {
    home: function () {
      return h("section", null, h("h1", null, "Home"),
        h(CareerGuide, { widget: "salary" }, h("a", { href: "/salary" }, "Compare backend salaries")));
    },
    apply: function () {
      return h("section", null, h("h1", null, "Apply"),
        h(CareerGuide, { widget: "apply", attributes: { id: "apply", "data-endpoint": "/api/applications" } },
          h("a", { href: "/apply" }, "Apply to the bootcamp")));
    },
    both: function () {
      return h("section", null, h("h1", null, "Salaries and the application"),
        h(CareerGuide, { widget: "salary" }, h("a", { href: "/salary" }, "Compare backend salaries")),
        h(CareerGuide, { widget: "apply", attributes: { "data-endpoint": "/api/applications" } },
          h("a", { href: "/apply" }, "Apply to the bootcamp")));
    },
    about: function () {
      return h("section", null, h("h1", null, "About us"), h("p", null, "No widget on this page."));
    },
  };

  function App() {
    var initial = location.hash.slice(1) || "home";
    var state = React.useState(pages[initial] ? initial : "home");
    var page = state[0], setPage = state[1];
    React.useEffect(function () {
      function follow() {
        var next = location.hash.slice(1) || "home";
        if (pages[next]) setPage(next);
      }
      window.addEventListener("hashchange", follow);
      return function () {
        window.removeEventListener("hashchange", follow);
      };
    }, []);
    var links = Object.keys(pages).map(function (name) {
      return h("li", { key: name }, h("a", { href: "#" + name, id: "to-" + name }, name));
    });
    // Each page is a new subtree (its key), so its elements are new ones.
    return h("div", null, h("nav", null, h("ul", null, links)), h("main", { key: page }, pages[page]()));
  }

  ReactDOM.createRoot(document.getElementById("root")).render(h(React.StrictMode, null, h(App)));
})();
