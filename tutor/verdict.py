"""The result of grading one answer: outcome, points, the answer to show and the reasons why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from tutor import messages

if TYPE_CHECKING:  # the app's first screen quotes text and needs no domain model
    from tutor.model import Item


class Outcome(StrEnum):
    """How an answer was judged; "almost" is a near miss (a typo), "partial" a part right."""

    CORRECT = "correct"
    ALMOST = "almost"
    PARTIAL = "partial"
    INCORRECT = "incorrect"


class Reason(StrEnum):
    """Why a verdict is what it is; a verdict may carry several (a typo and a hint, say)."""

    EXACT = "exact"
    ACCENT = "accent"
    TYPO = "typo"
    AGREEMENT = "agreement"
    """Singular for plural or the other way round ("abeille" for "abeilles")."""
    GENDER = "gender"
    """Feminine for masculine or the other way round ("signée" for "signé")."""
    VERB_ENDING = "verb_ending"
    """Another person of the verb ("dépendent" for "dépend")."""
    SOUND_ALIKE_ENDING = "sound_alike_ending"
    """An ending said alike written for another ("allier" for "allié")."""
    ELISION = "elision"
    """An elision written whole inside the answer ("réserves de interprétation")."""
    SMALL_WORD_MISSING = "small_word_missing"
    """A small word ("de", "la") left out of an answer of several words."""
    SMALL_WORD_EXTRA = "small_word_extra"
    """A small word put into an answer of several words."""
    OTHER_OPTION = "other_option"
    OTHER_WORD = "other_word"
    """A near miss that is another French word ("fraction" for "infraction"), not a typo."""
    OTHER_PERSON = "other_person"
    """A person's name that is another name ("Marin" for Martin), not a typo of this one."""
    MISSING_WORDS = "missing_words"
    """Some of the words of a multi-word answer, and only them ("gouvernement" for
    "gouvernement de coalition")."""
    WRONG = "wrong"
    EMPTY = "empty"
    INVALID = "invalid"
    DATE_INCOMPLETE = "date_incomplete"
    UNIT_MISSING = "unit_missing"
    """A length of time without its unit ("2" for "2 jours")."""
    JUSTIFICATION_MISSING = "justification_missing"
    JUSTIFICATION_WRONG = "justification_wrong"
    PARTIAL_PAIRS = "partial_pairs"
    PARTIAL_ORDER = "partial_order"
    MISSING_KEYWORDS = "missing_keywords"
    COPIED_TEXT = "copied_text"
    """An open answer that is a long stretch of the text copied word for word."""
    KEYWORD_SMALL_WORD = "keyword_small_word"
    """An open answer's keyword of several words with a small word left out or changed
    ("prison sursis" for « prison avec sursis »)."""
    NEGATION = "negation"
    """A keyword said the other way round: denied where the accepted answer affirms it ("il ne
    veut pas de missiles"), or the reverse."""
    BOUND = "bound"
    """The right figure of a length with a bound the article does not give ("plus de trente ans"
    for « trente ans »), without the one it gives, or with the opposite one."""
    OPPOSITE_WORD = "opposite_word"
    """An open answer that says the opposite outcome of the text ("acquitté" for « condamné »,
    "hausse" for « baisse »): the keywords of its sentence earn nothing."""
    DIGITS_SWAPPED = "digits_swapped"
    DIGIT_OFF = "digit_off"
    DATE_PART_WRONG = "date_part_wrong"
    WEEKDAY_WRONG = "weekday_wrong"
    """The right date with another day of the week ("mercredi 9 mars" for jeudi 9 mars)."""
    DAY_MONTH_SWAPPED = "day_month_swapped"
    HINT = "hint"


ALMOST_SHARE = 0.5
"""Share of the points an "almost" (a typo, a slip of ending) earns."""

OUTCOME_SHARE = {Outcome.CORRECT: 1.0, Outcome.ALMOST: ALMOST_SHARE, Outcome.INCORRECT: 0.0}
"""Share of the points of a text answer judged as a whole (no parts)."""


@dataclass(frozen=True)
class Verdict:
    """What the learner is told after answering, and what progress records.

    `expected` is the accepted answer to show; `explanation` says in simple French what was
    expected and why this verdict; `evidence` is the item's proving sentence.
    """

    outcome: Outcome
    points: float
    max_points: float
    expected: str
    explanation: str
    evidence: str
    reason: tuple[Reason, ...] = ()


def nested_quotes(text: str) -> str:
    """A text made ready to go inside « »: its own « » become “ ” (French nests quotations that
    way, never « « » »), and a quotation it opens without closing (a sentence cut at its « … ! »)
    is closed."""
    inner = re.sub(r"[ \t\u00a0\u202f]*»", "”", re.sub(r"«[ \t\u00a0\u202f]*", "“", text.strip()))
    return inner + "”" * (inner.count("“") - inner.count("”"))


def quoted(text: str) -> str:
    """An answer or a proof quoted the French way for an explanation."""
    return messages.QUOTED.format(text=nested_quotes(text))


_STOP_AFTER_QUOTED_STOP = re.compile(r"(?<!\.)([.!?…](?:[\u00a0 ]»)?)\.(?=\s|$)")
"""A full stop after a sentence that ends on its own, quoted (« … emplois. ».) or not (the last
event of a chronology, "… sauf François Fillon.."); three dots of an ellipsis are kept."""


def one_stop(text: str) -> str:
    """The text without the full stop that follows a sentence closing on its own stop ("est
    « PSA va supprimer 8 000 emplois. »." -> "… emplois. »", "Fillon.." -> "Fillon."): French
    typography puts one."""
    return _STOP_AFTER_QUOTED_STOP.sub(r"\1", text)


def make_verdict(
    item: Item,
    outcome: Outcome,
    share: float,
    expected: str,
    explanation: str,
    reasons: tuple[Reason, ...],
) -> Verdict:
    """A verdict earning `share` of the item's points (rounded to 3 decimals)."""
    return Verdict(
        outcome=outcome,
        points=round(item.points * max(0.0, min(1.0, share)), 3),
        max_points=item.points,
        expected=expected,
        explanation=one_stop(explanation),
        evidence=item.evidence,
        reason=reasons,
    )
