"""Date questions and chronologies built from hand-written facts of real articles."""

from __future__ import annotations

import random

import pytest
from gold_facts import context_for, date_fact, gold_article, gold_stems

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts
from tutor.generate import clauses
from tutor.generate.context import Context
from tutor.generate.dates import chronology_item, date_items
from tutor.glossary_files import shipped_glossary


def _by_answer(items: list[dict]) -> dict[str, dict]:
    return {i["answer"]: i for i in items if i["type"] == "date"}


def test_a_date_sentence_becomes_a_real_question(poutine, poutine_facts):
    items = _by_answer(date_items(context_for(poutine, poutine_facts)))
    veto = items["en mars"]
    # "elle" is resolved from the sentence before ("la Russie est un allié crucial ...")
    assert veto["prompt"] == (
        "Quand la Russie a-t-elle utilisé son veto à l’ONU pour soutenir le gouvernement "
        "nord-coréen ?"
    )
    assert veto["value"] == "2024-03"
    assert "mars" in veto["accept"]
    assert veto["evidence"] in poutine.body
    assert "mars" in veto["feedback"] and veto["hint"].startswith("La réponse est un mois")


def test_a_when_clause_after_the_date_becomes_the_question(poutine, poutine_facts):
    items = _by_answer(date_items(context_for(poutine, poutine_facts)))
    assert (
        items["juillet 2000"]["prompt"] == "Quand Vladimir Poutine a-t-il rencontré Kim Jong-il ?"
    )
    assert "en juillet 2000" in items["juillet 2000"]["accept"]
    assert items["septembre 2023"]["prompt"] == (
        "Quand Vladimir Poutine a-t-il promis d’aider Kim Jong-un à construire des satellites ?"
    )


def test_without_a_clean_question_a_date_gives_no_item():
    article, facts = gold_article("psa-suppressions-emplois")
    sentence = next(s for s in facts.sentences if "- 60 % en 2011" in s)
    only = ArticleFacts(
        facts.path, facts.title, facts.published, (date_fact(article, sentence, "2011", "2011"),)
    )
    # a date in brackets dates a figure, not an event: a gap in the quoted sentence would ask
    # the learner to copy a number, not to understand when something happened
    assert [i for i in date_items(context_for(article, only)) if i["type"] == "date"] == []


def _questions(stem: str) -> dict[str, str]:
    article, facts = gold_article(stem)
    items = date_items(context_for(article, facts))
    return {i["answer"]: i["prompt"] for i in items if i["type"] == "date"}


def test_date_questions_are_short_and_inverted_without_appositions():
    pologne = _questions("pologne-troupes-americaines")
    # "Le Premier ministre de Pologne, Beata Szydło a dirigé samedi une cérémonie dans la ville
    # occidentale de Żagań accueillant les troupes américaines."
    assert pologne["samedi"] == "Quand Beata Szydło a-t-elle dirigé une cérémonie à Żagań ?"
    # "Dans une interview de Wall Street Journal publiée vendredi, Trump a indiqué …"
    assert pologne["vendredi"] == "Quand l'interview de Wall Street Journal a-t-elle été publiée ?"
    # the adverb goes ("a implicitement reconnu"), and the participle phrase after the object
    controles = _questions("controles-au-facies")
    assert "implicitement" not in controles["mardi 24 janvier"]
    assert "requérant" not in controles["mardi 24 janvier"]
    assert controles["mardi 24 janvier"].startswith("Quand le Conseil constitutionnel")
    for stem in (
        "pologne-troupes-americaines",
        "transparence-vie-publique",
        "acta-parlement-europeen",
    ):
        for prompt in _questions(stem).values():
            assert not prompt.startswith("D'après"), prompt
            assert len(prompt.split()) <= 20, prompt


def test_a_date_that_completes_a_noun_or_a_participle_asks_about_it():
    assert _questions("grece-nouveau-gouvernement")["dimanche 17 juin"] == (
        "Quand ont eu lieu les élections législatives ?"
    )
    # "l'intervention russe en Ukraine en 2014": 2014 dates the intervention, not the decision
    assert _questions("pologne-troupes-americaines")["en 2014"] == (
        "Quand a eu lieu l'intervention russe en Ukraine ?"
    )
    assert _questions("transparence-vie-publique")["en 2009"] == (
        "Quand l'Independent Parliamentary Standards Authority a-t-elle été créée ?"
    )
    # "Bien qu'ayant été signé secrètement en janvier 2012 …, l'ACTA a été rejeté"
    acta = _questions("acta-parlement-europeen")
    assert acta["en janvier 2012"].startswith("Quand l'ACTA a-t-il été signé par 22 des 27")
    assert acta["trois ans"] == "Combien de temps a duré la mobilisation ?"
    assert _questions("poutine-coree-du-nord")["2 jours"] == "Combien de temps dure la visite ?"
    assert _questions("psa-suppressions-emplois")["d'ici à 2014"] == (
        "Pour quand est prévue la fermeture de l'usine d'Aulnay-sous-Bois ?"
    )


def test_chronology_lists_events_oldest_first_without_their_dates(poutine, poutine_facts):
    item = chronology_item(context_for(poutine, poutine_facts))
    assert item is not None
    texts = [e["text"] for e in item["events"]]
    assert texts == [
        "Vladimir Poutine a rencontré Kim Jong-il.",
        "Vladimir Poutine a promis d’aider Kim Jong-un à construire des satellites.",
        "La Russie a utilisé son veto à l’ONU pour soutenir le gouvernement nord-coréen.",
    ]
    assert [e["date"] for e in item["events"]] == ["juillet 2000", "septembre 2023", "en mars"]


