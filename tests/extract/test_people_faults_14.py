"""People and speakers on faults of the sixth blind review of generated lessons: "le président
mongol" is the person the article named "président de la Mongolie", as "le président français"
is the one named "président français"; "l'un des six urgentistes restants" after a name is a
role (a count between "des" and the noun), which says more than the title "docteur" before it.
Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le président de la Mongolie, Batbayar Ganbold, a achevé mercredi une visite d'État "
            "en France. Il a rencontré la chercheuse Claire Dumontet. « La Mongolie ne veut pas "
            "dépendre de ses voisins », a déclaré le président mongol devant les députés.",
            "Batbayar Ganbold",
        ),
        (
            "La Première ministre de l'Italie, Giulia Ferri, était à Paris jeudi. Elle a "
            "rencontré l'économiste Paul Girard. « Nous voulons plus d'Europe », a lancé la "
            "Première ministre italienne.",
            "Giulia Ferri",
        ),
    ],
)
def test_an_office_named_by_nationality_is_its_holder_named_by_country(
    body: str, speaker: str, nlp
) -> None:  # type: ignore[no-untyped-def]
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == [speaker]


def test_another_country_s_office_is_not_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le président de la Mongolie, Batbayar Ganbold, a achevé mercredi une visite d'État en "
        "France. « Nous serons à Pékin en juin », a déclaré le président chinois."
    )
    assert [q.speaker for q in facts_of_text(body, nlp).quotes] == ["le président chinois"]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Le docteur Samir Benali, 41 ans, l'un des six urgentistes restants, explique que "
            "l'équipe est épuisée.",
            "un des six urgentistes restants",
        ),
        (
            "Anne Morel, l'une des trois avocates de la famille, a demandé un renvoi.",
            "une des trois avocates de la famille",
        ),
    ],
)
def test_one_of_a_counted_group_is_a_role(body: str, role: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [p.role for p in facts_of_text(body, nlp).people] == [role]
