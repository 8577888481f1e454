"""The faults of the seventh blind review (tests/generate/data/review_7, eight articles written
for it and read item by item), each rebuilt on sentences like the article's and checked as the
learner would see it.

The eight lessons are guarded by test_gen_review_7_guard.py; the verdicts are in
tests/generate/data/review_7/README.md.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest
from gold_facts import date_fact, dated_context, invented_article, invented_context, quote_fact

from tutor.extract import extract_many
from tutor.extract.dates import find_dates
from tutor.facts import ArticleFacts, Person, Term
from tutor.generate import events, french, plausible
from tutor.generate.comprehension import date_statements
from tutor.generate.context import Context
from tutor.generate.dates import date_items
from tutor.generate.event_clauses import as_perfect
from tutor.generate.keywords import key_words
from tutor.generate.lexicon import article_lexicon
from tutor.generate.open_questions import open_items
from tutor.generate.roles import role_items
from tutor.generate.senses import entry_in_sentence
from tutor.generate.sources import source_items
from tutor.generate.speakers import match_item, usable_quotes
from tutor.generate.statements import quantity_statement, quote_statements
from tutor.glossary_files import shipped_glossary

pytestmark = pytest.mark.slow


_article = invented_article


def _context(folder: Path, body: str, seed: int = 0, **facts: object) -> Context:
    published = str(facts.pop("published", "2026-06-26"))
    return invented_context(folder, body, published, seed, **facts)


def _date_texts(ctx: Context) -> list[str]:
    texts = []
    for item in date_items(ctx):
        texts += [str(item.get("prompt", "")), str(item.get("answer", ""))]
        texts += [str(e["text"]) for e in item.get("events", [])]
    return texts


# --- date questions ---------------------------------------------------------------------------


def test_an_event_noun_with_a_possessive_is_not_asked_about(tmp_path: Path) -> None:
    """Renaudot: "Quand a eu lieu sa création ?" ("où le jury se réunit depuis sa création en
    1926": whose creation?)."""
    sentence = (
        "Elle est arrivée au restaurant Drouant, à Paris, où le jury se réunit depuis sa "
        "création en 1926."
    )
    ctx = dated_context(tmp_path, ((sentence, "1926", "1926"),), published="2026-11-03")
    texts = _date_texts(ctx)
    assert not any("sa création" in t for t in texts), texts


def test_a_date_after_a_participle_is_not_the_noun_s(tmp_path: Path) -> None:
    """Sommet: "Quand a eu lieu le sommet ?" -> "jeudi", from "au terme d'un sommet commencé
    jeudi à midi" (it began on Thursday and ended on Friday morning)."""
    sentence = (
        "L'accord a été annoncé peu avant 6 heures, au terme d'un sommet commencé jeudi à midi."
    )
    ctx = dated_context(tmp_path, ((sentence, "jeudi", "2026-06-25"),), published="2026-06-26")
    texts = _date_texts(ctx)
    assert not any("a eu lieu le sommet" in t for t in texts), texts


def test_the_day_of_a_proposed_meeting_looks_ahead() -> None:
    """Lait: "a proposé une rencontre jeudi à Quimper" in a piece of Tuesday 17 February was
    read as the Thursday before (12 February), so the lesson asked "Quand a eu lieu la
    rencontre ?"; a day set before the noun still dates the proposal."""
    text = (
        "Son directeur général a proposé une rencontre jeudi à Quimper, en présence du préfet. "
        "Le maire a proposé jeudi une médiation."
    )
    values = [d.value for d in find_dates(text, date(2026, 2, 17))]
    assert values == ["2026-02-19", "2026-02-12"], values


def test_a_past_question_never_answers_with_a_coming_date(tmp_path: Path) -> None:
    """Lait (after the extraction fix): "Quand François-Xavier d'Aubigné a-t-il proposé une
    rencontre à Quimper ?" -> "jeudi", the day of the meeting to come, not of the proposal."""
    sentence = (
        "Son directeur général, François-Xavier d'Aubigné, a proposé une rencontre jeudi à "
        "Quimper, en présence du préfet."
    )
    ctx = dated_context(tmp_path, ((sentence, "jeudi", "2026-02-19"),), published="2026-02-17")
    prompts = [str(i["prompt"]) for i in date_items(ctx) if i["type"] == "date"]
    assert not any("proposé" in p or "a eu lieu" in p for p in prompts), prompts


def test_a_deadline_is_not_when_the_verb_happens(tmp_path: Path) -> None:
    """Grève: "Quand est-ce que les syndicats réclament une hausse des salaires de 6 % et
    l'embauche de 800 contrôleurs supplémentaires ?" -> "d'ici à 2028" (the hiring's deadline);
    a plan of an event noun keeps its "Pour quand … prévue ?"."""
    first = (
        "Les syndicats réclament une hausse des salaires de 6 % et l'embauche de 800 "
        "contrôleurs supplémentaires d'ici à 2028."
    )
    second = "La mairie annonce la fermeture de l'usine d'ici à 2029."
    ctx = dated_context(
        tmp_path,
        ((first, "d'ici à 2028", "2028"), (second, "d'ici à 2029", "2029")),
        published="2026-05-19",
    )
    prompts = [str(i["prompt"]) for i in date_items(ctx) if i["type"] == "date"]
    assert not any("réclament" in p for p in prompts), prompts
    assert "Pour quand est prévue la fermeture de l'usine ?" in prompts, prompts


def test_a_reflexive_verb_after_a_name_is_the_clause_s_own(tmp_path: Path) -> None:
    """Séisme (a lesson with no date question): "Le Premier ministre albanais, Arben Kastrati,
    s'est rendu sur place dès mercredi matin." was read as a participle phrase ("rendu") set
    after a noun, so its date dated nothing."""
    sentence = (
        "Le Premier ministre albanais, Arben Kastrati, s'est rendu sur place dès mercredi matin."
    )
    ctx = dated_context(
        tmp_path, ((sentence, "mercredi matin", "2026-04-08"),), published="2026-04-08"
    )
    prompts = [str(i["prompt"]) for i in date_items(ctx) if i["type"] == "date"]
    assert any("s'est rendu sur place" in p for p in prompts), prompts


def test_an_event_noun_another_sentence_dates_otherwise_is_not_asked_about(
    tmp_path: Path,
) -> None:
    """Séisme (seen after the first fixes): "Quand a eu lieu le séisme de magnitude 6,4 ?" was
    only refused because "6,4 ?" looked like a lone word after a comma; it is ambiguous (the
    article's own earthquake, of this week, had that magnitude too). A decimal comma is no
    comma."""
    first = "Un violent séisme de magnitude 6,4 a frappé le sud de l'Albanie mardi."
    second = "Le pays avait déjà connu un séisme de magnitude 6,4 le 26 novembre 2019."
    ctx = dated_context(
        tmp_path,
        ((first, "mardi", "2026-04-07"), (second, "26 novembre 2019", "2019-11-26")),
        published="2026-04-08",
    )
    texts = _date_texts(ctx)
    assert not any(re.search(r"Quand a eu lieu le séisme", t) for t in texts), texts
    assert "le 26 novembre 2019" not in texts, texts
    lone = events._LONE_TAIL
    assert lone.search("Quand est-ce que X a été élu maire de Vitré, spécialisée ?")
    assert not lone.search("Quand a eu lieu le séisme de magnitude 6,4 ?")


def test_a_day_after_depuis_le_is_asked_since_when(tmp_path: Path) -> None:
    """Rappel (seen after the sentence fix): "Quand est-ce que les produits concernés … ont été
    vendus depuis ?" -> "le 5 janvier" ("depuis le" was read as the article "le")."""
    sentence = (
        "Les produits concernés, parfum pomme-poire et pomme-banane, ont été vendus depuis le 5 "
        "janvier dans les supermarchés."
    )
    ctx = dated_context(tmp_path, ((sentence, "5 janvier", "2026-01-05"),), published="2026-01-22")
    texts = _date_texts(ctx)
    assert not any(re.search(r"\bdepuis \?", t) for t in texts), texts
    assert any(t.startswith("À partir de quand") for t in texts), texts


def test_a_day_first_planned_is_the_nearer_one() -> None:
    """Thalassa (seen in the facts, no item): "Le lancement, prévu à l'origine le 6 octobre,
    avait été repoussé" in a piece of 14 October 2026 was read as 6 October 2027 ("prévu"
    looks ahead); a plan still to come stays ahead."""
    launch = "Le lancement, prévu à l'origine le 6 octobre, avait été repoussé deux fois."
    assert [d.value for d in find_dates(launch, date(2026, 10, 14))] == ["2026-10-06"]
    film = "La sortie, prévue initialement le 3 mai, est repoussée au 10 juin."
    assert [d.value for d in find_dates(film, date(2026, 4, 20))] == ["2026-05-03", "2026-06-10"]
    concert = "Le concert est prévu le 6 octobre."
    assert [d.value for d in find_dates(concert, date(2026, 10, 14))] == ["2027-10-06"]


def test_no_sentence_ends_inside_a_hyphenated_word(tmp_path: Path) -> None:
    """Rappel: "Les produits concernés, parfum pomme-poire et pomme-" and "banane, ont été
    vendus …" were two sentences (the evidence of a term item opened on "banane,")."""
    body = (
        "22 janvier 2026. – Le fabricant a lancé mercredi un rappel. Les produits concernés, "
        "parfum pomme-poire et pomme-banane, ont été vendus depuis le 5 janvier dans les "
        "supermarchés."
    )
    article, _ = _article(tmp_path, body)
    (facts,) = extract_many([article])  # type: ignore[list-item]
    assert any(
        s.startswith("Les produits concernés") and s.endswith("supermarchés.")
        for s in facts.sentences
    ), facts.sentences


def test_the_first_half_of_a_hyphened_name_is_no_term(tmp_path: Path) -> None:
    """Lait: "armor" was a key term (0.83, "Armor-Lait, troisième coopérative …" opens its
    sentence), and the summary's keyword "Armor"."""
    body = (
        "17 février 2026. – Des éleveurs bloquent la laiterie Armor-Lait. Armor-Lait, troisième "
        "coopérative laitière de l'Ouest, collecte chaque année 900 millions de litres de lait. "
        "Armor-Lait emploie 1 150 salariés."
    )
    article, _ = _article(tmp_path, body)
    (facts,) = extract_many([article])  # type: ignore[list-item]
    lemmas = [t.lemma for t in facts.terms]
    assert "armor" not in lemmas, lemmas
    assert any(lemma.startswith("coopérative") for lemma in lemmas), lemmas


# --- statements -------------------------------------------------------------------------------


def test_a_date_statement_keeps_no_relative_time(tmp_path: Path) -> None:
    """Thalassa: "Une sonde américaine, Europa Clipper, doit atteindre Jupiter quatre ans plus
    tôt selon la NASA en 2034." (false): two times to check, and broken French."""
    sentence = (
        "Une sonde américaine, Europa Clipper, doit atteindre Jupiter quatre ans plus tôt, en "
        "2030, selon la NASA."
    )
    article, path = _article(tmp_path, f"14 octobre 2026. – {sentence}")
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-10-14",
        dates=(
            date_fact(article, sentence, "quatre ans plus tôt", "relative"),  # type: ignore[arg-type]
            date_fact(article, sentence, "2030", "2030"),  # type: ignore[arg-type]
        ),
        sentences=(sentence,),
    )
    for seed in range(6):
        ctx = Context(article, facts, shipped_glossary(), random.Random(seed))  # type: ignore[arg-type]
        for item in date_statements(ctx, ["true", "false", "not_given"]):
            assert "plus tôt" not in str(item["statement"]), item["statement"]