def test_every_article_with_three_ordered_events_has_a_chronology():
    expected = {
        # the dateline after the standfirst dates the vote; "après trois ans de mobilisation"
        # dates the start of the mobilisation from it
        "acta-parlement-europeen": [
            "trois ans avant le 4 juillet 2012",
            "en janvier 2012",
            "4 juillet 2012",
        ],
        "pologne-troupes-americaines": ["en 2014", "2016", "vendredi", "samedi"],
        "poutine-coree-du-nord": ["juillet 2000", "septembre 2023", "en mars"],
        # the dateline dates the news of the first sentence, the latest event
        "rio-paris-rapport-bea": ["le 1er juin 2009", "depuis 2011", "5 juillet 2012"],
        "transparence-vie-publique": ["en 2009", "jeudi 9 mars", "15 mars 2017"],
    }
    for stem in gold_stems():
        article, facts = gold_article(stem)
        item = chronology_item(context_for(article, facts))
        if stem not in expected:
            assert item is None, stem
            continue
        assert item is not None, stem
        assert [e["date"] for e in item["events"]] == expected[stem]
        for event in item["events"]:
            text = event["text"]
            assert text[0].isupper() and text.endswith("."), text
            assert len(text.split()) <= 24 and "«" not in text, text
    rio = chronology_item(context_for(*gold_article("rio-paris-rapport-bea")))
    assert rio is not None
    # a day is said with its article, the dateline's too ("5 juillet 2012" alone read oddly)
    assert rio["feedback"] == (
        "L'ordre est donné par les dates de l'article : le 1er juin 2009, depuis 2011, "
        "le 5 juillet 2012."
    )
    transparence = chronology_item(context_for(*gold_article("transparence-vie-publique")))
    assert transparence is not None
    assert str(transparence["feedback"]).endswith(": en 2009, le jeudi 9 mars, le 15 mars 2017.")
    pologne = chronology_item(context_for(*gold_article("pologne-troupes-americaines")))
    assert pologne is not None
    assert pologne["events"][0]["text"] == "L'intervention russe en Ukraine a eu lieu."
    assert pologne["events"][-1]["text"] == "Beata Szydło a dirigé une cérémonie à Żagań."
    transparence = chronology_item(context_for(*gold_article("transparence-vie-publique")))
    assert transparence is not None  # the exception stays: without it the event would be false
    assert transparence["events"][-1]["text"].endswith(", sauf François Fillon.")


def test_dateline_relative_and_frequency_dates_give_no_question():
    article, facts = gold_article("pologne-troupes-americaines")
    answers = [i["answer"] for i in date_items(context_for(article, facts)) if "answer" in i]
    assert "21 janvier 2017" not in answers  # the dateline dates the article, not an event
    assert "tous les neuf mois" not in answers
    assert "l'année dernière" not in answers


def test_questions_refuse_what_they_cannot_say_well():
    assert clauses.question_from_clause("elle a utilisé son veto") is None  # who is "elle"?
    assert clauses.question_from_clause("Bien qu'ayant été signé, le texte a été rejeté") is None
    assert (
        clauses.question_from_clause("une directive européenne demande aux pilotes de ralentir")
        == "Quand est-ce qu'une directive européenne demande aux pilotes de ralentir ?"
    )
    assert (
        clauses.question_from_clause("cet accident avait fait 228 morts")
        == "Quand cet accident avait-il fait 228 morts ?"
    )


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        (
            "le BC Vannes a battu Arras 78 à 76 et s'est qualifié pour la finale",
            "Quand le BC Vannes a-t-il battu Arras 78 à 76 ?",
        ),
        (
            "la Russie a utilisé son veto et a soutenu le régime",
            "Quand la Russie a-t-elle utilisé son veto ?",
        ),
        (
            "la Russie a utilisé son veto et son influence",
            "Quand la Russie a-t-elle utilisé son veto et son influence ?",
        ),
    ],
)
def test_an_inverted_question_asks_about_the_first_of_two_verbs(clause, question):
    # "Quand le BC Vannes a-t-il battu Arras et s'est qualifié ?" is not French
    assert clauses.question_from_clause(clause) == question


@pytest.mark.slow
def test_a_question_that_names_another_date_is_not_asked(tmp_path):
    path = tmp_path / "tram.txt"
    path.write_text(
        "Villebourg lance son tramway\n\n3 février 2025. – La ville a voté hier le budget de sa "
        "première ligne de tramway. Les travaux de la ligne commencent en mars, et la première "
        "rame roulera en 2026. Le projet avait été présenté en 2019 par l'ancienne équipe "
        "municipale.\n\nSource : test.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    ctx = Context(article, extract_facts(article), shipped_glossary(), random.Random(0))
    asked = {i["prompt"]: i["answer"] for i in date_items(ctx) if i["type"] == "date"}
    # "Quand ... commencent, et la première rame roulera en 2026 ?" would ask two things at
    # once: each coordinated clause is asked about on its own, with its own date
    assert asked == {
        "Quand est-ce que les travaux de la ligne commencent ?": "en mars",
        "Quand est-ce que la première rame roulera ?": "en 2026",
        "Quand le projet a-t-il été présenté par l'ancienne équipe municipale ?": "en 2019",
    }
