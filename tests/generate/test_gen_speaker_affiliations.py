"""A speaker who belongs to another is no wrong answer for the other's words (session 22 audit).

The Banque de France lesson (term_corpus batch_ab) asked who said « Le coût du crédit a
nettement baissé … » with options "Bertrand Lévêque" (the answer) and "La Banque de France":
he is its director of macroeconomic studies, presenting its forecast. The Adré lesson matched
words of "L'ONU" with "Le Haut-Commissariat des Nations unies pour les réfugiés" (a UN agency)
offered as a wrong speaker. A trial's defendants ("Les prévenus") were offered against the
principal defendant's words; in the Goodyear trial (batch_aa), against the words of "l'un
d'eux, Didier Vasseur". A learner who picks the one is right about the other.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from gold_facts import ROOT, generated_lessons

from tutor.generate import french
from tutor.generate.parties import same_body

CORPUS = ROOT / "tests/extract/data/term_corpus"
BANK = CORPUS / "batch_ab/banque-de-france-projections-croissance-2027.txt"
ADRE = CORPUS / "batch_ab/tchad-refugies-soudanais-adre-camps.txt"
GOODYEAR = CORPUS / "batch_aa/goodyear-amiens-proces-sequestration.txt"

TRIAL = """Paris, mardi 24 novembre 2026. – Six hommes comparaissent depuis lundi devant le \
tribunal correctionnel de Paris pour association de malfaiteurs terroriste.

Dès l'ouverture des débats, les prévenus ont dénoncé « un procès d'intention fait à des \
hommes qui n'ont rien commis ».

« On parlait beaucoup, on fantasmait. Entre dire et faire, il y a un monde », a affirmé \
Thierry Vasseur, 54 ans, le principal prévenu, ancien militaire.

« Quand on achète du nitrate d'ammonium, on ne fait plus seulement que parler », lui a opposé \
le président du tribunal, Marc Oberlin.

« On veut juger des intentions, des conversations, des postures », a estimé Gaëlle Fontaine, \
avocate au barreau de Paris.

« Ce dossier illustre la montée en puissance de la menace d'ultradroite », a déclaré Claire \
Delmas, procureure du parquet national antiterroriste."""

BANK_TIES = ({"bertrand lévêque"}, {"la banque de france", "la banque centrale", "l'institution"})
ADRE_TIES = (
    {"l'onu"},
    {
        "le haut-commissariat des nations unies pour les réfugiés",
        "le bureau de la coordination des affaires humanitaires",
    },
)
TRIAL_TIES = ({"thierry vasseur"}, {"les prévenus"})
GOODYEAR_TIES = ({"didier vasseur", "laurent bessière"}, {"les prévenus"})
"""« … », a déclaré l'un d'eux, Didier Vasseur; Laurent Bessière, l'un des avocats des prévenus."""


def _tied(a: str, b: str, ties: tuple[set[str], set[str]]) -> bool:
    one, other = ties
    a, b = french.fold(a), french.fold(b)
    return (a in one and b in other) or (a in other and b in one)


def _faults(doc: dict[str, Any], ties: tuple[set[str], set[str]]) -> list[str]:
    """Items where one speaker is offered as wrong for the words of a speaker it belongs to."""
    faults = []
    for item in doc["items"]:
        if item["type"] == "speakers":
            labels = [p["speaker"] for p in item["pairs"]] + list(item.get("distractors", []))
            pairs = [(a, b) for a in labels for b in labels if a != b]
        elif item["type"] == "choice" and item["skill"] == "speakers":
            pairs = [(item["answer"], o) for o in item["options"]]
        elif item["type"] == "true_false" and item["answer"] == "false":
            said = re.search(r"c'est (.+?) qui .*, pas (.+?)\.$", str(item["feedback"]))
            pairs = [(said.group(1), said.group(2))] if said else []
        else:
            continue
        if any(_tied(a, b, ties) for a, b in pairs):
            faults.append(str(item["id"]))
    return faults


def _speaker_items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in doc["items"] if i.get("skill") == "speakers"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("article", "ties"),
    [
        pytest.param(BANK, BANK_TIES, id="bank-staff"),
        pytest.param(ADRE, ADRE_TIES, id="un"),
        pytest.param(GOODYEAR, GOODYEAR_TIES, id="defendants"),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_no_speaker_is_wrong_for_words_of_what_it_belongs_to(
    tmp_path: Path, article: Path, ties: tuple[set[str], set[str]], seed: int
) -> None:
    shutil.copy(article, tmp_path / article.name)
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    assert _faults(doc, ties) == []
    # the other speakers still make items; a choice left with fewer than three options is not
    # made (the bank's two parties, Céline Marchetti and the bank with its director, make a
    # matching, no "Qui a dit")
    items = _speaker_items(doc)
    assert any(i["type"] == "speakers" for i in items)
    assert all(len(i["options"]) >= 3 for i in items if i["type"] == "choice")


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_the_defendants_are_no_wrong_answer_for_one_of_them(tmp_path: Path, seed: int) -> None:
    (tmp_path / "article.txt").write_text(f"Un procès\n\n{TRIAL}\n\nSource : test.\n", "utf-8")
    ((_, _, doc),) = generated_lessons(tmp_path, seed)
    assert _speaker_items(doc)
    assert _faults(doc, TRIAL_TIES) == []


def test_two_groups_are_no_body_under_two_names() -> None:
    """ "Les médiateurs" was read as "le" + "s médiateurs", a stand-in for "Les Nations unies"
    (its "s" a word of both): no plural is a stand-in for a body, and the UN's words were never
    asked beside the mediators' (soudan-treve-humanitaire-geneve, batch_a)."""
    body = "Les Nations unies et les médiateurs ont salué la trêve."
    assert not same_body("Les médiateurs", "Les Nations unies", body, lambda _: False)
    assert same_body("la banque centrale", "La Banque de France", body, lambda _: False)
    # nor was "Les Sages" then told from the Conseil constitutionnel: the press's name for it
    assert same_body("Les Sages", "Le Conseil constitutionnel", body, lambda _: False)