def test_a_pluperfect_told_alone_moves_both_its_verbs() -> None:
    """Lait: "Un premier mouvement a duré cinq jours et s'était terminé par une hausse …"."""
    clause = "Un premier mouvement avait duré cinq jours et s'était terminé par une hausse"
    assert as_perfect(clause) == (
        "Un premier mouvement a duré cinq jours et s'est terminé par une hausse"
    )
    assert as_perfect("Les élus avaient voté le texte et avaient quitté la salle") == (
        "Les élus ont voté le texte et ont quitté la salle"
    )


def test_a_quantity_statement_leans_on_no_one_of_another_sentence(tmp_path: Path) -> None:
    """Séisme: "Comme elle, plus de 5 000 habitants ont dormi dehors, par peur de nouvelles
    secousses." ("elle" is Elira Dushku, of the sentence before)."""
    body = (
        "8 avril 2026. – Elira Dushku a passé la nuit dans sa voiture avec sa famille. Comme "
        "elle, des milliers d'habitants ont dormi dehors, par peur de nouvelles secousses. Des "
        "centaines de bénévoles ont distribué des couvertures aux familles de la ville."
    )
    ctx = _context(tmp_path, body, published="2026-04-08")
    item = quantity_statement(ctx)
    assert item is not None, "the second vague quantity makes a statement"
    assert "Comme elle" not in str(item["statement"]), item["statement"]


