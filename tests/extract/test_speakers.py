"""Who "il" or "elle" is, and who is not a speaker: invented news sentences, the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow

APPOINTMENTS = "Marc Lefèvre reçoit la Défense, Claire Dumas garde la Culture.\n\n"
"""A paragraph that names people only to list them: none of them speaks after it."""


def _speakers(body: str, nlp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts_of_text(body, nlp).quotes]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "L'exécutif a adopté le budget jeudi. Il a déclaré que « les impôts ne baisseront "
            "pas cette année ».",
            "l'exécutif",
        ),
        (
            "La nouvelle commission s'est donné trois mois pour rendre ses conclusions. Elle a "
            "cependant précisé que « rien ne sera décidé avant l'été ».",
            "la nouvelle commission",
        ),
        (
            "La SNCF a présenté son plan jeudi. Elle a déclaré que « les prix ne baisseront pas "
            "cette année ».",
            "la SNCF",
        ),
    ],
)
def test_pronoun_after_an_institution_is_the_institution(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(APPOINTMENTS + body, nlp)
    assert [s for s, _ in said] == [speaker]


def test_a_thing_as_subject_leaves_the_person_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Marc Lefèvre était à Lyon samedi. Son discours a duré deux heures. Il a déclaré que "
        "« la France doit changer ».",
        nlp,
    )
    assert said == [("Marc Lefèvre", "la France doit changer")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le syndicat s'est réuni mardi à Lyon. Pierre Dubois, son secrétaire général, a "
            "rappelé que tous les militants de son organisation s'engagent à respecter la charte.",
            "Pierre Dubois",
        ),
        (
            "Anne Moreau, candidate des Verts, dit avoir rappelé que tous les élus de son parti "
            "signent une charte éthique.",
            "Anne Moreau",
        ),
    ],
)
def test_the_subject_of_a_reported_clause_is_not_the_speaker(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(body, nlp)
    assert [s for s, _ in said] == [speaker]
    assert said[0][1].startswith("tous les")


CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def shipped(nlp):  # type: ignore[no-untyped-def]
    """The facts of every shipped article, in one batch."""
    from tutor.content import list_articles, load_article
    from tutor.extract import extract_many

    articles = [load_article(p) for p in list_articles(CONTENT)]
    return {a.path.stem: f for a, f in zip(articles, extract_many(articles, nlp), strict=True)}


def test_no_speaker_is_the_start_of_what_it_says(shipped) -> None:  # type: ignore[no-untyped-def]
    # "tous les candidats de son mouvement ..." once came out as the speaker of its own clause
    for name, facts in shipped.items():
        for quote in facts.quotes:
            assert not quote.text.lower().startswith(quote.speaker.lower()), (name, quote)


def test_institution_in_focus_speaks_after_a_list_of_ministers(shipped) -> None:  # type: ignore[no-untyped-def]
    # a paragraph that gives each minister a portfolio, then "Le nouveau gouvernement ... Il a
    # cependant déclaré que « ... »": the government speaks, not the last minister listed
    facts = shipped["grece-nouveau-gouvernement"]
    quote = next(q for q in facts.quotes if q.text.startswith("cette révision"))
    assert quote.speaker == "le nouveau gouvernement"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Karine Vidal, déléguée syndicale chez Airlor, a rencontré la direction mardi. "
            "« Nous ne lâcherons rien », a réagi la syndicaliste.",
            "Karine Vidal",
        ),
        # two people of the union: the role points at neither
        (
            "Karine Vidal, déléguée syndicale chez Airlor, et Sophie Marin, secrétaire de la "
            "section syndicale, ont rencontré la direction. « Nous ne lâcherons rien », a réagi "
            "la syndicaliste.",
            "la syndicaliste",
        ),
        # "le délégué" is a man: "la syndicaliste" is someone else
        (
            "Le délégué syndical Paul Morel a rencontré la direction mardi. « Nous ne lâcherons "
            "rien », a réagi la syndicaliste.",
            "la syndicaliste",
        ),
    ],
)
def test_a_bare_role_points_back_to_the_one_person_of_its_family(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le sénateur Paul Garnier a reçu les agriculteurs vendredi. « Personne ne sera "
            "oublié », a promis l'élu.",
            "Paul Garnier",
        ),
        (
            "Le cardiologue Henri Lasserre a ouvert un centre à Brives. « Les délais vont "
            "enfin baisser », se réjouit le médecin.",
            "Henri Lasserre",
        ),
        (
            "La sismologue Inès Caradec a mesuré la secousse. « Le risque reste faible », "
            "rassure la chercheuse.",
            "Inès Caradec",
        ),
        # two elected men: "l'élu" points at neither
        (
            "Le maire Luc Arnaud et le député Jean Sorel ont visité l'usine. « Elle doit rester "
            "ouverte », a insisté l'élu.",
            "l'élu",
        ),
    ],
)
def test_a_general_role_points_back_to_the_one_person_it_covers(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "« Le centre ouvrira en mai », a annoncé Sandrine Kervella, directrice du projet. "
            "Le préfet, Bernard Olivo, n'a pas commenté. « Le budget est bouclé », a-t-elle "
            "précisé.",
            "Sandrine Kervella",
        ),
        (
            "La skieuse Aurélie Danjou a terminé deuxième. Son entraîneur, Didier Pautrat, a "
            "salué « une course parfaite ». Selon elle, la neige était trop molle pour attaquer.",
            "Aurélie Danjou",
        ),
    ],
)
def test_a_pronoun_agrees_with_the_gender_of_a_first_name(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(body, nlp)[-1][0] == speaker


def test_a_role_met_unnamed_before_is_not_the_person_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Julie Morin a rencontré le maire mardi. « Nous rouvrirons la piscine en juin », a "
        "déclaré le maire. Le maire a aussi promis de rénover le stade."
    )
    facts = facts_of_text(body, nlp)
    assert [(p.name, p.role) for p in facts.people] == [("Julie Morin", None)]
    assert {q.speaker for q in facts.quotes} == {"le maire"}


def test_a_role_given_with_a_name_still_points_back_to_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le maire de Lorval, Paul Girard, a présenté son budget. Le maire a promis de ne pas "
        "augmenter les impôts."
    )
    assert {speaker for speaker, _ in _speakers(body, nlp)} == {"Paul Girard"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a role of another family than the one given: the last man named
        (
            "Le procureur Alain Rivière a requis trois ans de prison. « Les faits sont d'une "
            "gravité rare », a souligné le magistrat.",
            "Alain Rivière",
        ),
        # an inhabitant noun, with a circumstance after it
        (
            "La nageuse Laura Pinsard a battu le record d'Europe. « Je n'y croyais plus », a "
            "confié l'Italienne, en larmes.",
            "Laura Pinsard",
        ),
        # an adjective before the noun, and a man named after the woman
        (
            "La maire Odile Sarrazin a croisé son prédécesseur, Henri Bastide, au marché. "
            "L'ancien maire a assuré que le projet de parking était « une erreur ».",
            "Henri Bastide",
        ),
        # a former office with its complement recalls the person named
        (
            "Le climatologue Jean Jouzel était notre invité mardi. L'ancien vice-président du "
            "GIEC estime que les objectifs européens restent « atteignables ».",
            "Jean Jouzel",
        ),
        # a title written masculine before a woman's name: her first name gives her gender
        (
            "Le professeur Marina Cavazzana a dirigé l'équipe de la greffe. La chercheuse a "
            "précisé que le traitement devait « encore être confirmé ».",
            "Marina Cavazzana",
        ),
    ],
)
def test_a_bare_epithet_points_back_to_the_last_person_named_of_its_gender(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "le maire de Lyon" may be someone else than the deputy just named
        (
            "Le député Marc Delon a visité le chantier. « Les travaux finiront en mai », a "
            "assuré le maire de Lyon.",
            "le maire de Lyon",
        ),
        # no woman named: "la magistrate" stays a description
        (
            "L'avocat Paul Ferrand a plaidé la relaxe. « Ce dossier est vide », a répondu la "
            "magistrate.",
            "la magistrate",
        ),
    ],
)
def test_an_epithet_with_a_complement_or_of_another_gender_names_nobody(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


def test_a_quoted_sentence_opening_a_paragraph_is_spoken_by_the_person_named_next(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le club a perdu son troisième match.\n\n« Nous avons manqué de tout ce soir, sans "
        "exception. » Le président du club, Roger Vallat, ne cachait pas sa colère samedi."
    )
    assert _speakers(body, nlp) == [
        ("Roger Vallat", "Nous avons manqué de tout ce soir, sans exception.")
    ]


def test_a_short_quoted_title_opening_a_paragraph_is_nobodys_words(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "« La Belle Saison ». Le film de Lucie Marchal sort mercredi dans 300 salles."
    assert _speakers(body, nlp) == []


def test_a_source_after_a_time_phrase_in_an_on_appris_incise_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La direction de l'usine va fermer deux ateliers en juin, a-t-on appris vendredi de "
        "sources syndicales."
    )
    assert [s for s, _ in _speakers(body, nlp)] == ["sources syndicales"]


def test_a_name_after_a_nationality_is_a_person_who_can_speak(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model reads "Iga Swiatek" after "la Polonaise" as a place
    body = (
        "Sa rivale de toujours, la Polonaise Iga Swiatek, a salué « un match d'une intensité "
        "rare » à Madrid."
    )
    assert [s for s, _ in _speakers(body, nlp)] == ["Iga Swiatek"]


def test_a_person_quoted_after_an_institution_is_who_il_means_next(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le président du club, Bernard Quéméner, a remercié l'entraîneur. Le club est 17e du "
        "championnat. « On ne pouvait pas attendre », a confié le dirigeant. Il assure que le "
        "choix du successeur sera fait dans les prochains jours.",
        nlp,
    )
    assert [s for s, _ in said] == ["Bernard Quéméner", "Bernard Quéméner"]


def test_a_quoted_sentence_after_reported_speech_goes_on_with_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "« Le courant était fort », souligne le lieutenant Marc Delorme. L'enfant a été "
        "transporté à l'hôpital. Sa mère dit ne pas trouver les mots pour remercier le jeune "
        "homme. « Je lui dois la vie de mon fils. Je voudrais le serrer dans mes bras. »",
        nlp,
    )
    assert [s for s, _ in said] == ["Marc Delorme", "sa mère", "sa mère"]


def test_a_role_of_two_people_points_back_to_the_one_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le maire, Jean-Luc Brisson, a ouvert la séance. Le premier adjoint, Patrick Hémon, a "
        "présenté le budget. En fin de séance, M. Brisson a tenu à rassurer les habitants. "
        "« Vernon aura une nouvelle piscine avant la fin du mandat », a promis l'édile.",
        nlp,
    )
    assert [s for s, _ in said] == ["Jean-Luc Brisson"]


def test_an_epithet_points_to_the_last_person_named_even_of_unknown_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le capitaine, Romain Dufour, a reconnu sa part de responsabilité. L'intérim sera "
        "assuré par l'entraîneur adjoint, Oriol Pujals, qui dirigera la séance de lundi. "
        "« Ce n'est pas le moment d'en parler », a répondu le technicien.",
        nlp,
    )
    assert [s for s, _ in said] == ["Oriol Pujals"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Un diplomate européen qui a assisté aux discussions préparatoires décrit « une "
            "relation de travail intense, parfois franche, mais sans rupture ».",
            "un diplomate européen",
        ),
        (
            "À côté d'elle, un père venu de Saint-Nazaire raconte avoir fait le trajet parce "
            "que l'hôpital de sa ville l'a réorienté vers Nantes.",
            "un père",
        ),
    ],
)
def test_a_subject_with_its_relative_or_participle_clause_is_the_speaker(  # type: ignore[no-untyped-def]
    nlp, body: str, speaker: str
) -> None:
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


def test_an_unnamed_person_just_quoted_is_who_il_means_next(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Laurent Dessaix a salué « un partenaire fiable ». Un diplomate européen qui a assisté "
        "aux discussions préparatoires décrit « une relation de travail intense, parfois "
        "franche, mais sans rupture ». « Les Allemands veulent tout verrouiller avant "
        "d'annoncer quoi que ce soit », résume-t-il.",
        nlp,
    )
    assert [s for s, _ in said] == [
        "Laurent Dessaix",
        "un diplomate européen",
        "un diplomate européen",
    ]


def test_the_turns_of_an_exchange_alternate_between_the_two_people(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "L'avocate de la famille, Me Nadia Ferhat, l'a ensuite pressé de questions sur les "
        "extincteurs. « Qui devait s'en occuper ? » « Le responsable de la sécurité. » « Et "
        "qui l'avait recruté ? » « Moi », a fini par lâcher Didier Carrel, après un silence.",
        nlp,
    )
    assert [s for s, _ in said] == ["Nadia Ferhat", "Didier Carrel"] * 2


def test_celui_ci_is_the_nearest_person_of_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le maire, Jean-Luc Brisson, a ouvert la séance. Le premier adjoint, Patrick Hémon, a "
        "présenté le budget. « Vous fermez la seule piscine », a lancé Martine Roussel à "
        "l'adresse du maire. Celui-ci lui a rétorqué qu'une convention serait signée avec "
        "l'agglomération.",
        nlp,
    )
    assert [s for s, _ in said] == ["Martine Roussel", "Jean-Luc Brisson"]


def test_an_epithet_with_a_compound_trade_points_back_to_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    said = _speakers(
        "Le club s'est séparé de son entraîneur, Stéphane Rivière. Joint par téléphone, "
        "Stéphane Rivière ne cachait pas sa déception. L'ancien milieu de terrain estime avoir "
        "« construit quelque chose de solide » avec un budget modeste.",
        nlp,
    )
    assert [s for s, _ in said] == ["Stéphane Rivière"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the beaten one is named last, as the object
        (
            "Lucas Morel a battu Paul Girard en finale. « Je savais que je pouvais gagner », a "
            "déclaré le champion olympique.",
            "Lucas Morel",
        ),
        # the victim is named last, beside what he was
        (
            "Didier Carrel est jugé pour l'incendie qui avait coûté la vie à un cariste de 52 "
            "ans, Alain Morel. « Je l'ai lu en diagonale », a concédé le prévenu.",
            "Didier Carrel",
        ),
    ],
)
def test_a_bare_epithet_points_back_to_the_actor_not_to_whom_the_story_is_about(
    nlp, body: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le ministre français des Affaires étrangères, Laurent Dessaix, et son homologue "
            "allemande, Katrin Vogel, se sont vus à Berlin. Le chef de la diplomatie française "
            "a proposé que « l'Europe surveille ses câbles ».",
            "Laurent Dessaix",
        ),
        (
            "Le président de la République, Paul Verdier, a reçu les maires. Le locataire de "
            "l'Élysée a promis que « les dotations seront maintenues ».",
            "Paul Verdier",
        ),
    ],
)
def test_a_periphrasis_of_an_office_points_back_to_its_holder(nlp, body: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [s for s, _ in _speakers(body, nlp)] == [speaker]


def test_the_person_concerned_is_the_one_the_story_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Yanis Belkacem, 16 ans, a plongé dans la Loire. Yanis a sauvé un enfant de 7 ans. Le "
        "maire, Thierry Caubet, a annoncé qu'il le recevrait. Le principal intéressé, lui, "
        "refuse l'étiquette de héros. « N'importe qui aurait fait pareil », assure-t-il."
    )
    assert _speakers(body, nlp)[-1] == ("Yanis Belkacem", "N'importe qui aurait fait pareil")


def test_words_quoted_inside_a_statement_after_selon_are_the_source_s(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Hélène Marchal, astrophysicienne, a dirigé l'étude. Selon elle, le télescope a observé "
        "des structures « beaucoup plus anciennes que prévu »."
    )
    quotes = _speakers(body, nlp)
    assert [s for s, _ in quotes] == ["Hélène Marchal"]
    assert quotes[0][1].startswith("le télescope a observé des structures")


def test_qui_stands_for_the_noun_its_verb_agrees_with(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "qui estime" on "arguments"; the singular verb says it is the commission
    body = (
        "Son avocat a plaidé une contamination. Des arguments écartés par la commission, qui "
        "estime dans sa décision que « le caractère intentionnel de la violation est établi »."
    )
    speakers = {text[:12]: who for who, text in _speakers(body, nlp)}
    assert speakers["le caractère"] == "la commission"
