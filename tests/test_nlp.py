"""The text the model reads keeps every character at its offset in the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tutor.nlp import for_analysis


def test_typographic_apostrophes_and_narrow_spaces_become_plain() -> None:
    assert for_analysis("c’est l’ONU\u202f!") == "c'est l'ONU !"


@given(st.text())
def test_same_length_so_offsets_still_index_the_original(text: str) -> None:
    assert len(for_analysis(text)) == len(text)


@pytest.mark.slow
def test_generation_reuses_the_parse_extraction_made() -> None:
    """`tutor generate` asks for an article's parse twice (facts, then noun genders and word
    vectors); the model runs once, in a batch as for one article."""
    from tutor import nlp

    texts = ["Le ministre a déclaré mardi qu'il partait.", "La Commission européenne a voté."]
    batch = list(nlp.analyse_each(texts))
    assert [nlp.analyse(t) for t in texts] == batch  # the very same Doc objects
    again = nlp.analyse("Une phrase que personne n'a encore lue.")
    assert nlp.analyse("Une phrase que personne n'a encore lue.") is again


@pytest.mark.slow
def test_tagging_alone_gives_the_tags_of_the_full_analysis() -> None:
    """Titles are only tagged (their verbs), not parsed: the tags must be the full analysis's."""
    from tutor import nlp

    titles = [
        "Bourges arrache l'EuroCoupe au bout du suspense",
        "Un orage de grêle ravage vignes et toitures dans le Gers",
        "Huit prévenus condamnés pour escroquerie à Rennes",
        "Vladimir Poutine reçoit Kim Jong-un : « une amitié solide »",
    ]
    for title in titles:
        tagged, parsed = nlp.tag(title), nlp.analyse(title)
        assert [(t.text, t.pos_, t.tag_, str(t.morph)) for t in tagged] == [
            (t.text, t.pos_, t.tag_, str(t.morph)) for t in parsed
        ]
        assert not tagged.has_annotation("DEP")  # the parser did not run
