"""The text the model reads keeps every character at its offset in the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tutor.nlp import for_analysis


def test_typographic_apostrophes_and_narrow_spaces_become_plain() -> None:
    assert for_analysis("c’est l’ONU\u202f!") == "c'est l'ONU !"


@given(st.text())
def test_same_length_so_offsets_still_index_the_original(text: str) -> None:
    assert len(for_analysis(text)) == len(text)
