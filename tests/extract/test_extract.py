"""Extraction on real sentences with the real French model: what a teacher would check first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract import MAX_CHARS, ExtractionError, extract_facts, extract_many, facts_from_doc
from tutor.facts import ArticleFacts
from tutor.model import Article
from tutor.nlp import analyse

pytestmark = pytest.mark.slow

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _facts(body: str, nlp, published: date | None = date(2024, 6, 19)) -> ArticleFacts:  # type: ignore[no-untyped-def]
    article = Article(Path("test.txt"), "test", "Titre", body, "sha256:0", published)
    return facts_from_doc(article, analyse(body, nlp))


@pytest.fixture(scope="module")
def seed(nlp) -> ArticleFacts:  # type: ignore[no-untyped-def]
    return extract_facts(load_article(CONTENT / "poutine-coree-du-nord.md"), nlp)


def test_incise_pronoun_goes_to_the_person_who_spoke_last(seed: ArticleFacts) -> None:
    quote = next(q for q in seed.quotes if q.text.startswith("Des documents importants"))
    assert (quote.speaker, quote.cue) == ("Iouri Ouchakov", "a-t-il dit")


def test_speaker_after_a_long_quotation_keeps_full_name_and_role(seed: ArticleFacts) -> None:
    quote = next(q for q in seed.quotes if q.text.startswith("Ce qui nous préoccupe"))
    assert quote.speaker == "John Kirby"
    kirby = next(p for p in seed.people if p.name == "John Kirby")
    assert kirby.role == "porte-parole du Conseil de sécurité nationale de la Maison Blanche"


def test_scare_quote_is_not_a_quotation(seed: ArticleFacts) -> None:
    assert all("neutre" not in q.text for q in seed.quotes)


def test_short_quote_after_a_speech_verb_is_a_quotation(seed: ArticleFacts) -> None:
    quote = next(q for q in seed.quotes if q.text == "soutien indéfectible")
    assert quote.speaker == "Vladimir Poutine" and quote.kind == "direct"


def test_names_are_kept_whole_and_surnames_resolved(seed: ArticleFacts) -> None:
    names = {p.name: p for p in seed.people}
    assert {"Kim Jong-un", "Kim Jong-il", "Vladimir Poutine"} <= set(names)
    assert "Poutine" in names["Vladimir Poutine"].aliases
    assert "Poutine" not in names and "Kim Jong" not in names


def test_month_alone_resolves_against_publication(seed: ArticleFacts) -> None:
    mars = next(d for d in seed.dates if d.text == "mars")
    assert mars.value == "2024-03"
    assert mars.sentence.startswith("En mars, elle a utilisé son veto")


def test_offsets_index_the_original_body_with_typographic_apostrophes(seed: ArticleFacts) -> None:
    body = load_article(CONTENT / "poutine-coree-du-nord.md").body
    assert "’" in body
    for item in (*seed.dates, *seed.quotes):
        assert body[item.start : item.end] == item.text


def test_key_terms_are_not_names_and_carry_a_part_of_speech(seed: ArticleFacts) -> None:
    lemmas = [t.lemma for t in seed.terms[:25]]
    assert "sanction" in lemmas and "partenariat stratégique" in lemmas
    assert not any(name.split()[-1].lower() in lemmas for name in (p.name for p in seed.people))
    assert all(t.pos in ("NOUN", "VERB", "ADJ") for t in seed.terms)
    assert [t.score for t in seed.terms] == sorted((t.score for t in seed.terms), reverse=True)


def test_indirect_speech_and_selon(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(
        "Le ministre de l’Économie, Bruno Lemaire, a estimé que la croissance resterait faible. "
        "Selon la Banque de France, le chômage va baisser cette année.",
        nlp,
    )
    said = {(q.speaker, q.kind, q.text) for q in facts.quotes}
    assert ("Bruno Lemaire", "indirect", "la croissance resterait faible") in said
    assert ("la Banque de France", "indirect", "le chômage va baisser cette année") in said


def test_quote_split_by_an_incise_is_two_quotes_of_one_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(
        "La maire, Anne Hidalgo, était présente. « Nous allons planter des arbres », a-t-elle "
        "déclaré, « dans tous les quartiers de la ville ».",
        nlp,
    )
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("Anne Hidalgo", "Nous allons planter des arbres"),
        ("Anne Hidalgo", "dans tous les quartiers de la ville"),
    ]


def test_odd_quotation_marks_do_not_swallow_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(
        "Le président a parlé « longtemps. Puis il est parti.\nJean Dupont a déclaré : "
        "« Tout va bien ».",
        nlp,
    )
    assert [(q.speaker, q.text) for q in facts.quotes] == [("Jean Dupont", "Tout va bien")]
    assert len(facts.sentences) == 3


def test_batch_gives_the_same_facts_as_one_by_one(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        load_article(CONTENT / n)
        for n in ("le-pen-petite-bourgeoise.txt", "acta-parlement-europeen.txt")
    ]
    assert extract_many(articles, nlp) == [extract_facts(a, nlp) for a in articles]


def test_refusals_come_before_the_model(nlp) -> None:  # type: ignore[no-untyped-def]
    too_long = Article(Path("long.txt"), "long", "T", "Le chat dort. " * (MAX_CHARS // 10), "h")
    english = Article(
        Path("en.txt"),
        "en",
        "T",
        "The cat sleeps on the mat and the dog runs in the park all day.",
        "h",
    )
    for article in (too_long, english):
        with pytest.raises(ExtractionError):
            extract_facts(article, nlp)


def test_a_weekday_opening_a_sentence_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(
        "Les prévisionnistes n'annoncent pas de neige avant la mi-décembre. Vendredi, Paul "
        "Morel avait déjà réuni les élus du département. Jeudi, Hélène Brun a réuni les maires. "
        "Lundi, Marc Petit a répondu.",
        nlp,
    )
    assert [p.name for p in facts.people] == ["Paul Morel", "Hélène Brun", "Marc Petit"]
