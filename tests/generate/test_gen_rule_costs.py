"""Generation rules that searched the article with a pattern made for each person compile none:
such patterns were compiled anew for every article of a batch (about 20 an article, a few
milliseconds), and they still find what they found."""

from __future__ import annotations

import re

from tutor.generate.open_questions import signed_by
from tutor.generate.spoken_quotes import _names_its_source

SIGNED = "Par le docteur Étienne Marchal, médecin à Lyon.\nLes déserts médicaux gagnent."


def _compiled_by(call) -> int:  # type: ignore[no-untyped-def]
    """How many patterns `re` compiled (and cached) while `call` ran."""
    re.purge()
    call()
    return len(re._cache)  # type: ignore[attr-defined]  # re's own cache of compiled patterns


def test_a_signature_is_found_without_a_pattern_per_name() -> None:
    signed_by.cache_clear()
    assert _compiled_by(lambda: signed_by(SIGNED, "Étienne Marchal")) == 0
    assert signed_by(SIGNED, "Étienne Marchal")
    assert not signed_by(SIGNED, "Marchal Étienne")
    assert not signed_by(SIGNED, "Étienne Marc")  # a whole name, not its start
    far = "Par " + "x" * 41 + " Étienne Marchal, médecin."
    assert not signed_by(far, "Étienne Marchal")  # beyond 40 characters after "Par"
    cut = "Par la rédaction, avec Étienne Marchal."
    assert not signed_by(cut, "Étienne Marchal")  # a comma ends the signature
    assert not signed_by("Il est reçu. Parmi eux, Étienne Marchal.", "Étienne Marchal")


def test_a_named_source_is_found_without_a_pattern_per_speaker() -> None:
    text = "La grève continue, d’après les grévistes, jusqu'à lundi."
    assert _compiled_by(lambda: _names_its_source(text, "les grévistes")) == 0
    assert _names_its_source(text, "Les grévistes")
    assert _names_its_source("selon  Marie Dupont", "Marie Dupont")
    assert not _names_its_source("selon Marie Dupontel", "Marie Dupont")
    assert not _names_its_source("ensemble, selon eux", "Marie Dupont")
    assert not _names_its_source("selon Marie Dupont", "")
