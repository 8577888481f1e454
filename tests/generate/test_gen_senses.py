"""A word with several senses is defined in the sense its article means, or not at all: a
lesson on a mayor's trial never explains "enrichissement" as the treatment of uranium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.generate import generate_document

TRIAL = """\
Le maire de Saint-Aubin jugé pour favoritisme

Le procès de Jean Dufour, maire de Saint-Aubin depuis 2008, s'est ouvert lundi devant le \
tribunal correctionnel de Lyon. L'élu est accusé d'avoir attribué un marché public de 2 millions \
d'euros à l'entreprise de son beau-frère.

Selon le procureur, la procédure d'appel d'offres n'a pas été respectée : la commune n'a reçu \
qu'une seule offre, déposée la veille de la date limite.

« Il n'y a eu ni argent caché ni enrichissement personnel », a déclaré le maire devant les \
juges. Son avocat a rappelé que son client n'a jamais touché d'argent de cette entreprise.

Les enquêteurs ont pourtant trouvé sur ses comptes des virements qu'ils jugent suspects. Pour \
le parquet, l'enrichissement du maire est réel : sa fortune a doublé en six ans, alors que son \
salaire n'a pas changé.

Le procureur a requis deux ans de prison avec sursis et cinq ans d'inéligibilité. Le jugement \
sera rendu le 12 mars.
"""

IRAN = """\
L'Iran accélère son programme nucléaire

L'Agence internationale de l'énergie atomique (AIEA) a confirmé mardi que l'Iran a augmenté \
l'enrichissement de l'uranium sur le site de Fordo, au sud de Téhéran.

Selon le rapport de l'agence, de nouvelles centrifugeuses ont été installées en janvier dans \
l'usine souterraine. Les inspecteurs n'ont pas pu accéder à toutes les installations.

Les pays européens demandent à Téhéran d'arrêter l'enrichissement et de revenir à l'accord de \
2015, qui limitait ses stocks d'uranium. Le gouvernement iranien affirme que son programme \
reste pacifique et sert à produire de l'électricité.

Les discussions doivent reprendre à Vienne le mois prochain.
"""


def _lesson(tmp_path: Path, name: str, text: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    return generate_document(article, extract_facts(article))


def _definitions_of(lesson: dict[str, object], term: str) -> list[str]:
    """What the lesson says "term" means: the hints of its clozes and its terms pairs."""
    said = []
    for item in lesson["items"]:
        if item["type"] == "cloze" and str(item["answer"]).casefold() == term:
            said.append(str(item["hint"]))
        for pair in item.get("pairs", []):
            if isinstance(pair, dict) and pair.get("term") == term:
                said.append(str(pair["definition"]))
    return said


@pytest.mark.slow
def test_a_trial_lesson_never_gives_the_uranium_sense(tmp_path: Path) -> None:
    lesson = _lesson(tmp_path, "proces-maire.txt", TRIAL)
    said = _definitions_of(lesson, "enrichissement")
    assert said, "the lesson asks about 'enrichissement'"
    assert all("riche" in d for d in said), said
    assert "uranium" not in str(lesson["items"]).casefold()


@pytest.mark.slow
def test_a_nuclear_lesson_gives_the_uranium_sense(tmp_path: Path) -> None:
    lesson = _lesson(tmp_path, "iran-nucleaire.txt", IRAN)
    said = _definitions_of(lesson, "enrichissement")
    assert said, "the lesson asks about 'enrichissement'"
    assert all("uranium" in d and "riche" not in d for d in said), said
