"""Who-said-what items as a learner reads them, on lessons written by `tutor generate` (real
model, real articles: content/ and three review folders) and checked as `tutor validate` does.

Two faults the team found: reported speech shown between « » ("« le gouvernement n'acceptait
pas le plan en l'état »", words Arnaud Montebourg never said: the article reports them), and
documents offered as people ("Une étude" among the people of "Qui a dit … ?", "L'enquête de la
brigade financière" to match with a quotation like a person).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from gold_facts import ROOT

from tutor.exercise_io import check_exercise_file
from tutor.generate import french, generate_exercise_file
from tutor.generate.quote_text import first_sentence
from tutor.generate.speaker_labels import document_noun

pytestmark = pytest.mark.slow

FOLDERS = [
    ROOT / "content",
    ROOT / "tests" / "generate" / "data" / "review_5",
    ROOT / "tests" / "generate" / "data" / "review_articles",
    ROOT / "tests" / "generate" / "data" / "review_6",
]
QUOTE_MARKS = ("«", "“", '"')


@pytest.fixture(scope="module")
def lessons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], str]]:
    """Each article's lesson as written to disk, with the article's body."""
    out_dir = tmp_path_factory.mktemp("lessons")
    lessons = {}
    for folder in FOLDERS:
        for article in sorted(p for p in folder.glob("*.*") if p.name != "README.md"):
            out = out_dir / f"{article.stem}.yaml"
            generate_exercise_file(article, out, seed=0, content_dir=folder)
            result = check_exercise_file(out, folder)
            assert result.ok, [str(p) for p in result.problems]
            data = yaml.safe_load(out.read_text("utf-8"))
            lessons[article.stem] = (data, article.read_text("utf-8"))
    return lessons


def _item(lessons: dict, stem: str, prefix: str) -> dict[str, Any]:
    data, _body = lessons[stem]
    return next(i for i in data["items"] if i["id"].startswith(prefix))


def _opens_a_quotation(text: str, body: str) -> bool:
    """Whether the article puts these words between quotation marks (« … », “ … ”)."""
    words = french.fold(text).split()[:4]
    folded = french.fold(body)
    for found in re.finditer(r"\s+".join(re.escape(w) for w in words), folded):
        if folded[: found.start()].rstrip(" \u00a0\u202f").endswith(QUOTE_MARKS):
            return True
    return False


def test_reported_speech_is_matched_as_the_article_reports_it(lessons) -> None:
    """PSA: "Arnaud Montebourg a déclaré que le gouvernement n'acceptait pas le plan en l'état"."""
    match = _item(lessons, "psa-suppressions-emplois", "speakers-")
    pair = next(p for p in match["pairs"] if p["speaker"] == "Arnaud Montebourg")
    assert pair == {
        "quote": "que le gouvernement n'acceptait pas le plan en l'état",
        "speaker": "Arnaud Montebourg",
        "reported": True,
    }
    assert match["prompt"] == "Qui a dit quoi ? Associez chaque propos à la bonne personne."
    # the correction reports it too, with the article's tense, and quotes only what was said
    assert (
        "Selon Arnaud Montebourg, le gouvernement n'acceptait pas le plan en l'état"
        in (match["feedback"])
    )
    assert "« le gouvernement" not in match["feedback"]


def test_words_of_the_speaker_inside_reported_speech_keep_their_quotation_marks(lessons) -> None:
    """ "Le médecin du club, le Dr Anne Castanié, estime qu'il sera absent « au moins trois
    semaines »": only "au moins trois semaines" are her words."""
    match = _item(lessons, "rugby-aurillac-montauban", "speakers-")
    pairs = {p["speaker"]: p for p in match["pairs"]}
    assert pairs["Anne Castanié"]["quote"] == "qu'il sera absent « au moins trois semaines »"
    assert pairs["Sébastien Fourcade"]["quote"] == (
        "que ses joueurs avaient « manqué de lucidité »"
    )
    assert "selon Anne Castanié, il sera absent « au moins trois semaines »" in match["feedback"]


