"""Self-check quiz questions, one module per chapter (``ch01.py`` ... ``ch07.py``), each
defining ``QUESTIONS: list[Question]``.  :func:`widgets.quiz.quiz` builds the widget."""
