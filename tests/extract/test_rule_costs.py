"""Rules whose cost grew with the article faster than the article read what they read before
(the Token-free readings against spaCy's own Tokens) on long texts. Their speed is
bench/long_inputs.py's figures (timed tests here until session 23)."""

from __future__ import annotations

import pytest

from tutor.extract.firm_epithet import firm_named
from tutor.extract.sentences import _list_mark_length
from tutor.nlp import analyse


def test_list_marks_are_found_after_long_paragraphs() -> None:
    """A list item's mark is told from the line before it without reading the text before that
    line again: a pattern searched from the text's start tried every position of every line
    (review 15's list of advice after long paragraphs: 64 ms of extraction, 24 ms without)."""
    paragraphs = ("Les autorités appellent à la prudence " * 80 + ".\n\n") * 40
    text = paragraphs + "Quelques conseils :\n- boire de l'eau ;\n- rester au frais.\n"
    first = text.index("- boire")
    second = text.index("- rester")
    lengths = [_list_mark_length(text, at) for at in (first, second)]
    assert lengths == [2, 2]


def test_list_marks_keep_their_rules() -> None:
    """A mark after a colon or after another item is a list's; a dialogue line keeps its own."""
    listed = "Conseils :\n\n- boire ;\n- manger.\n"
    assert _list_mark_length(listed, listed.index("- boire")) == 2
    assert _list_mark_length(listed, listed.index("- manger")) == 2
    dialogue = "Il entre.\n- Vous avez dormi ?\n"
    assert _list_mark_length(dialogue, dialogue.index("- Vous")) == 0
    assert _list_mark_length("- seul\n", 0) == 0
    assert _list_mark_length("\n\n- seul\n", 2) == 0


@pytest.mark.slow
def test_firm_named_reads_the_article_as_tokens_do(nlp) -> None:  # type: ignore[no-untyped-def]
    """The one firm named by its kind, read from the token table, as it was from the Tokens."""
    text = (
        "La laiterie Armor-Lait va fermer son site de Vire. Dans un communiqué, "
        "l'entreprise explique que la demande a baissé."
    )
    doc = analyse(text, nlp)
    assert firm_named(doc, "l'entreprise") == "Armor-Lait"
    assert firm_named(doc, "le maire") is None
    two = analyse("La société Alpha et la société Beta ont signé. L'entreprise a salué.", nlp)
    assert firm_named(two, "l'entreprise") is None
