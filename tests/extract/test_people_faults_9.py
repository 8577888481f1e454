"""Speakers, people and dates that the blind review of tests/generate/data/review_4/ found wrong
in the articles of tests/extract/data/people_articles_5/, each in invented news sentences of
the same kind, with the real model: who `tutor extract` says spoke."""

from __future__ import annotations

import pytest
from gold import facts_of_text, roles_of_text

pytestmark = pytest.mark.slow


def _speakers(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a trade written as two nouns, the subject of the next sentence
        (
            "Plus discrète, la CFTC a pesé dans la négociation. Sa déléguée, Nadia Ferhat, a "
            "proposé jeudi un compromis. La technicienne qualité, élue au comité depuis 2019, "
            "dit avoir « voulu sauver la saison ».",
            "Nadia Ferhat",
        ),
        # a former office: the agency's director was a prefect before
        (
            "Le chantier a été financé par l'agence. Son directeur, Paul Vernadet, s'est rendu "
            "lundi à l'usine. « C'est une fierté pour la vallée », a déclaré l'ancien préfet "
            "de l'Ardèche.",
            "Paul Vernadet",
        ),
        # a description with a complement re-names the person in focus after a quotation
        (
            "Le parti dénonce un recul. La présidente du Parti libéral, Irina Popescu, a "
            "réclamé un vote. « Rien ne changera ainsi », a lancé la députée de Iasi, sous "
            "les applaudissements.",
            "Irina Popescu",
        ),
        (
            "Le nonce apostolique, Mgr Paolo Venturi, a lu la lettre du pape. « Le diocèse "
            "retrouve un berger », a déclaré le diplomate du Saint-Siège.",
            "Paolo Venturi",
        ),
    ],
)
def test_a_description_re_names_the_person_just_named(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


def test_an_epithet_with_an_adjective_of_origin_is_the_man_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Hugo Lambert, lui, dit ne pas vouloir « la tête » de quiconque. L'universitaire "
        "lorrain demande seulement que son travail soit cité.",
        nlp,
    )
    assert [s for s, _ in said] == ["Hugo Lambert", "Hugo Lambert"]


def test_someone_named_aside_in_the_paragraph_comes_before_an_earlier_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "L'université a saisi mardi sa section disciplinaire. L'affaire a été révélée par "
        "Hugo Lambert, maître de conférences à l'université de Rennes, qui dit avoir retrouvé "
        "« des pages entières » de ses propres travaux dans le document.\n\n"
        "La thèse, consacrée à la gestion de l'eau dans les Vosges, avait valu à son auteur, "
        "Karim Benali, un poste d'attaché temporaire. Joint par téléphone, le jeune chercheur "
        "conteste toute fraude et parle d'« erreurs de citation ».",
        nlp,
    )
    assert [s for s, _ in said] == ["Hugo Lambert", "Karim Benali"]


def test_an_epithet_after_an_unnamed_newcomer_is_that_newcomer(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "L'équipe a réussi la greffe, a annoncé la cheffe du service, la Pr Anne Mercadier. "
        "L'opération a duré dix heures.\n\n"
        "La patiente, une infirmière de 29 ans, a reçu le rein de sa sœur. « Je revis », a "
        "confié la jeune femme, qui souhaite rester anonyme.",
        nlp,
    )
    assert [s for s, _ in said][-1] == "la jeune femme"


@pytest.mark.parametrize(
    "body",
    [
        # another office than the one the person holds
        "La ministre, Sophie Arnal, a visité l'usine mardi. « Le site a de l'avenir », a "
        "déclaré la directrice du site de Vienne.",
        # a seat someone else holds, not a kind of person
        "Le ministre de la Santé, Paul Durand, a visité l'hôpital mardi. « Les moyens "
        "manquent », a déclaré le chef du service de cardiologie.",
        "Le procureur, Paul Durand, a requis deux ans. « Il n'a rien compris », a lancé "
        "l'avocat de la victime.",
        # the role was met before with no name: the same unnamed person
        "Le maire, Paul Ravel, a reçu le préfet jeudi. « Nous avancerons ensemble », a déclaré "
        "le préfet de la Corrèze.",
    ],
)
def test_a_description_of_someone_else_is_not_the_person_just_named(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    names = {"Sophie Arnal", "Paul Ravel", "Paul Durand"}
    assert not {s for s, _ in _speakers(body, nlp)} & names


def test_a_shared_surname_after_a_title_is_the_one_named_with_that_title(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "La cathédrale était pleine pour l'ordination de Mgr Paul Verdier, nommé évêque de "
        "Tulle. Dans l'assistance se trouvait aussi son frère, Marc Verdier, éleveur à Ussel. "
        "« Il faudra de la patience », a reconnu Mgr Verdier, qui s'installera en juin.",
        nlp,
    )
    assert said == [("Paul Verdier", "Il faudra de la patience")]


@pytest.mark.parametrize(
    "body",
    [
        "Le troisième prévenu est le gérant de l'entreprise de charpente, Marc Etchegaray, 58 ans.",
        "Sur le banc des parties civiles se tenait la mère de la victime, Anne Duval, 47 ans.",
    ],
)
def test_an_age_after_a_name_that_closes_the_sentence_is_no_duration(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts_of_text(body, nlp).dates == ()


def test_a_length_after_a_comma_stays_a_duration(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of_text("Le chantier a duré longtemps, 12 ans.", nlp)
    assert [d.value for d in facts.dates] == ["P12Y"]


def test_a_word_for_a_leader_is_the_one_who_heads_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le conseil a nommé Lucie Farge directrice générale du groupe. La déléguée CGT, "
        "Nadia Berthier, reste prudente. Les emplois seront maintenus, a assuré la nouvelle "
        "dirigeante.",
        nlp,
    )
    assert [s for s, _ in said] == ["Lucie Farge"]


@pytest.mark.parametrize(
    "body",
    [
        "Pour Arnaud Decaux, directeur du site depuis 2021, la grève a coûté « plus de deux "
        "millions d'euros », Stellantis ayant dû ralentir deux de ses chaînes à Sochaux.",
        "Pour Marc Dubreuil, directeur de l'usine, la grève a coûté cher, Stellantis ayant dû "
        "fermer l'une de ses usines.",
    ],
)
def test_a_one_word_name_with_a_firms_holdings_is_no_person(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Stellantis" not in roles_of_text(body, nlp)


def test_a_noun_phrase_quoted_whole_after_a_verb_is_words_said_not_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = facts_of_text(
        "Ces progrès donnent « un espoir immense » aux patientes, selon l'association.", nlp
    ).terms
    assert "espoir immense" not in [t.lemma for t in terms]


def test_a_trade_after_an_unnamed_newcomer_is_still_the_one_who_holds_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "La juge Anne Roy a entendu les témoins. Une voisine a raconté la scène. « Nous "
        "reprendrons demain », a déclaré la magistrate.",
        nlp,
    )
    assert said == [("Anne Roy", "Nous reprendrons demain")]


def test_who_someone_represents_comes_before_their_bare_trade(nlp) -> None:  # type: ignore[no-untyped-def]
    roles = roles_of_text(
        "Le délégué de FO a signé lui aussi, tandis que la CFTC, représentée par l'ingénieur "
        "Luc Perrin, s'est abstenue.",
        nlp,
    )
    assert roles["Luc Perrin"] == "représentant de la CFTC"
