"""Date questions and chronologies built from hand-written facts of real articles."""

from __future__ import annotations

from gold_facts import context_for, date_fact, gold_article

from tutor.facts import ArticleFacts
from tutor.generate import clauses
from tutor.generate.dates import chronology_item, date_items
from tutor.model import GAP


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
        "Quand Vladimir Poutine avait-il promis d’aider Kim Jong-un à construire des satellites ?"
    )


def test_without_a_clean_question_the_date_is_a_gap_in_the_quoted_sentence():
    article, facts = gold_article("psa-suppressions-emplois")
    sentence = next(s for s in facts.sentences if "d'ici à 2014" in s)
    only = ArticleFacts(
        facts.path, facts.title, facts.published, (date_fact(article, sentence, "2014", "2014"),)
    )
    (item,) = [i for i in date_items(context_for(article, only)) if i["type"] == "date"]
    assert item["prompt"].startswith("D'après l'article, quelle date manque dans cette phrase ? «")
    assert item["prompt"].count(GAP) == 1
    assert item["answer"] == "2014"
    assert item["id"] == "date-2014"


def test_chronology_lists_events_oldest_first_without_their_dates(poutine, poutine_facts):
    item = chronology_item(context_for(poutine, poutine_facts))
    assert item is not None
    texts = [e["text"] for e in item["events"]]
    assert texts == [
        "Vladimir Poutine a rencontré Kim Jong-il.",
        "Vladimir Poutine avait promis d’aider Kim Jong-un à construire des satellites.",
        "La Russie a utilisé son veto à l’ONU pour soutenir le gouvernement nord-coréen.",
    ]
    assert [e["date"] for e in item["events"]] == ["juillet 2000", "septembre 2023", "en mars"]


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
