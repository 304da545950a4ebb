"""What every course widget promises, checked for each builder in ``widgets.__all__``:
one call builds it; it carries the classes the browser tests look for; its display bundle
holds a static fallback (for readers without a kernel) and a text summary (what nbval
compares); every figure has a title, axis titles and a text description."""

from __future__ import annotations

import ipywidgets as W
import pytest

import widgets
from widgets.views.base import PLOTLY_MIMETYPE, WIDGET_VIEW_MIMETYPE, CourseFigureWidget

BUILDERS = [name for name in widgets.__all__ if name not in ("course_map", "quiz")]


@pytest.fixture(scope="module", params=BUILDERS)
def built(request):
    return request.param, getattr(widgets, request.param)()


def test_builds_in_one_call_with_browser_classes(built):
    name, widget = built
    assert isinstance(widget, W.Widget)
    assert "pn-widget" in widget._dom_classes
    assert f"pn-name-{name}" in widget._dom_classes


def test_bundle_has_a_static_fallback_and_a_summary(built):
    _, widget = built
    bundle = widget._repr_mimebundle_()
    assert WIDGET_VIEW_MIMETYPE in bundle
    assert PLOTLY_MIMETYPE in bundle or "text/html" in bundle
    summary = bundle["text/plain"]
    assert summary and "object at 0x" not in summary and "VBox(" not in summary


def test_figures_have_titles_axis_titles_and_a_description(built):
    _, widget = built
    if not isinstance(widget, CourseFigureWidget):
        pytest.skip("not a figure widget")
    layout = widget.figure.layout
    assert layout.title.text
    for axis in ("xaxis", "yaxis"):
        if getattr(layout, axis).visible is not False:
            assert getattr(layout, axis).title.text, f"{axis} has no title"
    assert widget.description.strip() and widget.established and widget.illustrative
    static = widget.static_figure()
    assert static.layout.title.text == layout.title.text
    assert len(static.data) == len(widget.figure.data)
