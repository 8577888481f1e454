"""A typed text against the accepted answers of an item: right, right but for its accents, a
slip (a typo, an ending of agreement), another option of the item, or wrong with a near number.
What scoring.py grades every typed answer with, and the words it explains the verdict in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tutor import messages
from tutor.given_names import names_another_person
from tutor.model import AccentPolicy, AnswerPolicy
from tutor.normalize import clean, ending_slip, grave_genders, key, strip_accents, typo_distance
from tutor.scoring_near import NumberSlip, slip_sentence, text_number_slip
from tutor.scoring_people import another_persons_name
from tutor.scoring_slips import (
    doubled_letter_slip,
    elision_slip,
    preposition_left_out,
    small_word_slip,
    sound_alike_ending,
    tense_slip,
)
from tutor.scoring_words import another_word, unknown_words
from tutor.verdict import Outcome, Reason, quoted


@dataclass(frozen=True)
class TextMatch:
    outcome: Outcome
    reasons: tuple[Reason, ...]
    slip: NumberSlip | None = None
    """On a wrong answer, the number that nearly matched (its words around it are right)."""
    word: str = ""
    """On a wrong answer, the typed word that is another French word ("fraction"); on a small
    word left out or put in, that word ("de")."""


_ENDING_REASONS = {"plural": Reason.AGREEMENT, "gender": Reason.GENDER, "verb": Reason.VERB_ENDING}
_ENDING_MESSAGES = {
    Reason.AGREEMENT: messages.SCORE_AGREEMENT,
    Reason.GENDER: messages.SCORE_GENDER,
    Reason.VERB_ENDING: messages.SCORE_VERB_ENDING,
}
_ENDING_AND_ACCENT_MESSAGES = {
    Reason.AGREEMENT: messages.SCORE_AGREEMENT_AND_ACCENT,
    Reason.GENDER: messages.SCORE_GENDER_AND_ACCENT,
    Reason.VERB_ENDING: messages.SCORE_VERB_ENDING_AND_ACCENT,
    Reason.TYPO: messages.SCORE_TYPO_AND_ACCENT,
}


def _wrong(answer: str, bare: str, bare_wanted: Sequence[str]) -> TextMatch:
    slip = text_number_slip(answer, bare, bare_wanted)
    if slip is None:
        return TextMatch(Outcome.INCORRECT, (Reason.WRONG,))
    return TextMatch(Outcome.INCORRECT, (Reason.WRONG, slip.reason), slip)


def match_text(
    answer: str,
    accepted: Sequence[str],
    others: Sequence[str],
    policy: AnswerPolicy,
    *,
    term: bool,
    verb: bool = False,
    people: frozenset[str] = frozenset(),
    copied: Sequence[str] = (),
) -> TextMatch:
    """Compare a typed answer with the accepted ones; `others` are the item's other options.

    `verb`: the answer is a conjugated verb (`gap_is_verb`), so an "s" too many ("dépends" for
    "dépend") is a slip of its person, not of singular and plural. `people`: the words of the
    names of the people the item mentions (`scoring_people.item_people`): where the answer is
    a person, another person's name is wrong, never a slip ("Marin" for Martin). `copied`:
    the accepted answers with the sentence's words around the gap ("cumul de réquisitions"),
    right as they are, but no whole that "réquisitions" alone would be a part of."""
    own_count = len(accepted)
    accepted = [*accepted, *copied]
    got = key(answer, term=term)
    if not got:
        return TextMatch(Outcome.INCORRECT, (Reason.EMPTY,))
    wanted = [key(a, term=term) for a in accepted]
    if _has_digit(got) and not _has_digit(answer) and not any(map(_has_digit, wanted[:own_count])):
        # "neuf" for « neuve », "mille" for « milles »: a word, where no number is asked
        got = key(answer, term=term, numbers=False)
    rivals = [k for k in (key(o, term=term) for o in others) if k and k not in wanted]
    if got in wanted:
        left_out = [preposition_left_out(clean(answer), clean(a)) for a in accepted]
        if term and all(left_out):  # "faciès" for "au faciès": the key drops "au" from both
            return TextMatch(Outcome.ALMOST, (Reason.SMALL_WORD_MISSING,), word=left_out[0])
        return TextMatch(Outcome.CORRECT, (Reason.EXACT,))
    if got in rivals:
        return TextMatch(Outcome.INCORRECT, (Reason.OTHER_OPTION,))
    bare = strip_accents(got)
    bare_wanted = [strip_accents(w) for w in wanted]
    bare_rivals = [strip_accents(r) for r in rivals]
    if bare in bare_wanted:
        if bare in bare_rivals:
            return TextMatch(Outcome.INCORRECT, (Reason.ACCENT, Reason.OTHER_OPTION))
        if policy.accents is AccentPolicy.STRICT:
            return TextMatch(Outcome.INCORRECT, (Reason.ACCENT,))
        if policy.accents is AccentPolicy.WARN:
            return TextMatch(Outcome.CORRECT, (Reason.ACCENT,))
        return TextMatch(Outcome.CORRECT, (Reason.EXACT,))
    if any(another_persons_name(answer, shown, people) for shown in accepted):
        return TextMatch(Outcome.INCORRECT, (Reason.WRONG, Reason.OTHER_PERSON))
    if not policy.typos:
        return _wrong(answer, bare, bare_wanted)
    # another person's given name is no slip on this one's ("Marie" for "Marine")
    named = key(accepted[0], term=term).split() if accepted else []
    own = [
        not names_another_person(got.split(), w.split(), named, shown)
        for w, shown in zip(wanted, accepted, strict=True)
    ]
    grammar = _grammar_slip(got, wanted, bare_rivals, policy)
    if grammar is not None:
        return grammar
    # "affiche complet" for "affichait complet": the verb of the text, in another tense
    if (
        verb
        and any(tense_slip(bare, plain) for plain in bare_wanted)
        and not any(tense_slip(bare, rival) for rival in bare_rivals)
    ):
        if any(tense_slip(got, accented) for accented in wanted):
            return TextMatch(Outcome.ALMOST, (Reason.VERB_ENDING,))
        if policy.accents is AccentPolicy.STRICT:
            return TextMatch(Outcome.INCORRECT, (Reason.VERB_ENDING, Reason.ACCENT))
        if policy.accents is AccentPolicy.WARN:
            return TextMatch(Outcome.ALMOST, (Reason.VERB_ENDING, Reason.ACCENT))
        return TextMatch(Outcome.ALMOST, (Reason.VERB_ENDING,))
    if any(sound_alike_ending(got, accented) for accented in wanted) and not any(
        sound_alike_ending(got, rival) for rival in rivals
    ):
        return TextMatch(Outcome.ALMOST, (Reason.SOUND_ALIKE_ENDING,))
    slip = next(
        (
            kind
            for plain, accented, mine in zip(bare_wanted, wanted, own, strict=True)
            if mine
            and (kind := ending_slip(bare, plain))
            and not (kind == "gender" and unknown_words(got, accented))
        ),
        None,
    )
    if slip is not None:
        # "abeille" for "abeilles", "dépendent" for "dépend": a slip of grammar, which a typo
        # would hide (or which would be wrong, three letters off)
        reason = _ENDING_REASONS["verb" if verb and slip == "plural" else slip]
        if any(bare == rival or ending_slip(bare, rival) for rival in bare_rivals):
            return TextMatch(Outcome.INCORRECT, (reason, Reason.OTHER_OPTION))
        slips: tuple[Reason, ...] = (reason,)
        if slip == "gender" and any(
            ending_slip(bare, plain) == "gender" and _number_differs(bare, plain)
            for plain in bare_wanted
        ):
            slips = (Reason.GENDER, Reason.AGREEMENT)  # "pointé" for « pointées »
        accents_kept = any(
            _same_accents(got, bare, accented, plain)
            for plain, accented in zip(bare_wanted, wanted, strict=True)
            if ending_slip(bare, plain)
        )
        if not accents_kept and policy.accents is AccentPolicy.STRICT:
            return TextMatch(Outcome.INCORRECT, (*slips, Reason.ACCENT))
        if not accents_kept and policy.accents is AccentPolicy.WARN:
            return TextMatch(Outcome.ALMOST, (*slips, Reason.ACCENT))
        return TextMatch(Outcome.ALMOST, slips)
    for plain, accented, shown, mine in zip(bare_wanted, wanted, accepted, own, strict=True):
        distance = _typo(bare, plain) if mine else None
        if distance is None:
            continue
        if any(_typo(bare, rival) is not None for rival in bare_rivals):
            return TextMatch(Outcome.INCORRECT, (Reason.TYPO, Reason.OTHER_OPTION))
        # a place's slip may make a word: still a slip (a person's is caught above)
        other = None if shown[:1].isupper() else another_word(got, accented)
        if other is not None:
            return TextMatch(Outcome.INCORRECT, (Reason.WRONG, Reason.OTHER_WORD), word=other)
        accent_slip = _typo(got, accented) != distance
        if accent_slip and policy.accents is AccentPolicy.STRICT:
            return TextMatch(Outcome.INCORRECT, (Reason.TYPO, Reason.ACCENT))
        if accent_slip and policy.accents is AccentPolicy.WARN:
            return TextMatch(Outcome.ALMOST, (Reason.TYPO, Reason.ACCENT))
        return TextMatch(Outcome.ALMOST, (Reason.TYPO,))
    if any(_part_of(bare, plain) for plain in bare_wanted[:own_count]):
        return TextMatch(Outcome.INCORRECT, (Reason.WRONG, Reason.MISSING_WORDS))
    return _wrong(answer, bare, bare_wanted)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _typo(typed: str, wanted: str) -> int | None:
    """`normalize.typo_distance`, where a doubled letter put on the wrong consonant
    ("éronnées" for "erronées") is one slip, not the two or three edits it takes."""
    distance = typo_distance(typed, wanted)
    if distance is None and doubled_letter_slip(typed, wanted):
        return 1
    return distance


_SMALL_WORD_REASONS = {"-": Reason.SMALL_WORD_MISSING, "+": Reason.SMALL_WORD_EXTRA}


def _grammar_slip(
    got: str, wanted: Sequence[str], bare_rivals: Sequence[str], policy: AnswerPolicy
) -> TextMatch | None:
    """An elision not made or a small word left out or put in (`scoring_slips`), judged with
    the accents as a slip of agreement is; None when the answer has neither."""
    bare = strip_accents(got)
    for accented in wanted:
        plain = strip_accents(accented)
        small = small_word_slip(got, accented) or small_word_slip(bare, plain)
        if elision_slip(bare, plain):
            reason, word = Reason.ELISION, ""
            accents_kept = elision_slip(got, accented)
        elif small is not None:
            reason, word = _SMALL_WORD_REASONS[small[0]], small[1:]
            accents_kept = small_word_slip(got, accented) is not None
        else:
            continue
        if any(elision_slip(bare, r) or small_word_slip(bare, r) for r in bare_rivals):
            return TextMatch(Outcome.INCORRECT, (reason, Reason.OTHER_OPTION))
        if not accents_kept and policy.accents is AccentPolicy.STRICT:
            return TextMatch(Outcome.INCORRECT, (reason, Reason.ACCENT), word=word)
        if not accents_kept and policy.accents is AccentPolicy.WARN:
            return TextMatch(Outcome.ALMOST, (reason, Reason.ACCENT), word=word)
        return TextMatch(Outcome.ALMOST, (reason,), word=word)
    return None


def _number_differs(typed: str, wanted: str) -> bool:
    """Whether a word of the typed key is plural where the wanted one is singular, or the other
    way round, beside a slip of gender ("pointe" for "pointees", "laissees" for "laisse")."""
    return any(
        a != b and a.endswith(("s", "x")) != b.endswith(("s", "x"))
        for a, b in zip(typed.split(), wanted.split(), strict=False)
    )


def _same_accents(got: str, bare: str, accented: str, plain: str) -> bool:
    """Whether the typed answer writes the accents of the expected one where the two agree
    letter for letter, before the ending that differs. `ending_slip` works on accent-free
    words: asked about "erronés" and "erronées" with their accents, it saw no slip at all, so
    the accents were judged missing."""
    if all(
        g == a or grave_genders(g, a) for g, a in zip(got.split(), accented.split(), strict=False)
    ):
        return True  # "romancier" for « romancière »: the masculine has no accent to keep
    same = 0
    while same < min(len(bare), len(plain)) and bare[same] == plain[same]:
        same += 1
    return got[:same] == accented[:same]


def _part_of(typed: str, wanted: str) -> bool:
    """The typed words are a run of the wanted ones, fewer of them: "gouvernement" of
    "gouvernement de coalition". The learner found the place but not the whole expression,
    which is worth saying; the points stay at none, the term is the whole."""
    got, whole = typed.split(), wanted.split()
    return 0 < len(got) < len(whole) and any(
        whole[i : i + len(got)] == got for i in range(len(whole) - len(got) + 1)
    )


def text_explanation(
    match: TextMatch, expected: str, *, picked: bool = False, dates: bool = False
) -> str:
    """`picked`: the answer was chosen from options (QCM), not typed; `dates`: a number of four
    digits is a year."""
    shown = quoted(expected)
    reasons = match.reasons
    if match.slip is not None:
        part = "year" if dates and len(match.slip.wanted) == 4 else "number"
        detail = slip_sentence(match.slip, part)
        return messages.SCORE_NEAR.format(detail=detail, expected=shown)
    if Reason.EMPTY in reasons:
        return messages.SCORE_EMPTY.format(expected=shown)
    if match.outcome is Outcome.ALMOST and Reason.SOUND_ALIKE_ENDING in reasons:
        return messages.SCORE_SOUND_ALIKE_ENDING.format(expected=shown)
    if match.outcome is Outcome.ALMOST and Reason.ELISION in reasons:
        template = messages.SCORE_ELISION
        if Reason.ACCENT in reasons:
            template = messages.SCORE_ELISION_AND_ACCENT
        return template.format(expected=shown)
    small = next((r for r in reasons if r in messages.SCORE_SMALL_WORD), None)
    if match.outcome is Outcome.ALMOST and small is not None:
        if " " in match.word:  # "de la"
            text = messages.SCORE_SMALL_WORDS_MISSING.format(words=match.word, expected=shown)
        else:
            text = messages.SCORE_SMALL_WORD[small].format(word=quoted(match.word), expected=shown)
        return text + (messages.SCORE_AND_ACCENTS if Reason.ACCENT in reasons else "")
    if Reason.OTHER_PERSON in reasons:
        return messages.SCORE_OTHER_PERSON.format(expected=shown)
    if Reason.OTHER_WORD in reasons:
        return messages.SCORE_OTHER_WORD.format(given=quoted(match.word), expected=shown)
    if Reason.MISSING_WORDS in reasons:
        return messages.SCORE_MISSING_WORDS.format(count=len(expected.split()), expected=shown)
    if Reason.OTHER_OPTION in reasons:
        template = messages.SCORE_OTHER_CHOICE if picked else messages.SCORE_OTHER_OPTION
        return template.format(expected=shown)
    if match.outcome is Outcome.ALMOST and {Reason.GENDER, Reason.AGREEMENT} <= set(reasons):
        template = messages.SCORE_GENDER_AND_NUMBER
        if Reason.ACCENT in reasons:
            template = messages.SCORE_GENDER_AND_NUMBER_AND_ACCENT
        return template.format(expected=shown)
    if match.outcome is Outcome.ALMOST and Reason.ACCENT in reasons:
        both = next(
            (_ENDING_AND_ACCENT_MESSAGES[r] for r in reasons if r in _ENDING_AND_ACCENT_MESSAGES),
            None,
        )
        if both is not None:
            return both.format(expected=shown)
    ending = next((_ENDING_MESSAGES[r] for r in reasons if r in _ENDING_MESSAGES), None)
    if match.outcome is Outcome.ALMOST and ending is not None:
        return ending.format(expected=shown)
    if match.outcome is Outcome.ALMOST:
        return messages.SCORE_TYPO.format(expected=shown)
    if Reason.ACCENT in reasons:
        if match.outcome is Outcome.CORRECT:
            return messages.SCORE_ACCENT_WARN.format(expected=expected)
        return messages.SCORE_ACCENT_STRICT.format(expected=shown)
    if match.outcome is Outcome.CORRECT:
        return messages.SCORE_CORRECT.format(expected=shown)
    return messages.SCORE_INCORRECT.format(expected=shown)
