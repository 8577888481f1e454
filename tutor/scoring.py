"""Grading one answer to one item: a verdict with points, the answer to show and the reason why.

Scoring rules, decided here once for every front end:
- Answers are compared through `normalize.key` (case, quotes, spaces, hyphens, numbers in words,
  leading articles for term answers); only accents and real typos are left to judge.
- Accents follow `item.policy.accents`: strict makes a wrong accent wrong, warn accepts it with a
  warning, ignore accepts it silently. Dates never lose points for accents ("aout" is "août").
- A near miss (`normalize.typo_distance`: one edit per word from 4 letters, two from 10, never on
  short words or numbers) is "almost" and earns ALMOST_SHARE of the points, unless it is as near
  to another valid option of the item (a bank word, another option), or when the near word is
  a common French word of its own ("fraction" for "infraction", `scoring_words`): then it is
  wrong.
- Matching and chronology earn points * share of correct pairs / positions; a date with a part
  missing ("juin 2024" for 19 juin 2024) earns the share of parts given, and the year is not
  asked when an accepted form leaves it out ("9 mars" for "jeudi 9 mars"); the weekday alone
  that the answer names ("jeudi") earns WEEKDAY_SHARE; an open answer earns
  points * found / min_keywords, capped at full points.
- True / false with `justify`: the truth value and the justification are worth half each; a wrong
  truth value earns nothing. "On ne sait pas" needs no justification (there is no sentence).
- A slip of agreement ("abeille" for "abeilles", "signée" for "signé", "dépendent" for "dépend")
  is "almost", with its own words (`scoring_text`), unless it is another option of the item;
  an "s" too many on a verb gap ("dépends" after "La Corée du Nord") is the verb's ending.
- A "how long" DateQuestion (`value` an ISO duration such as P2D) accepts the same length in any
  unit ("48 heures" for "2 jours"); its number without the unit ("2") earns half.
- A wrong answer that nearly had it gets a hint, not points (`scoring_near`): a number with two
  digits swapped or one digit off when the words around it are right ("d'ici à 2041"), a date
  with some parts right ("15 mars 2023" for 15 mars 2024), a day and a month swapped (06/01).
- A hint costs `item.hint_cost` points, never taking the score below zero.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from tutor import messages
from tutor.french_calendar import WEEKDAYS
from tutor.model import (
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.normalize import (
    DateParts,
    Duration,
    clean,
    key,
    parse_date,
    parse_duration,
    parse_iso_duration,
    parse_iso_value,
    strip_accents,
    unit_typos_fixed,
    words,
)
from tutor.scoring_near import date_hint
from tutor.scoring_parts import grade_chronology, grade_open, grade_pairs
from tutor.scoring_text import TextMatch, match_text, text_explanation
from tutor.scoring_words import gap_is_verb
from tutor.verdict import Outcome, Reason, Verdict, make_verdict, quoted

__all__ = ["ALMOST_SHARE", "Outcome", "Reason", "Verdict", "grade"]

ALMOST_SHARE = 0.5
"""Share of the points an "almost" (a typo) earns."""

WEEKDAY_SHARE = 0.5
"""Share of the points for the right day of the week alone ("mardi" for mardi 24 janvier): the
article's own word for the day, but not the date the question asks for."""

JUSTIFICATION_SHARE = 0.5
"""Share of the points that rests on the justification of a true / false answer."""

Answer = str | Truth | Mapping[str, str] | Sequence[str] | None
"""What a learner gives: text, a truth value, a mapping (matching) or a list (chronology)."""


_SHARE = {Outcome.CORRECT: 1.0, Outcome.ALMOST: ALMOST_SHARE, Outcome.INCORRECT: 0.0}


