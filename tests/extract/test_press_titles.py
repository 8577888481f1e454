"""Press titles as speakers and in roles: a title whose adjective the tagger reads as a participle
("Le Canard enchaîné", "Le Parisien libéré") is named whole, as "Le Monde diplomatique", "Les
Échos", "La Voix du Nord", "Ouest-France" and "Le Journal du dimanche" already were; a participle
with words of its own still ends a speaker ("un céréalier installé près de Cognac").
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text, normalise

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Le Canard enchaîné révèle que le ministre a menti sur ses frais.", "Le Canard enchaîné"),
        (
            "Le ministre a menti sur ses frais, a révélé Le Canard enchaîné mercredi.",
            "Le Canard enchaîné",
        ),
        ("Le Parisien libéré affirme que le maire a démissionné.", "Le Parisien libéré"),
        (
            "Le maire a démissionné, a révélé mercredi Le Parisien libéré.",
            "Le Parisien libéré",
        ),
        ("Le Monde diplomatique écrit que la guerre va durer.", "Le Monde diplomatique"),
        ("Les Échos affirment que la Bourse va chuter.", "Les Échos"),
        ("La Voix du Nord affirme que l'usine va fermer.", "La Voix du Nord"),
        ("Ouest-France écrit que le port va fermer.", "Ouest-France"),
        ("Le Journal du dimanche a révélé que la ministre partira.", "Le Journal du dimanche"),
        ("Selon Le Canard enchaîné, le ministre a menti sur ses frais.", "Le Canard enchaîné"),
    ],
)
def test_a_press_title_speaks_under_its_whole_name(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [normalise(q.speaker) for q in facts_of_text(body, nlp).quotes] == [normalise(speaker)]


def test_a_journalist_s_role_names_the_whole_title(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "« C'est une honte », a déclaré Paul Martin, journaliste au Canard enchaîné."
    people = facts_of_text(body, nlp).people
    assert [(p.name, p.role) for p in people] == [("Paul Martin", "journaliste au Canard enchaîné")]


def test_a_participle_with_its_own_words_still_ends_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "« Nous avons tout perdu », a déclaré un céréalier installé près de Cognac."
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["un céréalier"]
