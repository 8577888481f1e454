"""Which glossary words are everyday French, so the reader leaves them plain; worked out once per
glossary and kept in tutor's cache folder (`tutor.disk_cache`).

Most words are answered from tutor's own copy of wordfreq's table in a few milliseconds, but a
word with a digit or a dot ("co2", "g7", "49.3") goes to wordfreq itself: importing it and
building its French table took about half a second of CPU at every start, while the library was
being filled. The answers are stored under the words asked and the versions of what gave them
(wordfreq's data and code, tutor's frequency module, the threshold), so a changed glossary or
word list is worked out again, never read through a stale file.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterable
from pathlib import Path

from tutor import disk_cache

COMMON_ZIPF = 4.8
"""Words at least this frequent (président, guerre, accord) are known at B1: not highlighted."""
CACHE_FORMAT = "1"
CACHE_PREFIX = "common-words-"


def is_single_word(term: str) -> bool:
    """Only single words can be everyday words; an expression is always worth highlighting."""
    return not (" " in term or "'" in term or "-" in term)


def is_common(term: str) -> bool:
    """Whether `term` is a single word of everyday French (wordfreq Zipf >= COMMON_ZIPF)."""
    if not is_single_word(term):
        return False
    from tutor.french_frequency import zipf_frequency

    return zipf_frequency(term, "fr") >= COMMON_ZIPF


def _sources() -> list[str]:
    """What the answers depend on, each by size and modification time."""
    from tutor import french_frequency

    files = [Path(french_frequency.__file__)]
    spec = importlib.util.find_spec("wordfreq")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        files += [folder / "__init__.py", folder / "data" / "large_fr.msgpack.gz"]
    tags = []
    for file in files:
        try:
            tags.append(f"{file}:{disk_cache.source_tag(file)}")
        except OSError:
            tags.append(f"{file}:missing")
    return tags


def common_answers(terms: Iterable[str]) -> dict[str, bool]:
    """`is_common` of every term: read from the cache folder when the same terms were asked of
    the same data before, else worked out and stored for the next start."""
    terms = list(terms)
    words = sorted({term for term in terms if is_single_word(term)})
    key = "\n".join([CACHE_FORMAT, str(COMMON_ZIPF), *_sources(), "", *words])
    name = CACHE_PREFIX + hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()
    body = disk_cache.read(name)
    if body is not None:
        try:
            common = set(bytes(body).decode("utf-8").split("\n"))
        except UnicodeDecodeError:
            common = None
        if common is not None:
            answers = dict.fromkeys(terms, False)
            answers.update((word, word in common) for word in words)
            return answers
    answers = {term: is_common(term) for term in terms}
    stored = "\n".join(word for word in words if answers[word])
    disk_cache.write(name, stored.encode("utf-8"), stale_prefix=CACHE_PREFIX)
    return answers
