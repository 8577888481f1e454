"""A false statement changes no time of day nor phone number: review 14's RER B lesson stated
"… un départ toutes les dix minutes entre 5 h 15 et 0 h 60" and its missing girl's lesson "…
contacter la gendarmerie de Brive au 10 55 17 46 00" (the phone number before a comma was not
read as one)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gold_facts import invented_context

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.numbers import _numbers

pytestmark = pytest.mark.slow

REVIEW_14 = Path(__file__).parent / "data" / "review_14"


def test_a_phone_number_before_a_comma_is_no_figure(tmp_path: Path) -> None:
    sentence = (
        "Toute personne susceptible d'apporter des informations est invitée à contacter la "
        "gendarmerie au 05 55 17 46 00, ou à composer le 17."
    )
    ctx = invented_context(tmp_path, sentence, "2026-02-05")
    # no part of the phone number; "le 17" is a number named, no count either
    assert [m.group(1) for m in _numbers(ctx, sentence)] == []


def _statements(stem: str) -> list[str]:
    article = load_article(REVIEW_14 / f"{stem}.txt")
    (facts,) = extract_many([article])
    items: list[dict[str, Any]] = generate_document(article, facts, seed=0)["items"]
    return [str(i["statement"]) for i in items if "statement" in i]


@pytest.mark.parametrize("stem", ["info-trafic-rer-b-travaux", "appel-temoins-disparition-lena"])
def test_a_statement_changes_no_time_nor_phone_number(stem: str) -> None:
    body = load_article(REVIEW_14 / f"{stem}.txt").body
    for statement in _statements(stem):
        for time in re.findall(r"\d{1,2} h \d{2}", statement):
            assert time in body, statement
        for phone in re.findall(r"\d{2}(?: \d{2}){4}", statement):
            assert phone in body, statement
