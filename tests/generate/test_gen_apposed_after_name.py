"""A phrase set off between commas after a titled name is left out with the title. The melanoma
vaccine interview (term_corpus batch_k) gave the model summary « Sophie Marchal-Duret
investigatrice principale pour la France, fait le point. » from « L'oncologue Sophie
Marchal-Duret, investigatrice principale pour la France, fait le point. »: the title went, the
comma after the name went with it, and the description stayed as if it were the verb."""

from __future__ import annotations

import pytest

from tutor.generate.simplify import subject_without_apposition

NAME = ["Sophie Marchal-Duret"]


@pytest.mark.parametrize(
    ("clause", "simple"),
    [
        (
            "L'oncologue Sophie Marchal-Duret, investigatrice principale pour la France, "
            "fait le point",
            "Sophie Marchal-Duret fait le point",
        ),
        (
            "La chercheuse Sophie Marchal-Duret, visiblement émue, a remercié les patients",
            "Sophie Marchal-Duret a remercié les patients",
        ),
        (
            "L'oncologue Sophie Marchal-Duret, a déclaré, lundi, que l'essai continuait",
            "Sophie Marchal-Duret a déclaré, lundi, que l'essai continuait",
        ),
    ],
)
def test_the_subject_is_the_name_and_its_verb(clause: str, simple: str) -> None:
    assert subject_without_apposition(clause, NAME) == simple
