"""What an FLE teacher checks when reading the lessons generated from the shipped articles.

Generated from the real extraction (spaCy model) of every article in content/, once per session.
"""

from __future__ import annotations

import re

import pytest
from gold_facts import CONTENT

from tutor.content import list_articles, load_article
from tutor.generate import generate_document, plausible
from tutor.generate.chronology import _dateline
from tutor.generate.dated import precision
from tutor.generate.french import plain_sentences
from tutor.generate.lexicon import Lexicon, article_lexicon
from tutor.glossary_files import shipped_glossary
from tutor.model import GAP

pytestmark = pytest.mark.slow

_DEFINITE = {"le": "m", "un": "m", "du": "m", "au": "m", "la": "f", "une": "f"}


@pytest.fixture(scope="module")
def lessons():
    """(article, facts, document, lexicon) for every shipped article."""
    from tutor.extract import extract_many

    articles = [load_article(p) for p in list_articles(CONTENT)]
    out = []
    for article, facts in zip(articles, extract_many(articles), strict=True):
        doc = generate_document(article, facts, seed=0, content_dir=CONTENT)
        out.append((article, facts, doc, article_lexicon(article.body)))
    assert len(out) == 9
    return out


def _banks(lessons):
    for article, _, doc, lexicon in lessons:
        for item in doc["items"]:
            if item["type"] == "cloze" and "bank" in item:
                others = [w for w in item["bank"] if w != item["answer"]]
                yield article, item, others, lexicon


def test_no_distractor_of_a_word_bank_is_a_synonym_of_the_answer(lessons):
    seen = 0
    for article, item, others, lexicon in _banks(lessons):
        for word in others:
            close = lexicon.similarity(item["answer"], word)
            assert close is None or close < plausible.SYNONYM_SIMILARITY, (
                article.path.name,
                item["answer"],
                word,
                close,
            )
            seen += 1
    assert seen >= 20  # most articles have banks


def test_no_distractor_is_at_home_next_to_the_gap(lessons):
    """ "Des défaillances dues à l'___ de l'avion": "accident" would read as well as the answer."""
    for article, item, others, lexicon in _banks(lessons):
        before, _, after = item["text"].partition(GAP)
        context = plausible.context_words(before, after)
        elsewhere = [s for s in plain_sentences(article.body) if s.strip() != item["evidence"]]
        for word in others:
            verdict = plausible.refusal(lexicon, item["answer"], word, context, elsewhere)
            assert verdict is None, (
                article.path.name,
                item["text"],
                word,
            )


def test_noun_distractors_have_the_gender_the_gap_shows(lessons):
    """After "la", "une", "le", "un", "du", "au" every word of the bank takes that determiner."""
    checked = 0
    for article, item, others, _ in _banks(lessons):
        before = item["text"].partition(GAP)[0].split()
        det = before[-1].lower() if before else ""
        if det not in _DEFINITE or " " in item["answer"]:
            continue
        for word in others:
            genders = _genders_in(article.body, word)
            assert genders <= {_DEFINITE[det]}, (article.path.name, item["text"], word, genders)
            checked += 1
    assert checked >= 4  # enough gaps after a determiner for the check to mean something


def test_bank_words_elide_like_the_answer(lessons):
    """After "l'" every bank word starts with a vowel; after "de", "le", "la" (a quotation mark
    between them or not) none does: "de « austérité »" would be "d'« austérité »"."""
    for article, item, others, _ in _banks(lessons):
        before = [w for w in item["text"].partition(GAP)[0].split() if w not in "«“"]
        last = before[-1].lower() if before else ""
        for word in others:
            vowel = word[:1].lower() in "aeiouyéèêàâîôûh"
            if last.endswith(("'", "’")):
                assert vowel, (article.path.name, item["text"], word)
            elif last in ("de", "le", "la", "du"):
                assert not vowel, (article.path.name, item["text"], word)


