""" "ainsi que" adds to a list; it reports nobody's words. The Téléthon report of term_corpus
batch_x (session 21 audit) has "Les fonds collectés financent la recherche, notamment les
thérapies géniques développées dans les laboratoires soutenus par l'AFM-Téléthon, ainsi que
l'accompagnement des familles.": the lesson asked the learner to match « que l'accompagnement
des familles » with "L'AFM", as if the body had said it ("soutenus" read as "soutenir que")."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import generated_lessons

pytestmark = pytest.mark.slow

BODY = """Pontivy, dimanche 6 décembre 2026. – Les bénévoles du Téléthon ont récolté 61 430 \
euros au cours du week-end.

« On a eu peur samedi matin, avec les alertes météo, de devoir tout annuler », s'est \
félicitée Nadine Le Gallo, coordinatrice du Téléthon pour le secteur de Pontivy.

« Ici, tout le monde a un voisin ou un collègue concerné par une maladie rare », explique \
Yann Guillo, président d'un club de cyclotourisme.

Les fonds collectés financent la recherche sur les maladies rares, notamment les thérapies \
géniques développées dans les laboratoires soutenus par l'AFM-Téléthon, ainsi que \
l'accompagnement des familles. Le maire a défendu le projet, ainsi que son adjoint."""


def test_ainsi_que_is_nobody_s_words(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(f"Le Téléthon\n\n{BODY}\n\nSource : test.\n", "utf-8")
    ((_, facts, doc),) = generated_lessons(tmp_path, 0)
    assert not [q for q in facts.quotes if "accompagnement" in q.text or "adjoint" in q.text]
    assert "accompagnement des familles" not in str(
        [i for i in doc["items"] if i["skill"] == "speakers"]
    )
