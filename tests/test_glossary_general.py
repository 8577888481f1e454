"""The shipped glossaries (general words, thematic lexicon, vocabulary of trades and fields, general
news vocabulary, terms of the shipped articles), their quality, and who overrides whom."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import tutor.glossary
import tutor.glossary_files
from tutor.glossary import Glossary, fold_term, singular
from tutor.glossary_files import (
    load_glossary,
    read_glossary_file,
    shipped_glossary,
    shipped_key_vocabulary,
)

DATA = Path(tutor.glossary.__file__).resolve().parent / "data"
GENERAL = DATA / "glossary_general.yaml"
THEMES = DATA / "glossary_themes.yaml"
WORDS = DATA / "glossary_words.yaml"
FIELDS = DATA / "glossary_fields.yaml"
ARTICLES = DATA / "glossary.yaml"
TAGS = {"NOUN", "VERB", "ADJ", "ADV", "ADP", "SCONJ"}


def _plain(text: str) -> str:
    """Lower case without accents, so "Député" and "depute" compare equal."""
    decomposed = unicodedata.normalize("NFD", fold_term(text))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@pytest.fixture(scope="module")
def general() -> Glossary:
    return read_glossary_file(GENERAL)


@pytest.fixture(scope="module")
def articles() -> Glossary:
    return read_glossary_file(ARTICLES)


@pytest.fixture(scope="module")
def themes() -> Glossary:
    return read_glossary_file(THEMES)


@pytest.fixture(scope="module")
def words() -> Glossary:
    return read_glossary_file(WORDS)


@pytest.fixture(scope="module")
def fields() -> Glossary:
    return read_glossary_file(FIELDS)


@pytest.fixture(
    scope="module",
    params=[GENERAL, THEMES, WORDS, FIELDS],
    ids=["general", "themes", "words", "fields"],
)
def large(request: pytest.FixtureRequest) -> tuple[Path, Glossary]:
    """Each of the four large shipped files, with its path."""
    return request.param, read_glossary_file(request.param)


def test_the_large_glossaries_load_cleanly(large: tuple[Path, Glossary]) -> None:
    path, glossary = large
    assert not glossary.problems, glossary.problems[:3]
    assert len(glossary) >= 700
    # A repeated key in YAML silently replaces the first one: count the terms written.
    written = re.findall(r"^[^\s#][^\n]*:$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(written) == len(glossary)
    assert {entry.pos for entry in glossary} <= TAGS


def test_the_thematic_lexicon_adds_words_without_redefining_any(
    general: Glossary, themes: Glossary, articles: Glossary
) -> None:
    assert not themes.entries.keys() & (general.entries.keys() | articles.entries.keys())


def test_the_general_words_add_words_without_redefining_any(
    words: Glossary, general: Glossary, themes: Glossary, articles: Glossary
) -> None:
    others = general.entries.keys() | themes.entries.keys() | articles.entries.keys()
    assert not words.entries.keys() & others


def test_the_fields_vocabulary_adds_terms_without_redefining_any(
    fields: Glossary, general: Glossary, themes: Glossary, words: Glossary, articles: Glossary
) -> None:
    others = [general, themes, words, articles]
    keys = set().union(*(glossary.entries.keys() for glossary in others))
    assert not fields.entries.keys() & keys
    # "passoires thermiques" and "passoire thermique" are one term: no plural twin either
    singulars = {singular(key) for key in keys}
    assert [key for key in fields.entries if singular(key) in singulars] == []


def test_the_general_glossary_covers_the_staples_of_the_press(general: Glossary) -> None:
    staples = [
        "mise en examen",
        "garde à vue",
        "projet de loi",
        "taux de chômage",
        "cessez-le-feu",
        "appel d'offres",
        "grève reconductible",
        "motion de censure",
        "état d'urgence",
        "plan social",
        "traité de paix",
        "affirmer",
        "démentir",
        "selon",
        "en revanche",
    ]
    assert [term for term in staples if general.get(term) is None] == []
    assert general.get("démentir").pos == "VERB"
    assert general.get("motions de censure") is general.get("motion de censure")


def test_no_definition_uses_its_own_term(large: tuple[Path, Glossary]) -> None:
    offenders = []
    for entry in large[1]:
        term = re.sub(r"^(?:s'|se )", "", _plain(entry.lemma))  # "s'abstenir": "abstenir"
        for definition in entry.definitions:  # each sense of a word with several
            if re.search(r"(?<!\w)" + re.escape(term), _plain(definition)):
                offenders.append(entry.lemma)
    assert offenders == []


def test_definitions_are_one_short_sentence(large: tuple[Path, Glossary]) -> None:
    definitions = [(e.lemma, d) for e in large[1] for d in e.definitions]
    too_long = [lemma for lemma, d in definitions if len(d.split()) > 22]
    assert too_long == []
    not_one_sentence = [
        lemma for lemma, d in definitions if not d[:1].isupper() or not d.endswith(".") or ". " in d
    ]
    assert not_one_sentence == []


def test_definitions_space_their_double_punctuation(large: tuple[Path, Glossary]) -> None:
    # French writes "existant ; souvent", "salarié : la paie": learners copy what they read
    glued = [e.lemma for e in large[1] for d in e.definitions if re.search(r"[\w)»][;:!?]", d)]
    assert glued == []


def test_a_term_in_both_shipped_files_has_one_part_of_speech(
    general: Glossary, articles: Glossary
) -> None:
    conflicts = [
        key
        for key in general.entries.keys() & articles.entries.keys()
        if None not in (general.entries[key].pos, articles.entries[key].pos)
        and general.entries[key].pos != articles.entries[key].pos
    ]
    assert conflicts == []


def test_article_specific_entries_override_general_ones(
    general: Glossary, articles: Glossary, themes: Glossary, words: Glossary, fields: Glossary
) -> None:
    shipped = shipped_glossary()
    key_vocabulary = general.entries.keys() | articles.entries.keys()
    assert len(shipped) == len(key_vocabulary) + len(themes) + len(words) + len(fields)
    for key, entry in articles.entries.items():
        assert shipped.entries[key] == entry
    for key in general.entries.keys() - articles.entries.keys():
        assert shipped.entries[key] == general.entries[key]


def test_a_teacher_file_overrides_both_shipped_files(tmp_path: Path, articles: Glossary) -> None:
    article_term = next(iter(articles)).lemma
    (tmp_path / "glossary.yaml").write_text(
        f"cessez-le-feu: L'arrêt des tirs, dit par mon professeur.\n"
        f"{article_term!r}: Une définition de la classe.\n",
        encoding="utf-8",
    )
    glossary = load_glossary(tmp_path)
    assert not glossary.problems
    assert glossary.get("cessez-le-feu").definition == "L'arrêt des tirs, dit par mon professeur."
    assert glossary.get(article_term).definition == "Une définition de la classe."
    assert glossary.get("garde à vue") == shipped_glossary().get("garde à vue")


def test_general_terms_are_found_in_a_new_text() -> None:
    text = (
        "Selon le parquet, le suspect a été placé en garde à vue, puis mis en examen. "
        "En revanche, les syndicats appellent à une grève reconductible."
    )
    found = {match.entry.lemma for match in shipped_glossary().find_in(text)}
    assert {"selon", "garde à vue", "en revanche", "grève reconductible"} <= found


def test_the_general_glossary_knows_the_set_phrases_of_the_press(general: Glossary) -> None:
    # Verb phrases are found in any tense, noun phrases become key terms, and locutions are
    # tagged ADP or ADV so that they never do.
    phrases = {
        "faire le point": "VERB",
        "mettre en délibéré": "VERB",
        "lever le voile sur": "VERB",
        "ordre du jour": "NOUN",
        "eau potable": "NOUN",
        "prison avec sursis": "NOUN",
        "au sein de": "ADP",
        "à titre provisoire": "ADV",
        "en première lecture": "ADV",
    }
    found = {term: entry.pos for term in phrases if (entry := general.get(term)) is not None}
    assert found == phrases


def test_a_set_phrase_with_two_meanings_is_read_from_its_sentence(general: Glossary) -> None:
    cordon = general.get("cordon sanitaire")
    political = cordon.definition_for(["le", "parti", "refuser", "alliance", "extrême", "droite"])
    medical = cordon.definition_for(["autour", "de", "le", "foyer", "de", "épidémie"])
    assert political == cordon.senses[0].definition
    assert medical == cordon.senses[1].definition
    assert "drapeau" in general.get("en berne").definition_for(["drapeau", "deuil", "mairie"])


def test_the_thematic_lexicon_defines_but_does_not_steer_the_key_terms(
    themes: Glossary, general: Glossary
) -> None:
    # what a teacher lists is worth teaching and ranks higher; the lexicon only gives meanings
    word = "acquittement"
    assert themes.get(word) is not None and general.get(word) is None
    assert shipped_glossary().get(word) == themes.get(word)
    assert load_glossary(None, key_vocabulary=True).get(word) is None
    assert shipped_key_vocabulary().get("garde à vue") == general.get("garde à vue")


def test_the_general_words_define_but_do_not_steer_the_key_terms(
    words: Glossary, themes: Glossary
) -> None:
    # the words that key terms turn out to be get a meaning, and the list says nothing about
    # what is worth teaching; the thematic lexicon wins over it
    for word in ("moratoire", "réouverture", "salle d'attente", "déposer le bilan"):
        assert shipped_glossary().get(word) == words.get(word) is not None
        assert load_glossary(None, key_vocabulary=True).get(word) is None
    assert shipped_glossary().get("salles d'attente") == words.get("salle d'attente")
    assert list(tutor.glossary_files.SHIPPED_GLOSSARY_NAMES[:2]) == [WORDS.name, THEMES.name]


def test_the_fields_vocabulary_defines_but_does_not_steer_the_key_terms(fields: Glossary) -> None:
    # a learner reads what "maître d'ouvrage" or "fièvre catarrhale ovine" mean, and the choice
    # of key terms is left as it was; the general and article files still win over it
    for term in ("maître d'ouvrage", "fièvre catarrhale ovine", "arrêt de travail"):
        assert shipped_glossary().get(term) == fields.get(term) is not None
        assert load_glossary(None, key_vocabulary=True).get(term) is None
    names = tutor.glossary_files.SHIPPED_GLOSSARY_NAMES
    assert names.index(THEMES.name) < names.index(FIELDS.name) < names.index(GENERAL.name)
    assert FIELDS.name not in tutor.glossary_files.KEY_VOCABULARY_NAMES


def test_field_terms_are_found_in_a_new_text() -> None:
    text = (
        "Le maître d'ouvrage a obtenu le permis de démolir. Une zone réglementée a été mise en "
        "place autour du foyer de fièvre catarrhale ovine ; l'éleveur est en arrêt de travail."
    )
    found = {match.entry.lemma for match in shipped_glossary().find_in(text)}
    expected = {"maître d'ouvrage", "permis de démolir", "zone réglementée"}
    assert expected | {"fièvre catarrhale ovine", "arrêt de travail"} <= found


def test_general_words_are_found_in_a_new_text() -> None:
    text = (
        "Le procès s'est tenu à huis clos. L'entreprise doit déposer le bilan après la "
        "réouverture du site, faute de patientèle."
    )
    found = {match.entry.lemma for match in shipped_glossary().find_in(text)}
    assert {"à huis clos", "déposer le bilan", "réouverture", "patientèle"} <= found
