"""Extraction faults found in session 23 on corpus articles, each a wrong answer a learner would
be marked right for: a lawyer's words credited to her description ("l'avocate d'une association
de sinistrés") when her name stands beside it with a title ("Me Sandrine Vidal"), and a
director's firm, named only at the head of the sentence before ("Chez Ventéole, la déception est
vive."), missing from his role; "l'alpiniste" offered for an unnamed climber the article brought
in as "un autre alpiniste", beside a named climber. Real articles, real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import facts_of_text

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
AZF = DATA / "term_corpus" / "batch_aa" / "azf-proces-relaxe-toulouse.txt"
WIND_FARM = DATA / "speaker_articles_2" / "eolien-tribunal-plouguenast.txt"
MONT_BLANC = DATA / "people_articles_6" / "secours-mont-blanc.txt"


def _facts(path: Path, nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    return extract_facts(load_article(path), nlp)


def _speakers_of(facts: ArticleFacts, words: str) -> list[str]:
    return [q.speaker for q in facts.quotes if words in q.text]


def _role_of(facts: ArticleFacts, name: str) -> str | None:
    return next(p.role for p in facts.people if p.name == name)


def test_a_role_with_a_titled_name_beside_it_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Pour l'avocate d'une association de sinistrés, Me Sandrine Vidal, le jugement est
    « incompréhensible » : « Le tribunal reconnaît … »": « Qui a dit » offered the description
    as the speaker of the second quotation, and the named lawyer for the first."""
    facts = _facts(AZF, nlp)
    assert _speakers_of(facts, "Le tribunal reconnaît") == ["Sandrine Vidal"]
    assert _speakers_of(facts, "incompréhensible") == ["Sandrine Vidal"]
    assert _role_of(facts, "Sandrine Vidal") == "avocate d'une association de sinistrés"


def test_the_same_apposition_with_a_plain_title(nlp) -> None:  # type: ignore[no-untyped-def]
    """The same sentence shape with "M." and a doctor: the quotation after the colon is his."""
    body = (
        "Pour le médecin du centre de secours, M. Paul Mercier, le bilan est « lourd » : "
        "« Nous avons soigné plus de quarante personnes cette nuit. »"
    )
    assert _speakers_of(facts_of_text(body, nlp), "Nous avons soigné") == ["Paul Mercier"]


def test_a_firm_named_at_the_head_of_the_sentence_before_owns_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Chez Ventéole, la déception est vive. Le directeur du développement, Marc-Antoine
    Ferrand, juge …": the lesson said "directeur du développement", of nothing a learner can
    tell; the firm he works for is the one the paragraph opened on."""
    role = _role_of(_facts(WIND_FARM, nlp), "Marc-Antoine Ferrand")
    assert role is not None and "Ventéole" in role and role.startswith("directeur du développement")


def test_chez_then_on_then_a_role_in_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Chez Renault, on se dit confiant. La porte-parole, Julie Marchand, …": hers is
    Renault's; an office no firm holds ("Le maire, Paul Roux") is not made Renault's."""
    body = (
        "Chez Renault, on se dit confiant. La porte-parole, Julie Marchand, assure que "
        "l'usine « tournera à plein » dès l'automne.\n\nChez Stellantis, on se tait. Le maire, "
        "Paul Roux, reste prudent."
    )
    roles = {p.name: p.role for p in facts_of_text(body, nlp).people}
    assert roles["Julie Marchand"] is not None and "Renault" in roles["Julie Marchand"]
    assert roles["Paul Roux"] == "maire"


def test_the_other_climber_is_not_labelled_as_any_climber(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Deux alpinistes … Le premier, Thomas Wauters, … Un autre alpiniste, un Savoyard qui a
    refusé de donner son nom, … « Sans le Belge, je ne serais pas là », a résumé l'alpiniste":
    « Qui a dit » offered "l'alpiniste", which a learner may take for Thomas Wauters, a climber
    too; the article's own wording says he is the other one."""
    facts = _facts(MONT_BLANC, nlp)
    assert _speakers_of(facts, "Sans le Belge") == ["un autre alpiniste"]


def test_one_unnamed_newcomer_of_a_kind_keeps_the_article_s_label(nlp) -> None:  # type: ignore[no-untyped-def]
    """With no "autre" the article knows one of its kind: "la retraitée" stays as written."""
    body = (
        "Le maire, Paul Dumas, a reçu les habitants. Une retraitée a pris la parole. « Nous "
        "attendons depuis des mois », a lancé la retraitée."
    )
    assert _speakers_of(facts_of_text(body, nlp), "Nous attendons") == ["la retraitée"]
