"""The faults of the third blind review (tests/extract/data/term_articles_3, read item by item),
each rebuilt on sentences like the article's and checked as the learner would see it.

The ten articles' own lessons are guarded by test_gen_review_3_guard.py.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from gold_facts import date_fact, dated_context, quote_fact

from tutor.content import load_article
from tutor.facts import ArticleFacts, Term
from tutor.generate import bank_words, clause_checks, grammar
from tutor.generate.chronology import _dateline_event
from tutor.generate.comprehension import date_statements
from tutor.generate.context import Context
from tutor.generate.dates import date_items
from tutor.generate.keywords import key_words
from tutor.generate.numbers import number_items
from tutor.generate.open_questions import open_items
from tutor.generate.parties import same_party
from tutor.generate.senses import entry_in_sentence
from tutor.generate.speakers import speaker_items
from tutor.generate.statements import quote_statements
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow


def _context(folder: Path, title: str, body: str, **facts: object) -> Context:
    """A context for an invented article written to `folder` and read back."""
    path = folder / "article.txt"
    path.write_text(f"{title}\n\n{body}\n\nSource : test.\n", encoding="utf-8")
    article = load_article(path)
    made = ArticleFacts(path.name, article.title, facts.pop("published", "2026-05-22"), **facts)  # type: ignore[arg-type]
    return Context(article, made, shipped_glossary(), random.Random(1))


# --- speakers: a group, its members and one body under two names --------------------------


def test_one_party_under_two_labels_is_never_the_wrong_option() -> None:
    assert same_party("Les producteurs", "Un producteur installé à quelques kilomètres du foyer")
    assert same_party("Les magistrats", "Les juges")
    assert same_party("La préfecture", "Le préfet de la Drôme")
    assert same_party("Les parents", "Un père de famille")
    assert same_party("Les pompiers", "Le commandant des opérations de secours")
    assert same_party("La direction", "Le directeur")
    # two persons with one title, a father and a mother, are not one party
    assert not same_party("Le président du club", "Le président de l’association de riverains")
    assert not same_party("Un père de famille", "Une mère de famille venue de Lyon")
    assert not same_party("Le maire", "Le capitaine")


FLU = (
    "« On a connu les abattages en série. Personne ici n’a envie de revivre ça », confie un "
    "producteur installé à quelques kilomètres du foyer.",
    "« La vaccination n’est pas une baguette magique », rappelle un vétérinaire spécialisé.",
    "« Nous attendons les analyses avant de lever la zone de surveillance », explique le maire "
    "de la commune.",
    "Les producteurs espèrent que ce foyer restera isolé.",
)


def test_a_group_is_no_wrong_option_for_the_words_of_one_of_its_members(tmp_path: Path) -> None:
    """Grippe aviaire: « On a connu les abattages en série … », confie un producteur; "Les
    producteurs" was offered as a wrong option in both speaker items."""
    path = tmp_path / "x.txt"
    path.write_text(f"Grippe aviaire\n\n9 décembre 2025. – {' '.join(FLU)}\n", encoding="utf-8")
    article = load_article(path)
    producer = "Un producteur installé à quelques kilomètres du foyer"
    said = (
        quote_fact(article, FLU[0], producer.lower(), FLU[0].split(", confie")[0], cue="confie"),
        quote_fact(article, FLU[1], "un vétérinaire spécialisé", FLU[1].split(", rappelle")[0],
                   cue="rappelle"),
        quote_fact(article, FLU[2], "le maire de la commune", FLU[2].split(", explique")[0],
                   cue="explique"),
        quote_fact(article, FLU[3], "les producteurs", "ce foyer restera isolé", "indirect",
                   "espèrent"),
    )  # fmt: skip
    facts = ArticleFacts(path.name, article.title, "2025-12-09", quotes=said)
    items = speaker_items(Context(article, facts, shipped_glossary(), random.Random(1)))
    asked = 0
    for item in items:
        if item["type"] == "speakers" and producer in {p["speaker"] for p in item["pairs"]}:
            assert "Les producteurs" not in item.get("distractors", [])
            asked += 1
        elif item.get("answer") == producer:
            assert "Les producteurs" not in item["options"]
            asked += 1
    assert asked


