"""A crop never ends inside a person's name. The basketball lesson of term_corpus batch_ac
(session 21 audit) showed the cloze "… on regardait jouer, a reconnu l'entraîneur ___, Yannick
Le …": the coach's name cut after its particle, which reads as an article ("Yannick le …")."""

from __future__ import annotations

import pytest

from tutor.generate.sentence_crop import gap_window

SENTENCE = (
    "« On était trop mous, on regardait jouer, a reconnu l'entraîneur quimpérois, Yannick Le "
    "Floch. À la mi-temps, je n'ai pas eu besoin de crier. Les gars savaient. »"
)


@pytest.mark.parametrize("words", [8, 10, 12])
def test_a_crop_keeps_a_name_whole(words: int) -> None:
    start = SENTENCE.index("quimpérois")
    text = gap_window(SENTENCE, start, start + len("quimpérois"), "___", words)
    assert "___" in text
    if "Yannick" in text:
        assert "Yannick Le Floch" in text, text


def test_a_crop_ending_on_a_name_keeps_it_whole() -> None:
    sentence = (
        "Après une longue saison marquée par les blessures et les défaites à domicile, le club "
        "a annoncé le départ de son entraîneur, remplacé par Jean-Marc Van der Berg Junior dès "
        "la semaine prochaine."
    )
    start = sentence.index("entraîneur")
    text = gap_window(sentence, start, start + len("entraîneur"), "___", 12)
    if "Jean-Marc" in text:
        assert "Van der Berg Junior" in text, text
