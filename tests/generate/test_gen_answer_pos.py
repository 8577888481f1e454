"""A generated cloze records its answer's part of speech (`answer_pos`), and scoring uses it:
"dépends" for « dépend » is a verb's ending even where the words around the gap say nothing of
a verb, and "signés" for the participle « signé » is agreement even before "aussi"."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import invented_article

from tutor.exercise_io import check_exercise_file, load_exercise_set
from tutor.exercise_writer import dump_exercise_document
from tutor.facts import ArticleFacts, Term
from tutor.generate import generate_document
from tutor.model import Cloze, PartOfSpeech
from tutor.scoring import Reason, grade

pytestmark = pytest.mark.slow

VILLAGE = "Le village de Saint-Martin dépend de la ville voisine pour son eau potable."
SIGNED = "Le texte a été signé aussi par le préfet."
PRICES = "Les habitants réclament une baisse des tarifs depuis des années."


@pytest.fixture(scope="module")
def lesson(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The generated lesson's file and its content folder."""
    folder = tmp_path_factory.mktemp("content")
    article, path = invented_article(folder, " ".join((VILLAGE, SIGNED, PRICES)), "Eau potable")
    terms = (
        Term("dépendre", "dépend", VILLAGE, 0.9, "VERB"),
        Term("signer", "signé", SIGNED, 0.8, "VERB"),
        Term("tarif", "tarifs", PRICES, 0.7, "NOUN"),
    )
    facts = ArticleFacts(path.name, article.title, "2025-04-10", terms=terms)
    document = generate_document(article, facts, seed=0, content_dir=folder)
    written = tmp_path_factory.mktemp("exercises") / "eau.yaml"
    written.write_text(dump_exercise_document(document, written.parent), encoding="utf-8")
    return written, folder


def test_generated_clozes_say_their_part_of_speech_and_validate(lesson: tuple[Path, Path]) -> None:
    assert check_exercise_file(*lesson).problems == ()
    items = load_exercise_set(*lesson).items
    parts = {i.answer: i.answer_pos for i in items if isinstance(i, Cloze)}
    assert parts == {
        "dépend": PartOfSpeech.VERB,
        "signé": PartOfSpeech.PARTICIPLE,
        "tarifs": PartOfSpeech.NOUN,
    }


def test_scoring_reads_the_slip_by_the_recorded_part_of_speech(lesson: tuple[Path, Path]) -> None:
    items = load_exercise_set(*lesson).items
    clozes = {i.answer: i for i in items if isinstance(i, Cloze)}
    assert grade(clozes["dépend"], "dépends").reason == (Reason.VERB_ENDING,)
    assert grade(clozes["signé"], "signés").reason == (Reason.AGREEMENT,)
    assert grade(clozes["tarifs"], "tarif").reason == (Reason.AGREEMENT,)
