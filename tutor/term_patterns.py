"""How glossary terms are found in a text: one pattern per term (its words in order, each in
the singular or a simple plural), and the words a plain text must contain before a pattern is
worth trying. Kept apart from the glossary itself, which is about entries and files."""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.literal_search import is_word_or_hyphen

WORD = re.compile(r"\w+(?:-\w+)*")

_SAFE = "\x00-\xde\xe0-\u012f\u0132-\u0148\u014a-\u01ef\u01f1-\u024f\u2000-\u206f\u20ac"
"""Latin letters, punctuation and spaces, but not ß, İ, ı, ŉ and ǰ: in a text made of these
characters, whatever a lower-case word made of them (not ı) matches case-insensitively folds
back to that word (`casefold()`), so term patterns match whole words of the folded text
(checked against every character by tests/test_glossary_find.py)."""
PLAIN_TEXT = re.compile(f"[{_SAFE}]*")


def _plain_word(word: str) -> bool:
    return bool(WORD.fullmatch(word) and PLAIN_TEXT.fullmatch(word)) and word.casefold() == word


def plain_parts(word: str) -> tuple[str, ...]:
    """What a text must have for a word of a term to match: the word itself when plain, its
    parts when it joins plain words with apostrophes ("aujourd'hui": "aujourd", "hui", each a
    whole word of the text, matched exactly), nothing otherwise."""
    if "'" not in word:
        return (word,) if _plain_word(word) else ()
    parts = tuple(word.split("'"))
    return parts if all(_plain_word(p) for p in parts) else ()


def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of a plain text starts, by the word folded and by the singulars the
    term patterns accept for it: "x" for "xs" and "xx", "xal" for "xaux" (`_word_pattern`).
    Folding keeps offsets in a plain text: each character folds to one."""
    starts: dict[str, list[int]] = {}
    for match in WORD.finditer(text.casefold()):
        word, start = match.group(), match.start()
        starts.setdefault(word, []).append(start)
        if word[-1] in "sx":
            starts.setdefault(word[:-1], []).append(start)
            if word.endswith("aux"):
                starts.setdefault(word[:-3] + "al", []).append(start)
    return starts


def is_acronym(term: str) -> bool:
    """Whether a term is written in capitals ("REP", "AP-HP", "EPR2"): such a term is only
    itself in capitals, "sem" or "rep" in a text are other words."""
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=2048)
def term_pattern(key: str) -> re.Pattern[str]:
    """The pattern of one term: its words in order, each in the singular or a simple plural;
    an acronym only in capitals."""
    body = r"\s+".join(_word_pattern(w) for w in key.split(" "))
    flags = 0 if is_acronym(key) else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-])", flags)


def _word_pattern(word: str) -> str:
    if "'" in word:
        return "['’]".join(re.escape(p) for p in word.split("'"))
    escaped = re.escape(word)
    if word.endswith("al"):
        return f"(?:{escaped}|{re.escape(word[:-2])}aux)"
    if word[-1:] in ("s", "x", "z") or len(word) < 3:
        return escaped
    return f"{escaped}[sx]?"


WordForms = tuple[str, ...]
"""What one word of a term matches: its apostrophe-joined parts ("aujourd", "hui"); or one
form, with "s" added when it may take a plural ending; or the -al form and its -aux plural."""


@lru_cache(maxsize=8192)
def plain_term(key: str) -> tuple[tuple[str, WordForms], ...] | None:
    """A term of plain words as `match_at` reads it, or None (the pattern is needed then):
    compiling each term's pattern cost about 0.2 ms, and an article meets 40 new terms of the
    glossary, more than Python's own cache of patterns keeps."""
    out: list[tuple[str, WordForms]] = []
    for word in key.split(" "):
        if not plain_parts(word):  # an acronym's capitals too: only its own case matches
            return None
        if "'" in word:
            out.append(("parts", tuple(word.split("'"))))
        elif word.endswith("al"):
            out.append(("al", (word, word[:-2] + "aux")))
        elif word[-1:] in ("s", "x", "z") or len(word) < 3:
            out.append(("exact", (word,)))
        else:
            out.append(("plural", (word,)))
    return tuple(out)


def match_at(term: tuple[tuple[str, WordForms], ...], text: str, seen: str, start: int) -> int:
    """Where `term_pattern(key).match(text, start)` ends (-1 when it does not match), for a
    plain text (`PLAIN_TEXT`), `seen` being the text folded (`casefold`). Folding keeps a
    plain text's offsets, and a plain word matches, ignoring case, just what folds to it."""
    if start > 0 and is_word_or_hyphen(text[start - 1]):
        return -1
    at = start
    for n, (kind, forms) in enumerate(term):
        if n:
            spaces = at
            while at < len(text) and text[at].isspace():
                at += 1
            if at == spaces:
                return -1
        at = _word_end(kind, forms, seen, at)
        if at < 0:
            return -1
    return -1 if at < len(text) and is_word_or_hyphen(text[at]) else at


def _word_end(kind: str, forms: WordForms, seen: str, at: int) -> int:
    if kind == "parts":
        for n, part in enumerate(forms):
            if n:
                if at >= len(seen) or seen[at] not in "'’":
                    return -1
                at += 1
            if not seen.startswith(part, at):
                return -1
            at += len(part)
        return at
    for form in forms:
        if seen.startswith(form, at):
            at += len(form)
            if kind == "plural" and at < len(seen) and seen[at] in "sx":
                at += 1
            return at
    return -1
