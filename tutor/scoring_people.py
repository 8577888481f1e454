"""People's names in answers: whether an expected answer names a person, and whether a learner's
near miss on it names someone else ("Marin" for Martin, "Morin" for Morel, another person of
the item) rather than slipping on this one ("Matrin").

A slip of the fingers earns half the points; another name is another person, which a reader
who understood the text does not confuse: it is wrong, and the learner is told so. Scoring
knows the people of the article only as the item names them (its prompt, proof, model answer,
keywords, options), with the given names and common surnames of `given_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tutor.french_frequency import zipf_frequency
from tutor.given_names import known_name
from tutor.model import Choice, Cloze, Item, OpenQuestion
from tutor.normalize import strip_accents, typo_distance

_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:de|du|des|d'|le|la|van|von|ben)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
)
"""A run of capitalised words, with the small words inside a name ("Charles de Gaulle")."""


COMMON_WORD_ZIPF = 4.0
"""How common a capitalised word must be to be taken for a word, not a name, when it opens a
run of capitalised words ("Selon", 5.6); surnames seldom reach it ("Faure", 3.5)."""


def _rare(word: str) -> bool:
    return len(word) > 2 and zipf_frequency(word, "fr") < COMMON_WORD_ZIPF


def _fold(word: str) -> str:
    return strip_accents(word.casefold())


def name_words(name: str) -> list[str]:
    """The words of a name as the keyword search reads them: "Jean-Marie Le Pen" is "jean",
    "marie", "le", "pen"."""
    return [_fold(w) for w in re.split(r"[\s'’-]+", name) if w]


def is_person(name: str, people: frozenset[str] = frozenset()) -> bool:
    """Whether an answer or a keyword names a person: capitalised, with a given name or a
    common surname among its words ("Laurent Faure", "Martin"; not "Ukraine", "ACTA"), or a
    word of a person's name in the item (`people`: "Varin" of "Philippe Varin")."""
    words = name_words(name)
    return name[:1].isupper() and any(known_name(w) or w in people for w in words)


def _texts(item: Item) -> Iterable[str]:
    yield from (item.prompt, item.evidence, item.feedback)
    if isinstance(item, OpenQuestion):
        yield item.model_answer
        for keyword in item.keywords:
            yield from (keyword.word, *keyword.accept)
    elif isinstance(item, Cloze):
        yield from (item.text, item.answer, *item.accept, *item.bank)
    elif isinstance(item, Choice):
        yield from (item.answer, *item.options)


def item_people(item: Item) -> frozenset[str]:
    """The words of the people's names an item mentions: runs of capitalised words of which
    one is a given name or a common surname ("Philippe Rouvière" gives "philippe" and
    "rouviere")."""
    found: set[str] = set()
    for text in _texts(item):
        for run in _CAPITALISED_RUN.finditer(text or ""):
            words = name_words(run.group())
            if any(known_name(w) for w in words):
                # "Selon Laurent Faure": a common word opening the sentence is no name
                found.update(w for w in words if known_name(w) or _rare(w))
    return frozenset(found)


def other_person(typed: str, wanted: str, name: Sequence[str], people: frozenset[str]) -> bool:
    """Whether a typed word, where a word of a person's name (`wanted`, of `name`) was
    expected, is another name: a given name or a common surname, or a word of another person's
    name in the item (`people`). A word of the same name is no other ("Jean" of "Jean-Marie")."""
    got = _fold(typed)
    if got == _fold(wanted) or got in {_fold(w) for w in name}:
        return False
    return known_name(got) or got in people


def another_persons_name(typed: str, wanted: str, people: frozenset[str]) -> bool:
    """Whether a typed answer puts another name where the wanted one names a person: word for
    word, every word that differs is another name ("Marin" for Martin, "Marie Morin" for Marie
    Morel); "Marie Dupond" for Marie Dupont stays a slip, "Dupond" being no name known."""
    if not is_person(wanted, people):
        return False
    got, want = name_words(typed), name_words(wanted)
    if len(got) != len(want) or got == want:
        return False
    differing = [(g, w) for g, w in zip(got, want, strict=True) if g != w]
    return all(other_person(g, w, want, people) for g, w in differing)


def mistaken_people(
    item: OpenQuestion, tokens: Sequence[str], missing: Sequence[str], people: frozenset[str]
) -> list[tuple[str, str]]:
    """The names an open answer gives near a person it misses, (as typed, the person): the
    learner wrote "Marin" where the item wants Martin, and should be told it is someone else.
    `tokens` are the answer's words (`scoring_keywords.answer_tokens`), `missing` the person
    keywords not found."""
    found: list[tuple[str, str]] = []
    for keyword in item.keywords:
        if keyword.word not in missing:
            continue
        forms = [name_words(form) for form in (keyword.word, *keyword.accept)]
        wanted = {w for form in forms for w in form if known_name(w) or _rare(w)}
        for token in tokens:
            near = [w for w in wanted if _near(token, w)]
            if near and other_person(token, near[0], [*wanted], people):
                found.append((token[:1].upper() + token[1:], keyword.word))
                break
    return found


def _near(typed: str, wanted: str) -> bool:
    got, want = _fold(typed), _fold(wanted)
    return got != want and (
        typo_distance(got, want) is not None or got.rstrip("es") == want.rstrip("es")
    )