def _typed(item: Choice | Cloze, answer: Answer) -> Verdict:
    if isinstance(item, Choice):
        accepted, others = [item.answer], [o for o in item.options if o != item.answer]
    else:
        accepted = [item.answer, *item.accept]
        others = [b for b in item.bank if b not in accepted]
    if answer is not None and not isinstance(answer, str):
        return _invalid(item, item.answer)
    verb = isinstance(item, Cloze) and gap_is_verb(item.text)
    match = match_text(answer or "", accepted, others, item.policy, term=True, verb=verb)
    explanation = text_explanation(match, item.answer, picked=isinstance(item, Choice))
    return make_verdict(
        item, match.outcome, _SHARE[match.outcome], item.answer, explanation, match.reasons
    )


def _date(item: DateQuestion, answer: Answer) -> Verdict:
    if answer is not None and not isinstance(answer, str):
        return _invalid(item, item.answer)
    text = answer or ""
    match = match_text(text, [item.answer, *item.accept], [], item.policy, term=False)
    if match.outcome is Outcome.CORRECT or Reason.EMPTY in match.reasons:
        explanation = text_explanation(match, item.answer)
        return make_verdict(
            item, match.outcome, _SHARE[match.outcome], item.answer, explanation, match.reasons
        )
    length = parse_iso_duration(item.value) if item.value else None
    if length is not None:
        return _duration(item, text, length, match)
    wanted = parse_iso_value(item.value) if item.value else None
    wanted = wanted or parse_date(item.answer)
    if wanted is not None and _weekday_of(wanted) in _weekdays_named(item, text):
        explanation = messages.SCORE_DATE_WEEKDAY_ONLY.format(expected=quoted(item.answer))
        return make_verdict(
            item,
            Outcome.PARTIAL,
            WEEKDAY_SHARE,
            item.answer,
            explanation,
            (Reason.DATE_INCOMPLETE,),
        )
    given = parse_date(text, typos=item.policy.typos)
    shown = quoted(item.answer)
    if wanted is None or given is None:
        explanation = text_explanation(match, item.answer, dates=True)
        return make_verdict(
            item, match.outcome, _SHARE[match.outcome], item.answer, explanation, match.reasons
        )
    want, got = wanted.fields(), given.fields()
    asked = _asked_parts(item, want)
    common = [name for name in want if name in got]
    if any(want[name] != got[name] for name in common) or not common:
        hint = date_hint(want, got, shown, typed=text)
        if hint is None:
            text_out = messages.SCORE_DATE_WRONG.format(expected=shown)
            return make_verdict(
                item, Outcome.INCORRECT, 0.0, item.answer, text_out, (Reason.WRONG,)
            )
        return make_verdict(item, Outcome.INCORRECT, 0.0, item.answer, hint.text, hint.reasons)
    missing = [name for name in asked if name not in got]
    if missing:
        template = {
            "year": messages.SCORE_DATE_NO_YEAR,
            "day": messages.SCORE_DATE_NO_DAY,
            "month": messages.SCORE_DATE_NO_MONTH,
        }[next(n for n in ("year", "day", "month") if n in missing)]
        given_asked = [name for name in asked if name in got]
        share = len(given_asked) / len(asked) if given_asked else len(common) / len(want)
        reasons = (
            (Reason.DATE_INCOMPLETE, Reason.TYPO) if given.month_typo else (Reason.DATE_INCOMPLETE,)
        )
        return make_verdict(
            item, Outcome.PARTIAL, share, item.answer, template.format(expected=shown), reasons
        )
    if given.month_typo:
        explanation = messages.SCORE_DATE_MONTH_TYPO.format(expected=shown)
        return make_verdict(
            item, Outcome.ALMOST, ALMOST_SHARE, item.answer, explanation, (Reason.TYPO,)
        )
    explanation = messages.SCORE_CORRECT.format(expected=shown)
    return make_verdict(item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,))


def _weekday_of(date: DateParts) -> str | None:
    if date.year is None or date.month is None or date.day is None:
        return None
    return WEEKDAYS[datetime.date(date.year, date.month, date.day).weekday()]


