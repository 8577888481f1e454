"""A quotation is cut only when the cut saves more than a word or two: "la haute fonction […]"
for "la haute fonction publique" took the sense and gave back one word."""

from __future__ import annotations

from tutor.generate.quote_text import shorten_quote

POUTOU = "tout aller-retour entre la grande finance et la haute fonction publique"


def test_a_quotation_one_word_over_the_limit_is_kept_whole() -> None:
    assert shorten_quote(POUTOU, 10) == POUTOU


def test_a_long_quotation_is_still_cut_and_marked() -> None:
    long = "nous avons embauché trop vite pendant la pandémie et nous devons maintenant corriger"
    short = shorten_quote(long, 8)
    assert short.endswith("[…]")
    assert len(short.split()) <= 9


def test_a_cut_never_ends_on_a_function_word() -> None:
    hamon = (
        "certains objecteront que cette disposition est facilement contournable par le biais "
        "des emplois croisés"
    )
    assert shorten_quote(hamon, 10).endswith("par le biais […]")


def test_the_opening_of_words_to_reread_shows_what_they_are_about() -> None:
    """ "Relisez ces mots de Nicolas Dupont-Aignan : « Je suis favorable à la suppression de
    la … »" hid what he wants to end."""
    from tutor.generate.french import words_to_keep

    words = [
        "Je",
        "suis",
        "favorable",
        "à",
        "la",
        "suppression",
        "de",
        "la",
        "réserve",
        "parlementaire",
        "qui",
        "fait",
    ]
    assert words[: words_to_keep(words, 8)][-1] == "réserve"
