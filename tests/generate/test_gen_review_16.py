"""The faults of the sixteenth blind review (tests/generate/data/review_16, eight articles in
genres not read before: a football match told minute by minute, a Constitutional Council
ruling, an epidemic bulletin, a festival programme, exam results, a lottery win, a fact-check
and a consumer test), each rebuilt on invented sentences like the article's and checked as the
learner would see it.

The verdicts are in tests/generate/data/review_16/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import context_for, dated_context, invented_article, meaning_in

from tutor.extract import extract_many
from tutor.facts import ArticleFacts
from tutor.generate import generate_document
from tutor.generate.chronology import chronology_item
from tutor.generate.dated import dated_sentences
from tutor.generate.dates import date_question
from tutor.generate.events import event_of
from tutor.generate.number_statements import number_statements
from tutor.generate.summary_sentence import headline_sentence, stated_headline

pytestmark = pytest.mark.slow


# --- glossary senses --------------------------------------------------------------------------


SENSES = [
    pytest.param(
        "Entré en jeu à la 58e minute, le jeune ailier a égalisé d'une reprise de volée à "
        "l'entrée de la surface.",
        "entrer en jeu",
        "terrain",
        id="entrer-en-jeu-of-a-substitute",
    ),
    pytest.param(
        "Dès la 4e minute, le buteur a ouvert le score après une perte de balle au milieu de "
        "terrain.",
        "milieu de terrain",
        "zone",
        id="milieu-de-terrain-the-zone",
    ),
    pytest.param(
        "Les sénateurs regrettent la censure de la taxe sur les logements vacants, mais "
        "appellent à respecter la décision.",
        "censure",
        "Constitution",
        id="censure-of-a-law",
    ),
    pytest.param(
        "L'article 9 autorisait l'évacuation d'un logement dès la constatation de son occupation.",
        "évacuation",
        "sans en avoir le droit",
        id="evacuation-of-squatters",
    ),
    pytest.param(
        "Des concerts gratuits pour les enfants auront lieu chaque dimanche au kiosque du parc.",
        "kiosque",
        "musiciens",
        id="kiosque-a-musique",
    ),
    pytest.param(
        "Le gagnant aura rendez-vous avec un conseiller financier, avec un notaire et avec un "
        "psychologue.",
        "conseiller",
        "clients",
        id="conseiller-financier",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_a_word_is_defined_in_its_article_s_sense(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """football: "entrer en jeu" of a substitute was "Intervenir.", "milieu de terrain" (the
    zone) a player; Conseil: the Council's "censure" was censorship of publications, the
    "évacuation" of squatters a rescue from danger; festival: the park's "kiosque" sold
    newspapers; euromillions: a "conseiller financier" advised a leader."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


