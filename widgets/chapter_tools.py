"""Small displays that chapters share: the course map and the chapter navigation."""

from __future__ import annotations

import html

from IPython.display import HTML

from widgets.course import CHAPTERS, binder_url
from widgets.theme import LEFT


def course_map() -> HTML:
    """A table of the chapters, their times and a Binder link for each (works without a
    kernel once stored, since it is plain HTML)."""
    rows = "".join(
        f"<tr><td>{ch.number:02d}</td><td{LEFT}><a href='{ch.filename}'>{html.escape(ch.title)}</a>"
        f"</td><td>{ch.minutes} min</td>"
        f"<td><a href='{html.escape(binder_url(ch))}'>open live on Binder</a></td></tr>"
        for ch in CHAPTERS
    )
    total = sum(ch.minutes for ch in CHAPTERS)
    return HTML(
        "<table class='pn-course-map'><caption>Course map: eight chapters, about "
        f"{total // 60} h {total % 60} min in all</caption>"
        f"<thead><tr><th>#</th><th{LEFT}>Chapter</th><th>Time</th>"
        "<th>Live version</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
