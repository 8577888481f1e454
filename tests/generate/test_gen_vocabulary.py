"""Clozes on key terms and term-definition matching from the glossary."""

from __future__ import annotations

from gold_facts import context_for

from tutor.generate.vocabulary import vocabulary_items
from tutor.glossary import shipped_glossary
from tutor.model import GAP


def test_typed_cloze_gaps_the_term_in_its_sentence(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    typed = [i for i in items if i["type"] == "cloze" and "bank" not in i]
    assert typed
    for item in typed:
        assert item["text"].count(GAP) == 1
        restored = item["text"].replace(GAP, item["answer"]).strip("… ")
        assert restored in item["evidence"]
        assert item["evidence"] in poutine.body
        assert item["hint"]  # the glossary definition


def test_veto_cloze_has_the_glossary_definition_as_hint(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    veto = next(i for i in items if i.get("answer") == "veto")
    assert veto["hint"] == shipped_glossary().get("veto").definition


def test_word_bank_holds_the_answer_and_terms_of_the_same_article(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    banks = [i for i in items if "bank" in i]
    assert banks
    forms = {t.text for t in poutine_facts.terms}
    for item in banks:
        assert item["answer"] in item["bank"]
        assert set(item["bank"]) <= forms
        assert len(set(item["bank"])) == len(item["bank"]) >= 3


def test_terms_are_matched_with_glossary_definitions(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    matches = [i for i in items if i["type"] == "terms"]
    assert matches
    glossary = shipped_glossary()
    for item in matches:
        assert len(item["pairs"]) >= 3
        for pair in item["pairs"]:
            entry = glossary.get(pair["term"])
            assert entry is not None and pair["definition"].rstrip(".") == entry.definition.rstrip(
                "."
            )
    terms = [p["term"] for i in matches for p in i["pairs"]]
    assert "partenariat stratégique" in terms or "biens à double usage" in terms
