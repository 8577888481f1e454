"""Who said what, on faults found by blind checks of `tutor extract`: the side a sentence opens
on ("Côté direction, on ...") named as a reader would name it, the paper's own sources that are
nobody's words, the floor handed to someone before an incise, a remark added with "en ajoutant",
each tested on invented sentences of the kind a newspaper prints, with the real model."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow


def _quotes(body: str, nlp) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


@pytest.mark.parametrize(
    ("body", "side"),
    [
        (
            "Côté direction, on se veut rassurant : « Aucun emploi ne sera supprimé. »",
            "la direction",
        ),
        (
            "Côté syndicats, on se veut rassurant : « Aucun emploi ne sera supprimé. »",
            "les syndicats",
        ),
        (
            "Côté gouvernement, on se veut prudent : « Aucun emploi ne sera supprimé. »",
            "le gouvernement",
        ),
        ("Côté opposition, on ironise : « Aucun emploi ne sera supprimé. »", "l'opposition"),
        # "s'inquiète" read as an adjective: the clause still has its subject "on"
        ("Côté élus, on s'inquiète : « Aucun emploi ne sera supprimé. »", "les élus"),
        (
            "Du côté de la mairie, on se veut rassurant : « Aucun emploi ne sera supprimé. »",
            "la mairie",
        ),
        ("Chez Renault, on se veut rassurant : « Aucun emploi ne sera supprimé. »", "Renault"),
        ("À la préfecture, on indique que « aucun emploi ne sera supprimé ».", "la préfecture"),
        (
            "Au ministère de l'Intérieur, on se veut rassurant : « Aucun emploi ne sera "
            "supprimé. »",
            "le ministère de l'Intérieur",
        ),
        ("Côté direction, on assure que « aucun emploi ne sera supprimé ».", "la direction"),
    ],
)
def test_on_speaks_for_the_side_the_sentence_opens_on(body: str, side: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)] == [side]


@pytest.mark.parametrize(
    "body",
    [
        "À Lyon, on se veut rassurant : « Rien n'est perdu. »",
        "À ce stade, on estime que « rien n'est perdu ».",
    ],
)
def test_on_after_a_town_or_a_time_is_nobody_named(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == []


@pytest.mark.parametrize(
    "body",
    [
        "D'après nos informations, le ministre devrait démissionner dans les prochains jours.",
        "Selon nos informations, l'usine fermera ses portes en mars.",
        "D'après nos sources, le préfet a été convoqué à Paris la semaine dernière.",
        "Le ministre devrait démissionner dans les prochains jours, selon nos informations.",
        "Le ministre, selon nos sources, devrait démissionner dans les prochains jours.",
        "Selon notre enquête, la société a versé plus de deux millions d'euros à ses dirigeants.",
    ],
)
def test_the_papers_own_sources_are_nobodys_words(body: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == []


def test_a_quotation_the_paper_sourced_is_nobodys_without_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes("« Je ne me représenterai pas », selon nos informations.", nlp) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "« Je ne me représenterai pas », aurait confié le maire à ses proches, selon nos "
            "informations.",
            "le maire",
        ),
        ("« Je ne me représenterai pas », a déclaré la ministre à la presse.", "la ministre"),
        ("« C'est une erreur », a lancé le sénateur à des journalistes.", "le sénateur"),
        # what the office is in charge of stays in it, and where the speaker lives
        (
            "« Nous allons recruter », a indiqué le délégué à la jeunesse.",
            "le délégué à la jeunesse",
        ),
        (
            "« Personne n'a envie de revivre ça », confie un éleveur installé à une dizaine de "
            "kilomètres du foyer.",
            "un éleveur installé à une dizaine de kilomètres du foyer",
        ),
    ],
)
def test_whom_the_words_were_told_to_is_not_the_speaker(body: str, speaker: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)] == [speaker]


def test_a_quotation_after_the_papers_sources_keeps_its_own_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "D'après nos informations, « aucune décision n'a été prise », assure un proche du dossier.",
        nlp,
    )
    assert said == [("un proche du dossier", "direct", "aucune décision n'a été prise")]


def test_a_colleagues_paper_is_still_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _quotes(
        "Selon Le Parisien, le ministre devrait démissionner dans les prochains jours.", nlp
    )
    assert [(s.lower(), k) for s, k, _ in said] == [("le parisien", "indirect")]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Le procès s'est ouvert lundi à Lyon. L'avocat a donné la parole à son client, le "
            "prévenu. « Je n'ai jamais voulu blesser personne », a-t-il dit.",
            ["le prévenu"],
        ),
        (
            "Le président du tribunal a passé la parole au prévenu. « Je regrette », a-t-il "
            "murmuré. « Je demande pardon à la famille », a-t-il ajouté.",
            ["le prévenu", "le prévenu"],
        ),
        (
            "La présidente de séance a cédé la parole au rapporteur. « Le texte est équilibré », "
            "a-t-il assuré.",
            ["le rapporteur"],
        ),
        (
            "Le maire Paul Roux a donné la parole à son adjoint, Karim Haddad. « Les travaux "
            "commenceront en mars », a-t-il annoncé.",
            ["Karim Haddad"],
        ),
        # the pronoun does not agree with the one given the floor: the one who gave it speaks
        (
            "Le maire Paul Roux a donné la parole à son adjointe, Nadia Ferhat. « Les travaux "
            "commenceront en mars », a-t-il annoncé.",
            ["Paul Roux"],
        ),
        (
            "L'avocate a donné la parole à son client. « Il n'a rien fait », a-t-elle plaidé.",
            ["l'avocate"],
        ),
        (
            "La journaliste a tendu le micro à un passant. « On ne se sent plus en sécurité », "
            "a-t-il confié.",
            ["un passant"],
        ),
        # the floor given in the passive, and to a group, whom "il" cannot mean
        ("La parole est ensuite donnée au prévenu. « Je regrette », a-t-il dit.", ["le prévenu"]),
        (
            "Le maire a donné la parole aux habitants. « Je vous ai entendus », a-t-il répondu.",
            ["le maire"],
        ),
    ],
)
def test_the_incise_pronoun_goes_to_whom_the_floor_was_given(
    body: str, speakers: list[str], nlp
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _, _ in _quotes(body, nlp)] == speakers


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Le maire Paul Roux a précisé que « les travaux dureront un an » en ajoutant : "
            "« Nous ferons tout pour limiter la gêne. »",
            [
                ("Paul Roux", "direct", "les travaux dureront un an"),
                ("Paul Roux", "direct", "Nous ferons tout pour limiter la gêne."),
            ],
        ),
        (
            "Le maire Paul Roux a précisé que les travaux dureront un an, en ajoutant : "
            "« Nous ferons tout pour limiter la gêne. »",
            [
                ("Paul Roux", "indirect", "les travaux dureront un an"),
                ("Paul Roux", "direct", "Nous ferons tout pour limiter la gêne."),
            ],
        ),
        (
            "Le préfet a indiqué que « la route restera fermée » tout en précisant que « des "
            "déviations seront mises en place ».",
            [
                ("le préfet", "direct", "la route restera fermée"),
                ("le préfet", "direct", "des déviations seront mises en place"),
            ],
        ),
        (
            "La préfète a estimé que la route resterait fermée en précisant que les déviations "
            "seraient balisées.",
            [
                ("la préfète", "indirect", "la route resterait fermée"),
                ("la préfète", "indirect", "les déviations seraient balisées"),
            ],
        ),
        (
            "La préfète a estimé que la route resterait fermée, avant d'ajouter que les "
            "déviations seraient balisées.",
            [
                ("la préfète", "indirect", "la route resterait fermée"),
                ("la préfète", "indirect", "les déviations seraient balisées"),
            ],
        ),
        (
            "Le maire Paul Roux a précisé que « les travaux dureront un an » en ajoutant que la "
            "circulation serait maintenue.",
            [
                ("Paul Roux", "direct", "les travaux dureront un an"),
                ("Paul Roux", "indirect", "la circulation serait maintenue"),
            ],
        ),
    ],
)
def test_a_remark_added_with_a_gerund_is_a_quotation_of_its_own(
    body: str, said: list[tuple[str, str, str]], nlp
) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == said


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "Le maire a dit que le chantier avancerait en attendant les crédits de l'État.",
            "le chantier avancerait en attendant les crédits de l'État",
        ),
        # whose claim it is stays the reported clause's
        (
            "Le syndicat a estimé que le ministre avait menti en affirmant que l'usine "
            "resterait ouverte.",
            "le ministre avait menti en affirmant que l'usine resterait ouverte",
        ),
    ],
)
def test_a_gerund_inside_the_reported_clause_stays_in_it(body: str, said: str, nlp) -> None:  # type: ignore[no-untyped-def]
    assert [t for _, _, t in _quotes(body, nlp)] == [said]