FIRE = (
    "24 juillet 2026. – Jeudi midi, la préfecture annonçait que le feu était « fixé », "
    "c'est-à-dire qu'il ne progressait plus. « Notre priorité était de protéger les personnes "
    "et les habitations », explique le commandant des opérations de secours. Le préfet a rappelé "
    "que l'accès aux massifs forestiers est interdit pendant les journées de risque très "
    "sévère, et que les propriétaires ont l'obligation de débroussailler."
)


def test_a_false_statement_never_gives_the_words_to_the_same_authority(tmp_path: Path) -> None:
    """Feu de forêt: "Selon la préfecture, l'accès aux massifs forestiers est interdit … très
    sévère,." was false only because the article wrote "le préfet"; and it ended in ",."."""
    path = tmp_path / "x.txt"
    path.write_text(f"Feu de forêt\n\n{FIRE}\n", encoding="utf-8")
    article = load_article(path)
    body = article.body
    fixed = next(s for s in body.split(". ") if "annonçait" in s) + "."
    fixed = fixed.split("– ", 1)[1]
    chief = next(s for s in body.split(". ") if "priorité" in s) + "."
    prefect = body[body.index("Le préfet") :]
    reminded = "l'accès aux massifs forestiers est interdit pendant les journées de risque très "
    reminded += "sévère, et que les propriétaires ont l'obligation de débroussailler"
    said = (
        quote_fact(article, fixed, "la préfecture", "le feu était « fixé »", "indirect",
                   "annonçait"),
        quote_fact(article, chief, "le commandant des opérations de secours",
                   "« Notre priorité était de protéger les personnes et les habitations »",
                   cue="explique"),
        quote_fact(article, prefect, "le préfet", reminded, "indirect", "a rappelé"),
    )  # fmt: skip
    facts = ArticleFacts(path.name, article.title, "2026-07-24", quotes=said)
    for seed in range(6):
        ctx = Context(article, facts, shipped_glossary(), random.Random(seed))
        for item in quote_statements(ctx, ["true", "false"]):
            statement = str(item["statement"])
            assert ",." not in statement
            if "l'accès aux massifs" in statement and item["answer"] is False:
                assert not statement.startswith("Selon la préfecture"), statement
            if "l'accès aux massifs" in statement and item["answer"] is True:
                assert statement.endswith("très sévère."), statement


def test_a_speaker_known_only_as_one_of_a_group_is_not_offered(tmp_path: Path) -> None:
    """Loup: "L'une d'elles a annoncé qu'elle déposerait un recours" was matched to "L’une"."""
    body = (
        "4 août 2026. – Les associations contestent l'efficacité des tirs. L’une d’elles a "
        "annoncé qu’elle déposerait un recours devant le tribunal administratif. « Il s’agit de "
        "protéger les troupeaux », précise la préfecture. « Quand la brigade arrive, le mal est "
        "fait », raconte un berger."
    )
    path = tmp_path / "x.txt"
    path.write_text(f"Loup\n\n{body}\n", encoding="utf-8")
    article = load_article(path)
    one = next(s for s in article.body.split(". ") if "L’une" in s) + "."
    herd = next(s for s in article.body.split(". ") if "troupeaux" in s) + "."
    brigade = next(s for s in article.body.split(". ") if "brigade" in s)
    said = (
        quote_fact(article, one, "L’une", "elle déposerait un recours devant le tribunal "
                   "administratif", "indirect", "a annoncé"),
        quote_fact(article, herd, "la préfecture", "« Il s’agit de protéger les troupeaux »",
                   cue="précise"),
        quote_fact(article, brigade, "un berger", "« Quand la brigade arrive, le mal est fait »",
                   cue="raconte"),
    )  # fmt: skip
    facts = ArticleFacts(path.name, article.title, "2026-08-04", quotes=said)
    items = speaker_items(Context(article, facts, shipped_glossary(), random.Random(1)))
    shown = [p["speaker"] for i in items if i["type"] == "speakers" for p in i["pairs"]]
    shown += [o for i in items for o in i.get("options", [])]
    assert shown and "L’une" not in shown


