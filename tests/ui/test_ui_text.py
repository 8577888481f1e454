"""The app's text helpers on real article text: finding sentences and key terms, French numbers."""

from __future__ import annotations

from datetime import date

from ui_home import CHECKOUT, LESSON_FILE

from tutor.content import load_article
from tutor.exercise_io import load_exercise_set
from tutor.glossary_files import load_glossary
from tutor.plain_sentences import sentence_around, split_sentences
from tutor.ui.formatting import (
    format_date,
    format_long_date,
    format_percent,
    format_points,
    format_questions,
)
from tutor.ui.key_terms import reader_terms
from tutor.ui.text_spans import evidence_context, find_sentence, find_terms, paragraphs

ARTICLE = load_article(CHECKOUT / "content" / "poutine-coree-du-nord.md")


def test_an_evidence_sentence_is_found_whatever_its_quotes_and_spaces() -> None:
    # the exercise file writes straight quotes and a double space; the article has curly ones
    sentence = 'Poutine a affirmé son "soutien  indéfectible" à la Corée du Nord'
    context = evidence_context(ARTICLE.body, sentence)
    assert context is not None
    start, end = context.span
    assert context.paragraph[start:end].startswith("Poutine a affirmé son “soutien indéfectible”")
    assert context.paragraph.startswith("Leur dernière rencontre")


def test_a_sentence_missing_from_the_article_is_not_found() -> None:
    assert evidence_context(ARTICLE.body, "Poutine a visité Paris.") is None
    assert find_sentence("abc", "") is None


def test_terms_are_whole_words_and_the_longest_wins() -> None:
    texts = ["Les sanctions internationales et les sanctions.", "Un allié, des alliés."]
    spans = find_terms(texts, ["sanctions", "sanctions internationales", "allié"])
    found = [texts[s.paragraph][s.start : s.end] for s in spans]
    assert found == ["sanctions internationales", "sanctions", "allié"]


def test_reader_terms_come_from_the_lesson_and_the_glossary_once_each() -> None:
    lesson = load_exercise_set(LESSON_FILE, CHECKOUT / "content")
    texts = paragraphs(ARTICLE.body)
    glossary = load_glossary(CHECKOUT / "content")
    spans, terms = reader_terms(texts, lesson, glossary, lambda word: word == "historique")
    shown = [texts[s.paragraph][s.start : s.end] for s in spans]
    assert "indéfectible" in shown  # a cloze answer of the lesson
    assert len({s.term for s in spans}) == len(spans), "each term is highlighted once"
    assert all(s.term in terms for s in spans)
    veto = terms.get("veto")
    assert veto is not None and veto.definition, "glossary definitions reach the reader"


def test_the_reader_gives_a_word_of_several_senses_the_one_its_sentence_means() -> None:
    glossary = load_glossary(CHECKOUT / "content")
    trial = ["L'ancien maire nie tout : il n'y a eu, dit-il, aucun enrichissement personnel."]
    nuclear = ["Téhéran a repris l'enrichissement de l'uranium dans une centrale nucléaire."]
    undecided = ["La bourse a été annoncée mardi."]
    meant = {
        name: reader_terms(texts, None, glossary)[1]
        for name, texts in (("trial", trial), ("nuclear", nuclear), ("undecided", undecided))
    }
    assert "riche" in (meant["trial"]["enrichissement"].definition or "")
    assert "uranium" in (meant["nuclear"]["enrichissement"].definition or "")
    # no sense is clearly meant: no definition rather than a wrong one
    assert meant["undecided"]["bourse"].definition is None


def test_sentences_are_split_at_their_ends_and_a_term_finds_its_own() -> None:
    paragraph = paragraphs(ARTICLE.body)[1]
    sentences = split_sentences(paragraph)
    assert sentences[1] == "Cette fois-ci, la rencontre se fait en Corée du Nord."
    start = paragraph.index("tribune")
    sentence, s_start, s_end = sentence_around(paragraph, start, start + len("tribune"))
    assert sentence.startswith("Dans une tribune")
    assert sentence[s_start:s_end] == "tribune"


def test_numbers_and_dates_are_written_the_french_way() -> None:
    assert format_points(2.5) == "2,5"
    assert format_points(3.0) == "3"
    assert format_percent(0.7) == "70\u00a0%"
    assert format_percent(None) == "–"
    assert format_date(date(2024, 6, 19)) == "19/06/2024"
    assert format_long_date(date(2024, 6, 1)) == "1er juin 2024"
    assert format_questions(1) == "1 question"
    assert format_questions(22) == "22 questions"


def test_paragraphs_are_the_non_blank_lines() -> None:
    assert paragraphs("Un.\n\n  Deux.  \n") == ["Un.", "Deux."]
