"""Grading answers made of parts: matching pairs, a chronology's order, an open answer's keywords.

Each part counts: the verdict earns the item's points times the share of parts right, and says
which parts to correct. Pairs and events are chosen from lists, so they are compared without
accents; keywords are typed, so the item's accent and typo policy applies to them (where they
are in the answer is found by `scoring_keywords`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tutor import messages
from tutor.given_names import first_name_of, given_places
from tutor.model import AccentPolicy, Chronology, OpenQuestion, SpeakerMatch, TermMatch
from tutor.normalize import key, strip_accents
from tutor.scoring_contrary import opposed_places, opposite_words, said_the_other_way
from tutor.scoring_copy import is_long_copy, is_pasted_text
from tutor.scoring_keywords import (
    accented_as_typed,
    accents_right,
    answer_tokens,
    claimed_places,
    keyword_spans,
    misspelt,
    written_forms,
)
from tutor.scoring_people import is_person, item_people, mistaken_people
from tutor.scoring_small_words import SmallWordSlip, small_word_slips
from tutor.verdict import ALMOST_SHARE, Outcome, Reason, Verdict, make_verdict, quoted
from tutor.word_families import family_of

SHORT_QUOTE = 40
"""Quotes longer than this are shortened in explanations."""


def _loose(text: object, *, term: bool = False) -> str:
    return strip_accents(key(text, term=term)) if isinstance(text, str) else ""


def _short(text: str) -> str:
    return text if len(text) <= SHORT_QUOTE else text[: SHORT_QUOTE - 1].rstrip() + "…"


def _share_outcome(right: int, total: int) -> Outcome:
    if total and right == total:
        return Outcome.CORRECT
    return Outcome.PARTIAL if right else Outcome.INCORRECT


def grade_pairs(item: SpeakerMatch | TermMatch, answer: object) -> Verdict:
    """A quote -> speaker or term -> definition mapping, one share of the points per pair. A
    term item also takes definition -> term, the app's rows: a learner who gives one term to
    several definitions earns the row it is right for, as the correction marks it (a term ->
    definition mapping can keep only one of those rows)."""
    if isinstance(item, SpeakerMatch):
        pairs = [(p.quote, p.speaker) for p in item.pairs]
        # reported speech is shown as it is: between « » it would pass for the speaker's words
        reported = {p.quote for p in item.pairs if p.reported}
        term = False
    else:
        pairs = [(p.term, p.definition) for p in item.pairs]
        reported, term = set(), True

    def shown(left: str) -> str:
        return _short(left) if left in reported else quoted(_short(left))

    expected = messages.PAIRS_SEPARATOR.join(
        f"{shown(left)}{messages.PAIR_SEPARATOR}{right}" for left, right in pairs
    )
    if not isinstance(answer, Mapping):
        text = messages.SCORE_INVALID.format(expected=expected)
        return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.INVALID,))
    if term and _by_definition(answer, pairs):
        # the app's rows: one term per definition, the same term free to fill several rows
        chosen = {_loose(left): right for left, right in answer.items()}
        wrong = [
            (left, right)
            for left, right in pairs
            if _loose(chosen.get(_loose(right)), term=True) != _loose(left, term=True)
        ]
    else:
        given = {_loose(left, term=term): right for left, right in answer.items()}
        wrong = [
            (left, right)
            for left, right in pairs
            if _loose(given.get(_loose(left, term=term)), term=term) != _loose(right, term=term)
        ]
    right_count = len(pairs) - len(wrong)
    outcome = _share_outcome(right_count, len(pairs))
    fixes = messages.PAIRS_SEPARATOR.join(
        f"{shown(left)}{messages.PAIR_SEPARATOR}{right}" for left, right in wrong
    )
    if outcome is Outcome.CORRECT:
        text, reasons = messages.SCORE_PAIRS_ALL, (Reason.EXACT,)
    elif outcome is Outcome.PARTIAL:
        text = messages.SCORE_PAIRS_SOME.format(right=right_count, total=len(pairs), fixes=fixes)
        reasons = (Reason.PARTIAL_PAIRS,)
    else:
        text, reasons = messages.SCORE_PAIRS_NONE.format(fixes=fixes), (Reason.WRONG,)
    share = right_count / len(pairs) if pairs else 0.0
    return make_verdict(item, outcome, share, expected, text, reasons)


def _by_definition(answer: Mapping[object, object], pairs: list[tuple[str, str]]) -> bool:
    """Whether every key of the answer is one of the item's definitions."""
    definitions = {_loose(definition) for _, definition in pairs}
    return bool(answer) and all(_loose(key) in definitions for key in answer)


