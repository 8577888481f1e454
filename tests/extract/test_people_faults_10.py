"""People and their roles on faults found by blind checks of `tutor extract`: a member of
parliament written "parlementaire", before or after the name, and a role noun the parser makes a
second subject next to the name, each in invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text, roles_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Le parlementaire Jean Dupuis a déclaré mardi que le texte serait rejeté.",
            {"Jean Dupuis": "parlementaire"},
        ),
        (
            "Sophie Marin, parlementaire écologiste, a voté contre le texte.",
            {"Sophie Marin": "parlementaire écologiste"},
        ),
        (
            "Jean Dupuis, parlementaire de la Drôme, a interpellé le ministre.",
            {"Jean Dupuis": "parlementaire de la Drôme"},
        ),
        (
            "L'europarlementaire Anne Morel a dénoncé « un texte dangereux ».",
            {"Anne Morel": "europarlementaire"},
        ),
    ],
)
def test_a_member_of_parliament_is_a_role(body: str, roles: dict[str, str], nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == roles


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le parlementaire Jean Dupuis a déclaré mardi que « le texte sera rejeté ».",
            "Jean Dupuis",
        ),
        # the parser makes the role and the name two subjects of the verb
        ("L'europarlementaire Anne Morel a dénoncé « un texte dangereux ».", "Anne Morel"),
        # the role alone takes up the person named before it
        (
            "Sophie Marin, parlementaire écologiste, a voté contre le texte. La parlementaire "
            "a estimé que la réforme était injuste.",
            "Sophie Marin",
        ),
        (
            "Jean Dupuis, parlementaire de la Drôme, a interpellé le ministre. « Vous mentez "
            "aux Français », a lancé le parlementaire.",
            "Jean Dupuis",
        ),
    ],
)
def test_a_member_of_parliament_speaks(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


def test_a_parliamentary_body_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La commission parlementaire a rendu son rapport jeudi. Le groupe parlementaire "
        "socialiste a annoncé qu'il voterait contre."
    )
    assert roles_of_text(body, nlp) == {}
    assert [s for s, _ in _speakers(body, nlp)] == ["le groupe parlementaire socialiste"]
