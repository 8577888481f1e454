"""tutor: a French reading-comprehension tutor for the terminal."""

from __future__ import annotations

__version__ = "0.1.0"
