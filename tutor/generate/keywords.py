"""The words a learner's open answer is checked for: the keywords of a summary of the article
and of what a speaker says, with the other forms each may take."""

from __future__ import annotations

import re

from tutor.french_numbers import parse_french_number
from tutor.generate import banks, french
from tutor.generate.context import Context
from tutor.generate.simplify import is_participle
from tutor.literal_search import find_between, is_word_or_hyphen
from tutor.scoring_keywords import answer_tokens, keyword_spans


def keyword(word: str, noun: bool = True) -> dict[str, object]:
    """An expected keyword; a noun's other number (singular / plural) is accepted too."""
    if not noun or word.endswith(("is", "os", "us", "as", "z")) or _same_in_plural(word):
        return {"word": word}  # a verb, or a word the same in both numbers ("polonais")
    return {"word": word, "accept": [other_number(word)]}


_PLURAL_S = frozenset(
    {
        "bal",
        "bals",
        "festival",
        "festivals",
        "carnaval",
        "carnavals",
        "récital",
        "récitals",
        "pneu",
        "pneus",
        "bleu",
        "bleus",
        "landau",
        "landaus",
    }
)
"""Nouns in -al, -eu, -au that take a plain "s"."""


_X_PLURALS = french.wordset(
    """jeux feux lieux enjeux milieux neveux cheveux vœux aveux adieux épieux bijoux cailloux
    choux genoux hiboux joujoux poux"""
)
"""Plurals in -eux and -oux of nouns in -eu and -ou; other words in -eux or -oux are adjectives
the same in both numbers in the masculine ("pluvieux", "heureux", "jaloux")."""


def _same_in_plural(word: str) -> bool:
    folded = word.casefold()
    if folded.endswith("x") and not folded.endswith(("aux", "eux", "oux")):
        return True  # "afflux", "prix", "choix": never "afflu", "pri", "choi"
    if folded in _SINGULARS_IN_AUX:
        return True
    return folded.endswith(("eux", "oux")) and folded not in _X_PLURALS


_SINGULARS_IN_AUX = french.wordset("taux faux chaux")
"""Words in -aux that are no plural of a noun in -al ("taux" is not "tal")."""


_IRREGULAR_NUMBERS = {
    singular: plural
    for pair in (
        ("travail", "travaux"),
        ("vitrail", "vitraux"),
        ("bail", "baux"),
        ("corail", "coraux"),
        ("émail", "émaux"),
        ("soupirail", "soupiraux"),
        ("œil", "yeux"),
        ("ciel", "cieux"),
    )
    for singular, plural in (pair, pair[::-1])
}
"""Nouns whose other number no ending rule gives: "travaux" is not "traval"."""


def other_number(word: str) -> str:
    """The noun's other number, as French writes it: "hôpital" / "hôpitaux", "bateau" /
    "bateaux", "jeux" / "jeu", "ventes" / "vente", "travaux" / "travail" (never "hôpitals")."""
    folded = word.casefold()
    if folded in _IRREGULAR_NUMBERS:
        other = _IRREGULAR_NUMBERS[folded]
        return other.capitalize() if word[:1].isupper() else other
    if folded in _PLURAL_S:
        return word[:-1] if word.endswith("s") else word + "s"
    if folded.endswith("aux") and len(word) > 4 and not folded.endswith("eaux"):
        return word[:-3] + "al"  # "journaux", "hôpitaux"
    if word.endswith(("s", "x")) and len(word) > 3:
        return word[:-1]
    if folded.endswith("al"):
        return word[:-2] + "aux"
    if folded.endswith(("eau", "au", "eu")):
        return word + "x"
    return word + "s"


def keywords_in(keywords: list[dict[str, object]], text: str) -> int:
    """How many keywords (or an accepted form) a text contains: the model answer must pass."""
    folded = french.fold(text)
    return sum(
        any(french.fold(str(form)) in folded for form in [k["word"], *k.get("accept", [])])  # type: ignore[list-item]
        for k in keywords
    )


