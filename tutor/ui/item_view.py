"""How each kind of item is asked: its text, its answer widget, and its answer in words.

Options are shuffled, since teachers and the generator write the right answer first. The order
is seeded by the item's id and the attempt (how many answers to the item the learner's record
already holds), never by Python's per-process hash: the same attempt shows the same screen after
a restart and in screenshots, while an item back for review shows its options in another order
(a learner who missed it could otherwise remember "it was number 3" instead of the answer).
The first attempt (0) keeps the order the app always showed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from textual.content import Content
from textual.widget import Widget

from tutor import messages as msg
from tutor.model import (
    GAP,
    Choice,
    Chronology,
    Cloze,
    DateQuestion,
    Item,
    OpenQuestion,
    QuotePair,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
    Truth,
)
from tutor.plain_sentences import split_sentences
from tutor.ui.text_spans import find_sentence, paragraphs
from tutor.ui.typography import quote
from tutor.ui.widgets.answers import ChoiceAnswer, JustifiedTruthAnswer, OrderingAnswer, TextAnswer
from tutor.ui.widgets.open_answer import OpenAnswer
from tutor.ui.widgets.pairing import PairingAnswer

GAP_SHOWN = "_______"
SHOWN_PROOF = 70
"""Characters of a quoted justification repeated on the feedback screen."""
SHOWN_ROW = 50
"""Characters of a quote or a definition in the feedback's row-by-row correction."""
TRUTH_ORDER = (Truth.TRUE, Truth.FALSE, Truth.NOT_GIVEN)
TRUTH_KEYS = ["v", "f", "n"]


RESHUFFLE_TRIES = 20
"""Seeds tried for a later attempt's order before falling back to a fixed move."""


def _shuffled(values: list[str], seed: str) -> list[str]:
    out = list(values)
    random.Random(seed).shuffle(out)
    return out


def _rotated(order: list[str]) -> list[str]:
    return order[1:] + order[:1]


def _for_attempt(
    first: list[str],
    seed: str,
    attempt: int,
    changed: Callable[[list[str], list[str]], bool],
    fallback: Callable[[list[str]], list[str]] = _rotated,
) -> list[str]:
    """The order shown at `attempt`, from the first attempt's: each later attempt takes the
    first seeded shuffle that `changed(previous, new)` accepts, so the order moves from one
    attempt to the next (a shuffle alone may give the same order back)."""
    order = first
    if len(first) < 2:
        return order
    for number in range(1, attempt + 1):
        previous = order
        tries = (_shuffled(first, f"{seed}-attempt{number}-{k}") for k in range(RESHUFFLE_TRIES))
        order = next((o for o in tries if changed(previous, o)), None) or fallback(previous)
    return order


def _answer_moved(answer: str) -> Callable[[list[str], list[str]], bool]:
    """Whether the right answer is at another number than before (any other order when the
    answer is not among the options)."""

    def moved(previous: list[str], order: list[str]) -> bool:
        if answer in previous:
            return order.index(answer) != previous.index(answer)
        return order != previous

    return moved


def _reordered(previous: list[str], order: list[str]) -> bool:
    return order != previous


LETTER_KEYS = "abcdefg"
"""Keys of options that are numbers; not h, the hint's key."""


def option_keys(options: list[str]) -> tuple[list[str], str]:
    """The key of each option and the line that says how to use them: numbers 1-9, or letters
    when an option starts with a digit ("4  3 000" was read as the key of 3 000, and typing 3
    answered 9 000 at once); no keys for a list too long for either."""
    if any(o[:1].isdigit() for o in options) and len(options) <= len(LETTER_KEYS):
        return list(LETTER_KEYS[: len(options)]), msg.UI_HOW_LETTER
    if len(options) <= 9:
        return [str(n) for n in range(1, len(options) + 1)], msg.UI_HOW_NUMBER
    return [""] * len(options), msg.UI_HOW_LIST


