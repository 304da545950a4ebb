"""Pins and Needles: the numerical model and interactive widgets of the course.

Notebooks build every widget with one call from here, e.g. ``widgets.compression_explorer()``.
The model lives in :mod:`widgets.physiology` and :mod:`widgets.clinical` (no UI imports);
the views in :mod:`widgets.views`.
"""

__version__ = "0.1.0"

from widgets.chapter_tools import course_map
from widgets.quiz import quiz

__all__ = ["course_map", "quiz"]
