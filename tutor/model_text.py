"""The text as the language model reads it best, with every character at the same offset.

Kept apart from tutor/nlp.py, which loads spaCy: this is plain text work, which tests and tools
can use without the model, and which grows with each way of typing that misleads the model.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.given_names import given_names
from tutor.normalize import strip_accents

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",  # typographic apostrophe: the models split "c’" and tag it as a name
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",  # no-break spaces before « : ; ! ? would otherwise become tokens
        "\u202f": " ",
        "\u2009": " ",
    }
)


def for_analysis(text: str) -> str:
    """The text as the model reads it best, with every character at the same offset.

    Each replacement is one character for one, so spans found in the result index the original.
    A surname in capitals after a given name ("le Dr Sophie MARTIN", "M. Gilles VERNAY") is read
    as written in small letters: the model takes "MARTIN" for an acronym, and the person was lost
    (review 15).
    """
    return _CAPITAL_SURNAME.sub(_small_surname, text.translate(_SAME_LENGTH))


_CAPITAL_SURNAME = re.compile(
    r"(?<![\w-])(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \u00a0]"
    r"(?P<surname>(?-i:[A-ZÀ-Ý]{2,}(?:[-'’][A-ZÀ-Ý]{2,})?))(?![\w-])"
)


def _small_surname(match: re.Match[str]) -> str:
    """ "Sophie MARTIN" -> "Sophie Martin" when "Sophie" is a given name ("Sud-Rail SNCF" stays)."""
    given = match.group(0)[: match.start("surname") - match.start() - 1]
    names = given_names()
    if not all(strip_accents(part.casefold()) in names for part in given.split("-")):
        return match.group(0)
    surname = match["surname"]
    return f"{given}{match.group(0)[len(given)]}{surname[0]}{surname[1:].lower()}"


def names_as_written(text: str, article: str) -> str:
    """`text`, made from the model's reading of `article`, with each name `for_analysis` wrote in
    small letters spelt again as the article writes it: a role built from the parse ("avocate de
    Jean Dupont") names the person the article calls "Jean DUPONT", and a lesson must not offer
    the one person under two spellings (review 15)."""
    for read, written in _names_read_small(article).items():
        text = re.sub(rf"(?<![\w-]){re.escape(read)}(?![\w-])", written, text)
    return text


@lru_cache(maxsize=4)
def _names_read_small(article: str) -> dict[str, str]:
    """Each "Jean Dupont" the model reads for a "Jean DUPONT" of the article: read once per
    article, not once for each speaker and role (a 20,000-word article spent 4.4 s here)."""
    found = {}
    for match in _CAPITAL_SURNAME.finditer(article.translate(_SAME_LENGTH)):
        read = _small_surname(match)
        if read != match.group(0):
            found[read] = match.group(0)
    return found
