/* Pins and Needles: draw the figures stored in the notebooks with the local plotly.min.js.
 *
 * Each figure is a <div class="pn-plotly" data-pn-figure="ID"> followed by
 * <script type="application/json" id="ID"> holding the stored plotly JSON (data, layout,
 * frames).  Pages render every figure on load; slide decks render the figures of a slide
 * when it is shown (a hidden slide has no size to lay a figure out in).
 * A figure with animation frames also gets a real <button> (Play / Pause) after it: plotly's
 * own Play button is drawn in SVG and cannot be reached with the keyboard.  It animates the
 * same way as the figure's Play and Pause updatemenu buttons (their stored arguments).
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
      if (fig.frames && fig.frames.length) {
        addPlayButton(el, fig);
      }
      return el;
    }, function (err) {
      el.setAttribute("data-pn-state", "failed");
      console.error("pn-figures: could not draw " + el.id + ": " + err);
      return el;
    });
  }

  var PLAY = [null, { frame: { duration: 250, redraw: true }, transition: { duration: 0 },
                     fromcurrent: true, mode: "immediate" }];
  var PAUSE = [[null], { frame: { duration: 0, redraw: false }, mode: "immediate" }];

  // The arguments of the figure's own Play (animate all frames: args[0] null) and Pause
  // (animate to no frame: args[0] [null]) updatemenu buttons, or plotly's usual ones.
  function animateArgs(fig) {
    var found = { play: PLAY, pause: PAUSE };
    var menus = (fig.layout && fig.layout.updatemenus) || [];
    menus.forEach(function (menu) {
      (menu.buttons || []).forEach(function (b) {
        if (b.method !== "animate" || !b.args) { return; }
        if (b.args[0] === null || b.args[0] === undefined) { found.play = b.args; }
        else if (Array.isArray(b.args[0]) && b.args[0].length === 1 && b.args[0][0] === null) {
          found.pause = b.args;
        }
      });
    });
    return found;
  }

  function titleOf(fig) {
    var title = fig.layout && fig.layout.title;
    title = title && typeof title === "object" ? title.text : title;
    return String(title || "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  }

  function addPlayButton(el, fig) {
    var args = animateArgs(fig);
    var name = titleOf(fig) || "this figure";
    var box = document.createElement("div");
    box.className = "pn-animation-controls";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "pn-play";
    button.id = el.id + "-play";
    button.setAttribute("aria-controls", el.id);
    var playing = false;
    function show(now) {
      playing = now;
      button.textContent = now ? "❚❚ Pause" : "▶ Play";
      button.setAttribute("aria-label", (now ? "Pause" : "Play") + " the animation: " + name);
      button.setAttribute("data-pn-playing", now ? "true" : "false");
    }
    function animate(a) {
      // An animation stopped by Pause (or by another animate) rejects its promise: expected.
      var copy = JSON.parse(JSON.stringify(a));
      return window.Plotly.animate(el, copy[0], copy[1]).catch(function () {});
    }
    button.addEventListener("click", function () {
      if (playing) {
        show(false);
        animate(args.pause);
      } else {
        show(true);
        animate(args.play);
      }
    });
    // The label follows the animation, whichever button or slider started or stopped it.
    el.on("plotly_animatingframe", function () { show(true); });
    el.on("plotly_animated", function () { show(false); });
    el.on("plotly_animationinterrupted", function () { show(false); });
    show(false);
    box.appendChild(button);
    el.parentNode.insertBefore(box, el.nextSibling);
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
