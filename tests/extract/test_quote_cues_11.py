"""Speakers on faults of the sixth blind review of generated lessons: a body whose name the
parser split at its hyphen ("Météo-France rappelle que ...") keeps its whole name; "le
vainqueur" who speaks after the race is the one who won it, not the last rider named.
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts_of_text(body, nlp).quotes]


def test_a_hyphenated_body_keeps_its_whole_name(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le département n'avait pas connu un incendie aussi important depuis 2019. Météo-France "
        "rappelle qu'il n'a presque pas plu dans le Gard depuis le mois de mai."
    )
    assert _speakers(body, nlp) == ["Météo-France"]


def test_the_winner_is_the_one_who_won(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "À 23 ans, Lucas Ferrand a remporté mercredi la cinquième étape de Paris-Nice. Le "
        "coureur breton a attaqué à quatre kilomètres de l'arrivée et a franchi la ligne avec "
        "douze secondes d'avance sur le Danois Mikkel Sørensen. Il compte désormais 38 secondes "
        "d'avance sur l'Espagnol Pablo Ibarra, qui portait le maillot depuis dimanche et a "
        "perdu près d'une minute dans la dernière montée. « J'ai senti que les autres avaient "
        "mal aux jambes », a raconté le vainqueur, encore essoufflé."
    )
    assert _speakers(body, nlp) == ["Lucas Ferrand"]


def test_the_winner_who_prevailed(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La Française Léa Morel s'est imposée dimanche au sprint devant l'Italienne Giulia "
        "Conti, championne du monde en titre. « Je n'y croyais plus », a avoué la gagnante."
    )
    assert _speakers(body, nlp) == ["Léa Morel"]
