"""People named in an article: one canonical full name each, the shorter names it goes by, its role.

"Poutine" and "L'administration de Poutine" point to "Vladimir Poutine"; "Kim Jong-il" and
"Kim Jong-un" stay two people. The role is the noun phrase the article puts next to the name:
"le porte-parole du Conseil ..., John Kirby", "Paul James, ambassadeur américain en Pologne".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tutor.extract.announced_roles import announced_before
from tutor.extract.described_later import (
    described_in_pairs,
    described_later,
    inside,
)
from tutor.extract.described_later import met_unnamed as met_unnamed
from tutor.extract.name_forms import PARTICLES
from tutor.extract.names import named_spans
from tutor.extract.not_names import describes_next, fills_quotes, names_a_thing
from tutor.extract.not_people import without_things
from tutor.extract.owner_names import of_name
from tutor.extract.role_kin import relatives_of_described
from tutor.extract.role_prizes import laureates
from tutor.extract.role_respectively import respective_roles
from tutor.extract.roles import role_near
from tutor.extract.titled_names import same_title
from tutor.extract.tokens import table_of
from tutor.facts import Person
from tutor.literal_search import is_word_or_hyphen, skip_spaces

if TYPE_CHECKING:
    from tutor.nlp import Doc


@dataclass(frozen=True)
class Mention:
    """Where the article names a person, and which person (index into `PeopleIndex.people`)."""

    start: int
    end: int
    text: str
    person: int


def surname(name: str) -> str:
    """The family name of a full name: "Le Pen" of "Jean-Marie Le Pen", "Kirby" of "John Kirby"."""
    parts = name.split()
    for i, part in enumerate(parts[1:], start=1):
        if part.lower() in PARTICLES:
            return " ".join(parts[i:])
    return parts[-1]


class PeopleIndex:
    """The people of one article and every place each is named."""

    def __init__(self, people: list[Person], mentions: list[Mention]) -> None:
        self.people = people
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def _first_at(self, start: int) -> int:
        """Index of the first mention that ends after `start`: a name the offset falls inside
        counts ("Le Pen" of "Marine Le Pen", when the parser starts the subject at "Le")."""
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self.mentions[i - 1].end > start:
            return i - 1
        return i

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The first person named between two offsets."""
        i = self._first_at(start)
        if i < len(self.mentions) and self.mentions[i].start < end:
            return self.mentions[i]
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Every person named between two offsets, in text order."""
        i = self._first_at(start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def name_of(self, mention: Mention) -> str:
        """The canonical name of the person a mention names."""
        return self.people[mention.person].name

    def holder_of(self, description: str) -> str | None:
        """ "La candidate du Front national" -> Marine Le Pen, when the article gave her that role
        and no one else has it."""
        words = description.split(" ", 1)
        if len(words) < 2 or words[0].lower() not in ("le", "la", "l'", "les"):
            if not description.lower().startswith("l'"):
                return None
            words = ["l'", description[2:]]
        wording = words[1].lower()
        holders = [
            p.name
            for p in self.people
            if p.role and (p.role.lower() == wording or p.role.lower().startswith(wording + " "))
        ]
        return holders[0] if len(holders) == 1 else None

    def role_of(self, name: str) -> str | None:
        """The role the article gives a person, by canonical name."""
        return next((p.role for p in self.people if p.name == name), None)


def find_people(doc: Doc, body: str, quoted: list[tuple[int, int]]) -> PeopleIndex:
    """People from the model's PER entities, grouped by full name, with roles from appositions."""
    spans = named_spans(doc, body)
    things = {
        r for r in spans if names_a_thing(doc, r[0], r[1]) or fills_quotes(body, *r[:2], quoted)
    }
    # "la tempête Ciarán ... Ciarán a frappé": a one-word name given to a thing stays the thing's
    table = table_of(doc)
    named_things = {name for _, _, name in things if len(name.split()) == 1} | {
        word
        for word, at in zip(table.text, table.idx, strict=True)
        if word[:1].isupper() and names_a_thing(doc, at, at + len(word))
    }
    raw = [r for r in spans if r not in things and r[2] not in named_things]
    raw = [r for r in raw if not _family_before(body, r[0])]
    raw = [r for r in raw if not describes_next(doc, r, raw)]
    full_names: list[str] = []
    for _, _, name in raw:
        if len(name.split()) >= 2 and all(_plain(name) != _plain(n) for n in full_names):
            full_names.append(name)
    # "Le Pen" and "Marine Le Pen": the shorter is a form of the longer, not a person of its own.
    canonical = [n for n in full_names if not any(n != m and _is_part_of(n, m) for m in full_names)]
    for _, _, name in raw:
        if not any(_is_part_of(name, c) or _plain(name) == _plain(c) for c in canonical):
            canonical.append(name)
    mentions: list[Mention] = []
    for start, end, name in raw:
        person = _resolve(name, canonical, mentions, start, body)
        if person is not None:
            mentions.append(Mention(start, end, name, person))
    mentions.extend(_bare_surnames(body, canonical, mentions))
    mentions = without_things(doc, body, canonical, mentions, quoted)
    mentions.sort(key=lambda m: m.start)
    used = sorted(
        {m.person for m in mentions}, key=lambda p: min(m.start for m in mentions if m.person == p)
    )
    people: list[Person] = []
    remap: dict[int, int] = {}
    for new, old in enumerate(used):
        remap[old] = new
        own = [m for m in mentions if m.person == old]
        aliases = tuple(dict.fromkeys(m.text for m in own if m.text != canonical[old]))
        role = next(
            (
                r
                for m in own
                if not inside(m, quoted)
                for r in [role_near(doc, body, m.start, m.end)]
                if r
            ),
            None,
        )
        people.append(Person(canonical[old], aliases, role))
    mentions = [Mention(m.start, m.end, m.text, remap[m.person]) for m in mentions]
    people = respective_roles(doc, body, people, mentions)
    people = described_in_pairs(doc, body, people, mentions, quoted)
    # "a perdu sa ministre de la Justice. X a démissionné. La juriste ...": the role that
    # announces the person comes before a description after them
    people = announced_before(doc, people, mentions, quoted)
    people = _owners_in_full(described_later(doc, body, people, mentions, quoted))
    people = relatives_of_described(people)  # "Le père de la skippeuse, X" -> "père de Y"
    people = laureates(doc, people, mentions, quoted)  # "l'académie Goncourt a couronné X"
    return PeopleIndex(people, mentions)


