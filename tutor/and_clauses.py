"""Where "et" opens a clause of its own, which a negation before it does not reach: "Il n'a pas
démissionné et il reste maire", "… et reste maire", "… et PSA va supprimer des emplois".

"et" alone is not a clause boundary (`negations.read`): "pas de missiles et de munitions", "n'a
pas signé et ratifié le traité", "ne veut pas partir et rester" share one denial. What follows
"et" decides, read by the words alone (scoring does not parse):

- Sure: a subject pronoun ("et il reste", "et c'est"), its own "ne" ("et ne part pas"), or a
  reflexive verb ("et se présente"). The accepted answer's wide scope stops only there: cut too
  early, it would let a learner's right denial pass for the contrary.
- Likely, read in the learner's answer only: a conjugated verb sharing the subject ("et reste
  maire", "et va partir"), or a subject (a determiner and a noun, a name) and its verb ("et la
  mairie reste ouverte", "et PSA va supprimer"). A participle or an infinitive after "et" shares
  the denied verb's auxiliary or modal ("n'a pas signé et ratifié", "ne veut pas partir et
  rester"). Wrong guesses here stop a denial early, so a keyword is counted: the side scoring
  errs on (`scoring_negation`).
- After a lead's "que" ("Ce n'est pas vrai que …", `scoring_leads`) only a subject of its own
  makes a clause of its own ("et la mairie va faire des travaux", "et il reste maire"): "que la
  piscine va fermer et sera démolie" is one clause of the lead's, and so is "et que …".
"""

from __future__ import annotations

from tutor.negation_words import AUXILIARIES, DETERMINERS, MODALS, NAME_LINKS, VERB_ENDING
from tutor.negations import Words, glued_ne

_SUBJECTS = frozenset(
    {"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c", "ca", "cela"}
)
"""Pronouns that are a clause's subject right after "et" ("et il reste"); "ce" is left out, a
determiner as often ("et ce projet")."""
_REFLEXIVES = frozenset({"se", "s"})
_INFINITIVES = frozenset({"etre", "avoir", "faire", "aller", "devoir", "pouvoir", "vouloir"})
_CONJUGATED = (AUXILIARIES | MODALS) - _INFINITIVES - {"ete", "eu", "fait"}
"""Forms of être, avoir and the modals that are conjugated: "et va partir", "et est parti"."""
_SHARED_ENDINGS = ("er", "ir", "re", "i", "is", "it", "its", "ie", "ies", "u", "us", "ue", "ues")
"""Endings of an infinitive or a past participle, which share the verb before "et"."""
_SUBJECT_DETERMINERS = DETERMINERS - {"de", "d", "a", "au", "aux", "du", "des"}
"""Determiners that open a subject after "et"; "de", "du", "des" continue a denied phrase
("pas de missiles et de munitions")."""
_SUBJECT_WORDS = 4
"""The most words of a subject between "et" and its verb ("et la mairie de Lyon va")."""


def _conjugated(text: Words, index: int) -> bool:
    """Whether the word at `index` reads as a conjugated verb, not an infinitive or a
    participle: "reste", "va", "emporte", "supprime"; "ratifié", "rester", "parti" are not."""
    word = text.words[index]
    if word in _CONJUGATED:
        return True
    if index in text.participles or word.endswith(_SHARED_ENDINGS):
        return False
    return len(word) >= 3 and bool(VERB_ENDING.search(word)) and word not in DETERMINERS


def _subject_then_verb(text: Words, start: int) -> bool:
    """Whether a subject (a determiner and a noun, or a name) opens at `start` and its verb
    follows within a few words of the same clause."""
    words = text.words
    if words[start] in _SUBJECT_DETERMINERS or words[start].isdigit():
        # the noun right after the determiner is no verb; "une avalanche" is read "1 avalanche"
        first = start + 2
    elif start in text.capitals:
        first = start + 1
        while first < len(words) and (first in text.capitals or words[first] in NAME_LINKS):
            first += 1
    else:
        return False
    for k in range(first, min(len(words), start + _SUBJECT_WORDS + 1)):
        if k - 1 in text.ends:
            return False
        if k not in text.capitals and _conjugated(text, k):
            return True
    return False


def opens_own_clause(text: Words, index: int, *, sure: bool, subject: bool = False) -> bool:
    """Whether the "et" at `index` opens a clause with its own verb (see the module's rules);
    `sure`: only when a pronoun, a "ne" or a reflexive says so; `subject`: only a clause with
    a subject of its own (a pronoun, or a subject and its verb), as a lead needs."""
    words = text.words
    after = index + 1
    if words[index] != "et" or after >= len(words) or index in text.ends:
        return False
    word = words[after]
    if word in _SUBJECTS:
        return True
    if subject:
        return _subject_then_verb(text, after)
    if word in ("ne", "n") or glued_ne(word):
        return True
    if word in _REFLEXIVES:
        return after + 1 < len(words) and after not in text.ends
    if sure:
        return False
    return _conjugated(text, after) or _subject_then_verb(text, after)


def own_clause_stop(text: Words, start: int, *, sure: bool, subject: bool = False) -> int:
    """The index of the first "et" at or after `start`, in the clause of `start`, that opens a
    clause of its own; the end of the words when there is none."""
    for k in range(start, len(text.words)):
        if opens_own_clause(text, k, sure=sure, subject=subject):
            return k
        if k in text.ends:
            break
    return len(text.words)


def own_clause_start(text: Words, index: int, *, sure: bool) -> int:
    """The first word of the clause of `index` after an "et" that opens a clause of its own
    ("il ne reste pas" in "Il a démissionné et il ne reste pas maire"); the first word of its
    clause when there is none."""
    k = index - 1
    while k >= 0 and k not in text.ends:
        if opens_own_clause(text, k, sure=sure):
            return k + 1
        k -= 1
    return k + 1
