"""The model answer of "Que dit X ? Expliquez avec vos mots." is reported speech where the French
is sure: a learner asked to explain someone's words was shown those very words as the example
('Selon Nicolas Dupont-Aignan, « Je suis favorable à … »'). Invented sentences, real spaCy model;
and over every lesson, the reported answer still earns all its keywords."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor import nlp
from tutor.content import load_article
from tutor.exercise_io import item_from_dict
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.reported_answers import reported_answer
from tutor.scoring import grade

ROOT = Path(__file__).resolve().parents[2]
PROPER = frozenset({"europe", "paris", "la", "l", "s"})
"""Words an article capitalises inside sentences: names, and the "La" of "La Réunion"."""


def _reported(words: str, who: str = "Claire Martin", feminine: bool | None = True) -> str | None:
    return reported_answer(words, nlp.analyse(words, nlp.load()), who, feminine, PROPER)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("words", "who", "feminine", "expected"),
    [
        # no first or second person: "Selon X," and the words, without « »
        (
            "Les parlementaires sont pour 3 % des ouvriers",
            "Paul Roux",
            False,
            "Selon Paul Roux, les parlementaires sont pour 3 % des ouvriers.",
        ),
        (
            "Paris doit investir dans ses transports.",
            "Paul Roux",
            None,
            "Selon Paul Roux, Paris doit investir dans ses transports.",
        ),
        # a capitalised article or conjunction is lowered, though the article's names have it
        (
            "La priorité absolue, c'est de rétablir l'eau",
            "Paul Roux",
            False,
            "Selon Paul Roux, la priorité absolue, c'est de rétablir l'eau.",
        ),
        (
            "L'arrêté ne vise pas à faire disparaître le loup",
            "Paul Roux",
            False,
            "Selon Paul Roux, l'arrêté ne vise pas à faire disparaître le loup.",
        ),
        (
            "S'il pleut demain, la course sera annulée",
            "Paul Roux",
            False,
            "Selon Paul Roux, s'il pleut demain, la course sera annulée.",
        ),
        # a subject taken up by "c'est" is written French
        (
            "Ce n'est pas un coup de colère, c'est l'aboutissement de trois ans d'alertes",
            "Paul Roux",
            False,
            "Selon Paul Roux, ce n'est pas un coup de colère, c'est l'aboutissement de trois ans "
            "d'alertes.",
        ),
        # an opening "je" gives way to the speaker; verbs to the third person
        (
            "Je suis favorable à la suppression de cette réserve",
            "Paul Roux",
            None,
            "Paul Roux est favorable à la suppression de cette réserve.",
        ),
        (
            "J'ai pris la décision de partir et je ne le regrette pas",
            "Paul Roux",
            False,
            "Paul Roux a pris la décision de partir et il ne le regrette pas.",
        ),
        (
            "Je me suis battue pour mes enfants, et je suis fière de moi",
            "Claire Martin",
            True,
            "Claire Martin s'est battue pour ses enfants, et elle est fière d'elle.",
        ),
        ("Je m'en vais demain", "Paul Roux", None, "Paul Roux s'en va demain."),
        ("Je peux le faire.", "Paul Roux", None, "Paul Roux peut le faire."),
        # "je" further in: "X dit que", with the elisions redone
        (
            "Si je perds, je partirai",
            "Paul Roux",
            False,
            "Paul Roux dit que s'il perd, il partira.",
        ),
        (
            "Aujourd'hui, je pense que l'Europe doit agir",
            "Claire Martin",
            True,
            "Claire Martin dit qu'aujourd'hui, elle pense que l'Europe doit agir.",
        ),
    ],
)
def test_words_told_in_the_third_person(
    words: str, who: str, feminine: bool | None, expected: str
) -> None:
    assert _reported(words, who, feminine) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("words", "feminine"),
    [
        ("Nous allons gagner cette élection", True),  # who is "nous"?
        ("Vous devez voter pour le projet", True),
        ("Tu sais bien que rien ne change", True),
        ("Il m'a dit que je devais partir", True),  # an object "me" is someone else's
        ("Je veux qu'on m'écoute enfin", True),
        ("Pourquoi les élus ne font-ils rien ?", True),  # a question
        ("Les élus ne font rien !", True),  # an exclamation
        ("Je pars. Je reviendrai demain", True),  # two sentences
        ("Mais les élus ne font rien", True),  # continues what came before
        ("Je pars et reviens demain", True),  # a verb without its "je"
        ("Je suis le dossier depuis des années", True),  # suivre or être: unsure
        ("Aujourd'hui, je pense que tout va changer", None),  # "il" or "elle"?
        ("Je suis fière de moi", None),
        ("La dernière grève, en 2023, on a vendu trois fois plus de vin", True),  # 2 subjects
        ("Votez pour le projet de loi sur les retraites", True),  # an imperative
    ],
)
def test_words_kept_quoted(words: str, feminine: bool | None) -> None:
    assert _reported(words, feminine=feminine) is None


def _lesson_files() -> list[Path]:
    files = sorted(p for p in (ROOT / "content").iterdir() if p.suffix in {".txt", ".md"})
    data = (ROOT / "tests/generate/data").glob("*/*")
    return files + sorted(p for p in data if p.suffix in {".txt", ".md"} and p.stem != "README")


@pytest.mark.slow
def test_every_said_answer_earns_its_keywords() -> None:
    """Over every lesson, the model answer of "Que dit X ?" (reported or quoted) earns all its
    points when scored; some of them are reported speech."""
    files = _lesson_files()
    articles = [load_article(p) for p in files]
    reported = 0
    for path, article, facts in zip(files, articles, extract_many(articles), strict=True):
        doc = generate_document(article, facts, seed=0, content_dir=path.parent)
        for raw in doc["items"]:
            if not raw["id"].startswith("avis"):
                continue
            item = item_from_dict(raw)
            verdict = grade(item, item.model_answer)
            assert verdict.points == item.points, (path.name, item.model_answer)
            reported += "«" not in item.model_answer
    assert reported >= 10
