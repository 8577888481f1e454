"""The thematic lexicon's terms of an article's own field rank higher among its key terms
(tutor/extract/term_fields.py); an article with no clear field is ranked as before."""

from __future__ import annotations

from typing import Any

from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.term_fields import field_lexicon, sections
from tutor.extract.terms import find_terms
from tutor.glossary_files import shipped_key_vocabulary
from tutor.nlp import analyse

FISHING = (
    "Au Guilvinec, les marins-pêcheurs ont manifesté lundi devant la criée. "
    "Les patrons de chalutiers dénoncent les nouveaux quotas de pêche fixés à Bruxelles. "
    "« Avec ces quotas, la moitié de la flottille restera à quai », explique un armateur. "
    "Le prix du gazole pèse aussi sur la pêche artisanale, selon le comité des pêches. "
    "Les scientifiques rappellent que le stock de merlu reste fragile dans le golfe."
)
NO_FIELD = (
    "Le musée municipal a rouvert samedi après deux ans de travaux. "
    "Les visiteurs découvrent une salle consacrée aux horloges anciennes, restaurées une à une. "
    "« Nous voulions un lieu plus lumineux », raconte la conservatrice."
)


def _ranked(nlp: Any, body: str, title: str, with_lexicon: bool) -> list[str]:
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text), doc.text))
    lexicon = field_lexicon() if with_lexicon else None
    # the hand-made score, which the field steers (the learned ranking reads it as one feature)
    terms = find_terms(
        doc, body, index, title, glossary=shipped_key_vocabulary(), lexicon=lexicon, rank=None
    )
    return [t.lemma for t in terms]


def test_sections_name_the_field_of_each_key() -> None:
    text = (
        "# --- Santé ----------\n"
        "déremboursement:\n"
        "  pos: NOUN\n"
        "  definition: Le fait de ne plus rembourser un médicament.\n"
        '"aide-soignant":\n'
        "  definition: Une personne qui aide les infirmiers.\n"
        "# --- Pêche et mer ---------\n"
        "Chalutier:\n"
        "  definition: Un bateau de pêche.\n"
    )
    assert sections(text) == {
        "déremboursement": "Santé",
        "aide-soignant": "Santé",
        "chalutier": "Pêche et mer",
    }


def test_the_shipped_lexicon_knows_the_fishing_words() -> None:
    lexicon = field_lexicon()
    assert lexicon.field_of["chalutier"] == "Pêche et mer"
    assert lexicon.article_field(["criée", "chalutier", "flottille", "quota"]) == "Pêche et mer"
    # two terms of a field do not make an article about it
    assert lexicon.article_field(["criée", "chalutier"]) is None


def test_a_fishing_article_ranks_its_fishing_words_higher(nlp: Any) -> None:
    title = "Pêche : colère à la criée"
    plain = _ranked(nlp, FISHING, title, with_lexicon=False)
    steered = _ranked(nlp, FISHING, title, with_lexicon=True)
    # "chalutier" and "flottille" are words of the fishing field; "armateur" is not listed there
    assert plain.index("chalutier") > plain.index("armateur")
    assert steered.index("chalutier") < steered.index("armateur")
    assert steered.index("flottille") < plain.index("flottille")
    assert sorted(steered) == sorted(plain)  # the same terms, in another order


def test_an_article_without_a_field_is_ranked_as_before(nlp: Any) -> None:
    title = "Le musée rouvre ses portes"
    assert _ranked(nlp, NO_FIELD, title, with_lexicon=True) == _ranked(
        nlp, NO_FIELD, title, with_lexicon=False
    )
