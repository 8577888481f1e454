"""Glossary.find_in skips the terms a text lacks a word of, and finds exactly what it found
trying every term whose first word the text has (the glossary has thousands of terms). In a
plain text, terms are matched without their patterns (`term_patterns.match_at`): the same
matches are what proves that reading right."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tutor import glossary, term_patterns
from tutor.glossary import GlossaryMatch, singular
from tutor.glossary_files import load_glossary

ROOT = Path(__file__).resolve().parents[1]


def _every_term_tried(known: glossary.Glossary, text: str) -> list[GlossaryMatch]:
    """find_in as it was before the skip: every term with the first word tried."""
    present = {singular(w) for w in term_patterns.WORD.findall(glossary.fold_term(text))}
    found = []
    for first in present:
        for key in known._by_first_word.get(first, ()):
            pattern = term_patterns.term_pattern(key)
            found += [(m.start(), -m.end(), key) for m in pattern.finditer(text)]
    out, taken_until = [], 0
    for start, neg_end, key in sorted(found):
        if start >= taken_until:
            out.append(GlossaryMatch(known.entries[key], start, -neg_end, text[start:-neg_end]))
            taken_until = -neg_end
    return out


def _texts(known: glossary.Glossary) -> list[str]:
    texts = []
    for article in sorted((ROOT / "content").iterdir()):
        body = article.read_text("utf-8")
        texts += [body, body.upper(), *re.split(r"(?<=[.!?])\s+", body)]
    for key in known.entries:
        plural = " ".join(w[:-2] + "aux" if w.endswith("al") else w + "s" for w in key.split())
        texts.append(f"Le {key} et les {plural}, l'{key.upper()} ; « {key.title()} ».")
        texts.append(f"{key.replace(' ', chr(0xA0))} ou {key.replace(' ', '  ')}.")
        # the long s folds to "s"; an "X" ends a plural; a word goes on after the term
        texts.append(f"{key.replace('s', 'ſ')}X, {key.title()}S-{key}-{key}ss ({key}_x).")
    texts += ["niveaux de vie", "Les maux de tête", "Straße İstanbul ſ K Å", "µ-onde Łódź"]
    return texts


def test_the_same_terms_as_trying_every_term_with_the_first_word() -> None:
    known = load_glossary(ROOT / "content")
    for text in _texts(known):
        assert known.find_in(text) == _every_term_tried(known, text), text[:80]


def test_safe_characters_match_only_what_folds_back_to_them() -> None:
    """The reason the skip is exact: a lower-case word of safe characters matches, ignoring
    case, only safe characters that fold back to it (see term_patterns._SAFE)."""
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    safe = {c for c in every if term_patterns.PLAIN_TEXT.fullmatch(c)}
    for char in sorted(safe):
        if char.casefold() != char:
            continue  # never in a folded term
        for match in re.findall(re.escape(char), every, re.IGNORECASE):
            if match in safe:
                assert match.casefold() == char, (char, match)
