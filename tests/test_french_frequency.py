"""tutor.french_frequency gives wordfreq's very figures, which the key-term weights were set on.

A different rounding anywhere would move term rankings, so the values are compared exactly, on
a sample of wordfreq's own French list (as written, capitalised, upper case, joined by hyphens,
with a letter too many) and on every word of the shipped articles; words with apostrophes,
digits or spaces go to wordfreq itself and must come back the same too.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import wordfreq

from tutor import french_frequency

ROOT = Path(__file__).resolve().parents[1]


def _sample() -> list[str]:
    words = list(wordfreq.get_frequency_dict("fr"))[::97]
    rng = random.Random(7)
    cases = [*words, *(w.capitalize() for w in words), *(w.upper() for w in words[::5])]
    cases += [f"{rng.choice(words)}-{rng.choice(words)}" for _ in range(500)]
    cases += [w + "zq" for w in words[::3]]
    for article in sorted((ROOT / "content").iterdir()):
        cases += re.findall(r"[\w'’-]+", article.read_text("utf-8"))
    cases += ["Straße", "İstanbul", "aujourd'hui", "l’homme", "2024", "a-", "a--b", "", "Œuvre"]
    return cases


def test_the_same_frequencies_as_wordfreq() -> None:
    cases = _sample()
    assert len(cases) > 5000
    for word in cases:
        assert french_frequency.word_frequency(word, "fr") == wordfreq.word_frequency(word, "fr")
        assert french_frequency.zipf_frequency(word, "fr") == wordfreq.zipf_frequency(word, "fr")


def test_the_same_floors_as_wordfreq() -> None:
    for word in ["partenariat", "Kim-Jong-un", "inexistantzq", "l'homme"]:
        for floor in (1e-8, 1e-3):
            ours = french_frequency.word_frequency(word, "fr", minimum=floor)
            assert ours == wordfreq.word_frequency(word, "fr", minimum=floor)
        ours = french_frequency.zipf_frequency(word, "fr", minimum=3.5)
        assert ours == wordfreq.zipf_frequency(word, "fr", minimum=3.5)


def test_other_languages_are_wordfreq_s_own() -> None:
    assert french_frequency.zipf_frequency("the", "en") == wordfreq.zipf_frequency("the", "en")


def test_the_cached_table_holds_every_word_of_wordfreq_s_list() -> None:
    path = french_frequency._data_file()
    assert path is not None
    buckets = french_frequency._read_buckets(path)
    assert buckets
    table = french_frequency._Table(memoryview(french_frequency._Table.pack(buckets)))
    assert all(table.get(word) == bucket for word, bucket in buckets.items())
    assert table.get("inexistantzq") is None


def test_a_damaged_cache_file_is_read_the_slow_way(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(french_frequency, "_TABLE", None)
    monkeypatch.setattr(french_frequency, "_ANSWERS", {})
    french_frequency.zipf_frequency("partenariat", "fr")  # writes the cache file
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes()[:-10] + b"0123456789")
    monkeypatch.setattr(french_frequency, "_TABLE", None)  # as in a fresh process
    monkeypatch.setattr(french_frequency, "_ANSWERS", {})
    ours = french_frequency.zipf_frequency("partenariat", "fr")
    assert ours == wordfreq.zipf_frequency("partenariat", "fr")
    assert isinstance(french_frequency._TABLE, dict)  # read from wordfreq's file
    monkeypatch.setattr(french_frequency, "_TABLE", None)
    monkeypatch.setattr(french_frequency, "_ANSWERS", {})
    assert french_frequency.zipf_frequency("partenariat", "fr") == ours
    assert isinstance(french_frequency._TABLE, french_frequency._Table)  # written again
