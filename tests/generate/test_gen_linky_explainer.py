"""The Linky explainer (term_corpus/batch_ad), an article of a kind the lessons were rarely
read on: its date question, and its summary's keywords.

A subject opened by a demonstrative is asked about unless it may be one of the article's
people: "ces montants" and "ces compteurs" end as agent nouns do ("manifestant", "électeur"),
which alone dropped the question. The Linky explainer got no date question at all: « Au 1er
février, ces montants seront revalorisés d'environ 6 % » was read as pointing to people.
"Cette économiste" beside an economist stays unasked (test_gen_review_4), and so does "Cette
ingénieure de 52 ans" after the engineer's name (review 7's Thalassa)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import dated_context, lesson_of

from tutor.generate.dates import date_items

pytestmark = pytest.mark.slow

LINKY = (
    Path(__file__).resolve().parents[1]
    / "extract/data/term_corpus/batch_ad/linky-refus-compteur-frais-releve.txt"
)


def test_the_linky_lesson_asks_when_the_amounts_rise(tmp_path: Path) -> None:
    lesson = lesson_of(tmp_path, LINKY)
    dates = [i for i in lesson["items"] if i["type"] == "date"]
    assert [(i["prompt"], i["answer"]) for i in dates] == [
        (
            "À quelle date est-ce que ces montants seront revalorisés d'environ 6 % ?",
            "au 1er février",
        )
    ]


def test_the_summary_does_not_ask_for_the_title_s_pourquoi(tmp_path: Path) -> None:
    """« Compteur Linky : pourquoi les foyers qui l'ont refusé paient … »: "pourquoi" was a
    keyword a learner's summary had to use."""
    lesson = lesson_of(tmp_path, LINKY)
    (summary,) = [i for i in lesson["items"] if i["id"].startswith("resume")]
    words = [k["word"] for k in summary["keywords"]]
    assert "pourquoi" not in words and {"foyers", "compteur"} <= set(words), words


def test_a_thing_with_an_agent_s_ending_is_asked_about_a_person_is_not(tmp_path: Path) -> None:
    ctx = dated_context(
        tmp_path,
        (
            ("Depuis 2021, ces compteurs transmettent les données chaque jour.", "2021", "2021"),
            (
                "La vendeuse Julie Marchand, économiste de formation, a ouvert la boutique en "
                "2019.",
                "2019",
                "2019",
            ),
            ("Cette économiste dirige depuis 2022 une équipe de dix personnes.", "2022", "2022"),
            ("Cette ingénieure de 52 ans travaille sur le projet depuis 2014.", "2014", "2014"),
        ),
    )
    prompts = [str(i["prompt"]) for i in date_items(ctx) if i["type"] == "date"]
    assert any("ces compteurs transmettent" in p for p in prompts), prompts
    # the person just named, whom the question should name: not asked about
    assert not any("économiste" in p or "ingénieure" in p for p in prompts), prompts


def test_the_tariff_s_short_name_is_no_person_and_a_deliberation_no_speaker(
    tmp_path: Path,
) -> None:
    """ "le tarif d'utilisation des réseaux publics d'électricité (Turpe)": the model took
    "Turpe" for a person, who came as a distractor of « Qui a dit quoi ? »; and « selon la
    délibération de la CRE » made a document one of the speakers to match. Over the 823
    corpus articles, 13 short names in brackets after the words they stand for (Fiva, Anssi,
    Sdis, Smur …) are no longer people."""
    lesson = lesson_of(tmp_path, LINKY)
    text = str(lesson)
    assert "Turpe'" not in text and "'Turpe" not in text
    (match,) = [i for i in lesson["items"] if i["type"] == "speakers"]
    labels = [p["speaker"] for p in match["pairs"]] + match.get("distractors", [])
    assert not any("délibération" in label for label in labels), labels
