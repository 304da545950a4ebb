"""The course's one look: a colour-blind-safe palette (Okabe & Ito 2008), line dashes and
marker symbols so that colour is never the only cue, and shared plotly layout defaults.

Views take every colour from here; no other module names a colour.
"""

from __future__ import annotations

# Okabe-Ito (source key "okabe_ito2008"): distinguishable under the common
# colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}

# The neutrals a figure may use besides the palette (its black and grey): white marker
# outlines on coloured markers.  tests/test_accessibility.py allows these and nothing else.
NEUTRALS = {"white": "#FFFFFF"}

# The order in which plotly colours traces that do not name a colour (layout.colorway):
# the palette without its black and grey, so that such a trace is never mistaken for an
# axis, a grid line or a note.
COLORWAY = [c for name, c in OKABE_ITO.items() if name not in ("black", "grey")]

# One colour, dash and marker per fibre class, used by every figure that shows classes.
FIBRE_STYLE = {
    "Aα": {"color": OKABE_ITO["blue"], "dash": "solid", "symbol": "circle"},
    "Aβ": {"color": OKABE_ITO["vermillion"], "dash": "dash", "symbol": "square"},
    "Aδ": {"color": OKABE_ITO["bluish_green"], "dash": "dot", "symbol": "diamond"},
    "C": {"color": OKABE_ITO["reddish_purple"], "dash": "dashdot", "symbol": "triangle-up"},
}

# Bar fill patterns per class, so that bars differ by more than colour.
FIBRE_PATTERN = {"Aα": "", "Aβ": "/", "Aδ": "x", "C": "."}

# Meaning-bearing colours (always paired with a word or symbol on screen).
STATUS = {
    "normal": OKABE_ITO["bluish_green"],
    "tingling": OKABE_ITO["orange"],
    "numb": OKABE_ITO["blue"],
    "warning": OKABE_ITO["vermillion"],
    "neutral": OKABE_ITO["grey"],
}

# Triage levels, from most to least urgent.
TRIAGE = {
    "emergency": OKABE_ITO["vermillion"],
    "urgent": OKABE_ITO["orange"],
    "see_gp": OKABE_ITO["sky_blue"],
    "self_care": OKABE_ITO["bluish_green"],
}

SEQUENTIAL_SCALE = "Cividis"
FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"


def base_layout(title: str, **overrides) -> dict:
    """Layout defaults every course figure starts from: a title, readable fonts, white
    background, legend above the plot (so it never hides data), and the course palette for
    any trace that does not name its colour (plotly_white's own colorway is not colour-blind
    safe)."""
    layout = {
        "title": {"text": title, "x": 0.01, "xanchor": "left"},
        "font": {"family": FONT_FAMILY, "size": 14},
        "template": "plotly_white",
        "colorway": list(COLORWAY),
        "margin": {"l": 70, "r": 20, "t": 70, "b": 60},
        "legend": {"orientation": "h", "y": -0.2},
        "height": 420,
    }
    layout.update(overrides)
    return layout


# The plotly toolbar everywhere (live panes, stored outputs, the static site): no logo, no
# "Share chart..." (it would send the figure to a chart server; the course works offline)
# and no selection tools (no figure here does anything with a selection).
PLOTLY_CONFIG = {
    "displaylogo": False,
    "showLink": False,
    "modeBarButtonsToRemove": ["sendChartToCloud", "select2d", "lasso2d"],
}

# JupyterLab right-aligns table cells; text columns read better from the left (set on each
# cell, since a style on the table itself does not reach cells JupyterLab styles directly)
LEFT = ' style="text-align:left"'