def item_body(item: Item) -> Content | None:
    """What the learner works on besides the prompt: a statement, a sentence with a gap."""
    if isinstance(item, TrueFalse):
        return Content(quote(item.statement)).stylize("italic")
    if isinstance(item, Cloze):
        before, _, after = item.text.partition(GAP)
        return Content.assemble(before, (GAP_SHOWN, "bold $text-accent"), after)
    return None


def shuffled_events(item: Chronology, attempt: int = 0) -> list[str]:
    """Events out of order; never the right order, which would give the answer away; another
    order than at the attempt before, when there is one (two events have only one)."""
    right = [e.text for e in item.events]
    first = right[::-1]
    for number in range(10):
        order = _shuffled(right, f"{item.id}-{number}")
        if order != right:
            first = order
            break

    def changed(previous: list[str], order: list[str]) -> bool:
        return order != right and order != previous

    return _for_attempt(first, f"{item.id}-events", attempt, changed, fallback=list)


def shuffled_bank(item: Cloze, attempt: int = 0) -> list[str]:
    """The word bank in the order shown; at a later attempt the answer is at another number."""
    first = _shuffled(list(item.bank), item.id)
    return _for_attempt(first, f"{item.id}-bank", attempt, _answer_moved(item.answer))


def shuffled_options(item: Choice, attempt: int = 0) -> list[str]:
    """A QCM's options in the order shown (in the file, the answer is usually first); at a
    later attempt the answer is at another number."""
    first = _shuffled(list(item.options), f"{item.id}-options")
    return _for_attempt(first, f"{item.id}-options", attempt, _answer_moved(item.answer))


def pair_row(pair: QuotePair, limit: int | None = None) -> str:
    """A quotation as its row shows it: between « », unless it is reported speech ("que le
    gouvernement n'acceptait pas le plan"), which « » would pass off as the speaker's words."""
    text = pair.quote if limit is None else _short(pair.quote, limit)
    return text if pair.reported else quote(text)


def shuffled_rows(item: SpeakerMatch | TermMatch, attempt: int = 0) -> tuple[list[str], list[str]]:
    """The rows of a matching item as shown (quotes, or definitions) and the choices for each
    row: speakers with the distractors, shuffled (sorted first: a set has no fixed order), or
    terms in alphabetical order, like a glossary. Rows and speakers change order at each
    attempt."""
    if isinstance(item, SpeakerMatch):
        people = sorted({p.speaker for p in item.pairs} | set(item.distractors))
        speakers = _shuffled(people, f"{item.id}-speakers")
        speakers = _for_attempt(speakers, f"{item.id}-speakers", attempt, _reordered)
        quotes = _shuffled([pair_row(p) for p in item.pairs], item.id)
        return _for_attempt(quotes, f"{item.id}-rows", attempt, _reordered), speakers
    definitions = _shuffled([p.definition for p in item.pairs], item.id)
    definitions = _for_attempt(definitions, f"{item.id}-rows", attempt, _reordered)
    return definitions, sorted(p.term for p in item.pairs)


def date_placeholder(item: DateQuestion) -> str:
    """The date field's example, as precise as the answer wanted: a year, a month, a day, a
    duration (ISO `P...`) or a time of day (`T15:30`); the full date when the item gives no
    `value`."""
    value = (item.value or "").strip()
    if value.startswith("P"):
        precision = "duration"
    elif value.startswith("T"):
        precision = "time"
    elif len(value) == 4:
        precision = "year"
    elif len(value) == 7:
        precision = "month"
    else:
        precision = "day"
    return msg.UI_PLACEHOLDER_DATES[precision]


