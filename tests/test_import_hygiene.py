"""The core never imports the UI or spaCy; the app path never imports spaCy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CORE_MODULES = [
    "tutor.model",
    "tutor.content",
    "tutor.facts",
    "tutor.paths",
    "tutor.yaml_source",
    "tutor.exercise_io",
    "tutor.exercise_rules",
    "tutor.exercise_messages",
    "tutor.french_calendar",
    "tutor.gift_text",
    "tutor.export_gift",
    "tutor.cli",
    "tutor.cli.export_cmd",
]
OPTIONAL_CORE = [
    "tutor.scoring",
    "tutor.progress",
    "tutor.review",
    "tutor.item_analysis",
    "tutor.generate",
    "tutor.glossary",
    "tutor.glossary_files",
    "tutor.plain_sentences",
    "tutor.exercise_writer",
]


def _imported_after(module: str) -> set[str]:
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def _exists(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


@pytest.mark.parametrize("module", CORE_MODULES + [m for m in OPTIONAL_CORE if _exists(m)])
def test_core_module_imports_neither_textual_nor_spacy(module: str) -> None:
    loaded = _imported_after(module)
    assert "textual" not in loaded, f"{module} pulls in textual"
    assert "spacy" not in loaded, f"{module} pulls in spacy"


@pytest.mark.skipif(not _exists("tutor.ui.app"), reason="the app is not built yet")
def test_app_path_never_imports_spacy() -> None:
    loaded = _imported_after("tutor.ui.app")
    assert "textual" in loaded
    assert "spacy" not in loaded


FIRST_SCREEN_MODULES = ["tutor.cli", "tutor.ui.app", "tutor.ui.screens.learner"]
NOT_BEFORE_FIRST_SCREEN = [
    "tutor.model",
    "tutor.verdict",
    "tutor.scoring",
    "tutor.progress",
    "tutor.exercise_io",
    "tutor.schema_check",
    "tutor.generate",
    "yaml",
    "jsonschema",
    "msgpack",
]
"""The learner picker shows a name field and a list of names: the domain model, lessons, the
learner's record and the stored regexes (msgpack) all wait for the library's worker, so the
first screen comes up no later than a bare Textual app's (bench/startup.py)."""


@pytest.mark.skipif(not _exists("tutor.ui.screens.learner"), reason="the app is not built yet")
def test_the_first_screen_waits_for_nothing_it_does_not_show() -> None:
    loaded = _imported_after(", ".join(FIRST_SCREEN_MODULES))
    assert sorted(loaded & set(NOT_BEFORE_FIRST_SCREEN)) == []