@pytest.mark.parametrize(
    ("sentence", "term", "meant"),
    [
        pytest.param(
            "La question du prix de l'énergie entre en jeu dans le choix des ménages.",
            "entrer en jeu",
            "Intervenir",
            id="entrer-en-jeu-in-general",
        ),
        pytest.param(
            "Le club a recruté un milieu de terrain international de 24 ans, sous contrat "
            "jusqu'en 2029.",
            "milieu de terrain",
            "joueur",
            id="milieu-de-terrain-the-player",
        ),
        pytest.param(
            "Le régime a renforcé la censure de la presse et des réseaux sociaux.",
            "censure",
            "publier",
            id="censure-of-the-press",
        ),
        pytest.param(
            "Les pompiers ont ordonné l'évacuation du quartier à cause de la fumée de l'incendie.",
            "évacuation",
            "dangereux",
            id="evacuation-from-danger",
        ),
        pytest.param(
            "Le magazine est en kiosque depuis jeudi, au prix de 5 euros le numéro.",
            "kiosque",
            "journaux",
            id="kiosque-of-newspapers",
        ),
        pytest.param(
            "Un ancien conseiller du président a publié un livre sur la campagne de 2022.",
            "conseiller",
            "dirigeant",
            id="conseiller-of-a-leader",
        ),
    ],
)
def test_the_usual_sense_stays_where_it_is_meant(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """The senses added for review 16 leave the older ones where the sentence means them."""
    body = f"Mardi 3 mars 2026. – {sentence}"
    definition = meaning_in(tmp_path, body, term, sentence)
    assert definition is not None and meant in definition, definition


# --- reading the text: who speaks -------------------------------------------------------------


def _facts(folder: Path, body: str) -> ArticleFacts:
    article, _ = invented_article(folder, body)
    (facts,) = extract_many([article])
    return facts


FACT_CHECK = (
    "Rennes, le mardi 3 mars 2026. – Interrogée lundi sur France Bleu, la maire, Corinne "
    "Lebrun, a défendu son bilan en citant plusieurs chiffres. Nous les avons vérifiés.\n\n"
    "« Nous avons construit plus de logements sociaux que toutes les autres villes de la "
    "région. »\n\n"
    "C'est vrai. Selon la préfecture, 2 300 logements sociaux ont été livrés depuis 2020. « La "
    "ville a fait un gros effort, personne ne le conteste », explique le géographe Paul "
    "Rivière, professeur à l'université Rennes 2.\n\n"
    "« Les loyers ont baissé de 5 % depuis que nous les encadrons. »\n\n"
    "C'est faux. Les loyers ont seulement cessé de monter. « Une pause n'est pas une baisse », "
    "corrige Paul Rivière.\n\n"
    "« Aucune famille n'attend plus de deux ans pour obtenir un logement. »\n\n"
    "C'est impossible à vérifier. Interrogée par notre rédaction, l'adjointe au logement, "
    "Sarah Benhamou, affirme que ces données « seront publiées en juin ».\n"
)


def test_claims_set_out_as_lines_are_all_the_first_one_s(tmp_path: Path) -> None:
    """fact-check: the minister's claims, each a paragraph of its own between « », went to the
    speaker of the paragraph before (the economist twice, "l'entourage du ministre" once)."""
    said = {q.text.strip("« »."): q.speaker for q in _facts(tmp_path, FACT_CHECK).quotes}
    claims = [
        "Nous avons construit plus de logements sociaux que toutes les autres villes de la région",
        "Les loyers ont baissé de 5 % depuis que nous les encadrons",
        "Aucune famille n'attend plus de deux ans pour obtenir un logement",
    ]
    assert [said.get(c) for c in claims] == ["Corinne Lebrun"] * 3, said
    assert said.get("Une pause n'est pas une baisse") == "Paul Rivière", said


def test_a_first_name_our_list_lacks_after_a_nationality_stays_in_the_name(
    tmp_path: Path,
) -> None:
    """festival: "la chanteuse américaine Dee Anna Walker" was "Anna Walker", "chanteuse
    américaine Dee" (the match's answer, "Qui est Anna Walker ? La chanteuse américaine Dee");
    a party's label after a role noun is still no part of the name."""
    body = (
        "Vienne, le jeudi 2 avril 2026. – La soirée de clôture sera confiée à la pianiste "
        "irlandaise Bree Mary Gallagher, qui jouera avec un orchestre. Le député Renaissance "
        "Sylvain Maillard a salué le programme."
    )
    people = {p.name: p.role for p in _facts(tmp_path, body).people}
    assert people.get("Bree Mary Gallagher") == "pianiste irlandaise", people
    assert "Sylvain Maillard" in people, people


# --- date questions and chronology ------------------------------------------------------------


PROGRAMME = (
    (
        "Le vendredi 3 juillet, la chorale du lycée accompagnera, vers 21 heures, le pianiste "
        "Hugo Marchal.",
        "vendredi 3 juillet",
        "2025-07-03",
    ),
    (
        "Le samedi 4 juillet, la fanfare municipale ouvrira le défilé sur la place du marché.",
        "samedi 4 juillet",
        "2025-07-04",
    ),
    (
        "Le dimanche 5 juillet, la clôture réunira sur scène la violoniste Lucie Perret et le "
        "rappeur Sako, une rencontre qui a étonné les habitués.",
        "dimanche 5 juillet",
        "2025-07-05",
    ),
)


def test_a_time_set_off_by_commas_leaves_no_comma_behind(tmp_path: Path) -> None:
    """festival: "Quand est-ce que le trio du Cubain Ramón Ortega précédera, le pianiste
    français Paul Lemarchand ?" (from "précédera, vers 22 heures, le pianiste")."""
    ctx = dated_context(tmp_path, PROGRAMME)
    questions = [date_question(ctx, d) for d in dated_sentences(ctx)]
    asked = [str(q[1]["prompt"]) for q in questions if q is not None]
    chorale = [q for q in asked if "chorale" in q]
    assert chorale and not [q for q in chorale if "accompagnera," in q], asked


def test_an_apposition_goes_with_the_relative_clause_it_led_to(tmp_path: Path) -> None:
    """festival: a chronology event "La clôture réunira sur scène le saxophoniste Marcus Bell
    et le rappeur lyonnais Kemso, une rencontre." (cut before "qui a surpris les habitués")."""
    item = chronology_item(dated_context(tmp_path, PROGRAMME))
    assert item is not None
    events = [str(e["text"]) for e in item["events"]]  # type: ignore[union-attr]
    assert [e for e in events if "clôture" in e], events
    assert not [e for e in events if e.endswith((", une rencontre.", "rencontre."))], events


def test_a_body_named_in_full_and_by_its_initials_is_one_speaker(tmp_path: Path) -> None:
    """euromillions: "la Française des jeux (FDJ)" and "la FDJ" were two speakers: the match
    answered "La FDJ" and offered "La Française des jeux" as a wrong speaker."""
    body = (
        "Niort, le samedi 7 mars 2026. – Un couple des Deux-Sèvres a gagné 12 millions d'euros, "
        "a annoncé samedi la Caisse nationale des loteries (CNL). Selon la CNL, c'est le plus "
        "gros gain de l'année dans la région. « Ils ont appelé dès 8 heures », raconte Anne "
        "Morin, responsable des grands gagnants."
    )
    speakers = {q.speaker for q in _facts(tmp_path, body).quotes}
    assert "la CNL" in speakers and not [s for s in speakers if "Caisse" in s], speakers


def test_a_length_keeps_the_adjective_after_its_noun(tmp_path: Path) -> None:
    """banc d'essai: "Combien de temps a duré l'usage ?" (from "après six mois d'usage
    simulé": nothing was used for six months, the use was simulated); the question keeps the
    participle; "Après deux ans de chantier, …" still asks about the works."""
    ctx = dated_context(
        tmp_path,
        (
            (
                "Les deux grille-pain ont perdu la moitié de leur puissance après huit mois "
                "d'usage intensif.",
                "huit mois",
                "P8M",
            ),
            ("Après deux ans de chantier, la gare a rouvert en mars.", "deux ans", "P2Y"),
        ),
    )
    asked = [event_of(ctx, d).question for d in dated_sentences(ctx)]
    assert "Combien de temps a duré le chantier ?" in asked, asked
    assert not [q for q in asked if q and q.endswith("l'usage ?")], asked


# --- statements and summaries -----------------------------------------------------------------


def test_a_question_headline_is_no_model_answer() -> None:
    """fact-check: the summary's model answer was "Le ministre du Travail a-t-il raison sur le
    chômage des jeunes." (the question of the headline made a statement)."""
    headline = "Vrai ou faux : la maire de Rennes a-t-elle raison sur les loyers ?"
    assert headline_sentence(headline) is None
    assert stated_headline(headline) is None


def test_an_answer_to_the_sentence_before_is_no_statement(tmp_path: Path) -> None:
    """banc d'essai: "Non, répond l'association de consommateurs UFC-Que Choisir, qui publie
    jeudi le banc d'essai de quatorze modèles …" was a true statement: "Non" answers the
    question the sentence before asked; nor is that question ("Faut-il payer 600 euros …")."""
    body = (
        "Paris, le jeudi 15 octobre 2026. – Faut-il payer 300 euros pour une bonne bouilloire ? "
        "Non, répond l'association Consommateurs vigilants, qui publie jeudi le test de douze "
        "modèles vendus entre 19 et 89 euros."
    )
    article, path = invented_article(tmp_path, body)
    ctx = context_for(article, ArticleFacts(path.name, article.title, "2026-10-15"))
    shown = [str(i["statement"]) for i in number_statements(ctx, ["true", "false"])]
    assert not [s for s in shown if s.startswith(("Non,", "Faut-il"))], shown


def test_a_date_put_last_does_not_close_a_relative_clause(tmp_path: Path) -> None:
    """festival: "La clôture réunira sur scène … Kemso, une rencontre qui a surpris les
    habitués le samedi 11 juillet." (the date now dated the surprise)."""
    from tutor.generate.comprehension import date_statements

    ctx = dated_context(tmp_path, PROGRAMME)
    shown = [str(i["statement"]) for i in date_statements(ctx, ["true", "false"] * 4)]
    assert not [s for s in shown if "étonné les habitués le" in s], shown


def test_a_question_headline_leaves_the_lead_as_model_answer(tmp_path: Path) -> None:
    """fact-check: with no lead to simplify, the model answer fell back on the headline, a
    question ("Le ministre du Travail a-t-il raison sur le chômage des jeunes ?")."""
    body = (
        "Paris, le lundi 23 février 2026. – Invitée dimanche soir sur France Inter, la ministre "
        "du Logement, Claire Vasseur, a défendu son bilan en avançant plusieurs chiffres sur les "
        "loyers. Notre cellule de vérification les a passés au crible.\n\n"
        "« Les loyers n'ont jamais autant baissé. »\n\nC'est faux."
    )
    article, _ = invented_article(
        tmp_path, body, title="Vrai ou faux : la ministre du Logement a-t-elle raison ?"
    )
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=tmp_path)["items"]
    (summary,) = [i for i in items if str(i["id"]).startswith("resume")]
    assert not str(summary["model_answer"]).rstrip().endswith("?"), summary["model_answer"]


