"""Which quoted words are quotations and whose: faults seen on the fourth blind speaker corpus
(tests/extract/data/speaker_articles_4/), each cause tested on invented sentences of the same
kind, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_a_reflexive_speech_verb_lemmatised_as_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La directrice de l'école, Sophie Garnier, a reçu les parents. « On nous oublie depuis "
        "des années », s'indigne Sophie Garnier.",
        nlp,
    )
    assert said == [("Sophie Garnier", "direct", "On nous oublie depuis des années")]


PERSON_EPITHETS = [
    (
        "Kevin Moreau a été interpellé devant la gare. « Je n'ai rien fait », a assuré le jeune "
        "homme aux policiers.",
        "Kevin Moreau",
    ),
    (
        "Lucie Perrin a passé la nuit dehors. « J'ai eu très froid », raconte la jeune femme.",
        "Lucie Perrin",
    ),
    (
        "Gilbert Roux vit seul depuis vingt ans. « Ici, tout le monde se connaît », sourit le "
        "septuagénaire.",
        "Gilbert Roux",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), PERSON_EPITHETS)
def test_a_noun_of_a_person_after_a_name_is_that_person(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)] == [speaker]


def test_an_unnamed_man_met_before_stays_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le maire, Paul Vidal, a porté plainte. Un homme a été vu près de l'entrepôt. "
        "« J'ai entendu un bruit », a déclaré l'homme aux enquêteurs.",
        nlp,
    )
    assert [s for s, _, _ in said] != ["Paul Vidal"]


LEANINGS = [
    (
        "Le conseiller municipal Marc Aubry a voté contre. L'élu de gauche a estimé que le "
        "projet coûtait trop cher.",
        "Marc Aubry",
    ),
    (
        "La présidente de la région, Anne Berthier, a présenté son plan. L'élue divers droite a "
        "rappelé que la région avait doublé ses aides.",
        "Anne Berthier",
    ),
    (
        "Le député Yves Carrel a déposé un amendement. Le député d'extrême droite a "
        "affirmé que le texte était « inapplicable ».",
        "Yves Carrel",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), LEANINGS)
def test_a_political_leaning_keeps_the_epithet_of_the_person_named(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)] == [speaker]


def test_a_name_after_a_kin_role_and_a_relative_clause_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le boulanger, Henri Favre, a pris sa retraite. Son fils, Julien Favre, qui a repris "
        "le fournil, a indiqué qu'il garderait les mêmes recettes.",
        nlp,
    )
    assert said == [("Julien Favre", "indirect", "il garderait les mêmes recettes")]


def test_a_possessive_role_met_again_is_the_person_it_named(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le garagiste, Michel Brun, a témoigné lundi. Son épouse, Nadine Brun, a raconté la "
        "nuit de l'incendie. Michel Brun a ensuite quitté la salle. Son épouse a simplement "
        "murmuré : « Nous reconstruirons. »",
        nlp,
    )
    assert said[-1] == ("Nadine Brun", "direct", "Nous reconstruirons.")


OWN_RECKONINGS = [
    (
        "Le trésorier du club, Yann Le Bihan, a présenté les comptes. Le déficit atteindra "
        "« près de 200 000 euros », selon ses calculs.",
        "Yann Le Bihan",
    ),
    (
        "La ministre, Anne Roy, a présenté le budget. Le déficit atteindra 4 % du PIB, selon "
        "ses propres termes.",
        "Anne Roy",
    ),
    (
        "Le chanteur, Marc Lavoine, est hospitalisé. « Il va mieux », selon ses proches.",
        "ses proches",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), OWN_RECKONINGS)
def test_selon_ses_calculs_is_the_person_in_focus(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)][-1:] == [speaker]


def test_d_apres_leurs_donnees_is_no_single_person(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« C'est une cohorte unique », souligne le statisticien, Paul Ménard. Les chercheurs "
        "ont aussi mesuré le stress. D'après leurs données, les élèves anxieux dorment moins "
        "bien que les autres.",
        nlp,
    )
    assert said[-1][0] != "Paul Ménard"


def test_a_source_between_commas_before_a_quotation_speaks_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La députée Claire Morin a salué « un pas utile ». Le gouvernement, selon un conseiller "
        "de Matignon, serait prêt à « revoir entièrement le calendrier » de la réforme.",
        nlp,
    )
    assert said[-1][:2] == ("un conseiller de Matignon", "direct")


def test_qui_after_an_office_and_its_place_is_the_office_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le maire, Luc Ferrand, a accueilli les sinistrés. Mardi, il a reçu la visite du préfet "
        "du Gard, qui a assuré que les aides seraient versées avant l'été.",
        nlp,
    )
    assert said == [("le préfet du Gard", "indirect", "les aides seraient versées avant l'été")]


def test_accuser_x_de_and_an_infinitive_reports_the_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La conseillère Hélène Vasseur a pris la parole. L'élue écologiste a accusé le maire "
        "d'avoir « sacrifié » les espaces verts du quartier.",
        nlp,
    )
    assert said == [
        ("Hélène Vasseur", "indirect", "avoir « sacrifié » les espaces verts du quartier")
    ]
    assert _quotes("Le syndicat accuse la direction de tous les maux.", nlp) == []


def test_trouver_an_object_and_a_quoted_adjective_is_a_judgement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Commerçante de la rue principale, Aline Caron trouve la nouvelle taxe « injuste ».",
        nlp,
    )
    assert said == [("Aline Caron", "direct", "injuste")]
    assert _quotes("Marie Roux a trouvé un « refuge » à Lyon.", nlp) == []


def test_a_closing_incise_with_a_day_before_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les négociations reprendront la semaine prochaine à Genève, a annoncé jeudi soir la "
        "médiatrice norvégienne, Ingrid Dahl, à l'issue d'une longue réunion.",
        nlp,
    )
    assert said == [
        ("Ingrid Dahl", "indirect", "Les négociations reprendront la semaine prochaine à Genève")
    ]


def test_the_network_x_ends_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le ministre, Paul Garnier, a réagi. « Ce vote est une faute », a-t-il écrit sur X. "
        "Bruxelles, selon un diplomate européen, jugerait la réforme « irréaliste » en l'état.",
        nlp,
    )
    assert said[-1][:2] == ("un diplomate européen", "direct")


def test_a_pronoun_with_no_one_named_before_points_to_the_next_name(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« On ne lâchera rien », prévient-elle. Nathalie Perrot, déléguée CGT de l'usine, "
        "mène la grève depuis dix jours.",
        nlp,
    )
    assert said == [("Nathalie Perrot", "direct", "On ne lâchera rien")]
    he = _quotes("« On ne lâchera rien », prévient-il. Nathalie Perrot mène la grève.", nlp)
    assert [s for s, _, _ in he] != ["Nathalie Perrot"]


def test_attaquer_in_an_incise_is_a_speech_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La conseillère d'opposition, Julie Roy, a pris la parole. « Ce budget est insincère », "
        "a attaqué Mme Roy.",
        nlp,
    )
    assert said == [("Julie Roy", "direct", "Ce budget est insincère")]
    assert _quotes("Le maire a attaqué le « plan vélo » de l'opposition.", nlp) == []


def test_le_premier_la_seconde_after_two_people_named_together(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les deux navigateurs, Marc Olivier et Anne Le Goff, sont arrivés ensemble à Brest. "
        "« Nous avons souffert », reconnaît le premier. La seconde estime que la course « était "
        "trop longue ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Marc Olivier", "Anne Le Goff"]


def test_a_name_ending_with_an_initial_keeps_its_period(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of_text(
        "À la barre, Kevin R., 31 ans, a reconnu les faits. « Je regrette », a-t-il déclaré.",
        nlp,
    )
    assert [q.speaker for q in facts.quotes] == ["Kevin R."]
    assert "Kevin R." in [p.name for p in facts.people]


def test_the_defendant_hung_on_the_dock_by_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Dans le box des accusés, Rudy P., 41 ans, comparaissait pour vol à main armée. En mai "
        "2023, il avait menacé un buraliste de 58 ans, Alain Viret, avec un couteau. « Je "
        "n'avais plus rien », a expliqué l'accusé.",
        nlp,
    )
    assert said == [("Rudy P.", "direct", "Je n'avais plus rien")]


def test_a_stressed_pronoun_takes_up_the_subject_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Nous irons jusqu'au bout », prévient Sylvie Caron, déléguée CGT. La direction, elle, "
        "parle d'un conflit « marginal ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Sylvie Caron", "la direction"]


def test_a_participle_on_the_source_is_no_part_of_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Selon le rapport, remis lundi au préfet, les nappes phréatiques ont baissé de 30 %.",
        nlp,
    )
    assert said == [("le rapport", "indirect", "les nappes phréatiques ont baissé de 30 %")]


def test_a_capital_standing_for_its_government_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of_text(
        "Le ministre russe a qualifié de « provocation » les manœuvres, après que Londres a "
        "accusé Moscou d'avoir violé son espace aérien.",
        nlp,
    )
    assert not {"Londres", "Moscou"} & {p.name for p in facts.people}
    assert [q.speaker for q in facts.quotes] == ["le ministre russe", "Londres"]


def test_la_vieille_dame_after_her_name(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Lucienne Barbier, 91 ans, a tout perdu dans l'incendie. « Il ne me reste que mes "
        "photos », murmure la vieille dame.",
        nlp,
    )
    assert said == [("Lucienne Barbier", "direct", "Il ne me reste que mes photos")]