def test_a_name_written_with_its_capital_determiner_keeps_it(tmp_path: Path) -> None:
    """Nantes: "Selon le quotidien Ouest-France, la Gantoise réclamait …" and "la Gantoise :
    « … »" for the club the article always writes "La Gantoise"."""
    assert french.lower_first("La Gantoise", "De son côté, La Gantoise s'est félicitée.") == (
        "La Gantoise"
    )
    assert french.lower_first("La FCPE", "La FCPE, première fédération …") == "la FCPE"
    assert french.lower_first("Les syndicats", "Selon eux, Les syndicats …") == "les syndicats"
    sentence = (
        "Selon le quotidien Ouest-France, La Gantoise réclamait au départ quinze millions "
        "d'euros pour son attaquant."
    )
    other = "« Nous n'avions pas le droit de rater cette saison », a déclaré Gérard de Valmont."
    body = f"2 septembre 2026. – {sentence} {other}"
    article, path = _article(tmp_path, body)
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-09-02",
        people=(Person("Gérard de Valmont", (), "président du FC Nantes"),),
        quotes=(
            quote_fact(
                article,  # type: ignore[arg-type]
                sentence,
                "le quotidien Ouest-France",
                sentence[sentence.index("La Gantoise") : -1],
                "indirect",
                "selon",
            ),
            quote_fact(article, other, "Gérard de Valmont", other[2:58], cue="a déclaré"),  # type: ignore[arg-type]
        ),
        sentences=(sentence, other),
    )
    statements = []
    for seed in range(6):
        ctx = Context(article, facts, shipped_glossary(), random.Random(seed))  # type: ignore[arg-type]
        statements += [str(i["statement"]) for i in quote_statements(ctx, ["true", "false"])]
    gantoise = [s for s in statements if "Gantoise" in s]
    assert gantoise, statements
    assert all("La Gantoise" in s for s in gantoise), gantoise