def _weekdays_named(item: DateQuestion, text: str) -> set[str]:
    """The day of the week a learner typed alone ("mardi", "le mardi") when the item's answer
    names it too ("mardi 24 janvier"): the article's own word for the day. Empty otherwise: a
    "lundi" the article never wrote is no answer to a reading question."""
    typed = strip_accents(clean(text)).split()
    if typed[:1] == ["le"]:
        typed = typed[1:]
    if len(typed) != 1 or typed[0] not in WEEKDAYS:
        return set()
    named = {w for form in (item.answer, *item.accept) for w in strip_accents(clean(form)).split()}
    return set(typed) & named


def _asked_parts(item: DateQuestion, want: Mapping[str, int]) -> list[str]:
    """The parts of the date a learner must give: those of `value`, less the year when an
    accepted form leaves it out ("jeudi 9 mars", accept "9 mars" for 2017-03-09). The shown
    answer then names no year, and "le 9 mars" was told "il manque l'année" beside it."""
    forms = [parse_date(form) for form in (item.answer, *item.accept)]
    parts = [
        fields
        for form in forms
        if form is not None
        and (fields := form.fields())
        and all(want.get(name) == value for name, value in fields.items())
    ]
    return list(min(parts, key=len)) if parts else list(want)


def _duration(item: DateQuestion, text: str, length: Duration, match: TextMatch) -> Verdict:
    """A "how long" question: "48 heures" is "2 jours" (`value` is an ISO duration, P2D)."""
    given = parse_duration(text)
    if given is None and _number_of(text, item.answer, length):
        explanation = messages.SCORE_DURATION_NO_UNIT.format(expected=quoted(item.answer))
        return make_verdict(
            item, Outcome.PARTIAL, 0.5, item.answer, explanation, (Reason.UNIT_MISSING,)
        )
    if given is None and item.policy.typos and parse_duration(unit_typos_fixed(text)) == length:
        explanation = messages.SCORE_TYPO.format(expected=quoted(item.answer))
        return make_verdict(
            item, Outcome.ALMOST, ALMOST_SHARE, item.answer, explanation, (Reason.TYPO,)
        )
    if given is None or given != length:
        explanation = text_explanation(match, item.answer)
        return make_verdict(
            item, match.outcome, _SHARE[match.outcome], item.answer, explanation, match.reasons
        )
    explanation = messages.SCORE_CORRECT.format(expected=quoted(item.answer))
    return make_verdict(item, Outcome.CORRECT, 1.0, item.answer, explanation, (Reason.EXACT,))


def _number_of(text: str, answer: str, length: Duration) -> bool:
    """Whether a learner wrote the answer's number without its unit ("2" or "deux" for "2
    jours"): half the answer, which the feedback completes, not a wrong one."""
    number, unit = key(text), key(answer).split()[-1:]
    if not number or " " in number or not unit:
        return False
    return parse_duration(f"{number} {unit[0]}") == length


def parse_truth(value: object) -> Truth | None:
    """A truth value from what a learner or a front end gives: "true", "vrai", "on ne sait pas"."""
    if isinstance(value, Truth):
        return value
    if not isinstance(value, str):
        return None
    text = strip_accents(clean(value)).replace("_", " ")
    text = " ".join(text.split())
    if text in ("true", "false"):
        return Truth(text)
    if text == "not given":
        return Truth.NOT_GIVEN
    found = messages.TRUTH_WORDS.get(text)
    return Truth(found) if found else None


def justifies(justification: str, evidence: str) -> bool:
    """Whether a quoted justification is the evidence sentence, or the part of it that proves.

    Half of the evidence's content words (4 letters or more) must be in it, and most of its own
    content words (70%) must come from the evidence, so pasting the whole article does not pass.
    """

    def content(text: str) -> set[str]:
        found = [strip_accents(w) for w in words(key(text))]
        long = {w for w in found if len(w) >= 4}
        return long or set(found)

    proof, given = content(evidence), content(justification)
    if not proof or not given:
        return False
    shared = proof & given
    return len(shared) >= 0.5 * len(proof) and len(shared) >= 0.7 * len(given)