def grade_chronology(item: Chronology, answer: object) -> Verdict:
    """Events in the learner's order, one share of the points per event at its right place.

    Positions are counted as they are (not the longest run in order): the learner sees which
    places are right, and a missing or repeated event simply leaves its place wrong.
    """
    events = [e.text for e in item.events]
    expected = messages.ORDER_SEPARATOR.join(events)
    if isinstance(answer, str | bytes | Mapping) or not isinstance(answer, Sequence):
        text = messages.SCORE_INVALID.format(expected=expected)
        return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.INVALID,))
    given = [_loose(a) for a in answer]
    right = sum(1 for i, event in enumerate(events) if i < len(given) and given[i] == _loose(event))
    outcome = _share_outcome(right, len(events))
    if outcome is Outcome.CORRECT:
        text, reasons = messages.SCORE_ORDER_ALL, (Reason.EXACT,)
    elif outcome is Outcome.PARTIAL:
        text = messages.SCORE_ORDER_SOME.format(right=right, total=len(events), expected=expected)
        reasons = (Reason.PARTIAL_ORDER,)
    else:
        text, reasons = messages.SCORE_ORDER_NONE.format(expected=expected), (Reason.WRONG,)
    share = right / len(events) if events else 0.0
    return make_verdict(item, outcome, share, expected, text, reasons)


