"""How common a French word is: wordfreq's figures, read from its data without importing it.

`import wordfreq` brings langcodes, ftfy and regex along (about 80 ms), and its first look-up
goes through them to build its French table (about 100 ms): much of what `tutor generate` adds
to spaCy's own time on one article. Extraction asks only about French words and hyphenated
compounds; for a word made of letters, capitalised or not, with hyphens between its parts,
wordfreq's tokenizer gives the lower-cased parts, so the frequency is worked out here, with
wordfreq's own arithmetic, from wordfreq's own data file. Anything else (an apostrophe, a
digit, a space, another language or word list) goes to wordfreq itself.
tests/test_french_frequency.py holds the two to the same values.

Same signatures as wordfreq's functions, so a caller switches by its import line alone.
"""

from __future__ import annotations

import importlib.util
import math
import re
import threading
import zlib
from pathlib import Path

_LETTERS = "a-zA-ZÀ-ÖØ-Þà-öø-ÿŒœŸ"
"""Letters that are their own NFC form and fold to one letter of the set (not ß, which folds
to "ss"); between two of them, Unicode's word boundaries never fall."""
_SIMPLE = re.compile(f"[{_LETTERS}]+(?:-[{_LETTERS}]+)*")

_TABLE: dict[str, float] | None = None
_LOADING = threading.Lock()


def _data_file() -> Path | None:
    """wordfreq's large French list (its "best" list for French), found without importing it."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_fr.msgpack.gz"
    return path if path.is_file() else None


def _read_table(path: Path) -> dict[str, float] | None:
    """The frequency of every word of a cBpack file, as wordfreq's `get_frequency_dict` gives it;
    None when the file is not in the format this reading knows."""
    import msgpack

    data = msgpack.unpackb(zlib.decompress(path.read_bytes(), wbits=31), raw=False)
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    table: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        table.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return table


def _french_table() -> dict[str, float] | None:
    """Loaded once per process; safe to call from several threads."""
    global _TABLE
    if _TABLE is None:
        with _LOADING:
            if _TABLE is None:
                path = _data_file()
                _TABLE = (_read_table(path) if path else None) or {}
    return _TABLE or None


def word_frequency(word: str, lang: str, wordlist: str = "best", minimum: float = 0.0) -> float:
    """wordfreq's `word_frequency`: how often `word` occurs, as a proportion of all words."""
    table = _french_table() if lang == "fr" and wordlist == "best" else None
    if table is None or not _SIMPLE.fullmatch(word):
        import wordfreq

        return wordfreq.word_frequency(word, lang, wordlist, minimum)
    one_over_result = 0.0
    for token in word.casefold().split("-"):
        freq = table.get(token)
        if freq is None:
            return minimum
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str, wordlist: str = "best", minimum: float = 0.0) -> float:
    """wordfreq's `zipf_frequency`: log10 of occurrences per billion words (7 is "de")."""
    freq = word_frequency(word, lang, wordlist, 10**minimum / 1e9)
    return round(math.log(freq, 10) + 9, 2)
