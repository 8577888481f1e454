"""Vrai / faux statements on the article's figures, when dates and quotations give too few.

An article with one quotation and its dates all asked already left the lesson with a single
vrai / faux item (ACTA, the Rio-Paris report). Its figures make sound ones: the sentence as the
article gives it (true), or with another number (false), which a learner checks by finding the
sentence, as in the DELF's "vrai ou faux ? Justifiez". The number asked here is then given away,
so it is marked as shown: no "Quel nombre manque ?" item asks it again.
"""

from __future__ import annotations

import re

from tutor.generate import clause_checks, clause_openers, clauses, french
from tutor.generate.context import Context
from tutor.generate.numbers import (
    _lower_bound,
    _made_up,
    _number_value,
    _numbers,
    _plausible,
    _unit,
    clock_part,
    upper_bound,
)
from tutor.generate.other_proofs import other_proofs
from tutor.generate.possessors import with_possessor
from tutor.generate.references import points_back
from tutor.generate.statements import true_false

_WHOLE_OF = re.compile(r"\d\s+(?:des|sur)\s+$")

_SUBJECT_PRONOUN = re.compile(r"(?<![\w'’-])(?:il|elle|ils|elles)(?![\w'’-])", re.IGNORECASE)

_BOUND_BEFORE = re.compile(
    r"(?<![\w'’])(?:plus|(?<!pas\s)moins|près|environ|presque|quelque|jusqu['’]à|autour|"
    r"quasiment|"
    r"approximativement|peine|entre|dépasser|dépassé|dépasse|atteindre|"
    r"(?:inférieur|supérieur)e?s?|au-dessus|au-dessous|en\s+dessous|en\s+deçà|au-delà|"
    r"sous|(?:sous\s+)?(?:la\s+barre|le\s+seuil|le\s+cap|le\s+plafond)|franchi[rt]?)"
    r"(?:\s+(?:de|d['’]|à|des|du))?\s*$",
    re.IGNORECASE,
)
"""A number given as a bound or an estimate ("plus de 2 000", "près de 300", "entre 10 et
20", "inférieur à 25 %", "au-dessus de 80 points", "le cap des 40 000"): another number may
agree with it, so it makes no false statement ("inférieur à 50 %" is true of 25 %). "Pas
moins de 8 000" is the press's way to stress an exact figure, not a bound."""
_RANGE_AFTER = re.compile(r"^\s*(?:à|et)\s+\d")
_RANGE_BEFORE = re.compile(r"\d\s+(?:à|et)\s+$")

MIN_VALUE = 3
"""One or two of something is rarely the point of a sentence."""


def number_statements(
    ctx: Context, wanted: list[str], reuse: bool = False
) -> list[dict[str, object]]:
    """A true and/or a false statement (as `wanted` asks) on two different figures. With
    `reuse`, on a sentence another item uses too, unless a date question asks there (a brève
    of five sentences has them all taken by clozes before any statement is made)."""
    items: list[dict[str, object]] = []
    for kind in (k for k in ("false", "true") if k in wanted):
        found = _figure(ctx, kind, reuse)
        if found is not None:
            items.append(found)
    return items


def _figure(ctx: Context, kind: str, reuse: bool = False) -> dict[str, object] | None:
    dated = {evidence for evidence, _ in ctx.asked_dates}
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        if evidence is None or evidence in dated:
            continue
        if evidence in ctx.used_evidence and not reuse:
            continue
        if any(c in evidence for c in french.QUOTE_CHARS):
            continue  # someone's words: a statement on them belongs to the quotation items
        if evidence.rstrip().endswith("?") or clause_checks.answers_the_sentence_before(evidence):
            continue  # a question states nothing; "Non, répond X" answers it
        clause = french.strip_final_punctuation(clause_openers.strip_opener(evidence))
        clause = clauses.trim_clause(clause, 4)
        clause = with_possessor(ctx, clause, evidence)  # "Sa baguette" -> "La baguette de X"
        if clause is None:
            continue
        if not 6 <= french.word_count(clause) <= 24 or clause_checks.has_loose_pronoun(clause):
            continue
        if clause_checks.dangles(clause):
            continue  # "L'entrée sera gratuite pour les moins de 18 ans et."
        if _SUBJECT_PRONOUN.search(clause):
            continue  # "À 61 ans, elle devient …": who, out of its paragraph?
        if points_back(ctx, clause, evidence):
            continue  # "Cette ingénieure de 52 ans travaille …": which one, out of it?
        for match in _numbers(ctx, evidence):
            number = match.group(1)
            value = _number_value(number)
            at = _only_place(clause, number)
            shown = not reuse and number in ctx.shown.get(evidence, "")
            if value < MIN_VALUE or at is None or shown:
                continue
            if _WHOLE_OF.search(evidence[: match.start()]):
                continue  # the 27 of "22 des 27 gouvernements": "22 des 54" reads oddly
            if clock_part(evidence, match):
                continue  # "entre 5 h 15 et 0 h 30" was told "… et 0 h 60": no time to change

            if kind == "true":
                statement = french.ensure_period(french.capitalise(clause))
                # the sentence itself is shown below the feedback, highlighted in its paragraph
                feedback = f"Vrai : l'article donne bien ce nombre, {number}."
                told = number
            elif (
                _BOUND_BEFORE.search(evidence[: match.start()])
                or _RANGE_BEFORE.search(evidence[: match.start()])
                or _RANGE_AFTER.match(evidence[match.end() :])
            ):
                continue  # "plus de 2 000": "plus de 4 000" is not false, only not given
            else:
                wrong = _wrong_number(evidence, match, number, value)
                if wrong is None:
                    continue
                changed = clause[:at] + wrong + clause[at + len(number) :]
                statement = french.ensure_period(french.capitalise(changed))
                feedback = f"Faux : l'article dit {number}, pas {wrong}."
                told = f"{number} {wrong}"
            also = other_proofs(ctx, statement, evidence, kind, [_with_unit(evidence, match)])
            item = true_false(ctx, statement, kind, evidence, feedback, also)
            ctx.shown[evidence] = f"{ctx.shown.get(evidence, '')} {told}"
            return item
    return None


def _with_unit(evidence: str, match: re.Match[str]) -> str:
    """The figure with the word after it, as another sentence must give it to state the same
    fact: "22 des" (gouvernements), "9 %", "478 voix"; not a 22 of something else."""
    after = re.match(r"\s*[^\s,.;:!?)»”]+", evidence[match.end(1) :])
    return match.group(1) + (after.group(0) if after else "")


def _only_place(clause: str, number: str) -> int | None:
    """Where the number stands in the statement, if it stands there once, as a whole number."""
    places = [
        m.start() for m in re.finditer(rf"(?<![\d\w,.]){re.escape(number)}(?![\d\w]|,\d)", clause)
    ]
    return places[0] if len(places) == 1 else None


def _wrong_number(evidence: str, match: re.Match[str], number: str, value: float) -> str | None:
    """A number of the same kind and order that the sentence does not give."""
    before, after = evidence[: match.start()], evidence[match.end() :]
    unit = _unit(after, value, before)
    floor = _lower_bound(before, after)
    percent = after.lstrip().startswith("%")
    ceiling = upper_bound(after, before)
    for candidate in _made_up(value, number, unit):
        if candidate == number or candidate in evidence or _number_value(candidate) >= ceiling:
            continue  # not 44 of 27
        if _plausible(candidate, value, floor, percent):
            return candidate
    return None