def _true_false(item: TrueFalse, answer: Answer) -> Verdict:
    justification = ""
    if isinstance(answer, Mapping):
        raw_truth = answer.get("truth")
        raw_just = answer.get("justification")
        justification = raw_just if isinstance(raw_just, str) else ""
    elif isinstance(answer, Sequence) and not isinstance(answer, str) and len(answer) == 2:
        raw_truth = answer[0]
        justification = answer[1] if isinstance(answer[1], str) else ""
    else:
        raw_truth = answer
    truth = parse_truth(raw_truth)
    label = messages.TRUTH_LABELS[item.answer.value]
    shown = quoted(label)
    if truth is None:
        return _invalid(item, label)
    if truth is not item.answer:
        text = messages.SCORE_TRUTH_WRONG.format(expected=shown)
        return make_verdict(item, Outcome.INCORRECT, 0.0, label, text, (Reason.WRONG,))
    if not item.justify or item.answer is Truth.NOT_GIVEN:
        text = messages.SCORE_TRUTH_CORRECT.format(expected=shown)
        return make_verdict(item, Outcome.CORRECT, 1.0, label, text, (Reason.EXACT,))
    share = 1.0 - JUSTIFICATION_SHARE
    if not key(justification):
        text = messages.SCORE_JUSTIFY_MISSING.format(expected=shown)
        return make_verdict(
            item, Outcome.PARTIAL, share, label, text, (Reason.JUSTIFICATION_MISSING,)
        )
    if not justifies(justification, item.evidence):
        text = messages.SCORE_JUSTIFY_WRONG.format(expected=shown, evidence=quoted(item.evidence))
        return make_verdict(
            item, Outcome.PARTIAL, share, label, text, (Reason.JUSTIFICATION_WRONG,)
        )
    text = messages.SCORE_JUSTIFY_OK.format(expected=shown)
    return make_verdict(item, Outcome.CORRECT, 1.0, label, text, (Reason.EXACT,))


def _invalid(item: Item, expected: str) -> Verdict:
    text = messages.SCORE_INVALID.format(expected=quoted(expected))
    return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.INVALID,))


def _with_hint(item: Item, verdict: Verdict) -> Verdict:
    cost = item.hint_cost
    explanation = verdict.explanation
    if cost > 0:
        singular, many = messages.SCORE_POINT_COUNTS
        points = (singular if cost < 2 else many).format(count=_french_number(cost))
        explanation += messages.SCORE_HINT.format(cost=points)
    return Verdict(
        outcome=verdict.outcome,
        points=round(max(0.0, verdict.points - cost), 3),
        max_points=verdict.max_points,
        expected=verdict.expected,
        explanation=explanation,
        evidence=verdict.evidence,
        reason=(*verdict.reason, Reason.HINT),
    )


def _french_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


def grade(item: Item, answer: Answer, *, hint_used: bool = False) -> Verdict:
    """The verdict on one answer. Never raises on a learner's input: an answer of the wrong
    shape for the item (text for a matching item, say) is graded incorrect, reason `invalid`.

    Answer shapes: Choice, Cloze, DateQuestion and OpenQuestion take text; TrueFalse takes
    "true" / "false" / "not_given" (or a Truth, or the French words), and when the item asks
    for a justification, a mapping {"truth": ..., "justification": ...} or a (truth,
    justification) pair; SpeakerMatch maps quote -> speaker; TermMatch maps term ->
    definition; Chronology takes the event texts in the learner's order.
    """
    if isinstance(item, Choice | Cloze):
        verdict = _typed(item, answer)
    elif isinstance(item, DateQuestion):
        verdict = _date(item, answer)
    elif isinstance(item, TrueFalse):
        verdict = _true_false(item, answer)
    elif isinstance(item, SpeakerMatch | TermMatch):
        verdict = grade_pairs(item, answer)
    elif isinstance(item, Chronology):
        verdict = grade_chronology(item, answer)
    elif isinstance(item, OpenQuestion):
        verdict = grade_open(item, answer)
    else:
        raise TypeError(f"not an item: {type(item).__name__}")
    return _with_hint(item, verdict) if hint_used else verdict
