"""A headline whose verb is "fait" or "dit" before an infinitive is a sentence already: the
summary's model answer for « Handball : Chambéry fait tomber Nantes au bout du suspense »
was « Chambéry est fait tomber Nantes … », "fait" read as a participle to make passive."""

from __future__ import annotations

import pytest

from tutor.generate.summary_sentence import headline_sentence


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Handball : Chambéry fait tomber Nantes au bout du suspense",
            "Handball : Chambéry fait tomber Nantes au bout du suspense.",
        ),
        ("Le PSG fait chuter Lyon", "Le PSG fait chuter Lyon."),
        ("Le ministre dit vouloir partir", "Le ministre dit vouloir partir."),
        # participles stay made passive, a noun in -er after "produit" too
        ("Un produit laitier rappelé", "Un produit laitier est rappelé."),
        ("ACTA rejeté par le Parlement européen", "ACTA est rejeté par le Parlement européen."),
    ],
)
def test_a_causative_headline_is_left_a_sentence(headline: str, sentence: str) -> None:
    assert headline_sentence(headline) == sentence