def test_a_time_phrase_alone_is_no_one_s_words(tmp_path: Path) -> None:
    """Séisme (seen after the first fixes): "Le Fonds de solidarité de l'UE emploie les mots
    « dans les prochains jours »." (vrai): when, not what it said."""
    sentence = (
        "Le pays a demandé l'aide du Fonds de solidarité de l'UE, qui a promis une réponse "
        "« dans les prochains jours »."
    )
    article, path = _article(tmp_path, f"8 avril 2026. – {sentence}")
    said = quote_fact(
        article, sentence, "Le Fonds de solidarité de l'UE", "dans les prochains jours"
    )  # type: ignore[arg-type]
    facts = ArticleFacts(
        path.name,
        article.title,
        "2026-04-08",
        quotes=(said,),
        sentences=(sentence,),  # type: ignore[attr-defined]
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    assert quote_statements(ctx, ["true", "false", "not_given"]) == []


def test_a_time_phrase_alone_is_paired_with_no_one(tmp_path: Path) -> None:
    """Séisme: the match paired "dans les prochains jours" with "Le Fonds de solidarité de
    l'UE" (noted before the fixes)."""
    lines = [
        "« Tout s'est mis à trembler, les murs craquaient », raconte Elira Dushku.",
        "« Nous reconstruirons chaque maison », a promis Arben Kastrati.",
        "Le Fonds de solidarité de l'UE a promis une réponse « dans les prochains jours ».",
    ]
    article, path = _article(tmp_path, "8 avril 2026. – " + " ".join(lines))
    quotes = (
        quote_fact(article, lines[0], "Elira Dushku", lines[0][2:49], cue="raconte"),  # type: ignore[arg-type]
        quote_fact(article, lines[1], "Arben Kastrati", lines[1][2:35], cue="a promis"),  # type: ignore[arg-type]
        quote_fact(article, lines[2], "Le Fonds de solidarité de l'UE", "dans les prochains jours"),  # type: ignore[arg-type]
    )
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-04-08",
        people=(Person("Elira Dushku", (), ""), Person("Arben Kastrati", (), "")),
        quotes=quotes,
        sentences=tuple(lines),
    )
    for seed in range(4):
        ctx = Context(article, facts, shipped_glossary(), random.Random(seed))  # type: ignore[arg-type]
        item = match_item(ctx, usable_quotes(ctx))
        assert item is not None
        said = [str(p["quote"]) for p in item["pairs"]]  # type: ignore[union-attr]
        assert "dans les prochains jours" not in said, said


