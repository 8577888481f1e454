"""Checks that the unseen evaluation articles load and that every gold span is in its body."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from tutor.content import load_article

CHECKOUT = Path(__file__).resolve().parents[3]
UNSEEN_DIR = Path(__file__).resolve().parent
GOLD_FILES = sorted((UNSEEN_DIR / "gold").glob("*.yaml"))
ARTICLES = sorted(UNSEEN_DIR.glob("*.txt"))

REQUIRED_KEYS = {"article", "published", "dates", "quotes", "people", "terms", "not_quotes"}
DATE_VALUE = re.compile(r"relative|\d{4}(-\d{2}(-\d{2})?)?|P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?")


def _start(body: str, text: str, occurrence: int) -> int:
    """Start of the nth non-overlapping occurrence, or -1 (the way `occurrence` counts)."""
    index = body.find(text)
    for _ in range(occurrence - 1):
        if index < 0:
            return -1
        index = body.find(text, index + len(text))
    return index


def test_every_article_has_a_gold_file() -> None:
    assert {p.stem for p in ARTICLES} == {p.stem for p in GOLD_FILES}
    assert len(ARTICLES) == 4


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_reads_like_a_dispatch(path: Path) -> None:
    article = load_article(path)
    words = len(article.body.split())
    assert 300 <= words <= 600, f"{words} words"
    assert article.source and article.source.startswith("Source : texte original")
    assert article.published is not None, "the dateline was not read"
    # One apostrophe style per article, so both styles are exercised across the set.
    assert not ("'" in article.body and "’" in article.body)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_spans_are_in_the_body_in_order(path: Path) -> None:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert gold.keys() >= REQUIRED_KEYS
    article_path = CHECKOUT / str(gold["article"])
    assert article_path.stem == path.stem
    article = load_article(article_path)
    body = article.body
    assert isinstance(gold["published"], date)
    assert article.published == gold["published"], "published is not the dateline's date"

    problems: list[str] = []

    def locate(kind: str, text: str, occurrence: int = 1) -> int:
        start = _start(body, text, occurrence) if text else -1
        if start < 0:
            problems.append(f"{kind} not in the body (occurrence {occurrence}): {text!r}")
        return start

    date_starts = []
    datelines = 0
    for item in gold["dates"]:
        date_starts.append(locate("date", item["text"], item.get("occurrence", 1)))
        if not DATE_VALUE.fullmatch(str(item["value"])):
            problems.append(f"date value: {item['value']!r}")
        if item.get("dateline"):
            datelines += 1
            if item["value"] != gold["published"].isoformat():
                problems.append("the dateline's value is not the publication date")
    if date_starts != sorted(date_starts):
        problems.append("dates are not in article order")
    if datelines != 1:
        problems.append(f"{datelines} datelines")

    quote_starts = []
    for item in gold["quotes"]:
        quote_starts.append(locate("quote", item["text"], item.get("occurrence", 1)))
        if item["kind"] not in ("direct", "indirect"):
            problems.append(f"kind: {item['kind']!r}")
        if not str(item.get("speaker") or "").strip():
            problems.append(f"no speaker: {item['text']!r}")
        if not isinstance(item.get("speaker_alternatives"), list):
            problems.append(f"speaker_alternatives not a list: {item['text']!r}")
        if item["kind"] == "direct" and item["text"].strip(" .,;") != item["text"]:
            problems.append(f"direct quote with edge punctuation: {item['text']!r}")
    if quote_starts != sorted(quote_starts):
        problems.append("quotes are not in article order")

    for person in gold["people"]:
        locate("person", person["name"])
        for alias in person["aliases"]:
            locate("alias", alias)
        assert "role" in person

    assert 10 <= len(gold["terms"]) <= 15
    for term in gold["terms"]:
        assert term["lemma"]
        locate("term", term["text"])

    for text in gold["not_quotes"]:
        start = locate("not_quote", text)
        # The first occurrence, which a scorer would find, must be the one in quotation marks.
        if start >= 0 and body[max(0, start - 2) : start].strip() not in ("«", "“", '"'):
            problems.append(f"not_quote's first occurrence is not the quoted one: {text!r}")

    assert not problems, f"{path.name}:\n" + "\n".join(problems)