def _genders_in(body: str, noun: str) -> set[str]:
    """The genders the article's own determiners give a noun ("la visite" -> {"f"})."""
    found = re.findall(rf"\b(le|la|un|une|du|au)\s+{re.escape(noun)}\b", body, re.IGNORECASE)
    return {_DEFINITE[d.lower()] for d in found}


def test_bank_words_are_of_the_answers_kind(lessons):
    """Where the glossary gives the part of speech of bank words, they all share it: no
    adjective in a noun bank (the tagger took "insultant" in "d'insultant" for a noun)."""
    glossary = shipped_glossary()
    for article, item, others, _ in _banks(lessons):
        kinds = set()
        for word in [item["answer"], *others]:
            entry = glossary.get(word) or glossary.get(re.sub(r"s$", "", word))
            if entry is not None and entry.pos:
                kinds.add(entry.pos)
        assert len(kinds) <= 1, (article.path.name, item["bank"], kinds)


def test_no_date_item_is_a_gap_in_a_quoted_sentence(lessons):
    dates = 0
    for article, _, doc, _ in lessons:
        for item in doc["items"]:
            if item["type"] == "date":
                dates += 1
                assert GAP not in item["prompt"], (article.path.name, item["prompt"])
                assert item["prompt"].endswith(" ?"), item["prompt"]
                assert item["prompt"].startswith(
                    ("Quand", "Depuis quand", "Jusqu'à quand", "Pour quand", "De quand", "Combien")
                ), item["prompt"]
    assert dates >= 12


def _dated_events(article, facts) -> set[str]:
    """Distinct dates of events a teacher would order: years, months and days outside brackets
    and quotations, and the dateline when its sentence has no date of its own; two dates that
    overlap ("2011" and "juillet 2011") count once."""
    body = article.body
    values = []
    for fact in facts.dates:
        if precision(fact.value) not in ("year", "month", "day"):
            continue
        before = body[: fact.start]
        in_brackets = before.count("(") > before.count(")")
        in_quote = before.count("«") > before.count("»")
        span = _dateline(body)
        if in_brackets or in_quote or (span and span[0] <= fact.start < span[1]):
            continue
        values.append(fact.value)
    span = _dateline(body)
    if span is not None:
        line_end = body.find(".", span[1]) + 1
        dated = [v for f, v in ((f, f.value) for f in facts.dates) if span[1] <= f.start < line_end]
        if not any(precision(v) in ("year", "month", "day") for v in dated):
            values.extend(f.value for f in facts.dates if span[0] <= f.start < span[1])
    distinct: list[str] = []
    for value in sorted(set(values), key=len):
        if not any(value.startswith(v) or v.startswith(value) for v in distinct):
            distinct.append(value)
    return set(distinct)


def test_every_article_with_three_dated_events_has_a_chronology(lessons):
    with_chronology = 0
    for article, facts, doc, _ in lessons:
        events = _dated_events(article, facts)
        chronologies = [i for i in doc["items"] if i["type"] == "chronology"]
        if len(events) >= 3:
            assert chronologies, (article.path.name, sorted(events))
        with_chronology += bool(chronologies)
    assert with_chronology >= 5


def test_chronology_events_read_on_their_own(lessons):
    """Each event is a sentence: a capital, a full stop, no pronoun or demonstrative pointing
    back into the article, no date left in it."""
    for _article, facts, doc, _ in lessons:
        for item in doc["items"]:
            if item["type"] != "chronology":
                continue
            for event in item["events"]:
                text = event["text"]
                first = text.split(" ")[0].lower()
                assert text[0].isupper() and text.endswith("."), text
                assert first not in ("il", "elle", "ils", "elles", "on", "ce", "cet", "cette"), text
                assert not re.search(r"\b(?:19|20)\d\d\b", text), text
                for fact in facts.dates:
                    assert len(fact.text) < 3 or fact.text.lower() not in text.lower(), text
                assert " avait " not in f" {text} ", text  # told in the passé composé


