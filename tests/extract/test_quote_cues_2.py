"""Which quoted words are quotations and whose: causes of the misses of the second blind
speaker corpus (tests/extract/data/speaker_articles_2/), in invented sentences, the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_she_is_the_minister_known_only_by_her_office(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La ministre de la Santé a annoncé mardi que trois maternités resteraient ouvertes. "
        "« C'est une question d'égalité entre les territoires », a-t-elle déclaré devant les élus.",
        nlp,
    )
    assert (
        "la ministre de la Santé",
        "direct",
        "C'est une question d'égalité entre les territoires",
    ) in said


def test_a_name_in_marks_after_its_noun_is_not_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Dans un communiqué, le collectif « Sauvons la gare » dénonce une décision « prise "
        "en catimini » et demande un rendez-vous au préfet.",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [("le collectif", "prise en catimini")]


def test_words_after_dite_are_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les élus veulent protéger les parcelles agricoles, dites « terres de réserve », où "
        "aucune construction n'est permise. La zone dite « du Moulin » sera la première.",
        nlp,
    )
    assert said == []


def test_a_source_after_the_clause_without_a_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le prix de vente n'a pas été communiqué, mais il dépasserait 3 millions d'euros "
        "selon Le Parisien.",
        nlp,
    )
    assert [(s.lower(), k, t) for s, k, t in said] == [
        ("le parisien", "indirect", "il dépasserait 3 millions d'euros")
    ]


def test_an_infinitive_clause_opening_on_a_quoted_word(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Hélène Morin a conseillé aux élus de « revoir » leur copie avant le vote. Paul Girard a "
        "proposé de « geler les loyers pendant un an ».",
        nlp,
    )
    assert ("Hélène Morin", "indirect", "« revoir » leur copie avant le vote") in said
    assert ("Paul Girard", "direct", "geler les loyers pendant un an") in said


def test_faire_part_de_tells_the_quoted_word(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Le maire, Jean Vidal, a lui aussi fait part de son « inquiétude ».", nlp)
    assert [(s, t) for s, _, t in said] == [("Jean Vidal", "inquiétude")]


def test_a_quoted_word_far_from_its_verb_of_judging(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les experts jugeaient alors la situation financière des deux hôpitaux « préoccupante ».",
        nlp,
    )
    assert [(s.lower(), t) for s, _, t in said] == [("les experts", "préoccupante")]


def test_an_organisation_framing_a_statement_with_pour(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Pour Greenpeace France, le projet menace directement la biodiversité du littoral. "
        "Pour Noël, la ville installe un marché sur la place.",
        nlp,
    )
    assert said == [
        (
            "Greenpeace France",
            "indirect",
            "le projet menace directement la biodiversité du littoral",
        )
    ]


def test_a_report_points_out_quoted_words(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le rapport, publié mardi, pointe des « dysfonctionnements graves ». La Cour des comptes "
        "pointe un « manque de pilotage » du ministère.",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [
        ("le rapport", "dysfonctionnements graves"),
        ("la Cour des comptes", "manque de pilotage"),
    ]


def test_ce_dernier_is_the_person_named_just_before(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le maire a rencontré le préfet, Pierre Lamy. Ce dernier a assuré que les travaux "
        "commenceraient en mai. Le maire a écrit au ministre. Ce dernier a répondu que le dossier "
        "était à l'étude.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Pierre Lamy", "le ministre"]


def test_a_participle_the_tagger_cannot_place_still_opens_an_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("« Nous attendons des actes », a tweeté la députée Sandrine Rousseau.", nlp)
    assert said == [("Sandrine Rousseau", "direct", "Nous attendons des actes")]


def test_ils_is_the_group_in_focus_not_the_last_man(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le directeur, Marc Dupont, a reçu les syndicats mardi. Les syndicats ont quitté la table. "
        "Ils estiment que la direction « joue la montre ». « Nous ne reprendrons pas le travail », "
        "préviennent les grévistes. « Nous irons jusqu'au bout », assurent-ils.",
        nlp,
    )
    assert [s for s, _, _ in said] == ["les syndicats", "les grévistes", "les grévistes"]


def test_learnt_from_a_source_after_aupres_de(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le trafic restera perturbé jusqu'à lundi, a-t-on appris auprès de la SNCF.", nlp
    )
    assert said == [("la SNCF", "indirect", "Le trafic restera perturbé jusqu'à lundi")]


def test_on_is_the_side_the_sentence_opens_on(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Du côté de la mairie, on assure que le dossier avance. Chez Renault, on se dit "
        "« confiant » pour la suite. À Lyon, on estime que la ville a été oubliée.",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [
        ("la mairie", "le dossier avance"),
        ("Renault", "confiant"),
    ]


def test_an_incise_after_the_first_word_of_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("« Oui, reconnaît Paul Marin, nous avons perdu. »", nlp)
    assert said == [
        ("Paul Marin", "direct", "Oui"),
        ("Paul Marin", "direct", "nous avons perdu"),
    ]


def test_s_est_dite_is_speech_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Julie Perret a été citée. Celle-ci s'est dite « touchée ». Les élus se sont dits "
        "« choqués ».",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [("Julie Perret", "touchée"), ("les élus", "choqués")]


def test_a_source_without_the_participle_that_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "D'après une étude de l'Insee publiée jeudi, le chômage a reculé de 0,2 point.", nlp
    )
    assert [s for s, _, _ in said] == ["l'Insee"]  # the study's maker (test_faults_15)


def test_a_capitalised_name_in_marks_after_its_noun_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le ministre a présenté son plan « France 2030 » devant les députés. Le président a "
        "annoncé l'opération « Ville propre » pour le printemps. Claire Vautrin défend un "
        "projet « porteur d'avenir ».",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [("Claire Vautrin", "porteur d'avenir")]


def test_an_inverted_verb_the_tagger_reads_as_a_number(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Anne Martin refuse de commenter. « Je n'ai rien à dire », tranche-t-elle, avant de "
        "raccrocher.",
        nlp,
    )
    assert said == [("Anne Martin", "direct", "Je n'ai rien à dire")]


def test_misread_inverted_verbs_still_make_incises(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Anne Martin est arrivée hier. « Nous verrons bien demain », sourit-elle. Le conseil "
        "votera le budget en mars, tranche-t-elle.",
        nlp,
    )
    assert said == [
        ("Anne Martin", "direct", "Nous verrons bien demain"),
        ("Anne Martin", "indirect", "Le conseil votera le budget en mars"),
    ]


def test_reaffirmer_reports_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Marc Olivier a réaffirmé que le site ne fermerait pas.", nlp)
    assert said == [("Marc Olivier", "indirect", "le site ne fermerait pas")]


def test_a_short_quoted_sentence_after_its_speaker_narrated(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Marc Olivier s'interroge sur l'avenir du site. « Qui va payer ? »", nlp)
    assert said == [("Marc Olivier", "direct", "Qui va payer ?")]


def test_cette_derniere_puts_the_last_woman_named_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La maire, Claire Dubois, a reçu la présidente de l'association, Sophie Marin. Cette "
        "dernière lui a remis une pétition. « Nous voulons être entendus », a-t-elle déclaré. "
        "Paul Roux a rencontré Jean Blanc mardi. Selon ce dernier, la réunion a été "
        "« constructive ».",
        nlp,
    )
    assert [s for s, _, _ in said] == ["Sophie Marin", "Jean Blanc"]


def test_the_speakers_next_action_ends_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Marc Olivier a affirmé que le projet serait lancé en mai, avant de quitter la salle. "
        "Anne Roche a reconnu que des erreurs avaient été commises, tout en défendant son bilan. "
        "Marc Léger a expliqué à l'AFP que le trafic reprendrait lundi, ajoutant que des bus "
        "seraient mis en place.",
        nlp,
    )
    assert [(s, t) for s, _, t in said] == [
        ("Marc Olivier", "le projet serait lancé en mai"),
        ("Anne Roche", "des erreurs avaient été commises"),
        ("Marc Léger", "le trafic reprendrait lundi"),
        ("Marc Léger", "des bus seraient mis en place"),
    ]


def test_a_participle_after_the_marks_qualifies_the_quoted_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Paul Marin a évoqué le « bouclier tarifaire » mis en place en 2022.", nlp)
    assert said == [("Paul Marin", "direct", "bouclier tarifaire")]


def test_a_title_in_apposition_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    title = "Anne Roche a annoncé la sortie de son livre, « Les Années perdues », en septembre."
    assert _quotes(title, nlp) == []
    answer = "Le ministre a répondu au député, « Nous verrons bien », avant de partir."
    assert _quotes(answer, nlp) == [("le ministre", "direct", "Nous verrons bien")]
