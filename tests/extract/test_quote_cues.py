"""Which quoted words are quotations and whose: invented news sentences, the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_words_quoted_from_a_published_list_belong_to_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "En effet, Greenpeace a, vendredi 3 mai, présenté aux candidats dix mesures pour le "
        "climat : taxe sur le kérosène, interdiction des vols courts, création d'un « véritable "
        "fonds vert » européen, ainsi que la fin des subventions au charbon.",
        nlp,
    )
    assert ("Greenpeace", "direct", "véritable fonds vert") in said


def test_a_quoted_word_opening_a_series_has_the_series_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Berlin a salué la signature de l'accord, y voyant une preuve de « maturité » des deux "
        "pays et de leur volonté de « tourner la page ».",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [("Berlin", "maturité"), ("Berlin", "tourner la page")]


def test_a_quoted_clause_far_from_the_verb_is_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La candidate écologiste, Hélène Marchand, veut « taxer les billets d'avion ». Elle "
        "souhaite aussi interdire les vols intérieurs quand un train fait le trajet en moins de "
        "quatre heures, ainsi que les jets privés, même si « certains diront que cette mesure "
        "ne touche qu'une petite minorité de voyageurs ».",
        nlp,
    )
    assert said[-1][0] == "Hélène Marchand"
    assert said[-1][2].startswith("certains diront que")


def test_a_foreign_name_does_not_end_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Interrogé sur le financement des partis, Paul Girard propose de s'inspirer du modèle "
        "canadien et "
        "de l'Independent Elections Commission, créée en 2003 pour contrôler les dons.",
        nlp,
    )
    assert said == [
        (
            "Paul Girard",
            "indirect",
            "s'inspirer du modèle canadien et de l'Independent Elections Commission",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Le projet prévoit un « bouclier » pour les locataires les plus modestes.",
        "Les habitants du quartier « prioritaire » attendent toujours leur nouvelle école.",
    ],
)
def test_a_quoted_word_without_a_speaker_is_no_quotation(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == []


def test_a_subject_the_parser_starts_inside_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Il a expliqué qu'il voulait « une loi de liberté ». Marine Le Pen, présidente du groupe "
        "RN à l'Assemblée, a au contraire annoncé que ses députés voteraient contre.",
        nlp,
    )
    assert said[-1] == ("Marine Le Pen", "indirect", "ses députés voteraient contre")


def test_a_source_given_with_a_role_after_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Kamala Harris a appelé les jeunes à voter. La participation s'annonce record, selon "
        "Michael Stone, professeur à l'université de Floride. « Nous n'avons jamais vu cela "
        "depuis 1908 », a-t-il souligné.",
        nlp,
    )
    assert [(s, k) for s, k, _ in said] == [
        ("Michael Stone", "indirect"),
        ("Michael Stone", "direct"),
    ]


def test_a_verb_coordinated_after_a_quotation_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "À Moscou, la diplomatie russe a dénoncé dans la soirée une « hystérie antirusse » et "
        "démenti toute implication dans les sabotages.",
        nlp,
    )
    assert said == [("la diplomatie russe", "direct", "hystérie antirusse")]


def test_groups_coordinated_as_a_subject_speak_together(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Dans un communiqué commun publié mardi soir, la CGT, FO et la CFDT estiment que la "
        "réforme « va précipiter des milliers de personnes dans la pauvreté ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["la CGT, FO et la CFDT"]


def test_a_story_told_as_a_bare_infinitive_is_indirect_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Nathalie Guérin, conductrice depuis quinze ans, raconte avoir été insultée deux fois "
        "la semaine dernière.",
        nlp,
    )
    assert said == [
        ("Nathalie Guérin", "indirect", "avoir été insultée deux fois la semaine dernière")
    ]


def test_a_que_of_comparison_opens_no_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Debout à la barre, Didier Carrel a répété lundi la même ligne de défense qu'au cours "
        "de l'instruction.",
        nlp,
    )
    assert said == []


def test_quoted_words_ending_a_predicate_and_the_colon_quotation_are_its_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le maire, Thierry Caubet, a salué son geste. Son professeur de natation, Hervé "
        "Lambert, n’est “pas surpris” : “Yanis a toujours eu du sang-froid. C’est un nageur "
        "solide.”",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Hervé Lambert", "Hervé Lambert"]


def test_a_conceded_quotation_is_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("« Je l'ai lu en diagonale », a concédé Didier Carrel.", nlp)
    assert said == [("Didier Carrel", "direct", "Je l'ai lu en diagonale")]


def test_a_seat_of_power_gives_its_view_with_pour(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Pour le Kremlin, les accusations occidentales visent à justifier une militarisation "
        "de la Baltique.",
        nlp,
    )
    assert [(s, k) for s, k, _ in said] == [("le Kremlin", "indirect")]


def test_the_speakers_next_verb_after_a_reported_clause_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Laurent Dessaix a salué un partenaire. Sur l'Ukraine, M. Dessaix, lui, a rappelé que "
        "la France avait déjà livré des missiles Scalp et a appelé ses partenaires à « ne pas "
        "s'imposer de lignes rouges qui ne profitent qu'à Moscou ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Laurent Dessaix", "Laurent Dessaix"]


def test_a_word_judged_by_an_agent_is_the_agents_even_read_as_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le directeur général de Keolis Rennes, Thierry Vannier, a proposé vendredi une prime "
        "exceptionnelle de 400 euros, jugée « insultante » par les syndicats. « Nous avons fait "
        "un effort important dans un contexte budgétaire contraint. »",
        nlp,
    )
    assert [s for s, _, _ in said] == ["les syndicats", "Thierry Vannier"]


def test_an_interviewers_question_does_not_interrupt_the_answers(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Interrogé sur ses ambitions, Kévin Morvan se veut prudent. Candidat au poste ? « Ce "
        "n'est pas le moment d'en parler. » Un changement de système ? « Peut-être, on verra à "
        "l'entraînement. »",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Kévin Morvan", "Kévin Morvan"]


def test_the_side_named_by_cote_speaks_for_on(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Côté direction, on se dit « ouvert au dialogue ».", nlp)
    assert said == [("la direction", "direct", "ouvert au dialogue")]


def test_an_organisations_name_after_its_description_stays_in_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le syndicat de pilotes SNPL estime pour sa part que la direction « sacrifie l'avenir ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["le syndicat de pilotes SNPL"]


def test_selon_a_way_of_doing_is_not_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les agriculteurs redoutent l'arrivée de viande produite à bas coût, selon des normes "
        "moins exigeantes que les nôtres. Les prix varient fortement selon les régions. Selon "
        "le syndicat, la filière ne s'en remettra pas.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["le syndicat"]


def test_a_place_before_the_inverted_subject_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Chacun se renvoie la balle », a lancé à la sortie de l'audience la sœur de l'un des "
        "ouvriers. « Nous irons jusqu'au bout », a déclaré devant les élus le préfet du Cher.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["la sœur de l'un des ouvriers", "le préfet du Cher"]


def test_a_participle_cut_from_its_place_leaves_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« On perd une partie de la récolte », explique un céréalier installé près de Cognac. "
        "« Il faudra aller plus loin », estime un jeune viticulteur installé depuis 2019.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["un céréalier", "un jeune viticulteur"]


def test_a_quotation_inside_a_statement_after_selon_is_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    # The quotation fills most of its sentence; without the source's claim on it, it went to
    # the person in focus (here the passenger quoted just before).
    said = _quotes(
        "Le porte-parole du syndicat, Mathieu Caron, réclame un plan de recrutement. « Personne "
        "ne sait nous dire si nous partirons », soupire Fatou Diallo, une passagère. Selon M. "
        "Caron, une reconduction « n'est pas exclue si le ministre ne revient pas avec des "
        "engagements écrits ».",
        nlp,
    )
    # the quoted words take up the clause of "une reconduction": the statement is his, whole
    assert ("Mathieu Caron", "indirect", said[-1][2]) == said[-1]
    assert said[-1][2].startswith("une reconduction « n'est pas exclue")


@pytest.mark.parametrize("verb", ["justifie", "analyse", "sourit"])
def test_verbs_of_saying_after_a_quotation_name_its_speaker(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le club a limogé son entraîneur Thierry Lacombe et nommé Franck Delmas à sa place. "
        f"« Il connaît la division et il a l'habitude des situations difficiles », {verb} "
        "Claire Vasseur, économiste du sport.",
        nlp,
    )
    assert said[-1][0] == "Claire Vasseur"


def test_a_narrated_sentence_before_a_quotation_puts_its_subject_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    # The splitter keeps "… s'est laissé convaincre. « … », explique-t-il" as one sentence:
    # "il" is the doctor, not the staff listed in the sentence before.
    said = _quotes(
        "Trois médecins, deux infirmières, un kinésithérapeute et une sage-femme y travaillent "
        "désormais. Le docteur Lucas Perrin, 32 ans, originaire de Lyon, s'est laissé "
        "convaincre. « Ce qui m'a décidé, c'est de ne pas être seul », explique-t-il.",
        nlp,
    )
    assert said == [("Lucas Perrin", "direct", "Ce qui m'a décidé, c'est de ne pas être seul")]


def test_pour_and_an_office_give_that_persons_view(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "En 2018, un rapport commandé par le gouvernement avait même proposé d'abandonner ces "
        "lignes. Pour le vice-président de la région chargé des transports, la réouverture "
        "s'inscrit dans une politique de report modal. « Il faut proposer une offre ferroviaire "
        "fiable », a-t-il déclaré.",
        nlp,
    )
    vice = "le vice-président de la région chargé des transports"
    assert said[-2][:2] == (vice, "indirect") and said[-1] == (
        vice,
        "direct",
        "Il faut proposer une offre ferroviaire fiable",
    )


def test_another_office_is_not_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le maire, Jean-Luc Metzinger, a défendu la hausse. Selon l'adjoint aux finances, la "
        "facture d'électricité de la commune a presque doublé en deux ans.",
        nlp,
    )
    assert said[-1][0] == "l'adjoint aux finances"


def test_a_name_set_after_the_role_that_opens_the_subject_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La maire, Hélène Marchetti, a répondu aux critiques. Son adjoint chargé de "
        "l'environnement et des travaux, Karim Haddad, évoque quant à lui « des canalisations "
        "qui ont parfois plus de soixante ans ».",
        nlp,
    )
    assert said[-1][0] == "Karim Haddad"


def test_an_infinitive_after_a_quotation_is_no_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La Saur assure avoir alerté la mairie. Une version que conteste Denis Carré, conseiller "
        "municipal d'opposition, qui reproche à la municipalité d'avoir « attendu une journée "
        "entière » avant de prévenir la population.",
        nlp,
    )
    assert said[-1][:2] == ("Denis Carré", "direct")


def test_a_new_office_far_from_the_name_is_the_only_person_of_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La liste conduite par Hélène Marchal l'emporte de 87 voix sur celle du maire sortant, "
        "Patrick Devaux. Le scénario n'avait rien d'évident : au premier tour, l'édile sortant "
        "était arrivé largement en tête avec 41 % des voix, contre 29 % pour son adversaire. "
        "Mais entre les deux tours, une alliance avec la liste écologiste a fait la différence, "
        "dans un contexte de forte mobilisation des quartiers nord et du centre-ville. Visiblement "
        "ému, Patrick Devaux a reconnu sa défaite quelques minutes plus tard, sans cacher son "
        "amertume devant ses colistiers et les militants réunis dans la salle des fêtes de "
        "l'hôtel de ville. « Ce soir, c'est une ville qui a choisi de tourner la page », a "
        "déclaré la nouvelle maire, 46 ans, sous les applaudissements.",
        nlp,
    )
    assert said[-1][0] == "Hélène Marchal"
