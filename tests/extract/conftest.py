"""Fixtures of the extraction tests: the real French model, loaded once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The French pipeline (about 5 s to load), shared by every extraction test."""
    from tutor.nlp import load

    return load()
