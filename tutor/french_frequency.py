"""How common a French word is: wordfreq's figures, read from its data without importing it.

`import wordfreq` brings langcodes, ftfy and regex along (about 80 ms), and its first look-up
goes through them to build its French table (about 100 ms): much of what `tutor generate` adds
to spaCy's own time on one article. Extraction asks only about French words and hyphenated
compounds; for a word made of letters, capitalised or not, with hyphens between its parts,
wordfreq's tokenizer gives the lower-cased parts, so the frequency is worked out here, with
wordfreq's own arithmetic, from wordfreq's own data file. Anything else (an apostrophe, a
digit, a space, another language or word list) goes to wordfreq itself.
tests/test_french_frequency.py holds the two to the same values. The word table is kept in
tutor's cache folder (`tutor.disk_cache`) in a form read in a millisecond.

Same signatures as wordfreq's functions, so a caller switches by its import line alone.
"""

from __future__ import annotations

import importlib.util
import math
import re
import struct
import sys
import threading
import zlib
from array import array
from pathlib import Path

from tutor import disk_cache

_LETTERS = "a-zA-ZÀ-ÖØ-Þà-öø-ÿŒœŸ"
"""Letters that are their own NFC form and fold to one letter of the set (not ß, which folds
to "ss"); between two of them, Unicode's word boundaries never fall."""
_SIMPLE = re.compile(f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")

_LOADING = threading.Lock()
_CACHE_PREFIX = "wordfreq-fr-"
_CACHE_FORMAT = "1"


def _data_file() -> Path | None:
    """wordfreq's large French list (its "best" list for French), found without importing it."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_fr.msgpack.gz"
    return path if path.is_file() else None


def _read_buckets(path: Path) -> dict[str, int] | None:
    """The frequency bucket of every word of a cBpack file (a word in bucket i has frequency
    10 ** (-i / 100), as in wordfreq's `get_frequency_dict`, where a later bucket wins); None
    when the file is not in the format this reading knows."""
    import msgpack

    data = msgpack.unpackb(zlib.decompress(path.read_bytes(), wbits=31), raw=False)
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    buckets: dict[str, int] = {}
    for index, bucket in enumerate(data[1:]):
        buckets.update(dict.fromkeys(bucket, index))
    return buckets


class _Table:
    """Word -> bucket, as an open-addressing hash table in flat arrays: read from the cache
    file in a millisecond, where building a dictionary of 300,000 words takes a hundred."""

    _HEADER = struct.Struct("<4I")

    def __init__(self, data: memoryview) -> None:
        count, size, blob_length, _ = self._HEADER.unpack_from(data)
        start = self._HEADER.size
        ends = (start + 4 * size, start + 4 * size + 4 * (count + 1))
        ends += (ends[1] + 2 * count, ends[1] + 2 * count + blob_length)
        if ends[3] != len(data) or size & (size - 1) or size < count:
            raise ValueError("not a word table")
        self.slots = data[start : ends[0]].cast("I")
        self.offsets = data[ends[0] : ends[1]].cast("I")
        self.buckets = data[ends[1] : ends[2]].cast("H")
        self.blob = data[ends[2] : ends[3]]
        self.mask = size - 1

    def get(self, word: str) -> int | None:
        key = word.encode()
        slot = zlib.crc32(key) & self.mask
        for _ in range(self.mask + 1):
            index = self.slots[slot]
            if not index:
                return None
            if self.blob[self.offsets[index - 1] : self.offsets[index]] == key:
                return self.buckets[index - 1]
            slot = (slot + 1) & self.mask
        return None

    @classmethod
    def pack(cls, buckets: dict[str, int]) -> bytes:
        words = [w.encode() for w in buckets]
        size = 1 << max(1, (len(words) * 3 // 2).bit_length())  # at most 2/3 full
        slots = array("I", bytes(4 * size))
        offsets = array("I", [0])
        for index, key in enumerate(words, start=1):
            offsets.append(offsets[-1] + len(key))
            slot = zlib.crc32(key) & (size - 1)
            while slots[slot]:
                slot = (slot + 1) & (size - 1)
            slots[slot] = index
        blob = b"".join(words)
        header = cls._HEADER.pack(len(words), size, len(blob), 0)
        values = array("H", buckets.values())
        return header + slots.tobytes() + offsets.tobytes() + values.tobytes() + blob


_TABLE: dict[str, int] | _Table | None = None
_MISSING: dict[str, int] = {}


def _load_table() -> dict[str, int] | _Table:
    """The bucket table: from the cache file when there is one for this wordfreq data file,
    else read from wordfreq's file (and the cache file written for the next run)."""
    path = _data_file()
    if path is None or array("I").itemsize != 4 or array("H").itemsize != 2:
        return _MISSING
    name = f"{_CACHE_PREFIX}{_CACHE_FORMAT}-{sys.byteorder}-{disk_cache.source_tag(path)}"
    cached = disk_cache.read(name)
    if cached is not None:
        try:
            return _Table(cached)
        except ValueError:
            pass
    buckets = _read_buckets(path)
    if buckets is None or max(buckets.values(), default=0) >= 1 << 16:
        return buckets or _MISSING
    disk_cache.write(name, _Table.pack(buckets), stale_prefix=_CACHE_PREFIX)
    return buckets


def _french_table() -> dict[str, int] | _Table | None:
    """Loaded once per process; safe to call from several threads."""
    global _TABLE
    if _TABLE is None:
        with _LOADING:
            if _TABLE is None:
                _TABLE = _load_table()
    return None if _TABLE is _MISSING else _TABLE


def word_frequency(word: str, lang: str, wordlist: str = "best", minimum: float = 0.0) -> float:
    """wordfreq's `word_frequency`: how often `word` occurs, as a proportion of all words."""
    known = _ANSWERS.get((word, lang, wordlist, minimum))
    if known is None:
        if len(_ANSWERS) >= _MOST_ANSWERS:
            _ANSWERS.clear()
        known = _ANSWERS[word, lang, wordlist, minimum] = _frequency(word, lang, wordlist, minimum)
    return known


_ANSWERS: dict[tuple[str, str, str, float], float] = {}
"""Frequencies already worked out: a batch of articles asks about the same words again and
again (wordfreq keeps such a memory too)."""
_MOST_ANSWERS = 100_000


def _frequency(word: str, lang: str, wordlist: str, minimum: float) -> float:
    table = _french_table() if lang == "fr" and wordlist == "best" else None
    if table is None or not _SIMPLE.fullmatch(word):
        import wordfreq

        return wordfreq.word_frequency(word, lang, wordlist, minimum)
    one_over_result = 0.0
    for token in word.casefold().split("-"):
        bucket = table.get(token)
        if bucket is None:
            return minimum
        one_over_result += 1.0 / 10 ** (-bucket / 100)  # wordfreq's cB_to_freq(-bucket)
    unrounded = max(1.0 / one_over_result, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str, wordlist: str = "best", minimum: float = 0.0) -> float:
    """wordfreq's `zipf_frequency`: log10 of occurrences per billion words (7 is "de")."""
    freq = word_frequency(word, lang, wordlist, 10**minimum / 1e9)
    return round(math.log(freq, 10) + 9, 2)