def answer_widget(item: Item, article_body: str, attempt: int = 0) -> Widget:
    """The widget that fits the item's kind; the article gives the sentences to justify with;
    `attempt` (the learner's answers to the item so far) sets the order of its options."""
    if isinstance(item, Choice):
        options = shuffled_options(item, attempt)
        keys, how = option_keys(options)
        return ChoiceAnswer([(o, o) for o in options], keys, how=how)
    if isinstance(item, TrueFalse):
        options = [(msg.TRUTH_LABELS[str(t)], t) for t in TRUTH_ORDER]
        if item.justify:
            # the evidence, and each other sentence listed as proof, comes out as one sentence,
            # so the learner can pick exactly it
            sentences = [
                split_sentences(
                    p,
                    find_sentence(p, item.evidence) if item.evidence else None,
                    also_whole=[
                        span
                        for other in item.other_evidence
                        if (span := find_sentence(p, other)) is not None
                    ],
                )
                for p in paragraphs(article_body)
            ]
            return JustifiedTruthAnswer(options, TRUTH_KEYS, sentences, Truth.NOT_GIVEN)
        return ChoiceAnswer(options, TRUTH_KEYS, how=msg.UI_HOW_TRUTH)
    if isinstance(item, Cloze) and item.bank:
        words = shuffled_bank(item, attempt)
        keys, how = option_keys(words)
        return ChoiceAnswer([(w, w) for w in words], keys, how=how)
    if isinstance(item, Cloze):
        count = len(item.answer.split())
        if count > 1:  # "gouvernement de coalition" in one gap: say it is several words
            return TextAnswer(msg.UI_PLACEHOLDER_CLOZE_WORDS.format(count=count))
        return TextAnswer(msg.UI_PLACEHOLDER_CLOZE)
    if isinstance(item, DateQuestion):
        return TextAnswer(date_placeholder(item))
    if isinstance(item, OpenQuestion):
        return OpenAnswer(msg.UI_PLACEHOLDER_OPEN)
    if isinstance(item, SpeakerMatch | TermMatch):
        rows, choices = shuffled_rows(item, attempt)
        prompt = msg.UI_PAIR_WHO if isinstance(item, SpeakerMatch) else msg.UI_PAIR_WHICH_TERM
        # a term fits one definition only; one person may say several quotes
        return PairingAnswer(rows, choices, prompt, one_each=isinstance(item, TermMatch))
    if isinstance(item, Chronology):
        return OrderingAnswer(shuffled_events(item, attempt))
    raise TypeError(f"no answer widget for {type(item).__name__}")


def to_scoring_answer(item: Item, answer: object) -> object:
    """The widget's value in the shape the scorer expects (quotes unwrapped, pairs by key)."""
    if isinstance(item, SpeakerMatch) and isinstance(answer, dict):
        by_shown = {pair_row(p): p.quote for p in item.pairs}
        return {by_shown.get(k, k): v for k, v in answer.items()}
    return answer  # a term item's rows, definition -> term, are graded as they are


def answer_text(answer: object) -> str:
    """The learner's answer in words, for the feedback screen."""
    if isinstance(answer, Truth):
        return msg.TRUTH_LABELS[str(answer)]
    if isinstance(answer, dict) and "truth" in answer:
        truth = answer_text(answer["truth"])
        proof = _short(str(answer.get("justification") or ""), SHOWN_PROOF)
        return f"{truth}{msg.PAIR_SEPARATOR}{quote(proof)}" if proof else truth
    if isinstance(answer, dict):
        return msg.LIST_SEPARATOR.join(f"{k}{msg.PAIR_SEPARATOR}{v}" for k, v in answer.items())
    if isinstance(answer, list):
        return msg.ORDER_SEPARATOR.join(str(a) for a in answer)
    return str(answer)


