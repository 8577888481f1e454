"""One body under several labels is one speaker. The Banque de France lesson (term_corpus
batch_ab, session 21 audit) matched three quotations to "La banque centrale", "L'institution"
and "La Banque de France", all three the Banque de France, and asked "Qui a employé ces mots :
« une stratégie de redressement … » ?" with the options La Banque de France, La banque
centrale, L'institution, only the last marked right. The Téléthon lesson matched words to
"L'Association française contre les myopathies" and to "L'AFM", its acronym. A learner who
picks the other name of the same body is right about the article and was marked wrong.

A label the article uses to avoid repeating a name ("l'institution", "la banque centrale",
"l'agence") or an acronym stands for the body it names; the two are never both options of one
item, nor both speakers of one matching.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gold_facts import generated_lessons

from tutor.generate import french

pytestmark = pytest.mark.slow

BANK = """Paris, mercredi 2 décembre 2026. – La Banque de France a revu à la baisse sa prévision \
de croissance pour l'an prochain, à 0,9 % contre 1,1 % en septembre.

« Les ménages épargnent davantage qu'ils ne le devraient, et les entreprises reportent leurs \
décisions d'investissement », a détaillé Bertrand Lévêque, directeur des études de la banque.

« Quand on ne sait pas ce que sera sa feuille d'impôt dans un an, on met de côté », résume \
Céline Marchetti, économiste dans un institut de conjoncture.

Le commerce extérieur ne contribuerait que marginalement à la croissance l'an prochain, selon \
la banque centrale.

« Le marché du travail s'est montré remarquablement résilient depuis la pandémie, mais les \
gains de productivité restent faibles », note l'institution dans son document.

La Banque de France rappelle que le déficit devrait encore avoisiner 5 % du PIB cette année, \
et que la dette publique dépasse 116 % du PIB. Sans revenir sur les choix politiques, \
l'institution appelle à « une stratégie de redressement crédible et stable dans la durée »."""

TELETHON = """Pontivy, dimanche 6 décembre 2026. – Les bénévoles du Téléthon ont annoncé \
dimanche soir avoir récolté 61 430 euros au cours du week-end.

« On a eu peur samedi matin, avec les alertes météo, de devoir tout annuler », s'est \
félicitée Nadine Le Gallo, coordinatrice du Téléthon pour le secteur de Pontivy.

« Ici, tout le monde a un voisin ou un collègue concerné par une maladie rare », explique \
Yann Guillo, président d'un club de cyclotourisme.

Au niveau national, le compteur affichait 76,2 millions d'euros de promesses de dons dimanche \
matin, selon l'Association française contre les myopathies (AFM-Téléthon).

« Les promesses seront converties en dons au printemps, comme chaque année », a précisé \
l'AFM-Téléthon dans un communiqué."""


def _speaker_choices(doc: dict[str, Any]) -> list[list[str]]:
    """The labels a learner chooses among, item by item."""
    out = []
    for item in doc["items"]:
        if item["type"] == "speakers":
            out.append([p["speaker"] for p in item["pairs"]] + list(item.get("distractors", [])))
        elif item["type"] == "choice" and item["skill"] == "speakers":
            out.append(list(item["options"]))
    return out


def _bodies(labels: list[str], names: dict[str, str]) -> list[str]:
    """Each label as the body it stands for: the first of `names` (words of a label) it has."""
    bodies = []
    for label in labels:
        folded = french.fold(label)
        bodies.append(next((b for words, b in names.items() if words in folded), folded))
    return bodies


@pytest.mark.parametrize(
    ("body", "names"),
    [
        pytest.param(
            BANK,
            {"banque": "bdf", "institution": "bdf"},
            id="banque-de-france",
        ),
        pytest.param(
            TELETHON,
            {"myopathies": "afm", "afm": "afm"},
            id="afm",
        ),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_no_item_offers_one_body_under_two_labels(
    tmp_path: Path, body: str, names: dict[str, str], seed: int
) -> None:
    (tmp_path / "article.txt").write_text(f"Un article\n\n{body}\n\nSource : test.\n", "utf-8")
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    choices = _speaker_choices(doc)
    assert choices
    for labels in choices:
        bodies = _bodies(labels, names)
        assert len(set(bodies)) == len(bodies), labels
