"""Which quoted words are quotations and whose: the general causes of the misses of the third
blind speaker corpus (tests/extract/data/speaker_articles_3/: a match report, an interview, a
parliamentary debate, a court hearing, an obituary), in invented sentences, the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


def test_d_apres_after_a_colon_frames_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Les syndicats restent sceptiques : d'après le SNES-FSU, la réforme « sera impossible "
        "à appliquer » dans les grands lycées.",
        nlp,
    )
    assert said == [
        (
            "le SNES-FSU",
            "indirect",
            "la réforme « sera impossible à appliquer » dans les grands lycées",
        )
    ]


def test_a_name_in_apposition_to_a_possessive_source_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "D'après son biographe, Jean-Luc Caradec, cette affaire « l'avait profondément blessé ».",
        nlp,
    )
    assert said == [
        ("Jean-Luc Caradec", "indirect", "cette affaire « l'avait profondément blessé »")
    ]


def test_chanted_words_are_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("Des élus ont scandé « Retrait ! Retrait ! » pendant une minute.", nlp)
    assert said == [("des élus", "direct", "Retrait ! Retrait !")]


def test_a_nickname_given_with_surnommer_is_no_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Cette fois, c'est la bonne », promet Franck Le Gall, qui a déjà surnommé la série "
        "« la belle ».",
        nlp,
    )
    assert said == [("Franck Le Gall", "direct", "Cette fois, c'est la bonne")]


def test_saluer_with_a_place_before_the_quotation_is_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le chanteur est mort jeudi. Le président de la République a salué sur X « un géant "
        "de la chanson, qui a marqué des générations ».",
        nlp,
    )
    assert said == [
        (
            "le président de la République",
            "direct",
            "un géant de la chanson, qui a marqué des générations",
        )
    ]


def test_the_inverted_speaker_ends_before_how_the_words_were_said(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La Lyonnaise Léa Martin a marqué 24 points. « J'ai levé les yeux et j'ai tiré », a "
        "raconté la meneuse de 24 ans au micro de la chaîne locale.",
        nlp,
    )
    assert said == [("Léa Martin", "direct", "J'ai levé les yeux et j'ai tiré")]
    said = _quotes(
        "« Je pense à lui tous les jours », a déclaré le prévenu d'une voix à peine audible.",
        nlp,
    )
    assert said == [("le prévenu", "direct", "Je pense à lui tous les jours")]


def test_an_age_after_an_epithet_ends_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le sélectionneur Didier Roche a dévoilé sa liste. « Je veux des joueurs en forme, pas "
        "des noms », a expliqué le technicien de 58 ans au siège de la fédération.",
        nlp,
    )
    assert said == [("Didier Roche", "direct", "Je veux des joueurs en forme, pas des noms")]


def test_a_bare_role_is_nobody_named_only_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le prévenu comparaissait pour homicide involontaire. La présidente l'a interrompu : "
        "« Pourquoi regardiez-vous votre téléphone ? »\n\n"
        "Dans la salle, des membres de l'association portaient un tee-shirt jaune. Leur "
        "présidente, Odile Marchand, attend du jugement « un signal clair ».",
        nlp,
    )
    assert ("la présidente", "direct", "Pourquoi regardiez-vous votre téléphone ?") in said


def test_a_pronoun_just_before_a_verbless_quotation_picks_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La romancière Nadia Benali publie son troisième livre. Son neveu, Karim Benali, lui "
        "garde une place derrière le comptoir. « Elle revient tous les samedis », dit-il en "
        "riant.\n\nEt si le succès lui faisait quitter le pétrin ? La question la fait sourire. "
        "« Jamais. Le jour où j'arrête le pain, j'arrête d'écrire. »",
        nlp,
    )
    assert said[-1][0] == "Nadia Benali"


def test_an_answer_after_a_quoted_question_is_the_one_questioned(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Je ne demande pas qu'on me pardonne », a déclaré Mickaël Durand, les mains serrées "
        "sur la barre. La présidente l'a interrompu : « Pourquoi regardiez-vous votre "
        "téléphone, monsieur ? » Long silence. « Je ne sais pas. Un message, je crois. »",
        nlp,
    )
    assert said[-1] == ("Mickaël Durand", "direct", "Je ne sais pas. Un message, je crois.")


def test_an_unnamed_role_just_made_subject_speaks_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le procès s'est ouvert lundi. Le président du tribunal a demandé au prévenu de se "
        "lever. « Reconnaissez-vous les faits ? »",
        nlp,
    )
    assert ("le président du tribunal", "direct", "Reconnaissez-vous les faits ?") in said


def test_s_ecrier_is_a_speech_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes("« C'est une honte ! », s'est écrié le député Thomas Girard.", nlp)
    assert said == [("Thomas Girard", "direct", "C'est une honte !")]


def test_ainsi_parlait_names_who_said_a_short_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Je ne regrette rien. » Ainsi parlait Yves Le Goff, en 2019, au soir de sa dernière "
        "course.",
        nlp,
    )
    assert said == [("Yves Le Goff", "direct", "Je ne regrette rien.")]


def test_a_subject_after_an_opening_adjective_phrase_is_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Présent à la barre, le médecin légiste a détaillé ses conclusions. « La victime est "
        "morte sur le coup », a-t-il déclaré.",
        nlp,
    )
    assert said == [("le médecin légiste", "direct", "La victime est morte sur le coup")]


def test_celui_ci_may_be_an_unnamed_role(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Vous n'avez aucune légitimité ! », a lancé la députée Anne Morel au ministre. "
        "Celui-ci a rétorqué : « La légitimité, c'est le suffrage universel. »",
        nlp,
    )
    assert said[-1] == ("le ministre", "direct", "La légitimité, c'est le suffrage universel.")


def test_a_verbless_lead_with_an_agent_hands_the_quotation_to_the_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« On a été punis sur nos erreurs », analysait le défenseur Léo Balerdi. Un constat "
        "partagé par son entraîneur, Roberto De Zerbi : « Nous n'avons pas été assez "
        "agressifs. »",
        nlp,
    )
    assert said[-1] == ("Roberto De Zerbi", "direct", "Nous n'avons pas été assez agressifs.")


def test_se_souvenir_is_an_incise(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "« Elle avait une élégance rare », se souvient son ancien collègue Patrick Cohen.", nlp
    )
    assert said == [("Patrick Cohen", "direct", "Elle avait une élégance rare")]


def test_avant_de_after_a_speech_verb_opens_no_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le rapporteur, Charles de Courson, s'est montré sévère. « Ce budget est insincère », "
        "a-t-il déclaré, avant d'être interrompu par la ministre.",
        nlp,
    )
    assert said == [("Charles de Courson", "direct", "Ce budget est insincère")]


def test_quoted_words_in_the_clause_a_colon_opens_are_the_subject_s(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Le défenseur Marc Dubois s'est blessé samedi. Le staff médical, lui, se montre "
        "prudent : l'indisponibilité du joueur pourrait durer « plusieurs semaines ».",
        nlp,
    )
    assert said == [("le staff médical", "direct", "plusieurs semaines")]


def test_words_quoted_after_pour_x_are_x_s_not_the_last_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "La mort de l'ancien ministre Robert Badinter a suscité une vague d'hommages. « Il fut "
        "un phare », a écrit Emmanuel Macron. Pour l'ancien garde des Sceaux Éric "
        "Dupond-Moretti, il était « un géant du droit ».",
        nlp,
    )
    assert said[-1] == ("Éric Dupond-Moretti", "indirect", "il était « un géant du droit »")
