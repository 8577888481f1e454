"""The forms of a person's name: what a name the model found is once cleaned ("M. Barroso" is
"Barroso", "Serbe Novak Djokovic" is "Novak Djokovic"), nationalities, particles, and first names
our list lacks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.genders import first_name_genders
from tutor.extract.lexicon import NATIONALITIES, PLAIN_WORDS
from tutor.extract.role_phrase import TITLE_WORDS
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_PARTICLE_WORDS = "le la de du des van von di da del della ben bin al el ibn mac"
PARTICLES = frozenset(_PARTICLE_WORDS.split())


def unknown_first_name(doc: Doc, tok: Token, particle: bool = False) -> bool:
    """Whether a capitalised word the model left out of a person's name is a first name our
    list lacks: right after a role ("la soprano sud-africaine Nomsa"), or, before "de" and a
    surname, right after a lower-case word ("d'Olympe de Gouges")."""
    if tok.i == 0 or not (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN"):
        return False
    word = tok.lower_
    if word in PLAIN_WORDS or word in NOT_FIRST or is_role_noun(word) or is_nationality(word):
        return False
    if tok.text in TITLE_WORDS or tok.ent_type_ == "PER":
        return False
    if particle:
        return doc[tok.i - 1].text.islower() and doc[tok.i - 1].pos_ in ("ADP", "DET")
    i = tok.i - 1
    while i > 0 and doc[i].text.islower() and (doc[i].pos_ == "ADJ" or doc[i].text == "-"):
        i -= 1  # "sud-africaine", split at its hyphen
    return is_role_noun(doc[i].text)


_TITLES = re.compile(
    r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr|Pr|Président|Monsieur|Madame|Maître|Docteur)\s+"
)
_TIME_WORDS_LIST = "lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin"
TIME_WORDS = frozenset(_TIME_WORDS_LIST.split())
_NOT_FIRST_WORDS = "en à au aux dans pour selon avec chez sur sous par vers après avant depuis et"
NOT_FIRST = frozenset(_NOT_FIRST_WORDS.split())


def is_nationality(word: str) -> bool:
    """ "Serbe", "Britannique", "Française", "Italienne": a nationality, as noun or adjective."""
    w = word.lower()
    return any(form in NATIONALITIES for form in (w, w.removesuffix("e"), w.removesuffix("ne")))


_ENDS_WITH_INITIAL = re.compile(r"\S\s+[A-ZÀ-Ý]\.$")


def clean_name(text: str) -> str | None:
    name = re.sub(r"\s+", " ", text).strip(" ,;:«»“”\"'’()-")
    name = _TITLES.sub("", name)  # "M. Barroso" is Barroso
    if not _ENDS_WITH_INITIAL.search(name):
        name = name.rstrip(".")  # but "Mickaël D." keeps the period of its initial
    first, _, rest = name.partition(" ")
    if rest and is_role_noun(first) and rest[:1].isupper() and not _first_name_of(first, rest):
        name = rest  # "docteur Roux", "Pape François": the model took the title in
    words = name.split()
    if len(words) >= 3 and words[0].isupper() and len(words[0]) > 1 and not words[1].isupper():
        name = " ".join(words[1:])  # "la déléguée CFDT Samia X": the union is no part of the name
        words = words[1:]
    cut = next((k for k in range(2, len(words)) if words[k].islower()), None)
    if cut and is_role_noun(words[cut]) and all(w[:1].isupper() for w in words[:cut]):
        while cut > 2 and is_role_noun(words[cut - 1]):
            cut -= 1  # "a nommé X Y Premier ministre"
        name = " ".join(words[:cut])  # "en nommant X Y ministre de ...": the model ran on
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return None
    if len(name.split()) > 5 or (len(name) <= 4 and name.isupper()):
        return None
    if len(name.split()) >= 3 and is_nationality(name.split()[0]):
        name = name.split(" ", 1)[1]  # "Serbe Novak Djokovic": the nationality is no name
    words = name.split()
    known = first_name_genders()
    if len(words) >= 3 and words[0] not in known and words[1] in known:
        name = name.split(" ", 1)[1]  # "le député Renaissance Sylvain X": a party, then the name
    if name.split()[0].lower() in NOT_FIRST:
        return None  # "En Europe", "Selon Paris": a preposition the model took in
    if re.fullmatch(r"Saint(?:e|s|es)?-[\w’'-]+", name):
        return None  # "Saint-Martin", "Sainte-Bernadette": a place or a saint's institution
    if name.lower() in TIME_WORDS:
        return None  # "Vendredi, Thierry Gombert a réuni ...": a day opening the sentence
    while len(name.split()) > 2 and name.split()[-1] in TIME_WORDS:
        name = name.rsplit(" ", 1)[0]  # "Alain Roche jeudi": the model ran into the date
    if any(w.islower() and is_role_noun(w) for w in name.split()[1:]):
        return None  # "Premier ministre israélien" is a role the model took for a name
    if any(_common_word(w) for w in name.split()[1:]):
        return None  # "Santé publique France": a lower-case word that is no particle
    return name


_LOWER_IN_NAMES = PARTICLES | frozenset({"dos", "das", "do", "der", "den", "ter", "ten", "zu", "y"})
_ELIDED = ("d'", "d’", "l'", "l’", "al-", "el-", "ben-", "bin-", "ould-")


def _common_word(word: str) -> bool:
    """Whether a word inside a name is a lower-case word of the language, no particle ("de",
    "van", "da", "dos") nor an elided one ("d'Estaing", "al-Assad")."""
    if not word[:1].islower() or word in _LOWER_IN_NAMES:
        return False
    return not word.startswith(_ELIDED)


def _first_name_of(first: str, rest: str) -> bool:
    """Whether a title that is also a given name ("Cheikh", "Pape") is the given name here:
    "Cheikh Ould Abdallah", "Pape Diouf" (a surname follows), not "Pape François" (a given
    name follows, so the first word is the title)."""
    known = first_name_genders()
    return first in known and rest.split()[0] not in known