_FAMILY = re.compile(r"\b(?:famille|clan|dynastie|époux|frères|sœurs)\s+$", re.IGNORECASE)


def _family_before(body: str, start: int) -> bool:
    """ "à la famille Reynaud, propriétaire depuis 1998": the name there is a family's, not
    that of the one Reynaud the article names in full (who is not its owner alone)."""
    return _FAMILY.search(body[max(0, start - 20) : start]) is not None


def _owners_in_full(people: list[Person]) -> list[Person]:
    """ "Son directeur sportif, X" after "Roussel, qui dispute ...": the owner of a role is
    written with the full name the article gives its bearer ("de Mathis Roussel"), when the
    shorter name is one person's."""
    bearers: dict[str, set[str]] = {}
    for person in people:
        for alias in person.aliases:
            bearers.setdefault(alias, set()).add(person.name)
    full = {alias: names.pop() for alias, names in bearers.items() if len(names) == 1}
    out = []
    for person in people:
        role = person.role
        for alias, name in full.items():
            if role and name != person.name:
                for short in (f" de {alias}", f" d'{alias}", f" d’{alias}"):
                    if role.endswith(short):
                        role = role[: -len(short)] + " " + of_name(name)
        out.append(Person(person.name, person.aliases, role) if role != person.role else person)
    return out


