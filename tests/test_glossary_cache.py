"""The shipped glossaries read back from tutor's cache folder are the glossaries of the YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor import glossary_files


@pytest.mark.parametrize("name", glossary_files.SHIPPED_GLOSSARY_NAMES)
def test_the_cached_glossary_is_the_yaml_one(name: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    from_yaml = glossary_files._shipped_file(name)
    assert list(tmp_path.iterdir()), "the cache file was written"
    from_cache = glossary_files._shipped_file(name)
    assert from_cache.entries == from_yaml.entries
    assert list(from_cache.entries) == list(from_yaml.entries)
    assert from_cache.problems == from_yaml.problems == ()


def test_a_damaged_cache_file_is_not_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    from_yaml = glossary_files._shipped_file("glossary.yaml")
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes().replace(b'"', b"'", 3))
    assert glossary_files._shipped_file("glossary.yaml").entries == from_yaml.entries
