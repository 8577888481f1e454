"""A number question on the sentence of another item's date shows that sentence without the
date, rather than a crop too short to find it by: the PSA lesson asked « … représentant la
suppression de ___ emplois. » (which of the article's counts of jobs?) beside « Quand l'usine
d'Aulnay-sous-Bois doit-elle fermer ? »; it now shows « Parmi ces coupes, on retrouve la
fermeture annoncée de l'usine d'Aulnay-sous-Bois …, représentant la suppression de ___
emplois. ». When a word of the sentence is asked too (a cloze on "fermeture"), the short crop
stays: the whole sentence would show that answer."""

from __future__ import annotations

from pathlib import Path

from gold_facts import invented_context

from tutor.generate.numbers import number_items
from tutor.generate.sentence_crop import without_figures

AULNAY = (
    "Parmi ces coupes, on retrouve la fermeture annoncée de l'usine d'Aulnay-sous-Bois d'ici à "
    "2014, représentant la suppression de 3 000 emplois."
)
BODY = (
    "Paris, 12 juillet 2012. – PSA Peugeot Citroën va supprimer 8 000 postes en France. "
    f"{AULNAY} L'entreprise prévoit aussi de supprimer 1 400 emplois dans son usine de Rennes."
)
DATE_ITEM = {
    "id": "date-2014",
    "type": "date",
    "prompt": "Quand l'usine d'Aulnay-sous-Bois doit-elle fermer ?",
    "answer": "d'ici à 2014",
    "accept": ["2014", "en 2014"],
    "evidence": AULNAY,
}


def _aulnay_prompt(folder: Path, *earlier: dict[str, object]) -> str:
    ctx = invented_context(folder, BODY, "2012-07-12")
    for item in earlier:
        ctx.seen.record(item)
    return next(str(i["prompt"]) for i in number_items(ctx) if i["evidence"] == AULNAY)


def test_the_number_question_shows_the_sentence_without_the_date(tmp_path: Path) -> None:
    prompt = _aulnay_prompt(tmp_path, DATE_ITEM)
    assert "la fermeture annoncée de l'usine d'Aulnay-sous-Bois …, représentant" in prompt, prompt
    assert "2014" not in prompt


def test_a_word_asked_on_the_sentence_keeps_the_short_crop(tmp_path: Path) -> None:
    cloze = {
        "id": "banque-fermeture",
        "type": "cloze",
        "text": "… on retrouve la ___ annoncée de l'usine d'Aulnay-sous-Bois …",
        "answer": "fermeture",
        "evidence": AULNAY,
    }
    prompt = _aulnay_prompt(tmp_path, DATE_ITEM, cloze)
    assert "fermeture" not in prompt and "2014" not in prompt, prompt


def test_only_figures_outside_the_gap_are_left_out() -> None:
    at = AULNAY.index("3 000")
    body, start, end = without_figures(AULNAY, at, at + 5, ["2014", "en 2014", "fermeture"])
    assert body[start:end] == "3 000"
    assert "d'ici à …, représentant" in body and "fermeture" in body
    assert without_figures(AULNAY, at, at + 5, ["fermeture", "3 000"]) is None