# --- speakers and sources ---------------------------------------------------------------------


def test_a_man_s_options_keep_the_article_of_a_woman_s_double_role(tmp_path: Path) -> None:
    """Renaudot: "Le libraire à Quimper et présidente d'une association de libraires
    indépendants" among the roles offered for Bernard Tessier."""
    body = (
        "3 novembre 2026. – Le secrétaire général du jury, Bernard Tessier, a salué le livre. "
        "« Le prix va multiplier les ventes », prévoit Sandrine Ollivier, libraire à Quimper et "
        "présidente d'une association de libraires indépendants. Antoine Delacroix-Rivière, "
        "auteur de « Nuit blanche », a perdu. Le fondateur du Sablier, Yves Kerbrat, a souri."
    )
    people = (
        Person("Bernard Tessier", (), "secrétaire général du jury"),
        Person(
            "Sandrine Ollivier",
            (),
            "libraire à Quimper et présidente d'une association de libraires indépendants",
        ),
        Person("Antoine Delacroix-Rivière", (), "auteur de « Nuit blanche »"),
        Person("Yves Kerbrat", (), "fondateur du Sablier"),
    )
    options = []
    for seed in range(6):
        ctx = _context(tmp_path, body, seed, people=people, published="2026-11-03")
        options += [str(o) for i in role_items(ctx) for o in i["options"]]  # type: ignore[union-attr]
    assert any("présidente d'une association" in o for o in options), options
    assert not any(o.startswith("Le libraire") for o in options), options


