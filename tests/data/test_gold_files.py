"""Checks that the gold annotation files are well formed and that every span is in its article."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from tutor.content import list_articles, load_article

CHECKOUT = Path(__file__).resolve().parents[2]
CONTENT_DIR = CHECKOUT / "content"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))

REQUIRED_KEYS = {"article", "published", "dates", "quotes", "people", "terms", "not_quotes"}
DATE_VALUE = re.compile(
    r"relative|\d{4}(-\d{2}(-\d{2})?)?|P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?",
)


def _count(body: str, text: str) -> int:
    """Non-overlapping occurrences, the way `occurrence` numbers them."""
    return body.count(text)


def _start(body: str, text: str, occurrence: int) -> int:
    index = body.find(text)
    for _ in range(occurrence - 1):
        index = body.find(text, index + len(text))
    return index


def _load(path: Path) -> dict[str, object]:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(gold, dict), f"{path.name}: not a mapping"
    return gold


def test_one_gold_file_per_shipped_article() -> None:
    articles = {p.stem for p in list_articles(CONTENT_DIR)}
    assert {p.stem for p in GOLD_FILES} == articles


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_complete_and_every_span_is_in_the_body(path: Path) -> None:
    gold = _load(path)
    assert gold.keys() >= REQUIRED_KEYS, f"missing keys: {REQUIRED_KEYS - gold.keys()}"
    article_path = CONTENT_DIR / str(gold["article"])
    assert article_path.stem == path.stem
    body = load_article(article_path).body
    assert gold["published"] is None or isinstance(gold["published"], date)

    problems: list[str] = []

    def check_span(kind: str, text: object, occurrence: int = 1) -> None:
        if not isinstance(text, str) or not text:
            problems.append(f"{kind}: empty or not a string: {text!r}")
        elif _count(body, text) < occurrence:
            problems.append(f"{kind}: not in the body (occurrence {occurrence}): {text!r}")

    starts: list[int] = []
    for item in gold["dates"]:
        occurrence = item.get("occurrence", 1)
        check_span("date", item["text"], occurrence)
        if not DATE_VALUE.fullmatch(str(item["value"])):
            problems.append(f"date value not ISO, duration or 'relative': {item['value']!r}")
        starts.append(_start(body, item["text"], occurrence))
    if starts != sorted(starts):
        problems.append("dates are not in article order")

    for item in gold["quotes"]:
        check_span("quote", item["text"], item.get("occurrence", 1))
        if item["kind"] not in ("direct", "indirect"):
            problems.append(f"quote kind must be direct or indirect: {item['kind']!r}")
        if not str(item.get("speaker") or "").strip():
            problems.append(f"quote without a speaker: {item['text']!r}")
        if not isinstance(item.get("speaker_alternatives"), list):
            problems.append(f"speaker_alternatives must be a list: {item['text']!r}")

    for person in gold["people"]:
        check_span("person", person["name"])
        for alias in person["aliases"]:
            check_span("alias", alias)
        assert "role" in person, f"person without a role key: {person['name']!r}"

    assert 10 <= len(gold["terms"]) <= 15, "between 10 and 15 terms"
    for term in gold["terms"]:
        assert term["lemma"], f"term without a lemma: {term!r}"
        check_span("term", term["text"])

    for text in gold["not_quotes"]:
        check_span("not_quote", text)

    assert not problems, f"{path.name}:\n" + "\n".join(problems)
