"""Plain facts extracted from an article: dates, people, quotes and key terms.

They cross the boundary between extraction (which needs spaCy) and generation (which does not),
and are what `tutor extract --json` prints. Offsets are character offsets into `Article.body`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal


@dataclass(frozen=True)
class DateFact:
    """A date or time expression and the sentence (the event) it dates.

    `value` is ISO ("2000-07", "2024-03-15", "2012"), an ISO duration ("P24Y", "P2D") or "relative".
    """

    text: str
    value: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    """A person named in the article, with the other names it goes by and its role there."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    """What someone said, directly (quotation marks) or indirectly ("X a estimé que ...").

    `speaker` is the canonical full name, or the description of a group or unnamed source.
    `cue` is the speech verb or phrase that attributes the quote ("a déclaré", "selon").
    """

    speaker: str
    text: str
    kind: Literal["direct", "indirect"]
    cue: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Term:
    """A key term: lemma, the form written in the article, its sentence, and its rank score."""

    lemma: str
    text: str
    sentence: str
    score: float
    pos: str = ""


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extraction found in one article; in article order, but terms best first."""

    path: str
    title: str
    published: str | None
    dates: tuple[DateFact, ...] = ()
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    terms: tuple[Term, ...] = ()
    sentences: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        """The shape of `tutor extract --json`."""
        return {
            "article": {"path": self.path, "title": self.title, "published": self.published},
            "dates": [asdict(d) for d in self.dates],
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "role": p.role} for p in self.people
            ],
            "quotes": [asdict(q) for q in self.quotes],
            "terms": [asdict(t) for t in self.terms],
        }
