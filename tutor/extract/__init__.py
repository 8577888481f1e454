"""Analysed article -> plain facts: dates, people, who said what, and key terms.

One parse per article (`nlp.pipe` for batches); everything after the parse is rules over the
parsed text, so the facts come out the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor.article_checks import MAX_CHARS, text_problem
from tutor.content import read_dateline
from tutor.extract.dates import find_dates
from tutor.extract.interview import interview_answers, with_interview_answers
from tutor.extract.name_symbols import tidy_people, tidy_speaker
from tutor.extract.people import find_people
from tutor.extract.quotes import QuoteFinder
from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.speakers import SpeakerResolver
from tutor.extract.term_fields import field_lexicon
from tutor.extract.terms import find_terms
from tutor.extract.tokens import table_of
from tutor.facts import ArticleFacts, DateFact, Person
from tutor.glossary_files import load_glossary
from tutor.model_text import names_as_written

if TYPE_CHECKING:
    from datetime import date

    from tutor.model import Article
    from tutor.nlp import Doc, Language

__all__ = [
    "MAX_CHARS",
    "ExtractionError",
    "check_article",
    "extract_each",
    "extract_facts",
    "extract_many",
]


class ExtractionError(Exception):
    """An article extraction cannot work on; the message says why in one line."""


def check_article(article: Article) -> None:
    """Refuse, before loading the model, what extraction cannot handle (see `text_problem`)."""
    problem = text_problem(article)
    if problem is not None:
        raise ExtractionError(problem)


def reference_date(article: Article) -> date | None:
    """The date relative expressions count from: the published date, else a dateline opening
    one of the first paragraphs (some bodies start with a lead, then the dateline)."""
    if article.published is not None:
        return article.published
    for paragraph in [p for p in article.body.split("\n") if p.strip()][:3]:
        found = read_dateline(paragraph)
        if found is not None:
            return found
    return None


def extract_facts(article: Article, nlp: Language | None = None) -> ArticleFacts:
    """All the facts of one article; raises ExtractionError for input it cannot analyse."""
    from tutor.nlp import analyse

    check_article(article)
    return facts_from_doc(article, analyse(article.body, nlp))


def extract_many(articles: Sequence[Article], nlp: Language | None = None) -> list[ArticleFacts]:
    """The facts of several articles, parsed in one batch; every article is checked first."""
    return list(extract_each(articles, nlp))


def extract_each(
    articles: Sequence[Article], nlp: Language | None = None
) -> Iterator[ArticleFacts]:
    """The facts of several articles, parsed in `nlp.pipe` batches and handed over one by one,
    so that the caller can use an article's facts while its parse is still remembered (see
    `tutor.nlp.analyse`). Every article is checked before this returns."""
    from tutor.nlp import analyse_each

    for article in articles:
        check_article(article)
    docs = analyse_each([a.body for a in articles], nlp)
    return (facts_from_doc(a, d) for a, d in zip(articles, docs, strict=True))


def facts_from_doc(article: Article, doc: Doc) -> ArticleFacts:
    """The facts of an article already parsed (`doc` is the parse of `article.body`)."""
    body = article.body
    ref = reference_date(article)
    tokens = table_of(doc)  # read once, for the rules that visit every token
    text = tokens.doc_text
    quoted = quoted_spans(text)
    sentences = split_sentences(doc, body, quoted, text)
    index = SentenceIndex(sentences)
    people = find_people(doc, body, [(q.open, q.close) for q in quoted])
    speakers = SpeakerResolver(doc, body, people, quoted)
    finder = QuoteFinder(doc, body, sentences, quoted, people, speakers, tokens)
    quotes = with_interview_answers(finder.find(), interview_answers(body, article.title, people))
    dates = tuple(
        DateFact(body[d.start : d.end], d.value, index.at(d.start).text, d.start, d.end)
        for d in find_dates(text, ref)
    )
    persons = tuple(
        Person(p.name, p.aliases, _as_written(p.role or speakers.learnt_roles.get(p.name), body))
        for p in people.people
    )
    quotes = [tidy_speaker(replace(q, speaker=names_as_written(q.speaker, body))) for q in quotes]
    # a teacher's content/glossary.yaml extends the shipped one for ranking, as for definitions
    glossary = load_glossary(article.path.parent, key_vocabulary=True)
    lexicon = field_lexicon()  # the thematic lexicon's terms of the article's field rank higher
    terms = find_terms(
        doc, body, index, article.title, glossary=glossary, tokens=tokens, lexicon=lexicon
    )
    return ArticleFacts(
        path=str(article.path),
        title=article.title,
        published=ref.isoformat() if ref else None,
        dates=dates,
        people=tidy_people(persons),
        quotes=tuple(quotes),
        terms=tuple(terms),
        sentences=tuple(s.text for s in sentences),
    )


def _as_written(role: str | None, body: str) -> str | None:
    """A role with the names in it spelt as the article writes them (see `names_as_written`)."""
    return names_as_written(role, body) if role else role