@lru_cache(maxsize=4096)
def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _is_part_of(short: str, full: str) -> bool:
    """ "Poutine" of "Vladimir Poutine", "Marine" of "Marine Le Pen": whole words at either end;
    a particle capitalised to open a sentence is the same ("Von der Leyen")."""
    s, f = short.lower().split(), full.lower().split()
    if len(s) == 1 and len(f) >= 4 and s[0] in f[1:-1] and s[0] not in PARTICLES:
        return True  # "Lula" of "Luiz Inácio Lula da Silva": a long name goes by a middle word
    return len(s) < len(f) and (f[-len(s) :] == s or f[: len(s)] == s)


def _resolve(
    name: str, canonical: list[str], mentions: list[Mention], at: int, body: str
) -> int | None:
    if name in canonical:
        return canonical.index(name)
    same = [i for i, c in enumerate(canonical) if _plain(c) == _plain(name)]
    if same:
        return same[0]  # "Pénélope Fillon" is "Penelope Fillon" written with accents
    candidates = [i for i, c in enumerate(canonical) if _is_part_of(name, c)]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        # "Mgr Delpeyrat": the one named with that title, if one was
        candidates = same_title(body, at, candidates, [(m.start, m.person) for m in mentions])
        # "Le Pen" with two Le Pens in the article: the one named last before.
        for m in reversed(mentions):
            if m.start < at and m.person in candidates:
                return m.person
        return candidates[0]
    return None


def _bare_surnames(body: str, canonical: list[str], found: list[Mention]) -> list[Mention]:
    """Names the model did not tag: a full name, and a surname ("a déclaré Szydło") or a first
    name when only one person bears it."""
    taken = [(m.start, m.end) for m in found]
    extra: list[Mention] = []
    counts: dict[str, int] = {}
    for name in canonical:
        if len(name.split()) >= 2:
            counts[surname(name)] = counts.get(surname(name), 0) + 1
    firsts: dict[str, int] = {}
    for name in canonical:
        if len(name.split()) >= 2:
            firsts[name.split()[0]] = firsts.get(name.split()[0], 0) + 1
    for index, name in enumerate(canonical):
        if len(name.split()) < 2:
            continue
        # the whole name too: "Odile Mangin, elle, n'a pas …" tagged as nothing (or "Odile" MISC)
        forms = [name] + ([surname(name)] if counts[surname(name)] == 1 else [])
        first = name.split()[0]
        if firsts[first] == 1 and surname(name) != first and first.lower() not in PARTICLES:
            forms.append(first)  # "Marine est née ...": the one Marine of the article
        for form in forms:
            # A first name followed by another capitalised word is someone else's full name.
            for start, end in _whole_words(body, form, form == name.split()[0]):
                if any(s <= start < e or (form == name and start < s < end) for s, e in taken):
                    continue  # "Batbayar Ganbold" whose "Ganbold" the model tagged is found
                extra.append(Mention(start, end, form, index))
                taken.append((start, end))
    return extra


def _whole_words(body: str, form: str, alone: bool) -> Iterator[tuple[int, int]]:
    r"""Where `form` stands as a whole word (neither a word character nor a hyphen on either
    side) and, when `alone`, without a capitalised word after it; found as `re.finditer` finds
    `(?<![\w-])form(?![\w-])(?!\s+[A-ZÀ-Ý])`, without compiling a pattern for each name."""
    pos = 0
    while (start := _next_ending_well(body, form, pos, alone)) != -1:
        if start > 0 and is_word_or_hyphen(body[start - 1]):
            pos = start + 1
            continue
        pos = start + len(form)
        yield start, pos


def _next_ending_well(body: str, form: str, pos: int, alone: bool) -> int:
    """Where `form` next stands from `pos` with no word character or hyphen after it (nor,
    when `alone`, spaces and a capital); -1 when nowhere."""
    at = body.find(form, pos)
    while at != -1:
        end = at + len(form)
        if not (end < len(body) and is_word_or_hyphen(body[end])) and not (
            alone and _capital_after(body, end)
        ):
            return at
        at = body.find(form, at + 1)
    return -1


def _capital_after(body: str, at: int) -> bool:
    following = skip_spaces(body, at)
    if following == at or following == len(body):
        return False
    return "A" <= body[following] <= "Z" or "À" <= body[following] <= "Ý"