def test_a_long_question_keeps_the_verb_after_a_relative_clause() -> None:
    """bac: "Depuis quand est-ce que les nouveaux bacheliers qui n'ont reçu aucune proposition
    ?" (cropped after the relative clause's verb, the question's own verb gone)."""
    from tutor.generate.question_crop import cropped_question

    question = (
        "Depuis quand est-ce que les étudiants qui n'ont reçu aucune réponse sur la plateforme "
        "peuvent saisir la commission d'accès à l'enseignement supérieur de leur région ?"
    )
    cropped = cropped_question(question, {"peuvent"})
    assert "peuvent saisir" in cropped, cropped


def test_a_crop_does_not_cut_a_day_from_its_month() -> None:
    """festival: a cloze "La ___ ouvrira le samedi 11 …" (the crop kept "11" and left "avril"
    out); the crop ends before the date."""
    from tutor.generate.sentence_crop import gap_window

    sentence = "La médiathèque rouvrira le mardi 14 avril à 9 heures, après six mois de travaux."
    at = sentence.index("médiathèque")
    crop = gap_window(sentence, at, at + len("médiathèque"), "___", 8)
    assert not crop.rstrip(" …").endswith("14"), crop


def test_a_channel_named_in_the_article_is_a_medium() -> None:
    """fact-check: "Olivier Ducasse a dit à la télévision : « … »" was "On ne sait pas" in an
    article whose minister spoke "Invité dimanche soir sur LCI" (a television channel)."""
    from tutor.generate.statements import _MEDIA_WORDS

    for lead in (
        "Invitée dimanche sur BFMTV, la ministre a défendu son bilan.",
        "Le maire s'est exprimé mardi sur France 3.",
        "Interrogé sur RTL, le député a répondu.",
    ):
        assert _MEDIA_WORDS.search(lead), lead
    assert not _MEDIA_WORDS.search("Le maire a défendu son bilan devant le conseil municipal.")


