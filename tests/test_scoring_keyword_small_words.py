"""A keyword of several words typed with its small word left out or changed ("prison sursis"
for « prison avec sursis », "marchés en gros" for « marchés de gros »): the learner found the
idea, not the exact expression. It scored 0, as if the keyword were absent; it is now a near
miss, half the keyword, and the learner is told which small word to write."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tutor.model import AccentPolicy, AnswerPolicy, Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade

NBSP = "\u00a0"


def open_item(model: str, *keywords: str, needed: int = 1) -> OpenQuestion:
    return OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt="Quelle peine a-t-il reçue ?",
        evidence="…",
        points=2.0,
        keywords=tuple(Keyword(k) for k in keywords),
        min_keywords=needed,
        model_answer=model,
    )


SENTENCE = open_item("Il est condamné à deux ans de prison avec sursis.", "prison avec sursis")
MARKETS = open_item("Les prix baissent sur les marchés de gros.", "marchés de gros")


@pytest.mark.parametrize(
    ("item", "typed", "note"),
    [
        (
            SENTENCE,
            "Il a eu deux ans de prison sursis.",
            f"on écrit «{NBSP}prison avec sursis{NBSP}», pas «{NBSP}prison sursis{NBSP}»",
        ),
        (
            MARKETS,
            "Les prix baissent sur les marchés en gros.",
            f"on écrit «{NBSP}marchés de gros{NBSP}», pas «{NBSP}marchés en gros{NBSP}»",
        ),
        (
            MARKETS,
            "Les prix baissent sur les marchés du gros.",
            f"on écrit «{NBSP}marchés de gros{NBSP}», pas «{NBSP}marchés du gros{NBSP}»",
        ),
    ],
)
def test_a_small_word_left_out_or_changed_is_a_near_miss(
    item: OpenQuestion, typed: str, note: str
) -> None:
    verdict = grade(item, typed)
    assert (verdict.outcome, verdict.points) == (Outcome.ALMOST, 1.0), verdict.explanation
    assert verdict.reason == (Reason.KEYWORD_SMALL_WORD,)
    word = item.keywords[0].word
    assert verdict.explanation == (
        f"Presque{NBSP}: vous avez utilisé les mots importants{NBSP}: {word}. "
        f"Attention aux petits mots{NBSP}: {note}."
    )


def test_the_exact_expression_still_earns_all() -> None:
    verdict = grade(SENTENCE, "Il a eu deux ans de prison avec sursis.")
    assert (verdict.outcome, verdict.points, verdict.reason) == (
        Outcome.CORRECT,
        2.0,
        (Reason.EXACT,),
    )


@pytest.mark.parametrize(
    "typed",
    ["Il a eu deux ans de prison sans sursis.", "Il a eu deux ans de prison ferme.", "sursis"],
)
def test_a_word_that_changes_the_sense_is_no_near_miss(typed: str) -> None:
    """ "sans" is the contrary of "avec", not a slip; a content word left out is missing."""
    verdict = grade(SENTENCE, typed)
    assert verdict.points == 0.0
    assert Reason.KEYWORD_SMALL_WORD not in verdict.reason


def test_a_near_keyword_among_others_counts_half() -> None:
    """Two keywords needed: one right and one with its small word changed is 1.5 of 2,
    "presque"; the one right alone is 1 of 2."""
    item = open_item(
        "Les prix des fruits baissent sur les marchés de gros.",
        "fruits",
        "marchés de gros",
        needed=2,
    )
    verdict = grade(item, "Le prix des fruits baisse sur les marchés en gros.")
    assert (verdict.outcome, verdict.points) == (Outcome.ALMOST, 1.5), verdict.explanation
    assert grade(item, "Le prix des fruits baisse.").points == 1.0
    assert grade(item, "Le prix des fruits baisse sur les marchés de gros.").points == 2.0


def test_a_name_keeps_its_small_words() -> None:
    """ "Olympe Gouges" is not a slip of a word but of a name, which keyword names handle."""
    item = open_item("Un opéra sur Olympe de Gouges.", "Olympe de Gouges")
    assert Reason.KEYWORD_SMALL_WORD not in grade(item, "Un opéra sur Olympe Gouges.").reason


def test_a_strict_accent_policy_still_needs_the_accents() -> None:
    item = open_item("Les prix baissent sur les marchés de gros.", "marchés de gros")
    strict = replace(item, policy=AnswerPolicy(accents=AccentPolicy.STRICT))
    assert grade(strict, "les marches en gros").points == 0.0