# --- numbers ------------------------------------------------------------------------------


def test_the_minutes_of_a_time_of_day_are_not_asked(tmp_path: Path) -> None:
    """Boulangère: "Il est 3 h ___" offered 90 and 60; minutes were then given minutes as
    wrong options, but half a time is no figure to find: a time is asked whole or not at all
    (session 16, Liège "à 5 h ___")."""
    ctx = _context(
        tmp_path,
        "Une apprentie boulangère",
        "22 mai 2026. – Il est 3 h 30 quand Léa, 17 ans, enfile son tablier dans le fournil. "
        "Le jury a goûté 90 baguettes. Elle a signé son contrat il y a 60 semaines.",
    )
    prompts = [str(i["prompt"]) for i in number_items(ctx)]
    assert prompts and not [p for p in prompts if "3 h ___" in p or "___ h 30" in p], prompts


# --- date questions, statements and chronology -----------------------------------------


def test_a_time_limit_or_a_seniority_is_not_asked_how_long_it_lasted(tmp_path: Path) -> None:
    """Éolien: "Combien de temps dure le délai ?"; urgences: "Combien de temps a duré
    l'ancienneté ?" (of "une infirmière qui a dix ans d'ancienneté")."""
    ctx = dated_context(
        tmp_path,
        (
            (
                "L’entreprise peut se pourvoir en cassation, ce qu’elle peut faire dans un délai "
                "de deux mois.",
                "deux mois",
                "P2M",
            ),
            (
                "« On fait de la médecine de couloir », témoigne une infirmière qui a dix ans "
                "d'ancienneté dans le service.",
                "dix ans",
                "P10Y",
            ),
        ),
    )
    prompts = [str(i["prompt"]) for i in date_items(ctx)]
    assert not any("délai" in p or "ancienneté" in p for p in prompts), prompts


def test_a_plural_participle_does_not_date_the_singular_noun_before_it(tmp_path: Path) -> None:
    """Fermeture de classe: "Quand le canton est-il venus ?" and "Le canton est venus." from
    "plusieurs maires du canton, venus mercredi"."""
    assert grammar.participle_agreement("venus") == ("m", "p")
    assert grammar.participle_agreement("partis") == ("m", "p")
    assert grammar.participle_agreement("promis") == ("m", None)
    assert grammar.participle_agreement("compris") == ("m", None)
    ctx = dated_context(
        tmp_path,
        (
            (
                "Les occupants ont reçu le soutien des syndicats enseignants et de plusieurs "
                "maires du canton, venus mercredi ceints de leur écharpe tricolore.",
                "mercredi",
                "2025-04-09",
            ),
        ),
    )
    texts = [str(i.get("prompt", "")) + str(i.get("statement", "")) for i in date_items(ctx)]
    texts += [str(i["statement"]) for i in date_statements(ctx, ["true", "false"])]
    assert not any("canton est" in t for t in texts), texts


def test_a_verbless_sentence_gives_no_date_question_or_statement(tmp_path: Path) -> None:
    """Rugby: "Depuis quand est-ce qu'une première pour ce club …?" and "Une première depuis
    1988 pour ce club …" (false) from the nominal "Une première depuis 1986 pour ce club …".
    A sentence whose verb the tagger reads as a noun ("une directive demande") keeps its
    question: its subject is still parsed."""
    first = (
        "Une première depuis 1986 pour ce club du Lot-et-Garonne, longtemps symbole du rugby de "
        "village devenu professionnel."
    )
    directive = (
        "Depuis 2011, une directive européenne demande aux pilotes de ne pas suivre ces "
        "informations."
    )
    ctx = dated_context(tmp_path, ((first, "1986", "1986"), (directive, "2011", "2011")))
    prompts = [str(i["prompt"]) for i in date_items(ctx)]
    assert not any("première" in p for p in prompts), prompts
    assert any("directive" in p for p in prompts), prompts
    statements = [str(i["statement"]) for i in date_statements(ctx, ["true", "false"])]
    assert not any("première" in s for s in statements), statements


