"""The feedback's title line names the slip for every near miss scoring explains: a small word
left out of or put into an expression, some words only of one, another French word, and an
open answer saying the text the other way round. These showed "≈ Presque", "✘ Faux" or
"◐ En partie juste : il manque des mots importants" with no word of the reason."""

from __future__ import annotations

import pytest

from tutor.model import Cloze, Keyword, OpenQuestion, Skill
from tutor.scoring import grade
from tutor.ui.screens.feedback import banner_warning, without_banner_words

NBSP = "\u00a0"
COALITION = Cloze(
    id="c",
    skill=Skill.VOCABULARY,
    prompt="Complétez.",
    evidence="Le gouvernement de coalition est tombé.",
    text="Le ___ est tombé.",
    answer="gouvernement de coalition",
)
OFFENCE = Cloze(
    id="c",
    skill=Skill.VOCABULARY,
    prompt="Complétez.",
    evidence="Une infraction au code de la route.",
    text="Une ___ au code de la route.",
    answer="infraction",
)
USED = OpenQuestion(
    id="o",
    skill=Skill.COMPREHENSION,
    prompt="Que dit John Kirby ?",
    evidence="…",
    points=2.0,
    keywords=(Keyword("missiles"), Keyword("Ukraine")),
    min_keywords=2,
    model_answer="Des missiles nord-coréens sont utilisés contre l'Ukraine.",
)


def _title_and_text(item: Cloze | OpenQuestion, typed: str) -> tuple[str | None, str]:
    verdict = grade(item, typed)
    warning = banner_warning(tuple(str(r) for r in verdict.reason))
    explanation, slip = without_banner_words(verdict.explanation, verdict.outcome, warning)
    return slip or warning, explanation


@pytest.mark.parametrize(
    ("item", "typed", "title", "text"),
    [
        (
            COALITION,
            "gouvernement coalition",
            "il manque un petit mot",
            f"Il manque le petit mot «{NBSP}de{NBSP}». La bonne réponse est «{NBSP}"
            f"gouvernement de coalition{NBSP}».",
        ),
        (
            COALITION,
            "gouvernement de la coalition",
            "un petit mot est en trop",
            f"Le petit mot «{NBSP}la{NBSP}» est en trop. La bonne réponse est «{NBSP}"
            f"gouvernement de coalition{NBSP}».",
        ),
        (
            COALITION,
            "gouvernement",
            "il manque des mots",
            f"La réponse a 3{NBSP}mots. La bonne réponse est «{NBSP}gouvernement de "
            f"coalition{NBSP}».",
        ),
        (
            OFFENCE,
            "fraction",
            "c'est un autre mot",
            f"Non{NBSP}: «{NBSP}fraction{NBSP}» est un autre mot. La bonne réponse est «{NBSP}"
            f"infraction{NBSP}».",
        ),
    ],
)
def test_a_slip_scoring_names_is_named_in_the_title(
    item: Cloze, typed: str, title: str, text: str
) -> None:
    assert _title_and_text(item, typed) == (title, text)


def test_an_open_answer_said_the_other_way_round_says_so_in_the_title() -> None:
    """ "Les missiles ne sont pas utilisés contre l'Ukraine": the title said "il manque des
    mots importants", though the learner used both; the reason is the sense."""
    title, text = _title_and_text(USED, "Les missiles ne sont pas utilisés contre l'Ukraine.")
    assert title == "attention au sens"
    assert text.endswith("votre réponse dit le contraire du texte.")
