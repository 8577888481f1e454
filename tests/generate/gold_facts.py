"""Hand-annotated facts of the shipped articles (tests/data/gold), as ArticleFacts.

Generation is tested on facts a person wrote from the real articles, so its tests do not depend
on how well extraction does; extraction has its own tests against the same files.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from tutor.content import load_article
from tutor.facts import ArticleFacts, DateFact, Person, Quote, Term
from tutor.generate.context import Context
from tutor.generate.french import plain_sentences
from tutor.generate.senses import entry_in_sentence
from tutor.glossary_files import shipped_glossary
from tutor.model import Article

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
GOLD = ROOT / "tests" / "data" / "gold"


def _find(body: str, text: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = body.find(text, at + 1)
        if at < 0:
            raise ValueError(f"{text!r} not in the article")
    return at


def _sentence_at(body: str, sentences: list[tuple[int, str]], start: int) -> str:
    for offset, sentence in reversed(sentences):
        if offset <= start:
            return sentence
    return sentences[0][1]


def _indexed_sentences(body: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for sentence in plain_sentences(body):
        at = body.find(sentence, at)
        out.append((at, sentence))
        at += len(sentence)
    return out


def gold_article(stem: str) -> tuple[Article, ArticleFacts]:
    """The article of content/ with this stem and the facts of its gold file."""
    path = next(p for p in CONTENT.iterdir() if p.stem == stem)
    article = load_article(path)
    gold = yaml.safe_load((GOLD / f"{stem}.yaml").read_text(encoding="utf-8"))
    body = article.body
    sentences = _indexed_sentences(body)
    dates = []
    for d in gold.get("dates") or []:
        start = _find(body, d["text"], d.get("occurrence", 1))
        sentence = _sentence_at(body, sentences, start)
        end = start + len(d["text"])
        dates.append(DateFact(d["text"], str(d["value"]), sentence, start, end))
    quotes = []
    for q in gold.get("quotes") or []:
        start = _find(body, q["text"], q.get("occurrence", 1))
        sentence = _sentence_at(body, sentences, start)
        cue = "selon" if q["kind"] == "indirect" else "a dit"
        end = start + len(q["text"])
        quotes.append(Quote(q["speaker"], q["text"], q["kind"], cue, sentence, start, end))
    people = tuple(
        Person(p["name"], tuple(p.get("aliases") or ()), p.get("role"))
        for p in gold.get("people") or []
    )
    terms = []
    for rank, t in enumerate(gold.get("terms") or []):
        start = body.find(t["text"])
        sentence = _sentence_at(body, sentences, start)
        verb = t["lemma"].endswith(("er", "ir", "re")) and " " not in t["lemma"]
        pos = "VERB" if verb else "NOUN"
        terms.append(Term(t["lemma"], t["text"], sentence, 1.0 - rank / 100, pos))
    facts = ArticleFacts(
        path=path.name,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        dates=tuple(dates),
        people=people,
        quotes=tuple(quotes),
        terms=tuple(terms),
        sentences=tuple(s for _, s in sentences),
    )
    return article, facts


def gold_stems() -> list[str]:
    return sorted(p.stem for p in GOLD.glob("*.yaml"))


def generated_lessons(
    folder: Path, seed: int
) -> list[tuple[Article, ArticleFacts, dict[str, Any]]]:
    """Every article of a folder with its extracted facts and the lesson generated from them,
    for the guards over a blind review's lessons."""
    from tutor.extract import extract_many
    from tutor.generate import generate_document

    articles = [load_article(p) for p in sorted(folder.glob("*.txt"))]
    return [
        (article, facts, generate_document(article, facts, seed=seed, content_dir=folder))
        for article, facts in zip(articles, extract_many(articles), strict=True)
    ]


def context_for(article: Article, facts: ArticleFacts, seed: int = 0) -> Context:
    return Context(article, facts, shipped_glossary(), random.Random(seed))


def date_fact(article: Article, sentence: str, text: str, value: str) -> DateFact:
    """A DateFact for `text` inside `sentence`, both copied from the article."""
    start = article.body.index(sentence) + sentence.index(text)
    return DateFact(text, value, sentence, start, start + len(text))


def quote_fact(
    article: Article, sentence: str, speaker: str, text: str, kind: str = "direct", cue: str = ""
) -> Quote:
    start = article.body.index(sentence) + sentence.index(text)
    return Quote(speaker, text, kind, cue, sentence, start, start + len(text))  # type: ignore[arg-type]


def dated_context(
    folder: Path, dated: tuple[tuple[str, str, str], ...], published: str = "2025-04-10"
) -> Context:
    """A context for an article made of invented dated sentences, one (sentence, date text,
    value) per sentence, written to `folder` and read back as a teacher's file would be."""
    sentences = [sentence for sentence, _, _ in dated]
    path = folder / "commune.txt"
    path.write_text(
        "Nouvelles du canton\n\n10 avril 2025. – " + " ".join(sentences) + "\n\nSource : test.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    facts = ArticleFacts(
        path=path.name,
        title=article.title,
        published=published,
        dates=tuple(date_fact(article, *fact) for fact in dated),
        quotes=(),
        sentences=tuple(sentences),
    )
    return context_for(article, facts)


def invented_article(folder: Path, body: str, title: str = "Article") -> tuple[Article, Path]:
    """An invented article written to `folder` and read back, as a teacher's file would be."""
    path = folder / "article.txt"
    path.write_text(f"{title}\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    return load_article(path), path


def invented_context(
    folder: Path, body: str, published: str, seed: int = 0, **facts: object
) -> Context:
    """A context for an invented article, with facts written by hand."""
    article, path = invented_article(folder, body)
    made = ArticleFacts(path.name, article.title, published, **facts)  # type: ignore[arg-type]
    return Context(article, made, shipped_glossary(), random.Random(seed))


def meaning_in(folder: Path, body: str, term: str, sentence: str) -> str | None:
    """The definition a lesson gives `term` in `sentence` of an invented article (None: no
    sense is clearly meant, and the term is not defined)."""
    ctx = invented_context(folder, body, "2026-01-01")
    entry = entry_in_sentence(ctx, ctx.glossary.get(term), sentence)
    return None if entry is None else entry.definition


def lesson_of(folder: Path, article: Path, seed: int = 0) -> dict[str, Any]:
    """The lesson generated for one article, copied alone into an empty `folder`."""
    shutil.copy(article, folder / article.name)
    ((_, _, lesson),) = generated_lessons(folder, seed)
    return lesson
