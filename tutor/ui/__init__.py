"""The learner's app (Textual): the only package that imports textual."""

from __future__ import annotations

from pathlib import Path

LESSON_CSS = Path(__file__).with_name("lesson.tcss")
"""Style of the screens after the library: each of them names it in CSS_PATH (see tutor.tcss)."""
