"""Vrai / faux / on ne sait pas, numbers in context and open questions."""

from __future__ import annotations

import re

from gold_facts import context_for, gold_article, gold_stems

from tutor.generate.comprehension import comprehension_items
from tutor.generate.numbers import number_items


def test_true_false_and_not_given_statements_from_dates(poutine, poutine_facts):
    items = comprehension_items(context_for(poutine, poutine_facts))
    statements = {i["answer"]: i for i in items if i["type"] == "true_false"}
    assert set(statements) == {True, False, "not_given"}
    false = statements[False]
    assert false["justify"] is True and false["feedback"].startswith("Faux")
    not_given = statements["not_given"]
    assert not_given["feedback"].startswith("On ne sait pas")
    for item in statements.values():
        assert item["evidence"] in poutine.body
        assert item["statement"].endswith(".")


def test_a_false_statement_changes_the_date_and_nothing_else(poutine, poutine_facts):
    items = comprehension_items(context_for(poutine, poutine_facts))
    false = next(i for i in items if i.get("answer") is False)
    assert "Vladimir Poutine" in false["statement"] or "Russie" in false["statement"]
    said = false["feedback"].split("c'est ")[1].split(",")[0]
    assert said not in false["statement"]


def test_number_question_offers_other_numbers_of_the_article():
    article, facts = gold_article("psa-suppressions-emplois")
    items = comprehension_items(context_for(article, facts))
    numbers = [i for i in items if i["id"].startswith("nombre-")]
    assert numbers
    for item in numbers:
        assert item["answer"] in item["options"]
        assert item["prompt"].count("___") == 1
        assert item["answer"] in item["evidence"]


def test_open_questions_expect_keywords_of_the_article(poutine, poutine_facts):
    items = comprehension_items(context_for(poutine, poutine_facts))
    summary = next(i for i in items if i["id"] == "resume-article")
    words = [k["word"] for k in summary["keywords"]]
    assert "Vladimir Poutine" in words
    assert summary["min_keywords"] == 2
    # the title has no verb ("Vladimir Poutine en visite historique en Corée du Nord"): the lead
    # sentence, simplified, is the model a learner could write
    assert summary["model_answer"].startswith(
        "La visite du président russe Vladimir Poutine en Corée du Nord"
    )


def _not_given(stem: str) -> list[dict]:
    article, facts = gold_article(stem)
    items = comprehension_items(context_for(article, facts))
    return [i for i in items if i.get("answer") == "not_given"]


def test_not_given_statements_add_one_plausible_detail_the_article_does_not_give():
    # "Des centaines de membres du public ont assisté à la cérémonie": no number is given
    (pologne,) = _not_given("pologne-troupes-americaines")
    assert pologne["statement"] == "Plus de 500 membres du public ont assisté à la cérémonie."
    assert "des centaines" in pologne["feedback"]
    # a person's words, said somewhere the article never tells: the words are in the statement
    (rio,) = _not_given("rio-paris-rapport-bea")
    assert rio["statement"].startswith("Robert Soulas a dit ")
    assert " : « Le BEA nous a affirmé" in rio["statement"]
    for stem in gold_stems():
        for item in _not_given(stem):
            statement = item["statement"]
            assert "cela" not in statement, statement  # "X a dit cela" says nothing alone
            # never an institution or a group on television
            assert not statement.startswith(("Le Conseil", "Des associations", "Le rapport"))
            assert item["feedback"].startswith("On ne sait pas")


def test_no_where_said_statement_when_the_article_names_a_medium():
    # Le Pen spoke "dans les colonnes du Times" and on his blog: "à la radio" could be false
    for item in _not_given("le-pen-petite-bourgeoise"):
        assert not any(m in item["statement"] for m in ("télévision", "radio", "journalistes"))


def test_wrong_numbers_are_of_the_same_order_and_possible():
    for stem, answer, floor in (
        ("acta-parlement-europeen", "27", 22),
        ("rio-paris-rapport-bea", "41", 21),
    ):
        article, facts = gold_article(stem)
        # the number generator alone, the sentences of larger numbers already used (in a
        # lesson, a vrai / faux may take the sentence of the bounded number first)
        ctx = context_for(article, facts)
        for sentence in ctx.sentences:
            if re.search(r"2 800 000|\b478\b|\b228\b", sentence):
                ctx.used_evidence.add(ctx.evidence(sentence) or sentence)
        items = number_items(ctx)
        item = next(i for i in items if i["id"].startswith("nombre-") and i["answer"] == answer)
        # "22 des ___ gouvernements", "___ recommandations …, dont 21 nouvelles"
        for option in item["options"]:
            value = float(option.replace(" ", "").replace(",", "."))
            assert floor < value <= 5 * float(answer), (stem, item["options"])


def test_a_span_keeps_its_preposition_in_statements():
    statements = {}
    for stem in ("rio-paris-rapport-bea", "psa-suppressions-emplois"):
        article, facts = gold_article(stem)
        for item in comprehension_items(context_for(article, facts)):
            if "statement" in item:
                statements[item["statement"]] = item["answer"]
    since = [s for s in statements if s.startswith("Depuis ")]
    deadline = [s for s in statements if " d'ici à " in s]
    assert since and deadline
    for statement in deadline:  # a later deadline would still be true of the plan
        year = int(statement.rstrip(".").split()[-1])
        assert year <= 2014 and statements[statement] is (year == 2014)


def test_no_statement_changes_one_end_of_a_date_range(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gold_facts import dated_context

    from tutor.generate.comprehension import date_statements

    festival = "L'édition 2025 se tiendra du 30 janvier au 2 février à Angoulême."
    dated = (
        (festival, "30 janvier", "2025-01-30"),
        (festival, "2 février", "2025-02-02"),
        ("La mairie a voté la subvention le 12 mars.", "le 12 mars", "2025-03-12"),
    )
    ctx = dated_context(tmp_path, dated)
    statements = [str(i["statement"]) for i in date_statements(ctx, ["false"] * 3)]
    assert not [s for s in statements if "janvier au" in s or "se tiendra" in s]