def test_an_aged_epithet_re_names_the_person_in_focus(tmp_path: Path) -> None:
    """football: "… Bouzidi a surgi au second poteau … « Ce but, je le dédie à mon
    grand-père », a confié l'attaquant de 24 ans" gave the scorer's words to Nantes's
    "attaquant Mathis Guérin", named three paragraphs before."""
    body = (
        "Rennes, le dimanche 8 mars 2026. – Dès la 5e minute, l'attaquant Hugo Marchand a "
        "ouvert le score pour Brest.\n\n"
        "Le match a basculé en seconde période, quand Brest a perdu son gardien sur blessure.\n\n"
        "À la 90e minute, Karim Saïdi a surgi au premier poteau pour donner la victoire aux "
        "Rennais. « Ce but, je le dédie à ma mère, qui était dans les tribunes », a confié "
        "l'attaquant de 22 ans au micro du diffuseur."
    )
    said = {q.text.strip("« »"): q.speaker for q in _facts(tmp_path, body).quotes}
    quote = "Ce but, je le dédie à ma mère, qui était dans les tribunes"
    assert said.get(quote) == "Karim Saïdi", said


def test_a_term_is_not_cut_before_its_complement_s_adjective(tmp_path: Path) -> None:
    """Conseil: the key term "occupants illégaux de logements" was cut before "vides" (a
    cloze "les ___ vides", four words); the noun and its adjective are the term."""
    body = (
        "Lyon, le vendredi 17 avril 2026. – La préfecture veut expulser plus vite les occupants "
        "illégaux de bureaux vides. Les occupants illégaux de bureaux vides sont 300 dans la "
        "métropole, selon la police."
    )
    terms = {t.lemma for t in _facts(tmp_path, body).terms}
    assert not [t for t in terms if t.endswith("de bureaux")], terms
