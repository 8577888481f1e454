"""Grading one answer to one item: a verdict with points, the answer to show and the reason why.
Dates and lengths of time are graded in `scoring_dates`, parts in `scoring_parts`.

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
  points * found / min_keywords, capped at full points; a keyword said the other way round
  ("il ne veut pas de missiles" for an answer that says he wants them) is not found
  (`scoring_negation`), nor any keyword of a sentence that says the opposite outcome
  ("acquitté" for « condamné », "hausse" for « baisse »: `opposite_words`).
- True / false with `justify`: the truth value and the justification are worth half each; a wrong
  truth value earns nothing. "On ne sait pas" needs no justification (there is no sentence). The
  justification is the evidence or one of the item's `other_evidence` sentences (a fact told
  twice); an item without them takes, for a changed figure, any sentence stating the figure.
- A slip of agreement ("abeille" for "abeilles", "signée" for "signé", "dépendent" for "dépend")
  is "almost", with its own words (`scoring_text`), unless it is another option of the item;
  an "s" too many on a verb ("dépends" for "dépend") is the verb's ending: the cloze's
  `answer_pos` says it is a verb, or, in a hand-written item without it, the words around the
  gap do (`gap_is_verb`).
- A time of the year in a date ("dès l'été 2025", "fin 2024") is part of it: another season,
  "début" for "fin" or a month outside it with the right year earns half, the season without
  the year half (`date_periods`); a weekday with no date behind it (an article without a
  dateline: "samedi soir") is graded as a dated one is.
- A "how long" DateQuestion (`value` an ISO duration such as P2D) accepts the same length in any
  unit ("48 heures" for "2 jours"); its number without the unit ("2") earns half. A bound the
  article does not give ("plus de trente ans" for « trente ans ») or the opposite one is wrong,
  the article's bound left out ("trente ans" for « plus de trente ans ») earns half, an estimate
  ("environ", "près de") changes nothing (`scoring_bounds`).
- A wrong answer that nearly had it gets a hint, not points (`scoring_near`): a number with two
  digits swapped or one digit off when the words around it are right ("d'ici à 2041"), a date
  with some parts right ("15 mars 2023" for 15 mars 2024), a day and a month swapped (06/01).
- A hint costs `item.hint_cost` points, never taking the score below zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tutor import messages
from tutor.model import (
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    PartOfSpeech,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.normalize import (
    clean,
    key,
    strip_accents,
    words,
)
from tutor.scoring_dates import grade_date
from tutor.scoring_parts import grade_chronology, grade_open, grade_pairs
from tutor.scoring_people import item_people
from tutor.scoring_text import match_text, text_explanation
from tutor.scoring_words import gap_is_verb, with_gap_words
from tutor.verdict import (
    ALMOST_SHARE,
    OUTCOME_SHARE,
    Outcome,
    Reason,
    Verdict,
    make_verdict,
    quoted,
)

__all__ = ["ALMOST_SHARE", "Outcome", "Reason", "Verdict", "grade"]

JUSTIFICATION_SHARE = 0.5
"""Share of the points that rests on the justification of a true / false answer."""

Answer = str | Truth | Mapping[str, str] | Sequence[str] | None
"""What a learner gives: text, a truth value, a mapping (matching) or a list (chronology)."""


def _typed(item: Choice | Cloze, answer: Answer) -> Verdict:
    copied: list[str] = []
    if isinstance(item, Choice):
        accepted, others = [item.answer], [o for o in item.options if o != item.answer]
    else:
        accepted = [item.answer, *item.accept]
        others = [b for b in item.bank if b not in accepted]
        copied = with_gap_words(item.text, accepted)
    if answer is not None and not isinstance(answer, str):
        return _invalid(item, item.answer)
    verb = isinstance(item, Cloze) and (
        item.answer_pos is PartOfSpeech.VERB
        if item.answer_pos is not None
        else gap_is_verb(item.text)  # a hand-written item that does not say
    )
    people = item_people(item)
    match = match_text(
        answer or "",
        accepted,
        others,
        item.policy,
        term=True,
        verb=verb,
        people=people,
        copied=copied,
    )
    explanation = text_explanation(match, item.answer, picked=isinstance(item, Choice))
    return make_verdict(
        item, match.outcome, OUTCOME_SHARE[match.outcome], item.answer, explanation, match.reasons
    )


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


def _states_the_figure(justification: str, item: TrueFalse) -> bool:
    """Whether a sentence other than the evidence proves a false statement whose figure was
    changed: it gives the article's figure and says most of the rest of the statement. "… par
    11 des 27 gouvernements" is as false by the lead "signé secrètement en janvier 2012 par 22
    des 27 gouvernements de l'Union européenne" as by the evidence itself."""
    if item.answer is not Truth.FALSE:
        return False
    texts = (item.statement, item.evidence, justification)
    stated, proof, given = (set(words(key(text))) for text in texts)
    figures = {w for w in proof - stated if w.isdigit()}
    if not figures or not any(w.isdigit() for w in stated - proof) or not figures <= given:
        return False
    topic = {strip_accents(w) for w in stated if len(w) >= 4 and not w.isdigit()}
    shared = topic & {strip_accents(w) for w in given}
    return len(shared) >= 0.6 * len(topic)


def _proves(justification: str, item: TrueFalse) -> bool:
    """Whether the learner's sentence is the item's evidence or one of the other sentences it
    lists as proof. An item that lists none (a file written before `other_evidence`, or one a
    teacher wrote) still takes, for a changed figure, any sentence that states the figure."""
    if item.other_evidence:
        return any(justifies(justification, s) for s in (item.evidence, *item.other_evidence))
    return justifies(justification, item.evidence) or _states_the_figure(justification, item)


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
    if not _proves(justification, item):
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
    definition, or definition -> term (the app's rows); Chronology takes the event texts in
    the learner's order.
    """
    if isinstance(item, Choice | Cloze):
        verdict = _typed(item, answer)
    elif isinstance(item, DateQuestion):
        verdict = grade_date(item, answer) if answer is None or isinstance(answer, str) else None
        verdict = verdict or _invalid(item, item.answer)
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
