"""A verb cloze's hint does not name the verb: "(le verbe « racheter », à conjuguer)" for the
gap of « rachetée » left the learner only its ending to write (38 hints of 154 lessons)."""

from __future__ import annotations

from tutor.generate.giveaways import hint_gives_away

CLOZE = {
    "id": "mot-rachetee",
    "type": "cloze",
    "skill": "vocabulary",
    "text": "l'ancien patron d'une entreprise de pompes ___ par un groupe allemand en 2019.",
    "answer": "rachetée",
    "answer_pos": "participle",
    "evidence": "Parmi eux figure Jean-Michel Astruc, l'ancien patron d'une entreprise de pompes "
    "rachetée par un groupe allemand en 2019.",
}
DEFINITION = "Acheter une entreprise à ses propriétaires ; aussi acheter de nouveau."


def _gives(hint: str, item: dict[str, object] = CLOZE) -> bool:
    return hint_gives_away(hint, item, [item], lambda who: [who])


def test_a_hint_naming_the_answers_verb_gives_it_away() -> None:
    assert _gives(f"{DEFINITION} (le verbe « racheter », à conjuguer)")
    assert _gives("Accueillir de nouveau le public.", {**CLOZE, "answer": "accueille"})
    rouvre = {**CLOZE, "answer": "rouvre ses portes", "answer_pos": "verb"}
    assert _gives("Ouvrir de nouveau. (le verbe « rouvrir ses portes », à conjuguer)", rouvre)


def test_the_definition_with_the_first_letter_does_not() -> None:
    assert not _gives(f"{DEFINITION} (verbe à conjuguer ; première lettre : « r »)")
    # a noun's definition may share its stem: only a verb is conjugated from the hint
    assert not _gives(
        "Une personne qui porte secours.", {**CLOZE, "answer": "secouristes", "answer_pos": "noun"}
    )