def test_a_clitic_en_leaves_a_clause_that_says_nothing(tmp_path: Path) -> None:
    """Loup: "Quand est-ce que l’éleveur en a retrouvé onze mortes …?" (eleven what?)."""
    assert clause_checks.has_loose_pronoun("l’éleveur en a retrouvé onze mortes")
    assert clause_checks.has_loose_pronoun("Les visiteurs en ont profité pour marquer")
    assert not clause_checks.has_loose_pronoun("L'usine a été mise en avant en 2012")
    ctx = dated_context(
        tmp_path,
        (
            (
                "Lundi matin, l’éleveur en a retrouvé onze mortes et six grièvement blessées.",
                "Lundi matin",
                "2025-04-07",
            ),
        ),
    )
    assert not [i for i in date_items(ctx) if "retrouvé" in str(i["prompt"])]


def test_the_dateline_does_not_date_a_lede_its_paragraph_dates_otherwise(tmp_path: Path) -> None:
    """Rugby: "Le coup de sifflet final a résonné comme un glas" was dated 11 mai 2026 (the
    dateline), though the match was "samedi soir"."""
    lede = "Le coup de sifflet final a résonné comme un glas dans le stade municipal."
    saturday = "Battue samedi soir à domicile, l’équipe termine la saison à la dernière place."
    path = tmp_path / "rugby.txt"
    path.write_text(
        f"Rugby\n\n11 mai 2026. – {lede} {saturday}\n\nLa reprise est prévue en juillet.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    dates = (
        date_fact(article, "11 mai 2026", "11 mai 2026", "2026-05-11"),
        date_fact(article, saturday, "samedi soir", "2026-05-09"),
    )
    facts = ArticleFacts(path.name, article.title, "2026-05-11", dates=dates)
    ctx = Context(article, facts, shipped_glossary(), random.Random(1))
    assert _dateline_event(ctx) is None
    # without the Saturday, the lede is the news of the day
    alone = ArticleFacts(path.name, article.title, "2026-05-11", dates=dates[:1])
    event = _dateline_event(Context(article, alone, shipped_glossary(), random.Random(1)))
    assert event is not None and event.text.startswith("Le coup de sifflet final")


# --- summary keywords -------------------------------------------------------------------------


def test_summary_keywords_are_no_figures_and_keep_the_title_s_first_word(tmp_path: Path) -> None:
    """Vol: keywords "tabatières", "minutes" (both needed); rugby: "rugby", "quarante",
    "deuxième"."""
    ctx = _context(
        tmp_path,
        "Vol au musée : six tabatières en or dérobées en moins de dix minutes",
        "2 mars 2026. – Des cambrioleurs ont emporté six tabatières en or du musée. Le vol a "
        "duré moins de dix minutes.",
    )
    (summary,) = [i for i in open_items(ctx) if str(i["id"]).startswith("resume")]
    words = [k["word"] for k in summary["keywords"]]  # type: ignore[union-attr]
    assert "vol" in words and "minutes" not in words, words
    ctx = _context(
        tmp_path,
        "Rugby : après quarante ans en deuxième division, l’US Lavardac reléguée en Nationale",
        "11 mai 2026. – Le club de rugby de Lavardac jouera en troisième division. La "
        "relégation tient aussi à des raisons financières.",
        terms=(Term("rugby", "rugby", "Le club de rugby", 1.0, "NOUN"),),
    )
    (summary,) = [i for i in open_items(ctx) if str(i["id"]).startswith("resume")]
    words = [k["word"] for k in summary["keywords"]]  # type: ignore[union-attr]
    assert not {"quarante", "deuxième"} & set(words), words


