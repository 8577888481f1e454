"""Extraction faults found in session 19 while the key-term training corpus was built: a quotation
that quotes someone else and goes on after the inner quotation's full stop made `tutor extract`
fail on the whole article ("extraction failed (IndexError ...)"). Invented news sentences like the
articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def test_a_quotation_going_on_after_a_quoted_sentence_is_one_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Elle animait des ateliers de chant dans les écoles. « Elle ne corrigeait jamais une "
        "note. Elle disait : “Écoute, et répète.” Tout passait par l'oreille », raconte la "
        "chanteuse Morgane Le Floc'h, qui fut son élève."
    )
    quotes = facts_of_text(body, nlp).quotes
    assert [(q.speaker, q.text[:20], q.text[-13:]) for q in quotes] == [
        ("Morgane Le Floc'h", "Elle ne corrigeait j", "par l'oreille")
    ]
