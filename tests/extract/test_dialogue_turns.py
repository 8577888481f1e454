"""Speakers of dialogue lines with no incise (fault 1 left by session 17): in a dash dialogue the
lines after two named turns alternate between the two voices; a line right after a sentence that
names one person is that person's ("Son adjoint, Baptiste Maillet, descend. — Moins deux."), and
so is the answer to a question put to her; an interview introduced by "Nous avons interrogé X"
gives X the answers, also with one question only and with answers that run over several
paragraphs. Nobody is invented: a third voice, a question, a list or an unnamed answerer leave
the line without a speaker. Invented passages like the articles', with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _said(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


_REFUGE = (
    "Au refuge du Goûter, la nuit a été courte pour les alpinistes.\n\n"
    "— Vous avez dormi ? demande le gardien, Marc Blanc.\n\n"
    "— Trois heures, répond Léa Morel. C'est suffisant pour moi.\n\n"
    "— Et le sommet, c'est pour aujourd'hui ?\n\n"
    "— Si le vent tombe, oui. Sinon, nous redescendrons.\n\n"
    "Le gardien hoche la tête et retourne à ses fourneaux."
)


def test_lines_after_two_named_turns_alternate_between_their_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _said(_REFUGE, nlp) == [
        ("Marc Blanc", "Vous avez dormi ?"),
        ("Léa Morel", "Trois heures"),
        ("Léa Morel", "C'est suffisant pour moi."),
        ("Marc Blanc", "Et le sommet, c'est pour aujourd'hui ?"),
        ("Léa Morel", "Si le vent tombe, oui."),
        ("Léa Morel", "Sinon, nous redescendrons."),
    ]


def test_a_dialogue_on_one_line_is_cut_at_each_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Au refuge, la nuit a été courte. — Vous avez dormi ? demande le gardien, Marc Blanc. "
        "— Trois heures, répond Léa Morel. — Et le sommet ? — Si le vent tombe, oui."
    )
    assert _said(body, nlp) == [
        ("Marc Blanc", "Vous avez dormi ?"),
        ("Léa Morel", "Trois heures"),
        ("Marc Blanc", "Et le sommet ?"),
        ("Léa Morel", "Si le vent tombe, oui."),
    ]


def test_a_third_voice_stops_the_alternation(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Au refuge, trois alpinistes attendent le jour.\n"
        "— Vous avez dormi ? demande le gardien, Marc Blanc.\n"
        "— Trois heures, répond Léa Morel.\n"
        "— Moi, pas du tout, ajoute Paul Roy.\n"
        "— Et le sommet ?\n"
        "— Si le vent tombe, oui."
    )
    speakers = [s for s, _ in _said(body, nlp)]
    assert speakers == ["Marc Blanc", "Léa Morel", "Paul Roy"]


def test_the_person_the_narration_just_named_speaks_the_next_line(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Au refuge du Goûter, la journée commence à 3 heures.\n\n"
        "Son adjoint, Baptiste Maillet, 27 ans, descend de la terrasse, un thermomètre à la "
        "main.\n\n"
        "— Moins deux. Ça a regelé cette nuit.\n\n"
        "— Tant mieux, dit Claire Berthod. Les pierres vont tenir ce matin.\n\n"
        "À 5 h 30, le dernier groupe est parti. Claire Berthod s'assoit enfin, une tasse de thé "
        "entre les mains.\n\n"
        "— Vous ne vous lassez pas ?\n\n"
        "— Du paysage, jamais. Des gens, parfois.\n\n"
        "La saison du refuge se termine le 27 septembre."
    )
    assert _said(body, nlp) == [
        ("Baptiste Maillet", "Moins deux."),
        ("Baptiste Maillet", "Ça a regelé cette nuit."),
        ("Claire Berthod", "Tant mieux"),
        ("Claire Berthod", "Les pierres vont tenir ce matin."),
        ("Claire Berthod", "Du paysage, jamais."),
        ("Claire Berthod", "Des gens, parfois."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a list after a colon, not a dialogue
        "Le conseil a voté le budget présenté par le maire, Jean Roux. Les dépenses prévues :\n"
        "— 12 000 euros pour la voirie ;\n— 5 000 euros pour la salle des fêtes.",
        # a question from someone else, then an answer nobody is named for
        "Le maire Jean Roux a présenté le budget lundi soir.\n"
        "— Pourquoi tant de dépenses ? lance un conseiller d'opposition.\n"
        "— Parce que la salle des fêtes tombe en ruine.",
        # dashes after a sentence that names one person make a list, not her words
        "Le maire Jean Roux a annoncé trois mesures pour le centre-ville.\n"
        "— La gratuité des transports le samedi.\n"
        "— Un nouveau parking à l'entrée de la ville.",
        "Le maire Jean Roux a annoncé une mesure pour le centre-ville.\n"
        "— La gratuité des transports le samedi.\n"
        "Les commerçants saluent la décision.",
        # the narration names two people: either may answer
        "Claire Berthod et Baptiste Maillet rentrent du couloir.\n"
        "— Vous avez vu les pierres ?\n"
        "— Rien de grave. Le rocher tient encore.",
        # the line after a named person is a question: anyone's
        "Claire Berthod s'assoit enfin, une tasse de thé entre les mains.\n"
        "— On repart à quelle heure ?",
    ],
)
def test_no_speaker_is_invented_for_a_line_the_article_leaves_open(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _said(body, nlp) == []


_INTRODUCED = (
    "L'école de Vern fermera en juin. Jean Roux, l'ancien maire, avait tout fait pour la "
    "sauver. Nous avons interrogé Marie Dubois, qui lui a succédé en 2020.\n\n"
    "Q : Pourquoi fermer l'école maintenant ?\n\n"
    "R : Nous n'avons plus que douze élèves.\n\n"
    "Je ne peux pas maintenir deux classes pour si peu, et l'inspection le sait depuis deux "
    "ans.\n\n"
    "Q : Les parents sont-ils prévenus ?\n\n"
    "R : Je les ai réunis lundi soir. Ils comprennent, même si c'est dur."
)


def test_the_interviewee_is_whom_the_introduction_says_was_interviewed(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _said(_INTRODUCED, nlp)
    assert said == [
        ("Marie Dubois", "Nous n'avons plus que douze élèves."),
        (
            "Marie Dubois",
            "Je ne peux pas maintenir deux classes pour si peu, et l'inspection le sait depuis "
            "deux ans.",
        ),
        ("Marie Dubois", "Je les ai réunis lundi soir. Ils comprennent, même si c'est dur."),
    ]


def test_one_question_and_its_answer_after_an_introduction(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Nous avons interrogé Marie Dubois, maire de Vern, sur la fermeture de l'école.\n\n"
        "Q : Pourquoi fermer l'école maintenant ?\n\n"
        "R : Nous n'avons plus que douze élèves. Je ne peux pas maintenir deux classes."
    )
    assert _said(body, nlp) == [
        (
            "Marie Dubois",
            "Nous n'avons plus que douze élèves. Je ne peux pas maintenir deux classes.",
        )
    ]


def test_one_question_and_answer_with_no_introduction_is_nobody_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La maire de Vern, Marie Dubois, ferme l'école en juin.\n\n"
        "Q : Pourquoi fermer l'école maintenant ?\n\n"
        "R : Nous n'avons plus que douze élèves. Je ne peux pas maintenir deux classes."
    )
    assert _said(body, nlp) == []


def test_an_answer_cut_by_an_incise_is_not_given_twice(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Nous avons interrogé Marie Dubois, maire de Vern.\n"
        "— Pourquoi fermer l'école maintenant ?\n"
        "— Nous n'avons plus que douze élèves, répond-elle. Je ne peux pas maintenir deux "
        "classes.\n"
        "— Les parents sont-ils prévenus ?\n"
        "— Je les ai réunis lundi soir."
    )
    assert _said(body, nlp) == [
        ("Marie Dubois", "Nous n'avons plus que douze élèves"),
        ("Marie Dubois", "Je ne peux pas maintenir deux classes."),
        ("Marie Dubois", "Je les ai réunis lundi soir."),
    ]


def test_the_turns_of_a_transcript_are_the_named_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le débat a opposé le maire sortant, Jean Roux, à son adversaire, Marie Dubois.\n"
        "Question : Faut-il fermer l'école ?\n"
        "M. Roux : Non. Nous trouverons des élèves dans les communes voisines.\n"
        "Mme Dubois : Soyons sérieux. Douze élèves, ce n'est pas une école."
    )
    assert _said(body, nlp) == [
        ("Jean Roux", "Non. Nous trouverons des élèves dans les communes voisines."),
        ("Marie Dubois", "Soyons sérieux. Douze élèves, ce n'est pas une école."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Jean Roux : un maire au service de tous\n"
        "Il a été élu en 2020. Il a présenté son budget lundi.\n"
        "Marie Dubois : Elle dirige l'opposition depuis six ans.",
        "Le conseil municipal a désigné ses adjoints lundi soir.\n"
        "Marie Dubois : Elle sera chargée des finances. Elle était déjà adjointe.\n"
        "Jean Roux : Il s'occupera de la voirie. Il entre au conseil pour la première fois.",
    ],
)
def test_a_name_and_a_colon_that_open_no_words_are_no_turn(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _said(body, nlp) == []


@pytest.mark.parametrize(
    ("lead", "asked", "asker"),
    [
        (
            "Au refuge, la nuit a été courte.",
            "demande le gardien, Marc Blanc, à Léa Morel",
            "Marc Blanc",
        ),
        (
            "Derrière le comptoir, Léa Morel sert un café.",
            "lui demande un guide",
            "un guide",
        ),
    ],
)
def test_the_one_a_question_is_put_to_answers_it(nlp, lead: str, asked: str, asker: str) -> None:  # type: ignore[no-untyped-def]
    body = f"{lead}\n— Vous avez dormi ? {asked}.\n— Trois heures. C'est une bonne nuit."
    assert _said(body, nlp) == [
        (asker, "Vous avez dormi ?"),
        ("Léa Morel", "Trois heures."),
        ("Léa Morel", "C'est une bonne nuit."),
    ]


def test_a_report_s_dialogue_is_not_taken_for_an_interview(nlp) -> None:  # type: ignore[no-untyped-def]
    """The exercises tell a learner "l'article est un entretien" for an answer whose cue is an
    interview's mark; a line of a reported dialogue that no incise names is no such answer."""
    from tutor.generate.sources import is_interview_answer

    quotes = facts_of_text(_REFUGE, nlp).quotes
    turns = [q for q in quotes if q.text.startswith(("Et le sommet", "Si le vent"))]
    assert len(turns) == 2
    assert not any(is_interview_answer(q) for q in turns)
    interview = [q for q in facts_of_text(_INTRODUCED, nlp).quotes]
    assert all(is_interview_answer(q) for q in interview)