def person_keyword(name: str, aliases: tuple[str, ...]) -> dict[str, object]:
    """A person as a keyword: the full name, or the surname alone ("Le Pen", "Poutine")."""
    tokens = name.split()
    surname = " ".join(tokens[-2:]) if len(tokens) > 2 and tokens[-2] in _PARTICLES else tokens[-1]
    accept = sorted(
        {
            a
            for a in (*aliases, surname)
            if french.fold(a) != french.fold(name) and not _only_small_words(a)
        }
    )
    return {"word": name, "accept": accept} if accept else {"word": name}


def _only_small_words(alias: str) -> bool:
    """An alias of articles and prepositions alone ("La" for "La FCPE") is in every answer."""
    return all(french.fold(w) in french.STOPWORDS or len(w) < 2 for w in alias.split())


_PARTICLES = frozenset({"Le", "La", "De", "Du", "Van", "Von", "Di", "Da", "El"})
_OTHER_PARTICIPLES = ("u", "ue", "us", "ues", "is", "ise", "ises", "ie", "ies", "int", "inte")
"""Endings of participles not in -é ("devenues", "compris", "rejoint"); "produit" is a noun too."""
_VERB_ENDINGS = ("er", "ir", "ent", "ment", "ait", "aient")
_COMMON = french.STOPWORDS | french.wordset(
    """nouveau nouvelle nouveaux nouvelles premier première premiers premières dernier dernière
    derniers dernières ancien ancienne importante important importants importantes grande
    grandes certains certaines plusieurs pendant durant toujours jamais encore ensemble malgré
    depuis pourtant cependant toutefois selon contre avant après désormais notamment environ
    également seulement question prochain prochaine prochains prochaines quelques quelque
    personne rien chacun chacune aucun aucune autre autres beaucoup trop moins pourquoi comment
    combien lequel laquelle lesquels lesquelles"""
)
"""Words too common to show that a learner understood the article: "personne" of "personne
n'a quitté la salle", "quelques" of "à quelques kilomètres" are no idea of the quotation, nor
is the "pourquoi" of an explainer's title ("Compteur Linky : pourquoi les foyers …")."""
_COUNTS = (
    french.wordset(
        """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt trente quarante cinquante soixante cent cents mille million millions milliard
    milliards dizaine dizaines centaine centaines millier milliers seconde secondes minute
    minutes heure heures jour jours journée journées semaine semaines mois année années an ans
    siècle siècles"""
    )
    | french.wordset(" ".join(french.MONTHS))
    | french.wordset("lundi mardi mercredi jeudi vendredi samedi dimanche")
)
"""Numbers, units of time and dates: "quarante ans en deuxième division", "en moins de dix
minutes", "dimanche" give the figures of a title or a quotation, not what it is about; a
learner's own words need not repeat them."""
_ORDINAL = re.compile(r"(?:ième|ièmes)$")
_AFTER_SUBJECT = re.compile(
    r"(?<!\w)(?:(?:je|tu|il|ils|elle|elles|on|nous|vous)\b\s*|j['’]\s*)"
    r"(?:(?:ne|me|te|se|les|le|la|lui|leur|y|en)\b\s*|[nmtsl]['’]\s*)*"
    r"(?P<verb>[^\W\d_]+)",
    re.IGNORECASE,
)
"""The word after a subject pronoun and its clitics is its verb ("je me battrai", "qu'on les
entende"), whatever the tagger read there (an infinitive, a noun)."""
_INFLECTIONS = ("", "s", "x", "e", "es", "é", "ée", "és", "ées")
"""Endings a key term may take in the words and still be their word: its plural, its feminine,
the participle of its verb ("rejet", "rejeté")."""
_CONNECTOR_TAGS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})
"""Glossary words that link ideas rather than name them ("ainsi", "certes", "du reste")."""


_CLOCK_QUALIFIER = re.compile(
    r"(?i)\b(?P<clock>heures?)\s+(?:français|française|locale|légale|universelle|"
    r"de\s+Paris|d['’]été|d['’]hiver|GMT|UTC)(?![\w'’-])"
)
"""Which clock a time is read on ("vers 3 heures du matin, heure française", "à 14 h, heure
locale"): a fixed phrase giving a detail of the time, not a word of what is said."""


