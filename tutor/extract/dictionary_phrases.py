"""Word groups that French dictionaries list as units: "cours d'eau", "feu vert", "ordre du
jour", "faire le point", "à l'unanimité".

Made of everyday words, such a group is still learnt as a whole, and the frequency of its words
cannot tell it from a free combination ("choix stratégique", "famille de paysans"). Whether the
French Wiktionary has an entry for it can: on the development articles of tests/data, about
half the gold multi-word terms that we read as candidates are Wiktionary headwords, against one
in seven of the other multi-word candidates. The list is tutor/data/dictionary_phrases.txt (see
tools/build_dictionary_phrases.py); it holds headwords only, never definitions.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from tutor.extract.candidates import term_singular
from tutor.extract.gerunds import gerund, governs_after
from tutor.extract.tokens import TokenTable
from tutor.french_frequency import zipf_frequency

LONGEST = 6
"""Words in the longest phrase the list keeps."""
_STARTS = frozenset({"NOUN", "VERB", "ADJ", "ADP"})
"""What a term begins with: a noun ("cours d'eau"), a verb ("faire le point"), an adjective
("grand public") or a preposition ("à l'unanimité")."""
_ENDS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM"})
"""What a term ends on: not a preposition or a conjunction, which make a connective ("à partir
de", "bien que"), not vocabulary."""
_LOCUTION_ENDS = frozenset({"NOUN", "ADJ"})
"""A phrase that begins with a preposition is a term when it ends on a noun or an adjective
("à l'unanimité", "en plein air", "à huis clos"); on an adverb it is a connective ("au
moins"), and so it is on the words of _ADVERBIAL_NOUNS ("au pire")."""
_COMPLEMENT_LINKS = frozenset({"de", "d'", "du", "des", "à", "au", "aux"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})
"""A group that begins with "de" is a complement ("d'urgence"), not a term of its own."""
_POSSESSIVES = {"mon": "son", "ton": "son", "notre": "son", "votre": "son", "leur": "son"}
_POSSESSIVES |= {"ma": "sa", "ta": "sa", "mes": "ses", "tes": "ses", "nos": "ses", "vos": "ses"}
_POSSESSIVES |= {"leurs": "ses"}
"""Possessives as a dictionary writes them in a headword ("prendre son envol")."""
_VOWELS = frozenset("aâàeéèêiîoôuûyh")
_ADVERBIAL_NOUNS = frozenset(
    {"pire", "mieux", "moins", "plus", "minimum", "maximum", "total", "fois", "coup"}
    | {"fait", "fond", "effet", "part", "lieu", "cas"}
)
"""Words that a preposition turns into a connective or a quantity ("au pire", "en fait", "à la
fois", "au total"), whatever the tagger calls them."""


def _participle(tokens: TokenTable, j: int) -> bool:
    """A past participle ends a locution as an adjective does ("à huis clos")."""
    return tokens.pos[j] == "VERB" and "Part" in tokens.morph(j, "VerbForm")


_ARTICLE_AFTER_PREPOSITION = re.compile(
    r"^(?:à|en|de|dans|sur|par|pour)\s+(?:l'|la |le |les )(\S+)$"
)
LITERAL_ZIPF = 4.5
"""A preposition, an article and a noun this frequent read literally ("à l'usine", "à
l'étranger", "à l'avance"): listed as they may be, they teach nothing ("à l'unanimité",
"à l'écart" and "à la loyale" stay)."""


def _literal_place(phrase: str) -> bool:
    match = _ARTICLE_AFTER_PREPOSITION.match(phrase)
    return match is not None and zipf_frequency(match.group(1), "fr") >= LITERAL_ZIPF


def _connective(tokens: TokenTable, last: int) -> bool:
    """A locution followed by "de" or "à" is a preposition ("à la suite de", "au cours de"); one
    ending on an adverbial noun joins sentences ("au pire", "en effet")."""
    if tokens.lower[last] in _ADVERBIAL_NOUNS:
        return True
    return last + 1 < len(tokens) and tokens.lower[last + 1] in _COMPLEMENT_LINKS


@cache
def dictionary_phrases() -> frozenset[str]:
    """The listed phrases, as the dictionary spells them (singular)."""
    text = resources.files("tutor.data").joinpath("dictionary_phrases.txt").read_text("utf-8")
    # the file's comments are its header (tools/build_dictionary_phrases.py writes it): with the
    # header cut off, a Python test on each of 80,000 lines, half the time of this first look-up
    # that every `tutor generate` pays, is needed only for a file edited by hand
    body = text
    while body.startswith("#"):
        body = body.partition("\n")[2]
    if "\n#" in body:
        return frozenset(line for line in body.splitlines() if line and not line.startswith("#"))
    return frozenset(body.splitlines()) - {""}


def listed_phrase(words: str) -> str | None:
    """The dictionary's spelling of a phrase, as lemma or as written ("Feux verts" gives "feu
    vert"), or None when no dictionary lists it."""
    return _lookup(dictionary_phrases(), words.lower().replace("’", "'"))


def _lookup(phrases: frozenset[str], key: str) -> str | None:
    """The phrase as written, then in rough singular: every word ("droits de douane"), the
    last word ("temps forts", where "temps" is no plural) or the first ("chefs d'État")."""
    if key in phrases:
        return key
    words = key.split(" ")
    # every form tried below starts with the first word, its possessive made "son", or either
    # in the singular; most groups read in an article start no listed phrase at all
    first, own_first = words[0], _POSSESSIVES.get(words[0], words[0])
    starts = _first_words(phrases)
    if not (
        first in starts
        or own_first in starts
        or term_singular(first) in starts
        or term_singular(own_first) in starts
    ):
        return None
    if _POSSESSIVES.keys() & set(words):
        # "perdent leur sang-froid": dictionaries write the third person singular
        own = " ".join(_POSSESSIVES.get(w, w) for w in words)
        if own != key:
            return _lookup(phrases, own)
    for variant in (
        term_singular(key),
        " ".join([*words[:-1], term_singular(words[-1])]),
        " ".join([term_singular(words[0]), *words[1:]]),
    ):
        if variant in phrases:
            return variant
    return None


@lru_cache(maxsize=2)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of every phrase of the list."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


def phrase_occurrences(tokens: TokenTable) -> list[tuple[int, int, str, str]]:
    """Where the article uses a listed phrase, the longest at each word: (start, end, phrase,
    part of speech), like the glossary's matches. A verb is looked up by its infinitive ("a fait
    le point" is "faire le point"); a phrase with a person's name in it is not vocabulary."""
    phrases = dictionary_phrases()
    out: list[tuple[int, int, str, str]] = []
    n = len(tokens)
    i = 0
    while i < n:
        pos = tokens.pos[i]
        capital = tokens.text[i][:1].isupper() and not tokens.sent_start[i]
        if pos not in _STARTS or tokens.ent_type[i] == "PER" or tokens.lower[i] in _DE or capital:
            # a capital inside a sentence starts a name ("la Commission européenne")
            i += 1
            continue
        first = tokens.lemma[i].lower() if pos == "VERB" else tokens.lower[i]
        key = first.replace("’", "'")
        best: tuple[int, str] | None = None
        for j in range(i + 1, min(n, i + LONGEST)):
            if tokens.ent_type[j] == "PER" or (tokens.pos[j] == "PUNCT" and tokens.text[j] != "-"):
                break
            word = tokens.lower[j].replace("’", "'")
            hyphenated = key.endswith("-")  # "start-up", split "start", "-", "up"
            key += word if key.endswith("'") or hyphenated or word == "-" else " " + word
            ends = _LOCUTION_ENDS if pos == "ADP" else _ENDS
            if not (hyphenated or tokens.pos[j] in ends or _participle(tokens, j)):
                continue
            found = _lookup(phrases, key)
            if found is None and pos == "VERB":
                # "serrer la ceinture" written for the listed "se serrer la ceinture"
                found = _lookup(phrases, ("s'" if key[0] in _VOWELS else "se ") + key)
            if found is not None:
                best = (j, found)
        if (
            best is not None
            and pos == "ADP"
            and (
                _connective(tokens, best[0])
                or _literal_place(best[1])
                or (gerund(tokens, best[0]) and governs_after(tokens, best[0]))
            )
        ):
            # "en passant par la gare" is the verb "passer", not the locution "en passant"
            best = None
        if best is None:
            i += 1
            continue
        last, phrase = best
        out.append((tokens.idx[i], tokens.end(last), phrase, "VERB" if pos == "VERB" else "NOUN"))
        i = last + 1
    return out
