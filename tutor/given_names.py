"""Whether a word is a given name or a common surname, from the project's own lists
(tutor/data/first_names.yaml, tutor/data/surnames.txt)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from tutor.normalize import strip_accents


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (and each part of a compound one), accent-free and in small letters."""
    text = resources.files("tutor.data").joinpath("first_names.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    # "Jean-Marie" is read as "jean" and "marie" by the keyword search: each part is a name
    parts = {part for name in data for part in str(name).split("-")} | set(map(str, data))
    return frozenset(strip_accents(name.casefold()) for name in parts)


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """Common French surnames, accent-free and in small letters: with the given names, the
    words a near miss on a person's name may land on that name someone else ("Morin" for
    Morel)."""
    text = resources.files("tutor.data").joinpath("surnames.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(strip_accents(line.casefold()) for line in lines if line and line[0] != "#")


def known_name(word: str) -> bool:
    """Whether a word is a given name or a common surname, whatever its case and accents."""
    folded = strip_accents(word.casefold())
    return folded in given_names() or folded in known_surnames()


def other_given_name(typed: str, wanted: str) -> bool:
    """Whether a typed word is a given name other than the wanted one ("Marie" for "Marine",
    "Marin" for "Marine"): another person's name, never a slip on this one's. Names borne by
    women and men alike are not in the list, so this errs towards a slip."""
    got, want = strip_accents(typed.casefold()), strip_accents(wanted.casefold())
    names = given_names()
    return got != want and got in names and want in names


def given_places(form: list[str], named: list[str], written: str) -> frozenset[int]:
    """The words of a name's form (`written`, as `form` words) before its surname ("Marine" of
    "Marine Le Pen"), and a form of one word that is the first of the keyword's own name
    (`named`: "Marine" accepted for "Marine Le Pen"): there a given name stands. A name of one
    word alone ("Martin") may be a surname."""
    if not written[:1].isupper():
        return frozenset()
    if len(form) > 1:
        return frozenset(range(len(form) - 1))
    return frozenset({0}) if len(named) > 1 and named[0] == form[0] else frozenset()


def first_name_of(form: list[str], named: list[str], written: str) -> str:
    """The given name before a form that is the end of the keyword's name (`named`): "marine"
    for "Le Pen" accepted for "Marine Le Pen", or ""."""
    tail = len(named) - len(form)
    if not written[:1].isupper() or tail < 1 or named[tail:] != form:
        return ""
    return named[tail - 1]


def names_another_person(typed: list[str], form: list[str], named: list[str], written: str) -> bool:
    """Whether typed words put another given name where an accepted form of a name has one
    ("Marie" or "Marin" for "Marine" accepted for "Marine Le Pen", "Marie Le Pen"): then the
    form is no slip away (see `given_places`)."""
    if len(typed) != len(form):
        return False
    places = given_places(form, named, written)
    return any(other_given_name(typed[i], form[i]) for i in places)
