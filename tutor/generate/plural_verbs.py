"""The third-person plural of a verb in the first-person plural ("signerons" -> "signeront",
"avons" -> "ont"), for telling the words of a group that speaks as "nous"
(`tutor.generate.reported_answers`). Decided on the form and its lemma, never on the tagger's
tense; unsure forms give None."""

from __future__ import annotations

import re
from typing import Any

from tutor.generate import french

_PLURAL_IRREGULAR = {
    "sommes": "sont",
    "avons": "ont",
    "faisons": "font",
    "allons": "vont",
    "pouvons": "peuvent",
    "voulons": "veulent",
    "devons": "doivent",
    "prenons": "prennent",
    "comprenons": "comprennent",
    "venons": "viennent",
    "devenons": "deviennent",
    "tenons": "tiennent",
    "obtenons": "obtiennent",
    "recevons": "reçoivent",
    "voyons": "voient",
    "croyons": "croient",
    "buvons": "boivent",
}


_FUTURE_STEMS = french.wordset(
    """ser aur fer ir pourr voudr devr viendr deviendr tiendr obtiendr verr saur faudr enverr
    courr mourr recevr vaudr"""
)
"""Stems of the future that are not the infinitive ("serons", "pourrons", "viendrons")."""


_STEM_CHANGE = re.compile(r"é[^aeiouyéèêàâîôû]+$|e[^aeiouyéèêàâîôû]$")
"""A stem whose "é" or "e" changes before a silent ending ("espér", "lev", "appel", "achet")."""


def plural_third_form(verb: Any) -> str | None:
    """The third-person plural of a first-person plural form, from its ending and lemma (the
    tagger's tense is not trusted: "signerons" came tagged as a present); None when unsure: a
    subjunctive ("que nous fassions"), "-yons", a word not in "-ons"."""
    word = french.fold(verb.text)
    if word in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[word]
    if word == "étions":
        return "étaient"
    if not word.endswith("ons") or word.endswith("yons") or "Sub" in verb.morph.get("Mood"):
        return None
    lemma = french.fold(verb.lemma_)
    stem = word[:-3]
    if lemma.endswith("er") and stem in (lemma[:-2], lemma[:-2] + "e", lemma[:-3] + "ç"):
        if _STEM_CHANGE.search(lemma[:-2]):
            return None  # "espérons" -> "espèrent", "appelons" -> "appellent"
        return lemma[:-2] + "ent"  # present of "-er": "demandons", "mangeons", "commençons"
    if (
        stem in (lemma, lemma[:-1])
        or stem in _FUTURE_STEMS
        or (stem.endswith("r") and stem[:-1] in _FUTURE_STEMS)
    ):
        return stem + "ont"  # future: "signerons", "prendrons", "serons"
    if word.endswith("ions"):
        return word[:-4] + "aient"  # imperfect or conditional: "avions", "voudrions"
    return stem + "ent"  # present: "finissons", "partons", "ouvrons"