def test_a_source_question_leans_on_no_pronoun(tmp_path: Path) -> None:
    """Grève: "D'après l'article, quelle source indique que chaque journée de grève lui coûte
    environ vingt millions d'euros ?" ("lui" is the firm, named only in the source)."""
    first = (
        "D'après les premières estimations de l'entreprise, chaque journée de grève lui coûte "
        "environ vingt millions d'euros."
    )
    second = "Selon une étude du ministère, le trafic a baissé de 40 % en une semaine de grève."
    third = "« Nous ne faisons pas grève par plaisir », a affirmé Fabien Le Roux-Martel."
    fourth = "« Personne ne m'a prévenue », s'indignait Véronique Lambert, une retraitée."
    body = f"19 mai 2026. – {first} {second} {third} {fourth}"
    article, path = _article(tmp_path, body)
    quotes = (
        quote_fact(
            article,
            first,
            "les premières estimations de l'entreprise",
            first[first.index("chaque") : -1],
            "indirect",
            "d'après",
        ),  # type: ignore[arg-type]
        quote_fact(
            article,
            second,
            "une étude du ministère",
            second[second.index("le trafic") : -1],
            "indirect",
            "selon",
        ),  # type: ignore[arg-type]
        quote_fact(article, third, "Fabien Le Roux-Martel", third[2:39], cue="a affirmé"),  # type: ignore[arg-type]
        quote_fact(
            article, fourth, "Véronique Lambert", fourth[2 : fourth.index(" »")], cue="s'indignait"
        ),  # type: ignore[arg-type]
    )
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-05-19",
        people=(Person("Fabien Le Roux-Martel", (), ""), Person("Véronique Lambert", (), "")),
        quotes=quotes,
        sentences=(first, second, third, fourth),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    prompts = [str(i["prompt"]) for i in source_items(ctx, usable_quotes(ctx))]
    assert prompts, "the ministry's study is asked about"
    assert not any(" lui " in p for p in prompts), prompts


def test_a_wish_in_the_match_feedback_keeps_its_verb(tmp_path: Path) -> None:
    """Rappel: the feedback of the match read "selon Choisir, les contrôles soient plus
    fréquents dans les usines …" (a subjunctive after "selon")."""
    lines = [
        "« Chez un nourrisson, la fièvre doit toujours inquiéter », insiste Claire Vasseur.",
        "L'association UFC-Que Choisir demande que les contrôles soient plus fréquents dans "
        "les usines.",
        "« Nous avons tout retiré dès les résultats », a assuré Olivier d'Anglade.",
        "« On croit que ces produits sont sûrs », s'emporte Julie Marchand.",
    ]
    article, path = _article(tmp_path, "22 janvier 2026. – " + " ".join(lines))
    wish = lines[1][lines[1].index("les contrôles") : -1]
    quotes = (
        quote_fact(article, lines[0], "Claire Vasseur", lines[0][2:56], cue="insiste"),  # type: ignore[arg-type]
        quote_fact(article, lines[1], "UFC-Que Choisir", wish, "indirect", "demande"),  # type: ignore[arg-type]
        quote_fact(article, lines[2], "Olivier d'Anglade", lines[2][2:43], cue="a assuré"),  # type: ignore[arg-type]
        quote_fact(article, lines[3], "Julie Marchand", lines[3][2:37], cue="s'emporte"),  # type: ignore[arg-type]
    )
    people = tuple(Person(q.speaker, (), "") for q in quotes if q.speaker != "UFC-Que Choisir")
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-01-22",
        people=people,
        quotes=quotes,
        sentences=tuple(lines),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    item = match_item(ctx, usable_quotes(ctx))
    assert item is not None
    feedback = str(item["feedback"])
    assert "UFC-Que Choisir demande que les contrôles soient" in feedback, feedback
    assert "selon UFC-Que Choisir" not in feedback, feedback


# --- open questions and word banks ----------------------------------------------------------