def key_words(
    ctx: Context, text: str, limit: int, verbs: frozenset[str] = frozenset()
) -> list[tuple[str, bool]]:
    """Words of a text worth finding in a learner's answer, and whether each is a noun:
    glossary terms first, then key terms, then long words that are not verbs or adverbs.
    `verbs` are more words the tagger read as verbs in the text (a title is not in the body).
    Worked out once per text of a lesson: items ask again about the words they show (109 of
    276 calls over 48 lessons)."""
    found: dict[tuple[str, frozenset[str]], list[tuple[str, bool]]]
    found = ctx.memo.setdefault("key_words", {})
    if (text, verbs) not in found:
        found[text, verbs] = _key_words(ctx, text, verbs)
    return found[text, verbs][:limit]


def _key_words(ctx: Context, text: str, verbs: frozenset[str]) -> list[tuple[str, bool]]:
    text = _CLOCK_QUALIFIER.sub(r"\g<clock>", text)
    folded = french.fold(text)
    words: dict[str, bool] = {}
    conjugated = {french.fold(m["verb"]) for m in _AFTER_SUBJECT.finditer(text)}
    tokens = answer_tokens(text)

    def add(form: str, noun: bool) -> None:
        if form.lower() in ctx.lexicon.finite or form.lower() in verbs:
            return  # "arrache", "voulais": a learner's own words would not keep the verb's form
        if french.fold(form) in conjugated:
            return  # "je me battrai", "qu'on les entende": verbs the tagger missed
        if french.fold(form) in _COMMON:
            return  # "malgré", "depuis": no learner's answer shows understanding by them
        if french.fold(form) in _COUNTS or _ORDINAL.search(french.fold(form)):
            return
        if parse_french_number(form) is not None:
            return  # "dix-huit heures": a detail, not what the words are about
        if not keyword_spans(answer_tokens(form), tokens, typos=False):
            return  # "tir" of "j'ai tiré": the words themselves would not earn it when scored
        # one word per family: "rejet" and "rejeté" are one keyword, not two
        word = banks.Word(form, "", form)
        if not any(banks.same_word(word, banks.Word(k, "", k)) for k in words):
            words[form] = noun

    for word in french.words(text):
        if len(word) >= 3 and word.isupper():
            add(word, False)  # "ACTA", "PSA": the subject of the article
    for match in ctx.glossary.find_in(text):
        form = match.form
        if match.start == 0 and form[:1].isupper() and form[1:].islower():
            form = form.lower()  # "Vol au musée : …": a capital that only opens the text
        pos = match.entry.pos or "NOUN"
        if pos in _CONNECTOR_TAGS:
            continue  # "ainsi", "certes": the glossary explains them, an answer need not use them
        if " " not in form and not form[0].isupper():
            add(form, pos in ("NOUN", "ADJ"))
    for term in sorted(ctx.facts.terms, key=lambda t: -t.score):
        form = term.text.strip()
        # a whole word of the text, or its participle ("rejet" of "rejeté"): "Armor" is only
        # half of the name "Armor-Lait", "rame" of "ramener" (the tram's "rame" was a keyword
        # of "le tram va ramener du monde")
        whole = any(
            find_between(folded, french.fold(form) + end, not_after=is_word_or_hyphen) != -1
            for end in _INFLECTIONS
        )
        if term.pos.upper() == "VERB" and _participle(form):
            continue  # "devenues" of "devenir": a learner's own words would not keep the form
        if " " not in form and form and whole:
            add(form, term.pos.upper() in ("NOUN", "ADJ", ""))
    for word in french.words(text):
        bare = re.split(r"['’]", word)[-1]
        common = french.fold(bare) in _COMMON or bare.endswith(_VERB_ENDINGS)
        # "recadrés", "imposée", "devenues": a learner's own words would not keep the form
        if len(bare) >= 7 and not common and not bare[0].isupper() and not _participle(bare):
            add(bare, False)  # part of speech unknown: no plural variant
    return list(words.items())


def is_common(word: str) -> bool:
    """Whether a word is too common, a count or an ordinal to show understanding."""
    folded = french.fold(word)
    return folded in _COMMON or folded in _COUNTS or bool(_ORDINAL.search(folded))


def _participle(word: str) -> bool:
    """A past participle as written ("recadrés", "imposée", "devenues"), not a noun in -té."""
    return french.fold(word).endswith(("és", "ée", "ées")) or (
        is_participle(word) and word.endswith(_OTHER_PARTICIPLES)  # "égalité" is a noun
    )
