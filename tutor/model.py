"""The domain: articles, exercise items, answer policies and verdicts, as frozen dataclasses.

Everything here is plain data; YAML, schemas, scoring and the UI live elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path


class Skill(StrEnum):
    """What an item trains; progress is reported per skill."""

    DATES = "dates"
    SPEAKERS = "speakers"
    VOCABULARY = "vocabulary"
    COMPREHENSION = "comprehension"


class AccentPolicy(StrEnum):
    """How a missing or wrong accent is judged: wrong, right with a warning, or not at all."""

    STRICT = "strict"
    WARN = "warn"
    IGNORE = "ignore"


class PartOfSpeech(StrEnum):
    """The part of speech of a cloze's answer, as the generator tagged it in its sentence:
    scoring reads an "s" too many as a verb's ending only on a verb ("dépends" for "dépend")."""

    VERB = "verb"
    """A conjugated verb or an infinitive."""
    PARTICIPLE = "participle"
    """A participle, which agrees like an adjective ("signés" for "signé")."""
    NOUN = "noun"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    NAME = "name"
    OTHER = "other"


class Truth(StrEnum):
    """The three answers of a vrai / faux / on ne sait pas item."""

    TRUE = "true"
    FALSE = "false"
    NOT_GIVEN = "not_given"


@dataclass(frozen=True)
class Article:
    """A text in `content/`: what the learner reads and what exercises are generated from.

    `body` is the text without title, front matter or final source line; character offsets in
    extracted facts and evidence sentences refer to it. `text_hash` identifies this body, so an
    exercise file can tell when its article has changed.
    """

    path: Path
    slug: str
    title: str
    body: str
    text_hash: str
    published: date | None = None
    source: str | None = None
    level: str | None = None
    licence: str | None = None


@dataclass(frozen=True)
class AnswerPolicy:
    """How typed answers are compared: accents and typo tolerance."""

    accents: AccentPolicy = AccentPolicy.WARN
    typos: bool = True


@dataclass(frozen=True)
class ItemBase:
    """Fields shared by every item type.

    `points` is the full score; a hint, when taken, costs `hint_cost` of those points.
    `evidence` is the sentence of the article that proves the answer.
    """

    id: str
    skill: Skill
    prompt: str
    evidence: str
    points: float = 1.0
    feedback: str = ""
    hint: str | None = None
    hint_cost: float = 0.0
    policy: AnswerPolicy = field(default_factory=AnswerPolicy)

    @property
    def kind(self) -> str:
        """The item's `type` as written in exercise files."""
        return ITEM_KIND_BY_CLASS[type(self)]


@dataclass(frozen=True)
class Choice(ItemBase):
    """QCM: one right option among 3 or 4, given by value."""

    options: tuple[str, ...] = ()
    answer: str = ""


@dataclass(frozen=True)
class TrueFalse(ItemBase):
    """Vrai / faux / on ne sait pas about a statement; `justify` asks for the proving sentence."""

    statement: str = ""
    answer: Truth = Truth.TRUE
    justify: bool = False
    other_evidence: tuple[str, ...] = ()
    """Other sentences of the article that prove the answer as well as `evidence` does: a news
    article often tells a fact twice (lead and body), and a learner who picks the other one has
    proved it too."""


@dataclass(frozen=True)
class QuotePair:
    """One quotation and who said it, for who-said-what items; a `reported` one is indirect
    speech in the article's words ("que le gouvernement n'acceptait pas le plan en l'état"),
    which is shown as it is: between « » it would pass for the speaker's own words."""

    quote: str
    speaker: str
    reported: bool = False


@dataclass(frozen=True)
class SpeakerMatch(ItemBase):
    """Who said what: match each quote to its speaker; `distractors` are extra speakers."""

    pairs: tuple[QuotePair, ...] = ()
    distractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChronologyEvent:
    """One event of a chronology; `date` is how the article dates it, when it does."""

    text: str
    date: str | None = None


@dataclass(frozen=True)
class Chronology(ItemBase):
    """Put events in order; `events` is the correct order (the app shuffles them)."""

    events: tuple[ChronologyEvent, ...] = ()


@dataclass(frozen=True)
class DateQuestion(ItemBase):
    """A "Quand ... ?" question answered by typing a date; `value` is its ISO form."""

    answer: str = ""
    value: str | None = None
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cloze(ItemBase):
    """A sentence with one gap (`___`), answered by typing or from a word bank."""

    text: str = ""
    answer: str = ""
    accept: tuple[str, ...] = ()
    bank: tuple[str, ...] = ()
    answer_pos: PartOfSpeech | None = None
    """None in a hand-written item that does not say: scoring reads the words around the gap."""


@dataclass(frozen=True)
class TermPair:
    """One term and its definition, for term <-> definition matching."""

    term: str
    definition: str


@dataclass(frozen=True)
class TermMatch(ItemBase):
    """Match each term to its definition."""

    pairs: tuple[TermPair, ...] = ()


@dataclass(frozen=True)
class Keyword:
    """An expected keyword of an open answer, with accepted alternatives."""

    word: str
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenQuestion(ItemBase):
    """An open question scored by the expected keywords the answer contains."""

    keywords: tuple[Keyword, ...] = ()
    min_keywords: int = 1
    model_answer: str = ""


Item = (
    Choice | TrueFalse | SpeakerMatch | Chronology | DateQuestion | Cloze | TermMatch | OpenQuestion
)

ITEM_CLASS_BY_KIND: dict[str, type[ItemBase]] = {
    "choice": Choice,
    "true_false": TrueFalse,
    "speakers": SpeakerMatch,
    "chronology": Chronology,
    "date": DateQuestion,
    "cloze": Cloze,
    "terms": TermMatch,
    "open": OpenQuestion,
}
ITEM_KIND_BY_CLASS: dict[type[ItemBase], str] = {v: k for k, v in ITEM_CLASS_BY_KIND.items()}

GAP = "___"
"""The gap marker of a cloze text."""


def with_gap_marks(text: str) -> str:
    """A cloze text with each line of three underscores or more written as one gap marker:
    teachers type gaps as long as on paper ('________'), which counted as two gaps, or left
    the learner the underscores after the first three."""
    return re.sub(r"_{3,}", GAP, text)


@dataclass(frozen=True)
class ExerciseSet:
    """The content of one exercise file: the items for one article.

    `article_path` is relative to `content/`; `article_hash` is the article's `text_hash` when the
    file was written.
    """

    path: Path
    article_path: str
    article_hash: str
    items: tuple[Item, ...]
    title: str | None = None

    def item(self, item_id: str) -> Item | None:
        """The item with this id, if the file still has it."""
        return next((it for it in self.items if it.id == item_id), None)