def _short(text: str, limit: int = SHOWN_ROW) -> str:
    """The text cut to `limit` characters after a whole word ("l'usine d'Aulnay…", never
    "d'Auln…"); a first word longer than half the limit is cut where it must."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _same(a: object, b: str) -> bool:
    return isinstance(a, str) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def expected_rows(item: Item, attempt: int = 0) -> list[str] | None:
    """The right answer of a matching or ordering item, one row a line in the order the learner
    saw the rows (the results list it that way, not as one long line cut mid-word), and of a
    justified vrai/faux with its proof; None for items answered in one piece."""
    if isinstance(item, SpeakerMatch):
        by_row = {pair_row(p): p for p in item.pairs}
        shown, _choices = shuffled_rows(item, attempt)
        return [
            f"{pair_row(by_row[row], SHOWN_ROW)}{msg.PAIR_SEPARATOR}{by_row[row].speaker}"
            for row in shown
        ]
    if isinstance(item, TermMatch):
        by_definition = {p.definition: p for p in item.pairs}
        shown, _choices = shuffled_rows(item, attempt)
        return [
            f"{by_definition[row].term}{msg.PAIR_SEPARATOR}{_short(row.rstrip(' .'))}"
            for row in shown
        ]
    if isinstance(item, Chronology):
        return [f"{place}. {event.text}" for place, event in enumerate(item.events, start=1)]
    if isinstance(item, TrueFalse) and item.justify and item.answer is not Truth.NOT_GIVEN:
        # a right "Vrai" with the wrong proof read "La bonne réponse : Vrai", as if it were wrong
        proof = msg.UI_RESULTS_PROOF.format(evidence=quote(item.evidence))
        return [msg.TRUTH_LABELS[item.answer.value], proof]
    return None


def missed_quotes(item: SpeakerMatch, answer: object) -> list[str]:
    """The quotations the learner gave to the wrong speaker (or to none), in the item's order:
    their sentences prove the fix better than the item's one evidence sentence."""
    if not isinstance(answer, dict):
        return []
    return [p.quote for p in item.pairs if not _same(answer.get(pair_row(p)), p.speaker)]


def answer_rows(item: Item, answer: object, attempt: int = 0) -> list[Content] | None:
    """Row by row, what the learner matched or ordered, marked right or wrong with the fix; None
    for items answered in one piece. `answer` is the widget's own value (row as shown -> choice):
    the scorer's term -> definition keeps one row of a term chosen twice, and the other rows
    read "–" though the learner had filled them."""
    right_style, wrong_style = "bold $text-success", "bold $text-error"
    rows: list[Content] = []
    if isinstance(item, SpeakerMatch | TermMatch) and isinstance(answer, dict):
        shown, _choices = shuffled_rows(item, attempt)  # the rows in the order the learner saw them
        if isinstance(item, SpeakerMatch):
            by_row = {pair_row(p): p for p in item.pairs}
            pairs = [
                (pair_row(by_row[row], SHOWN_ROW), answer.get(row), by_row[row].speaker)
                for row in shown
            ]
        else:
            by_definition = {p.definition: p for p in item.pairs}
            pairs = [
                # "Vendu très peu cher : low-cost", not "... cher. : low-cost"
                (_short(row.rstrip(" .")), answer.get(row), by_definition[row].term)
                for row in shown
            ]
        for left, given, right in pairs:
            if _same(given, right):
                rows.append(
                    Content.assemble(("✔ ", right_style), f"{left}{msg.PAIR_SEPARATOR}{right}")
                )
            else:
                rows.append(
                    Content.assemble(
                        ("✘ ", wrong_style),
                        f"{left}{msg.PAIR_SEPARATOR}{given or '–'} → ",
                        (right, "bold"),
                    )
                )
        return rows
    if isinstance(item, Chronology) and isinstance(answer, list):
        right = [e.text for e in item.events]
        for place, event in enumerate(answer):
            if place < len(right) and _same(event, right[place]):
                rows.append(Content.assemble(("✔ ", right_style), f"{place + 1}. {event}"))
            else:
                should = next((i for i, r in enumerate(right) if _same(event, r)), None)
                fix = msg.UI_ORDER_PLACE.format(place=should + 1) if should is not None else ""
                rows.append(
                    Content.assemble(("✘ ", wrong_style), f"{place + 1}. {event} ", (fix, "bold"))
                )
        return rows
    return None
