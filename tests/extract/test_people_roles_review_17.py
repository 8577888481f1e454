"""Roles the seventeenth lesson review (tests/generate/data/review_17/) found cut or missing,
each on invented sentences of its own with the real model: an association's name that holds
"et", a project's name after "cheffe du projet", a critic named after the field he writes on."""

from __future__ import annotations

import pytest
from gold import roles_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Pour Anne-Laure Vasseur, présidente de l'association Victimes et citoyens, ces "
            "chiffres sont des familles détruites.",
            {"Anne-Laure Vasseur": "présidente de l'association Victimes et citoyens"},
        ),
        (
            "« Nous irons en justice », prévient Marc Rolland, président du collectif Vélo et "
            "territoires.",
            {"Marc Rolland": "président du collectif Vélo et territoires"},
        ),
        (
            # two offices joined by "et" stay one role, as before
            "Claire Dumont, présidente de l'association Solidarité et maire de Rennes, a salué "
            "le vote.",
            {"Claire Dumont": "présidente de l'association Solidarité et maire de Rennes"},
        ),
    ],
)
def test_an_association_s_name_with_et_is_one_name(
    body: str, expected: dict[str, str | None], nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "« Tout fonctionne normalement », a annoncé Martina Kessler, cheffe du projet "
            "Claira à l'agence spatiale, sous les applaudissements.",
            {"Martina Kessler": "cheffe du projet Claira à l'agence spatiale"},
        ),
        (
            "Paul Girard, directeur de la mission Orion au CNES, reste prudent.",
            {"Paul Girard": "directeur de la mission Orion au CNES"},
        ),
    ],
)
def test_a_project_s_name_stays_in_the_role(
    body: str, expected: dict[str, str | None], nlp
) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le guide ne fait pas l'unanimité. Pour le critique gastronomique Bertrand Lacombe, "
            "il « récompense toujours les mêmes menus très chers ».",
            {"Bertrand Lacombe": "critique gastronomique"},
        ),
        (
            "La critique littéraire Anne Berthier a salué un roman « d'une grande justesse ».",
            {"Anne Berthier": "critique littéraire"},
        ),
        (
            "Bertrand Lacombe, critique gastronomique au Figaro, juge le palmarès sans surprise.",
            {"Bertrand Lacombe": "critique gastronomique au Figaro"},
        ),
        (
            # criticism, not a critic: the role is the president's
            "La critique du président Jean Morel a porté sur le budget.",
            {"Jean Morel": "président"},
        ),
    ],
)
def test_a_critic_named_after_his_field(body: str, expected: dict[str, str | None], nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_text(body, nlp) == expected