_ELISION = re.compile(
    r"(?i:\b(?:que|de|ne|se|je|me|te|le|la) (?:il|ils|elle|elles|on|un|une|est|a|ont|était|"
    r"avait)\b)|\b(?:de|à) le (?:[A-ZÉ]|[a-zé]+(?:ment|tion|eur|age)\b)|\bà les\b"
)
"""'que il', 'de un', 'ne est'; 'de le' before a name or a noun (but "de le déclarer")."""


def _written_by_the_generator(item: dict) -> list[str]:
    """The texts the generator writes (not the article's words it quotes)."""
    texts = [item.get(k, "") for k in ("prompt", "statement", "hint", "feedback")]
    texts += [str(o) for o in item.get("options", [])]
    texts += [e["text"] for e in item.get("events", [])]
    texts += [p["definition"] for p in item.get("pairs", []) if "definition" in p]
    return [re.sub(r"«[^»]*»|“[^”]*”", "«»", str(t)) for t in texts if t]


def test_generated_french_elides_and_spaces_its_punctuation(lessons):
    for article, _, doc, _ in lessons:
        for item in doc["items"]:
            for text in _written_by_the_generator(item):
                assert not _ELISION.search(text), (article.path.name, text)
                # a space before ; : ! ? (the files use plain spaces, like the articles)
                assert not re.search(r"[^\W\d_][;:!?](?:\s|$)", text), (article.path.name, text)


def test_roles_write_titles_in_lower_case(lessons):
    """ "le ministre de la Défense", even where the article writes "le Ministre"."""
    for _article, _, doc, _ in lessons:
        for item in doc["items"]:
            if item["type"] == "choice" and item["prompt"].startswith(("Qui est", "Qui a")):
                for text in [*item["options"], item.get("hint", ""), item.get("feedback", "")]:
                    assert not re.search(r" (?:Ministre|Président|Directeur)\b", text), text


def test_definitions_after_a_colon_start_in_lower_case(lessons):
    for _article, _, doc, _ in lessons:
        for item in doc["items"]:
            if item["type"] == "terms":
                after = item["hint"].split(" » : ", 1)[1]
                assert not re.match(r"(?:L['’]|Le |La |Les |Un |Une |Qui )", after), item["hint"]


def test_the_refusal_rules_on_known_pairs():
    """Near-synonyms go; antonyms, which a teacher uses as distractors, stay."""
    from tutor import nlp

    lexicon = Lexicon(vocab=nlp.load().vocab)
    assert plausible.refusal(lexicon, "incident", "accident", []) is not None
    assert plausible.refusal(lexicon, "sanctions", "pénalités", []) is not None
    assert plausible.refusal(lexicon, "allié", "ennemi", []) is None
    # the article says "le rejet d'ACTA constituent une formidable victoire" elsewhere
    april = "Le vote d'aujourd'hui et le rejet d'ACTA constituent une formidable victoire."
    victory = plausible.context_words(
        "Pour Jérémie Zimmermann, « Ce ", " est une immense victoire ! »"
    )
    assert plausible.refusal(lexicon, "vote", "rejet", victory, [april]) is not None
    assert plausible.refusal(lexicon, "vote", "rejet", victory, []) is None
    context = plausible.context_words("Des défaillances dues à l'", " de l'avion (un Airbus A330)")
    assert plausible.refusal(lexicon, "ergonomie", "accident", context) is not None
    assert plausible.refusal(lexicon, "ergonomie", "quinquennat", context) is None


def test_a_verb_phrase_is_typed_not_picked_from_a_bank(lessons):
    """ "pourrait ___ des obstacles": "faire face à" fits as well as "se heurter à"."""
    verb_phrases = {
        term.lemma
        for _, facts, _, _ in lessons
        for term in facts.terms
        if term.pos == "VERB" and " " in term.lemma
    }
    assert verb_phrases, "the shipped articles have verb phrases among their terms"
    for _, item, _, _ in _banks(lessons):
        assert item["answer"] not in verb_phrases, item["text"]