def grade_open(item: OpenQuestion, answer: object) -> Verdict:
    """An open answer, by the expected keywords it contains (in any inflected form).

    Correct with at least `min_keywords` keywords; otherwise partial, earning found /
    min_keywords of the points. A keyword of several words typed with a small word left out
    or changed (`scoring_small_words`) is found, for ALMOST_SHARE of a keyword: "almost" when
    it makes up the count. With strict accents a misaccented keyword does not count, nor one
    the answer says the other way round from `model_answer` (`scoring_contrary`). A long
    word-for-word copy of the text keeps its points and is asked, next time, for a short
    answer in the learner's own words (`scoring_copy`); the article pasted (a long answer
    holding the evidence) earns nothing.
    """
    expected = item.model_answer or messages.LIST_SEPARATOR.join(k.word for k in item.keywords)
    if answer is not None and not isinstance(answer, str):
        text = messages.SCORE_OPEN_INVALID.format(expected=quoted(expected))
        return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.INVALID,))
    tokens = answer_tokens(answer or "")
    if not tokens:
        text = messages.SCORE_OPEN_EMPTY.format(expected=quoted(expected))
        return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.EMPTY,))
    if is_pasted_text(item, answer or ""):
        text = messages.SCORE_PASTED_TEXT.format(expected=quoted(expected))
        return make_verdict(item, Outcome.INCORRECT, 0.0, expected, text, (Reason.COPIED_TEXT,))
    needed = min(item.min_keywords, len(item.keywords))
    people = item_people(item)
    persons = {k.word: people for k in item.keywords if is_person(k.word, people)}
    found: list[str] = []
    misaccented: list[str] = []
    missing: list[str] = []
    contrary: list[str] = []
    misspellings: list[str] = []
    places = {
        keyword.word: [
            (start, end, form_tokens)
            for form in (keyword.word, *keyword.accept)
            for form_tokens in written_forms(form)
            for start, end in keyword_spans(
                form_tokens,
                tokens,
                typos=item.policy.typos,
                name=form[:1].isupper(),
                given=given_places(form_tokens, answer_tokens(keyword.word), form),
                first_name=first_name_of(form_tokens, answer_tokens(keyword.word), form),
                people=persons.get(keyword.word),
            )
        ]
        for keyword in item.keywords
    }
    by_family: dict[str, str] = {}
    for keyword in item.keywords:
        # "il veut supprimer la réserve" for the keyword "suppression": the verb of its family
        family = None if places[keyword.word] else family_of(keyword.word)
        if family is not None and keyword.word.islower():
            places[keyword.word] = [
                (i, i + 1, [token]) for i, token in enumerate(tokens) if family.has(token)
            ]
            if places[keyword.word]:
                by_family[keyword.word] = tokens[places[keyword.word][0][0]]
    slips: dict[str, SmallWordSlip] = {}
    for keyword in item.keywords:
        # "prison sursis" for « prison avec sursis »: a near miss, not an absence
        if places[keyword.word]:
            continue
        found_slips = small_word_slips(
            (keyword.word, *keyword.accept), tokens, typos=item.policy.typos
        )
        if found_slips:
            places[keyword.word] = [(s.start, s.end, s.form_tokens) for s in found_slips]
            slips[keyword.word] = found_slips[0]
    reversed_words, doubted = said_the_other_way(item, answer or "", places)
    opposites = opposite_words(item, answer or "", places)
    opposed_at = opposed_places(opposites, places)  # "acquitté" for « condamné »
    reversed_words |= opposed_at
    places = {
        word: [place for place in found if (word, place[0]) not in reversed_words]
        for word, found in places.items()
    }
    claimed = claimed_places(places)
    for keyword in item.keywords:
        # The place of the answer the keyword (or an accepted form) took: one mention of
        # "Jean-Marie Le Pen" is not also "Marine Le Pen" (accepted as "Le Pen").
        hits = [
            (form_tokens, tokens[start:end]) for start, end, form_tokens in claimed[keyword.word]
        ]
        if not hits:
            missing.append(keyword.word)
            if any(word == keyword.word for word, _ in reversed_words):
                contrary.append(keyword.word)
            continue
        typo = misspelt(keyword, hits) if keyword.word not in slips else None
        if typo is not None:  # its accents go with its spelling: "rapeort", not "rapèort"
            misspellings.append(typo)
        elif not any(accents_right(*hit) for hit in hits) and (
            item.policy.accents is not AccentPolicy.IGNORE
        ):
            if item.policy.accents is AccentPolicy.STRICT:
                missing.append(keyword.word)
                continue
            misaccented.append(accented_as_typed(*hits[0]))
        found.append(keyword.word)
    listed = messages.LIST_SEPARATOR.join(
        messages.SCORE_KEYWORD_BY_FAMILY.format(word=word, typed=by_family[word])
        if word in by_family
        else word
        for word in found
    )
    absent = messages.LIST_SEPARATOR.join(missing)
    # a keyword said the other way round is in the answer: "il manque" it would be news to him
    unsaid = messages.LIST_SEPARATOR.join(w for w in missing if w not in contrary)
    slipped = [slips[word] for word in found if word in slips]
    credit = len(found) - (1 - ALMOST_SHARE) * len(slipped)  # a near keyword earns half
    if len(found) - len(slipped) >= needed:
        outcome, share, reasons = Outcome.CORRECT, 1.0, (Reason.EXACT,)
        text = messages.SCORE_KEYWORDS_ALL.format(found=listed)
        if not found:
            text = messages.SCORE_CORRECT.format(expected=quoted(expected))
    elif len(found) >= needed:
        outcome, share, reasons = Outcome.ALMOST, credit / needed, ()
        text = messages.SCORE_KEYWORDS_ALMOST.format(found=listed)
    elif found:
        outcome, share = Outcome.PARTIAL, credit / needed
        reasons = (Reason.MISSING_KEYWORDS,)
        text = (
            messages.SCORE_KEYWORDS_SOME.format(found=listed, missing=unsaid)
            if unsaid
            else messages.SCORE_KEYWORDS_USED.format(found=listed)
        )
        still = needed - len(found)
        if still < len(missing):  # one more of five will do: say so, not "il manque" all five
            singular, many = messages.SCORE_WORD_COUNTS
            count = (singular if still == 1 else many).format(count=still)
            text = messages.SCORE_KEYWORDS_CHOOSE.format(found=listed, count=count, missing=absent)
    else:
        outcome, share, reasons = Outcome.INCORRECT, 0.0, (Reason.MISSING_KEYWORDS,)
        # two of five will do: not "il manque" all five; none, when all were said the opposite
        if needed < len(missing) and (unsaid or not opposed_at):
            singular, many = messages.SCORE_WORD_COUNTS
            count = (singular if needed == 1 else many).format(count=needed)
            text = messages.SCORE_KEYWORDS_NONE_CHOOSE.format(count=count, missing=absent)
        else:
            text = messages.SCORE_KEYWORDS_NONE.format(missing=unsaid) if unsaid else ""
    if slipped:
        reasons = (*(r for r in reasons if r is not Reason.EXACT), Reason.KEYWORD_SMALL_WORD)
        notes = messages.LIST_SEPARATOR.join(
            messages.SCORE_KEYWORD_SMALL_WORD.format(
                expected=quoted(slip.form), typed=quoted(slip.typed)
            )
            for slip in slipped
        )
        text += messages.SCORE_KEYWORDS_SMALL_WORDS.format(notes=notes)
    opposed = {word for word, _ in opposed_at}
    if opposites:
        reasons = (*(r for r in reasons if r is not Reason.EXACT), Reason.OPPOSITE_WORD)
        for pair in dict.fromkeys((o.typed, o.text) for o in opposites):
            text += messages.SCORE_KEYWORDS_OPPOSITE.format(typed=pair[0], text=pair[1])
    contrary = [w for w in contrary if w not in opposed]  # told by its word, just above
    if contrary:
        reasons = (*reasons, Reason.NEGATION)
        for words, message in (
            ([w for w in contrary if w not in doubted], messages.SCORE_KEYWORDS_CONTRARY),
            ([w for w in contrary if w in doubted], messages.SCORE_KEYWORDS_DOUBTED),
        ):
            if words:
                text += message.format(words=messages.LIST_SEPARATOR.join(words))
    # the words the keywords found took are no one's mistake ("Marie" of "Jean-Marie")
    taken = {i for word in found for start, end, _ in claimed[word] for i in range(start, end)}
    free = [token for i, token in enumerate(tokens) if i not in taken]
    for given, name in mistaken_people(item, free, [w for w in missing if w in persons], people):
        reasons = (*reasons, Reason.OTHER_PERSON)
        text += messages.SCORE_KEYWORDS_OTHER_PERSON.format(given=quoted(given), expected=name)
    if misaccented:
        reasons = (*(r for r in reasons if r is not Reason.EXACT), Reason.ACCENT)
        words_list = messages.LIST_SEPARATOR.join(misaccented)
        text += messages.SCORE_KEYWORDS_ACCENTS.format(words=words_list)
    if misspellings:  # the points stay, as a typo's in a term does not
        reasons = (*(r for r in reasons if r is not Reason.EXACT), Reason.TYPO)
        notes = messages.LIST_SEPARATOR.join(misspellings)
        text += messages.SCORE_KEYWORDS_SPELLING.format(notes=notes)
    if is_long_copy(item, answer or ""):  # the points stay: the keywords are there
        reasons = (*(r for r in reasons if r is not Reason.EXACT), Reason.COPIED_TEXT)
        text += messages.SCORE_KEYWORDS_COPIED
    return make_verdict(item, outcome, share, expected, text.lstrip(), reasons)
