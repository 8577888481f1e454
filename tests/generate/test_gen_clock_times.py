"""A time of day that dates an event is asked ("À quelle heure … ?") and typed as a time: an
article with "vers 4 h 17", "à 15 h 30", "à 18 heures" had no item on them (dates leave times of
day out). A time that bounds a period, is said in quoted words or belongs to a timetable is not
asked, and no gap cuts a time in half ("à 4 h ___").

Every sentence was written for these tests; extraction and the spaCy model are real.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_article

from tutor.exercise_io import load_exercise_set
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.run import checked_document, write_document
from tutor.model import DateQuestion, Skill
from tutor.scoring import Outcome, grade

pytestmark = pytest.mark.slow

FIRE = (
    "Saint-Flour, 12 mars 2026. – Un incendie a détruit une grange dans la nuit de mardi à "
    "mercredi. Le feu s'est déclaré vers 4 h 17 dans un bâtiment agricole. Les pompiers sont "
    "arrivés sur place à 4 h 40. Le maire a réuni le conseil municipal à 18 heures pour faire "
    "le point. La salle des fêtes est ouverte de 9 heures à 17 heures. « Nous avons tout perdu "
    "à 5 heures », a dit l'exploitant."
)


def _lesson(folder: Path, body: str) -> tuple[Any, dict[str, Any]]:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    doc, dropped = checked_document(
        generate_document(article, facts, seed=0, content_dir=folder), article
    )
    assert not dropped, dropped
    return article, doc


def _time_items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in doc["items"] if i["type"] == "date" and i.get("value", "").startswith("T")]


def test_a_time_of_day_that_dates_an_event_is_asked(tmp_path: Path) -> None:
    _, doc = _lesson(tmp_path, FIRE)
    asked = {i["prompt"]: (i["answer"], i["value"]) for i in _time_items(doc)}
    assert asked == {
        "À quelle heure le feu s'est-il déclaré dans un bâtiment agricole ?": (
            "vers 4 h 17",
            "T04:17",
        ),
        "À quelle heure est-ce que les pompiers sont arrivés sur place ?": ("4 h 40", "T04:40"),
    }


def test_a_time_bounding_a_span_or_said_in_quotes_is_not_asked(tmp_path: Path) -> None:
    body = (
        "Saint-Flour, 12 mars 2026. – La salle des fêtes est ouverte de 9 heures à 17 heures. "
        "« Nous avons tout perdu à 5 heures », a dit l'exploitant. Le marché reste fermé "
        "jusqu'à 15 heures. Chaque jour, la navette part à 7 h 30 de la gare."
    )
    _, doc = _lesson(tmp_path, body)
    assert _time_items(doc) == []


def test_a_time_is_not_cut_in_half_by_a_gap(tmp_path: Path) -> None:
    """The earlier rule holds beside the time items: no "à 4 h ___" nor "à ___ h 40"."""
    _, doc = _lesson(tmp_path, FIRE)
    for item in doc["items"]:
        text = str(item.get("text", item.get("prompt", "")))
        assert not re.search(r"\d\s*h\s*___|___\s*h\s*\d", text), text


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("15h30", Outcome.CORRECT),
        ("15 h 30", Outcome.CORRECT),
        ("15:30", Outcome.CORRECT),
        ("à 15 heures 30", Outcome.CORRECT),
        ("3 h 30 de l'après-midi", Outcome.CORRECT),
        ("15h", Outcome.PARTIAL),
        ("16h30", Outcome.INCORRECT),
        ("15h45", Outcome.INCORRECT),
    ],
)
def test_a_time_is_scored_however_it_is_written(typed: str, outcome: Outcome) -> None:
    item = DateQuestion(
        id="heure",
        skill=Skill.DATES,
        prompt="À quelle heure la préfecture a-t-elle ouvert une cellule de crise ?",
        evidence="La préfecture a ouvert une cellule de crise à 15 h 30.",
        answer="15 h 30",
        value="T15:30",
    )
    assert grade(item, typed).outcome is outcome


def test_a_time_item_is_a_valid_exercise(tmp_path: Path) -> None:
    """The value "T04:17" passes the schema: the file written loads back with its time items."""
    article, doc = _lesson(tmp_path, FIRE)
    out = tmp_path / "lesson.yaml"
    write_document(doc, article, out, False, ())
    loaded = load_exercise_set(out, tmp_path)
    values = {i.value for i in loaded.items if isinstance(i, DateQuestion)}
    assert {"T04:17", "T04:40"} <= values


def test_the_clock_a_time_is_read_on_goes_with_the_time(tmp_path: Path) -> None:
    """ "s'est produite à 04H17 heure locale" asked "À quelle heure la secousse s'est-elle
    produite heure locale ?"; a second verb after "et" is another event, not asked with it."""
    body = (
        "Ankara, 12 mars 2026. – La secousse s'est produite à 04H17 heure locale (01H17 GMT), "
        "près de la ville de Malatya. Le couvre-feu commence à 20 heures et durera trois jours."
    )
    _, doc = _lesson(tmp_path, body)
    asked = {i["prompt"]: i["answer"] for i in _time_items(doc)}
    assert asked.get("À quelle heure la secousse s'est-elle produite ?") == "04H17", asked
    assert all(" et " not in prompt for prompt in asked), asked


def test_a_time_with_minutes_before_par_is_asked_whole(tmp_path: Path) -> None:
    """The chimney-fire report (term_corpus batch_ac) asked « À quelle heure est-ce que l'alerte
    a été donnée 15 par le père de famille ? » of « vers 2 h 15 par le père de famille »: "par"
    after a time makes a rate ("5 heures par jour"), so "2 h 15" was refused and "2 h" taken."""
    body = (
        "Auch, 7 décembre 2026. – Une maison a été détruite par un feu de cheminée dans la nuit "
        "de samedi à dimanche. L'alerte a été donnée vers 2 h 15 par le père de famille, réveillé "
        "par une odeur de fumée."
    )
    _, doc = _lesson(tmp_path, body)
    asked = {i["prompt"]: (i["answer"], i["value"]) for i in _time_items(doc)}
    assert asked == {
        "À quelle heure est-ce que l'alerte a été donnée par le père de famille ?": (
            "vers 2 h 15",
            "T02:15",
        )
    }, asked
