"""A quotation split by an incise whose speaker is given by a role then a name: « On était trop
mous, on regardait jouer, a reconnu l'entraîneur quimpérois, Yannick Le Floch. À la mi-temps,
je n'ai pas eu besoin de crier. Les gars savaient. » (the basketball report of term_corpus
batch_ac, session 21 audit). The incise was cut at the comma after the role: the lesson asked
the learner to match « Yannick Le Floch. À la mi-temps, je n'ai pas eu besoin de crier. Les
gars savaient » with "Lucas Guillemot", the other team's player: the quotation named its
speaker, and the answer was wrong. The name in apposition belongs to the incise, and both halves
are the coach's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import generated_lessons

pytestmark = pytest.mark.slow

BODY = """Quimper, dimanche 6 décembre 2026. – Devant 2 100 spectateurs, l'UJAP Quimper a \
dominé Vannes (81-74) au terme d'un derby breton longtemps mal embarqué.

En face, le meneur vannetais Lucas Guillemot faisait la loi, auteur de 16 points en première \
période. « On était trop mous, on regardait jouer, a reconnu l'entraîneur quimpérois, Yannick \
Le Floch. À la mi-temps, je n'ai pas eu besoin de crier. Les gars savaient. »

« On a lâché dans l'intensité, c'est frustrant parce qu'on avait le match en main », a \
regretté le coach vannetais, Patrick Rolland.

« Il faut enchaîner, on ne va pas se contenter d'un derby gagné », prévient Le Floch."""


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(BODY, id="role-then-name"),
        pytest.param(
            BODY.replace("l'entraîneur quimpérois, Yannick", "Yannick"),
            id="name-alone",
        ),
    ],
)
def test_the_name_after_the_role_closes_the_incise(tmp_path: Path, body: str) -> None:
    (tmp_path / "article.txt").write_text(f"Un derby\n\n{body}\n\nSource : test.\n", "utf-8")
    ((_, facts, doc),) = generated_lessons(tmp_path, 0)
    coach = [q for q in facts.quotes if "mi-temps" in q.text or "trop mous" in q.text]
    assert {q.speaker for q in coach} == {"Yannick Le Floch"}, coach
    assert all("Floch" not in q.text for q in coach), coach
    for item in doc["items"]:
        for pair in item.get("pairs", []):
            if "quote" in pair:
                assert "Le Floch" not in pair["quote"], pair
                if "mi-temps" in pair["quote"] or "trop mous" in pair["quote"]:
                    assert pair["speaker"] == "Yannick Le Floch", pair
