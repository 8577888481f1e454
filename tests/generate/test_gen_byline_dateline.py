"""A dateline with the reporter's byline ("Adré (Tchad), envoyée spéciale, samedi 5 décembre
2026. –") is a dateline still. The refugee report of term_corpus batch_ab (session 21 audit)
showed the learner, as the proof of the summary question, the sentence "Adré (Tchad), envoyée
spéciale, samedi 5 décembre 2026. –": no sentence of the story, and the article's date was not
read from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from gold_facts import generated_lessons

from tutor.content import load_article

pytestmark = pytest.mark.slow

BODY = """{dateline} – Sous un soleil déjà blanc à dix heures du matin, la file s'étire sur \
plusieurs centaines de mètres devant le centre de transit. Ils ont marché trois, quatre, \
parfois dix jours depuis le Darfour pour franchir la frontière.

« Nous faisons des choix impossibles : nourrir les nouveaux arrivants ou maintenir l'assistance \
à ceux qui sont là depuis deux ans », reconnaît Ibrahim Mahamat Saleh, coordinateur d'une ONG \
locale.

« Les standards humanitaires prévoient quinze litres d'eau par personne et par jour », déplore \
Louise Martineau, responsable médicale de l'organisation sur place."""


@pytest.mark.parametrize(
    "dateline",
    [
        "Adré (Tchad), envoyée spéciale, samedi 5 décembre 2026.",
        "Adré (Tchad), de notre envoyé spécial, samedi 5 décembre 2026.",
        "Adré, de notre correspondante, 5 décembre 2026.",
    ],
)
def test_a_byline_dateline_is_no_sentence_of_the_story(tmp_path: Path, dateline: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Tchad : à Adré\n\n{BODY.format(dateline=dateline)}\n\nSource : test.\n")
    assert load_article(path).published == date(2026, 12, 5)
    ((_, _, doc),) = generated_lessons(tmp_path, 0)
    proofs = [str(i.get("evidence", "")) for i in doc["items"]]
    assert not [p for p in proofs if "décembre 2026" in p], proofs
