"""Quotations on faults of the sixth blind review of generated lessons: a quotation with no
speech verb in a sentence that opens on its source ("Pour Julien Carré, analyste chez Oddo
BHF, Kerlia « a prouvé ... »") is the source's, not the last speaker's; what a source says
starts after the words set beside it ("Selon la CFDT, majoritaire dans l'entreprise, 150
postes ..."). Invented news sentences, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind, q.text) for q in facts_of_text(body, nlp).quotes]


_BEFORE = (
    "« On double les bénéfices, mais on nous demande de faire plus avec moins », a regretté "
    "le délégué syndical, Thomas Garnier. Les analystes restent plutôt positifs. "
)


_SAID = (
    "« a prouvé que l'intelligence artificielle pouvait rapporter de l'argent, et pas "
    "seulement en coûter »."
)


@pytest.mark.parametrize(
    "framed",
    [
        "Pour Julien Carré, analyste chez Oddo BHF, Kerlia",
        "Selon Julien Carré, analyste chez Oddo BHF, Kerlia",
        "D'après l'analyste Julien Carré, Kerlia",
    ],
)
def test_a_quotation_framed_by_its_source_is_the_source_s(framed: str, nlp) -> None:  # type: ignore[no-untyped-def]
    speaker, kind, text = _quotes(f"{_BEFORE}{framed} {_SAID}", nlp)[-1]
    # the quoted words take up Kerlia's clause: "a prouvé que …" alone would have no subject
    assert (speaker, kind) == ("Julien Carré", "indirect")
    assert text.startswith("Kerlia « a prouvé que")


def test_the_first_time_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    body = f"{_BEFORE}Pour la première fois, Kerlia {_SAID}"
    assert "la première fois" not in [q[0] for q in _quotes(body, nlp)]


def test_words_set_beside_the_source_are_not_what_it_says(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Selon la CFDT, majoritaire dans l'entreprise, 150 postes de développeurs restent "
        "vacants et la charge de travail augmente."
    )
    assert _quotes(body, nlp) == [
        (
            "la CFDT",
            "indirect",
            "150 postes de développeurs restent vacants et la charge de travail augmente",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Le ministre, Yves Tardieu, a présenté mardi cette réforme, qui remplace la note par "
        "quatre niveaux de maîtrise : « insuffisant », « fragile », « satisfaisant » et « très "
        "bon ».",
        "La mairie a proposé trois noms pour la place, « Liberté », « Fraternité » ou "
        "« Concorde ».",
    ],
)
def test_a_list_of_quoted_labels_is_no_quotation(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == []


def test_two_quoted_words_of_a_speaker_stay_quotations(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "La ministre a jugé le texte « bâclé » et « dangereux »."
    assert [q[2] for q in _quotes(body, nlp)] == ["bâclé", "dangereux"]