def test_a_number_in_words_is_no_keyword_of_what_is_said(tmp_path: Path) -> None:
    """Sommet: "Que dit Rui Almeida-Santos ?" checked for "dix-huit" alone; Nantes: "… j'en rêve
    depuis que je suis tout petit …" for "télévision" alone: one detail is not the idea, so
    another quotation with two keywords at least is asked about."""
    first = (
        "« Il a fallu dix-huit heures, mais l'Europe a montré qu'elle savait décider quand il le "
        "fallait », a déclaré Rui Almeida-Santos."
    )
    second = (
        "« Les citoyens néerlandais ne veulent pas payer les dettes des autres pays membres », a "
        "assuré Pieter van der Berg."
    )
    article, path = _article(tmp_path, f"26 juin 2026. – {first} {second}")
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-06-26",
        people=(Person("Rui Almeida-Santos", (), ""), Person("Pieter van der Berg", (), "")),
        quotes=(
            quote_fact(
                article, first, "Rui Almeida-Santos", first[2 : first.index(" »")], cue="a déclaré"
            ),  # type: ignore[arg-type]
            quote_fact(
                article,
                second,
                "Pieter van der Berg",
                second[2 : second.index(" »")],
                cue="a assuré",
            ),  # type: ignore[arg-type]
        ),
        sentences=(first, second),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    assert "dix-huit" not in [w for w, _ in key_words(ctx, first, 4)]
    (said,) = [i for i in open_items(ctx) if str(i["id"]).startswith("avis")]
    assert len(said["keywords"]) >= 2, said  # type: ignore[arg-type]
    assert "Pieter van der Berg" in str(said["prompt"]), said["prompt"]


def test_the_model_answer_holds_the_keywords_it_asks_for(tmp_path: Path) -> None:
    """Lait (seen after the first fixes, and in the blind lessons): "Que dit Marie-Hélène
    Cadiou ?" checked for "dettes", "ferme", "enfants", with the model answer "On travaille
    sept jours sur sept, et à la fin du mois on perd de l'argent" (the words cut short)."""
    first = (
        "« On travaille sept jours sur sept, et à la fin du mois on perd de l'argent. Mes enfants "
        "ne reprendront pas la ferme, je ne veux pas leur laisser des dettes », confie "
        "Marie-Hélène Cadiou, éleveuse."
    )
    article, path = _article(tmp_path, f"17 février 2026. – {first}")
    said = first[2 : first.index(" »")]
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-02-17",
        people=(Person("Marie-Hélène Cadiou", (), "éleveuse"),),
        quotes=(quote_fact(article, first, "Marie-Hélène Cadiou", said, cue="confie"),),  # type: ignore[arg-type]
        sentences=(first,),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    # "on", "je": no reported form is sure, and the quotation is no example answer (session
    # 22): the question is not made; a question that is made holds its keywords
    for item in [i for i in open_items(ctx) if str(i["id"]).startswith("avis")]:
        model = french.fold(str(item["model_answer"]))
        missing = [k["word"] for k in item["keywords"] if french.fold(k["word"]) not in model]  # type: ignore[index,union-attr]
        assert missing == [], (missing, item["model_answer"])


def test_words_opening_on_a_relative_pronoun_are_not_explained(tmp_path: Path) -> None:
    """Renaudot (seen after the first fixes): "Relisez ces mots de Mathilde Le Goff : « qui m'a
    raconté toutes ces histoires sans jamais … »" (who is "qui"? her grandmother)."""
    first = (
        "Elle a dédié le prix à sa grand-mère, « qui m'a raconté toutes ces histoires de pêcheurs "
        "sans jamais les écrire »."
    )
    article, path = _article(tmp_path, f"3 novembre 2026. – {first}")
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-11-03",
        people=(Person("Mathilde Le Goff", (), "romancière"),),
        quotes=(quote_fact(article, first, "Mathilde Le Goff", first[40:-3]),),  # type: ignore[arg-type]
        sentences=(first,),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    assert not [i for i in open_items(ctx) if str(i["id"]).startswith("avis")]


