"""Clozes on key terms and term-definition matching from the glossary."""

from __future__ import annotations

from gold_facts import context_for, gold_article, gold_stems

from tutor.generate import french
from tutor.generate.banks import Slot, Word, fits, gap_slot, plain, same_word
from tutor.generate.vocabulary import vocabulary_items
from tutor.glossary_files import shipped_glossary
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


def test_word_bank_holds_the_answer_and_words_of_the_same_article(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    banks = [i for i in items if "bank" in i]
    assert banks
    body = poutine.body.casefold()
    for item in banks:
        assert item["answer"] in item["bank"]
        assert all(word.casefold() in body for word in item["bank"])
        assert len(set(item["bank"])) == len(item["bank"]) >= 3


def _bank_words(stem: str) -> list[tuple[str, list[str]]]:
    article, facts = gold_article(stem)
    items = vocabulary_items(context_for(article, facts))
    return [(i["answer"], [w for w in i["bank"] if w != i["answer"]]) for i in items if "bank" in i]


def test_bank_words_share_the_answer_grammar_and_are_never_its_forms():
    found = 0
    for stem in gold_stems():
        for answer, others in _bank_words(stem):
            found += 1
            plural = answer.split()[0].endswith(("s", "x"))
            for word in others:
                # same number, same number of words, similar length
                assert word.split()[0].endswith(("s", "x")) == plural, (answer, word)
                assert len(word.split()) == len(answer.split()), (answer, word)
                assert 0.6 * len(answer) <= len(word) <= 1.6 * len(answer) + 2, (answer, word)
                # never a form of the answer, nor a word with a capital the answer has not
                a, w = plain(answer), plain(word)
                assert a not in w and w not in a, (answer, word)
                assert word[0].islower() and answer[0].islower()
    assert found >= 8


def test_bank_words_agree_with_the_gap_and_are_not_synonyms():
    assert plain("Mémorandum") == "memorandum"
    # "un mauvais ___": masculine nouns only; "la ___ de 3 000 emplois": feminine ones
    assert gap_slot("par un mauvais ").gender == "m"
    assert gap_slot("représentant la ").gender == "f"
    assert gap_slot("face aux ", " internationales.").gender == "f"
    # "l'___" takes a vowel, "de ___" a consonant, "son ___" a masculine word or a vowel
    assert gap_slot("dues à l'") == Slot(initial="vowel", plural=False)
    assert gap_slot("l'absence de ").initial == "consonant"
    veto = Word("veto", "NOUN", "veto")
    after_son = gap_slot("elle a utilisé son ")
    assert fits(veto, Word("accord", "NOUN", "accord"), after_son)
    assert not fits(veto, Word("guerre", "NOUN", "guerre"), after_son, lambda w: "f")
    ergonomie = Word("ergonomie", "NOUN", "ergonomie")
    assert not fits(ergonomie, Word("procédure", "NOUN", "procédure"), Slot(initial="vowel"))
    assert fits(ergonomie, Word("explication", "NOUN", "explication"), Slot(initial="vowel"))
    interdire = Word("interdire", "VERB", "interdire", "Dire qu'on n'a pas le droit.")
    prohiber = Word("prohiber", "VERB", "prohiber", "Interdire par la loi.")
    supprimer = Word("supprimer", "VERB", "supprimer", "Enlever, faire disparaître.")
    assert same_word(interdire, prohiber)  # one defines the other: both would fit the gap
    assert not same_word(interdire, supprimer)
    bourgeoise = Word("bourgeoise", "NOUN", "bourgeois")
    assert same_word(bourgeoise, Word("petite-bourgeoise", "NOUN", "petite-bourgeoise"))
    assert same_word(bourgeoise, Word("bourgeoisie", "NOUN", "bourgeoisie"))
    suppression = Word("suppression", "NOUN", "suppression")
    feminine = Slot(gender="f")
    assert fits(suppression, Word("fermeture", "NOUN", "fermeture"), feminine)
    assert not fits(suppression, Word("positionnement", "NOUN", "positionnement"), feminine)
    assert not fits(suppression, Word("emplois", "NOUN", "emploi"))  # plural
    assert not fits(suppression, Word("sécurité financière", "NOUN", "x"))  # two words
    assert not fits(suppression, Word("supprimer", "VERB", "supprimer"))
    infinitive = Word("méconnaître", "VERB", "méconnaître")
    assert not fits(infinitive, Word("décrié", "VERB", "décrier"))
    assert fits(infinitive, Word("autoriser", "VERB", "autoriser"))
    # "a ___ l'idée": a participle that agrees the same way
    refute = Word("réfuté", "VERB", "réfuter")
    assert fits(refute, Word("précisé", "VERB", "préciser"))
    assert not fits(refute, Word("annoncée", "VERB", "annoncer"))


def test_terms_are_matched_with_glossary_definitions(poutine, poutine_facts):
    items = vocabulary_items(context_for(poutine, poutine_facts))
    matches = [i for i in items if i["type"] == "terms"]
    assert matches
    glossary = shipped_glossary()
    for item in matches:
        assert len(item["pairs"]) >= 3
        for pair in item["pairs"]:
            entry = glossary.get(pair["term"])
            assert entry is not None
            # the glossary's words (of one of its senses), with French spacing before ; : ! ?
            written = [french.spaced_punctuation(d).rstrip(".") for d in entry.definitions]
            assert pair["definition"].rstrip(".") in written
    terms = [p["term"] for i in matches for p in i["pairs"]]
    assert "partenariat stratégique" in terms or "biens à double usage" in terms


def test_bank_words_fit_the_elision_before_the_gap():
    checked = 0
    for stem in gold_stems():
        article, facts = gold_article(stem)
        for item in vocabulary_items(context_for(article, facts)):
            if "bank" not in item:
                continue
            before = item["text"].split("___")[0]
            vowel = before.endswith(("'", "’"))  # "l'___": "l'enclave", never "l'menace"
            consonant = before.split()[-1].casefold() in ("le", "la", "de") if before else False
            for word in item["bank"]:
                starts = word[0].casefold() in "aeiouyéèêàâîôh"
                assert not vowel or starts, (item["text"], word)
                assert not consonant or not starts or word[0] == "h", (item["text"], word)
                checked += vowel or consonant
    assert checked >= 4
