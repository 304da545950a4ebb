/* Pins and Needles: draw the figures stored in the notebooks with the local plotly.min.js.
 *
 * Each figure is a <div class="pn-plotly" data-pn-figure="ID"> followed by
 * <script type="application/json" id="ID"> holding the stored plotly JSON (data, layout,
 * frames).  Pages render every figure on load; slide decks render the figures of a slide
 * when it is shown (a hidden slide has no size to lay a figure out in).
 * Loads nothing from the network.
 */
(function () {
  "use strict";

  function render(el) {
    if (el.getAttribute("data-pn-state") || typeof window.Plotly === "undefined") {
      return Promise.resolve(el);
    }
    var source = document.getElementById(el.getAttribute("data-pn-figure"));
    if (!source) {
      return Promise.resolve(el);
    }
    el.setAttribute("data-pn-state", "drawing");
    var fig = JSON.parse(source.textContent);
    var height = (fig.layout && fig.layout.height) || el.getAttribute("data-pn-height") || 450;
    el.style[fig.layout && fig.layout.height ? "minHeight" : "height"] = height + "px";
    var config = Object.assign(
      { responsive: true, displaylogo: false, showLink: false, showSendToCloud: false },
      fig.config || {}
    );
    return window.Plotly.newPlot(el, {
      data: fig.data || [],
      layout: fig.layout || {},
      frames: fig.frames || [],
      config: config,
    }).then(function () {
      el.setAttribute("data-pn-state", "drawn");
      return el;
    }, function (err) {
      el.setAttribute("data-pn-state", "failed");
      console.error("pn-figures: could not draw " + el.id + ": " + err);
      return el;
    });
  }

  function renderIn(root) {
    var nodes = (root || document).querySelectorAll(".pn-plotly[data-pn-figure]");
    var jobs = [];
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute("data-pn-state") === "drawn") {
        window.Plotly.Plots.resize(nodes[i]);
      } else {
        jobs.push(render(nodes[i]));
      }
    }
    return Promise.all(jobs);
  }

  window.pnFigures = { render: render, renderIn: renderIn };

  if (!document.querySelector(".reveal")) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { renderIn(document); });
    } else {
      renderIn(document);
    }
  }
})();