def test_reported_speech_ends_with_its_sentence(lessons) -> None:
    """ "Sylvie Lemaire reconnaît que ses élèves « osent davantage lever la main ». « Mais au bout
    de trois mois, … »": the next quotation is not part of what is reported."""
    assert first_sentence(
        "ses élèves « osent davantage lever la main ». « Mais au bout de trois mois, ils "
        "demandent encore »"
    ) == ("ses élèves « osent davantage lever la main »")
    assert first_sentence("le rapport de M. Dupont sera publié") == (
        "le rapport de M. Dupont sera publié"
    )
    two = re.compile(r"[.!?]\s*»?\s+[«“A-ZÀ-ÝÉ]")
    reported = [
        pair["quote"]
        for data, _body in lessons.values()
        for item in data["items"]
        if item["type"] == "speakers"
        for pair in item["pairs"]
        if pair.get("reported")
    ]
    assert reported and not [r for r in reported if two.search(r)]


def test_no_who_said_item_puts_in_quotation_marks_what_the_article_does_not(lessons) -> None:
    """Every pair, "Qui a dit : « … » ?" and "Que dit X ?" answer shown between « » is words the
    article quotes; every reported pair reads as reported speech ("que …")."""
    wrong = []
    for stem, (data, body) in lessons.items():
        for item in data["items"]:
            shown: list[str] = []
            if item["type"] == "speakers":
                for pair in item["pairs"]:
                    if pair.get("reported"):
                        if not re.match(r"qu(?:e |['’])", pair["quote"]):
                            wrong.append((stem, pair["quote"]))
                    else:
                        shown.append(pair["quote"])
            elif item["id"].startswith("qui-a-dit") and "« " in item["prompt"]:
                shown.append(item["prompt"].split("« ", 1)[1])
            elif item["id"].startswith("avis") and "« " in item["model_answer"]:
                shown.append(item["model_answer"].split("« ", 1)[1])
            wrong += [(stem, s) for s in shown if not _opens_a_quotation(s, body)]
    assert not wrong


def test_no_document_is_offered_among_people(lessons) -> None:
    """ "Qui a dit … ?" asks for a person: "Une étude", "Le rapport" are neither a wrong option
    nor the answer, and no matching pairs a quotation with a document."""
    offered = []
    for stem, (data, _body) in lessons.items():
        for item in data["items"]:
            if item["type"] == "speakers":
                names = [p["speaker"] for p in item["pairs"]] + item.get("distractors", [])
            elif item["type"] == "choice" and item["prompt"].startswith(
                ("Qui ", "D'après l'article, qui")
            ):
                names = item["options"]
            else:
                continue
            offered += [(stem, n) for n in names if document_noun(n)]
    assert not offered


def test_a_document_is_asked_for_as_a_source(lessons) -> None:
    """ "Selon l'enquête de la brigade financière, le préjudice total atteint 3,8 millions
    d'euros": the inquiry is asked for as the source of a figure, among other sources."""
    item = _item(lessons, "proces-escroquerie-rennes", "source-")
    assert item["prompt"] == (
        "D'après l'article, quelle source indique que le préjudice total atteint 3,8 millions "
        "d'euros ?"
    )
    assert item["answer"] == "L'enquête de la brigade financière"
    assert len(item["options"]) == 4
    assert "cette information" in item["feedback"]


def test_a_study_is_not_offered_against_its_own_author(lessons) -> None:
    """Claire Bertin coordinates the study: "Selon une étude française, les adolescents …" is
    her finding too, so she is no wrong answer; the finding is asked whole, not cut."""
    item = _item(lessons, "etude-sommeil-hypertension", "source-")
    assert item["answer"] == "Une étude française"
    assert "Claire Bertin" not in item["options"]
    assert item["prompt"].endswith("à celui de leurs camarades qui dorment au moins huit heures ?")
