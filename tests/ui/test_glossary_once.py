"""The glossary is read once per run: the reader opened while the library's worker was still
reading it read it a second time (about 60 ms of CPU, on the UI thread) and kept another copy."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from ui_home import Home

import tutor.glossary_files
from tutor.glossary import Glossary
from tutor.ui.services import Services


def test_two_threads_asking_for_the_glossary_at_once_share_one_read(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_load = tutor.glossary_files.load_glossary
    reads: list[Path] = []

    def slow_load(content: Path) -> Glossary:
        reads.append(content)
        time.sleep(0.2)  # a reader opened while the worker is still reading
        return real_load(content)

    monkeypatch.setattr(tutor.glossary_files, "load_glossary", slow_load)
    services = Services(home.paths, progress_dir=home.progress)
    got: list[Glossary | None] = []
    threads = [threading.Thread(target=lambda: got.append(services.glossary())) for _ in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1, "the glossary was read twice"
    assert got[0] is not None and got[0] is got[1]
    assert "gouvernement" in got[0]


def test_the_reader_finds_the_glossary_index_built_ahead(home: Home) -> None:
    """Opening the reader built the index of terms by first word on the UI thread (about 12 ms
    of CPU); the library's worker builds it with the glossary."""
    services = Services(home.paths, progress_dir=home.progress)
    services.prepare_reader()
    glossary = services.glossary()
    assert glossary is not None
    assert "_by_first_word" in vars(glossary), "left for the reader's first search"