def test_what_a_speaker_says_is_not_checked_for_its_figures_or_days(tmp_path: Path) -> None:
    """ "Que dit Florence Vandamme ?" expected "quarante"; others "minutes", "dimanche"."""
    ctx = _context(tmp_path, "Article", "22 mai 2026. – Un texte.")
    quote = "Il a fallu quarante minutes dimanche pour évacuer les spectateurs du gymnase"
    words = [w for w, _ in key_words(ctx, quote, 4)]
    assert words and not {"quarante", "minutes", "dimanche"} & set(words), words


# --- banks ----------------------------------------------------------------------------------


def test_a_noun_for_a_kind_of_anything_is_no_bank_word() -> None:
    """Vol: "ont emporté six ___ en or et en émail": tabatières / données / œuvres."""
    assert bank_words.is_generic("œuvres")
    assert bank_words.is_generic("objet")
    assert bank_words.is_generic("données")
    assert not bank_words.is_generic("tabatières")
    assert not bank_words.is_generic("disqueuse")


# --- glossary senses ------------------------------------------------------------------------

SENSES = [
    (
        "Léa prépare un CAP de boulanger en alternance : deux semaines en entreprise, une "
        "semaine au centre de formation des apprentis.",
        "centre de formation",
        "Une école où des apprentis",
    ),
    (
        "Le président du club compte s’appuyer sur le centre de formation, qui a vu éclore "
        "plusieurs internationaux.",
        "centre de formation",
        "Une école où un club",
    ),
    (
        "Il insiste sur le pétrissage lent, le pointage, le respect des temps de repos de la pâte.",
        "pointage",
        "Le premier temps de repos de la pâte",
    ),
    (
        "Mais ce droit reste peu utilisé, notamment par les intérimaires, qui craignent de ne pas "
        "voir leur mission renouvelée.",
        "intérimaire",
        "Un salarié envoyé par une agence",
    ),
    (
        "« On est encerclés », réagit le président de l’association de riverains à l’origine du "
        "recours.",
        "riverain",
        "Une personne qui habite près",
    ),
    (
        "La décision figure dans le projet de carte scolaire présenté par la direction "
        "académique : une fermeture de classe.",
        "carte scolaire",
        "Le plan qui décide",
    ),
    (
        "Les pompiers restent mobilisés pour éviter toute reprise de feu.",
        "rester mobilisé",
        "Rester sur place",
    ),
    (
        "L'hôpital envisage une régulation des entrées la nuit : les patients devraient d'abord "
        "appeler le 15, où un médecin régulateur déciderait s'ils doivent venir aux urgences.",
        "régulation",
        "Le tri des malades",
    ),
    (
        "Le projet avait reçu un avis favorable du commissaire enquêteur à l’issue de l’enquête "
        "publique.",
        "enquêteur",
        "La personne qui mène une enquête publique",
    ),
    (
        "Les enquêteurs n’excluent pas un repérage pendant les heures d’ouverture au public, "
        "après le vol des tabatières signalé à la gendarmerie.",
        "enquêteur",
        "Une personne chargée de chercher la vérité",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_the_glossary_defines_the_sense_the_sentence_means(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """Senses the review found wrong: "centre de formation" (a football academy in a baker's
    apprenticeship), "pointage" (clocking in, for dough), "intérimaire" (an acting head, for
    temp workers), "riverain" (a coastal state), "carte scolaire" (school by address, for the
    plan of class closures), "rester mobilisé" (a cause, for firemen), "régulation" (markets,
    for emergency calls), "commissaire enquêteur" (a police investigator)."""
    ctx = _context(tmp_path, "Article", f"22 mai 2026. – {sentence}")
    entry = entry_in_sentence(ctx, shipped_glossary().get(term), sentence)
    assert entry is not None and entry.definition.startswith(meant), entry