def test_a_summary_keyword_is_a_whole_word_of_the_title(tmp_path: Path) -> None:
    """Lait: the keyword "Armor" (accepting "Armors"), half of the name "Armor-Lait"."""
    body = "17 février 2026. – Des éleveurs bloquent la laiterie Armor-Lait depuis lundi."
    title = "Prix du lait : des éleveurs bloquent la laiterie Armor-Lait à Landivisiau"
    article, path = _article(tmp_path, body, title)
    facts = ArticleFacts(
        path.name,
        article.title,  # type: ignore[attr-defined]
        "2026-02-17",
        terms=(
            Term("armor", "Armor", body[19:], 0.9, "NOUN"),
            Term("éleveur", "éleveurs", body[19:], 3.9, "NOUN"),
        ),
        sentences=(body[19:],),
    )
    ctx = Context(article, facts, shipped_glossary(), random.Random(0))  # type: ignore[arg-type]
    words = [w for w, _ in key_words(ctx, title, 5)]
    assert "Armor" not in words, words
    assert "éleveurs" in words, words


def test_a_gap_a_place_name_completes_takes_no_word_of_its_field() -> None:
    """Rappel: "réalisé dans l'___ de Thonon-les-Bains" with "entreprise" in the bank beside
    "usine" (the firm of Thonon-les-Bains is right too)."""
    before = "La bactérie a été détectée lundi lors d'un contrôle de routine réalisé dans l'"
    after = " de Thonon-les-Bains, en Haute-Savoie."
    assert plausible.open_frame(before, after)
    assert not plausible.open_frame(before, " de la ville, en Haute-Savoie.")
    lexicon = article_lexicon(f"{before}usine{after} L'entreprise emploie 340 personnes.")
    context = plausible.context_words(before, after)
    refused = plausible.refusal(lexicon, "usine", "entreprise", context, (), True)
    assert refused is not None, "the firm fits the gap too"
    assert plausible.refusal(lexicon, "usine", "inquiétude", context, (), True) is None


# --- glossary senses --------------------------------------------------------------------------

SENSES = [
    (
        "Les parents sont invités à rapporter les gourdes au magasin, qui les remboursera.",
        "rapporter",
        "Ramener une chose",
    ),
    (
        "La nouvelle taxe doit rapporter deux milliards d'euros par an à l'État.",
        "rapporter",
        "Donner un bénéfice",
    ),
    (
        "D'après lui, plusieurs jurés voulaient récompenser un auteur déjà connu.",
        "juré",
        "Un membre",
    ),
    (
        "Le directeur général de l'ESA, Karl-Heinz Obermeier, lui a répondu mercredi.",
        "directeur général",
        "La personne qui dirige",
    ),
]


@pytest.mark.parametrize(("sentence", "term", "meant"), SENSES)
def test_the_glossary_defines_the_sense_the_sentence_means(
    tmp_path: Path, sentence: str, term: str, meant: str
) -> None:
    """Rappel: "rapporter" (the pouches, to the shop) defined as bringing in a profit; the
    profit sense stays for a tax."""
    ctx = _context(tmp_path, f"22 janvier 2026. – {sentence}")
    entry = entry_in_sentence(ctx, shipped_glossary().get(term), sentence)
    assert entry is not None and entry.definition.startswith(meant), entry


def test_one_definition_words_say_the_sense_of_any_article() -> None:
    """Renaudot: "juré" (of a literary prize) as a citizen drawn by lot to judge with
    magistrates; Thalassa: "directeur général" (of the ESA) as a company's, "s'opposer" ("les
    deux ne s'opposent pas": two aims) as being against someone."""
    glossary = shipped_glossary()
    juror = glossary.get("juré")
    assert juror is not None and "prix" in juror.definition and "tribunal" in juror.definition
    head = glossary.get("directeur général")
    assert head is not None and "organisme" in head.definition
    oppose = glossary.get("s'opposer")
    assert oppose is not None and "contraires" in oppose.definition
