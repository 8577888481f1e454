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

from tutor.extract.genders import first_name_genders
from tutor.extract.names import PARTICLES, describes_next, fills_quotes, named_spans, names_a_thing
from tutor.extract.not_people import without_things
from tutor.extract.role_descriptions import descriptions
from tutor.extract.role_epithet import named_aside
from tutor.extract.role_forms import paired_descriptions
from tutor.extract.role_kin import kin_of_role
from tutor.extract.roles import opens_sentence, role_near
from tutor.facts import Person

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token


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
    named_things = {name for _, _, name in things if len(name.split()) == 1} | {
        tok.text
        for tok in doc
        if tok.text[:1].isupper() and names_a_thing(doc, tok.idx, tok.idx + len(tok.text))
    }
    raw = [r for r in spans if r not in things and r[2] not in named_things]
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
        person = _resolve(name, canonical, mentions, start)
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
                if not _inside(m, quoted)
                for r in [role_near(doc, body, m.start, m.end)]
                if r
            ),
            None,
        )
        people.append(Person(canonical[old], aliases, role))
    mentions = [Mention(m.start, m.end, m.text, remap[m.person]) for m in mentions]
    people = _described_in_pairs(doc, body, people, mentions, quoted)
    return PeopleIndex(_described_later(doc, body, people, mentions, quoted), mentions)


def _described_in_pairs(
    doc: Doc,
    body: str,
    people: list[Person],
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> list[Person]:
    """ "X et Y ont signé l'accord. Le patron de A et la directrice de B espèrent ...": two
    roles in turn are the roles of the two people the sentence before named in turn."""
    roles: dict[int, str] = {}
    for at, one, other in paired_descriptions(doc, body):
        before = [m for m in mentions if m.end <= at and not _inside(m, quoted)]
        if len(before) < 2 or any(_inside(m, quoted) for m in mentions if m.start == at):
            continue
        first, second = before[-2], before[-1]
        between = body[second.end : at]
        if body[first.end : second.start].strip() != "et" or "\n" in between:
            continue
        if between.count(". ") > 1 or first.person == second.person:
            continue
        if people[first.person].role is None and people[second.person].role is None:
            roles[first.person], roles[second.person] = one, other
    return [Person(p.name, p.aliases, roles[i]) if i in roles else p for i, p in enumerate(people)]


def _described_later(
    doc: Doc,
    body: str,
    people: list[Person],
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> list[Person]:
    """ "Trump ... la spontanéité du président élu américain": a description the narration uses
    for the person named just before it (same paragraph, at most a sentence back) is that
    person's role, when they have none and no one else has it."""
    taken = {p.role.lower() for p in people if p.role}
    roles: dict[int, str] = {}
    for at, role in descriptions(doc):
        if any(s <= at < e for s, e in quoted) or role.lower() in taken:
            continue
        before = [m for m in mentions if m.end <= at and not _inside(m, quoted)]
        if not before:
            continue
        successor = _successor(body, before)
        nearest = successor or _actor_before(doc, body, before, at)
        if not successor and _held_by_another(role, people, before, nearest.person):
            continue  # "a élu X maire, après la démission de Y. Le nouvel élu ...": X
        if not successor and _OFFICE.search(role) and not _acts_then_office(doc, nearest, at):
            continue  # "X a été tué. Le ministre de l'Intérieur a dénoncé ...": someone else
        between = body[nearest.end : at]
        if "\n" in between or between.count(". ") > 1 or len(between) > 300:
            continue
        if named_aside(doc, nearest.start, nearest.end):
            continue  # "L'enquête vise X. Le procureur ...": X is what the story is about
        if _same_clause(doc, nearest, at):
            continue  # "Julie Roussel a rencontré le ministre allemand": someone else
        noun = body[at:].split(maxsplit=1)[0].strip(",.;:!?»”")
        if met_unnamed(body, noun, at):
            continue  # "X a rencontré le maire. Le maire a promis ...": that unnamed mayor
        if people[nearest.person].role is None and nearest.person not in roles:
            roles[nearest.person] = role
            taken.add(role.lower())
    return [Person(p.name, p.aliases, roles[i]) if i in roles else p for i, p in enumerate(people)]


def _actor_before(doc: Doc, body: str, before: list[Mention], at: int) -> Mention:
    """The person last named before a description, or, when that one is named as an object
    inside the sentence ("X, qui incarne Robespierre, impose ... Le baryton breton ...") or
    is not of the description's gender ("Angela Merkel et François Hollande ... La chancelière
    allemande"), the person named before it in the same sentence who is not."""
    last = before[-1]
    if not named_aside(doc, last.start, last.end) and not _other_gender(doc, last, at):
        return last
    for m in reversed(before[:-1]):
        if _SENTENCE_END.search(body, m.end, last.start):
            break
        if m.person == last.person or named_aside(doc, m.start, m.end):
            continue
        if not _other_gender(doc, m, at):
            return m
    return last


def _acts_then_office(doc: Doc, mention: Mention, at: int) -> bool:
    """ "X a signé un arrêté. La préfète du Cher a également demandé ...", "une idée portée
    par X. Le député du Var a déposé ...": an office opening the sentence right after the one
    where the person acts (its subject, not a passive one, or the agent "par X") is that
    person's, as the office after a victim or an object is someone else's."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None:
        return False
    det = description.start - 1
    if det < 0 or doc[det].pos_ != "DET" or not opens_sentence(doc, det):
        return False
    token = span.root
    while token.dep_ in ("flat:name", "flat") and token.head.i != token.i:
        token = token.head
    by = any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    if token.dep_ == "obl:agent" or (
        by and token.dep_.startswith("obl") and token.head.pos_ == "VERB"
    ):
        return True
    passive = any(c.dep_ == "aux:pass" for c in token.head.children)
    return token.dep_ == "nsubj" and not passive


_SUCCEEDS = re.compile(
    r"\b(?:succ[èée]d\w*|rempla[cç]\w*)(?:\s+[^\s.,]+){0,3}?\s+(?:à\s+)?(?:(?:M\.|Mme)\s+)?$"
)
_SENTENCE_END = re.compile(r"(?<!\bM)[.!?]\s")


_OFFICE = re.compile(r"\b(?:du|des)\s|\bde\s+(?:la\s|l['’]|[A-ZÀ-Ý])|\bd['’][A-ZÀ-Ý]")
"""A description with a complement ("le ministre de l'Intérieur", "le procureur de la
République", not "l'homme d'affaires") names an office, and news French uses it to bring in its
holder, unnamed: the person named before is "l'ancien notaire" or "le ministre", not "le
ministre de l'Intérieur"."""


def _successor(body: str, before: list[Mention]) -> Mention | None:
    """ "X succède à Y. La nouvelle directrice ...": when the last person named is the one
    replaced, a role that follows is the successor's, named before in the same sentence."""
    last = before[-1]
    if not _SUCCEEDS.search(body, max(0, last.start - 60), last.start):
        return None
    for m in reversed(before[:-1]):
        if _SENTENCE_END.search(body, m.end, last.start):
            return None
        if m.person != last.person:
            return m
    return None


def _held_by_another(role: str, people: list[Person], before: list[Mention], nearest: int) -> bool:
    """Whether the description fits one other person named before, who already has a role
    of its family ("l'élu" for the new mayor)."""
    roles = {
        people[m.person].name: held
        for m in before
        if m.person != nearest and (held := people[m.person].role)
    }
    return kin_of_role(f"l'{role.split()[0]}", "", roles, {}) is not None


def _clause_of(token: Token) -> int:
    """The verb heading the clause a token stands in (its own index when there is none)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.i


def _same_clause(doc: Doc, mention: Mention, at: int) -> bool:
    """Whether the description cannot be the person: it stands in the person's own clause
    ("Julie Roussel a rencontré le ministre allemand"), or its gender is not the first
    name's ("Marine Le Pen ... du président américain")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None or _other_gender(doc, mention, at):
        return True
    return _clause_of(span.root) == _clause_of(description.root)


def _other_gender(doc: Doc, mention: Mention, at: int) -> bool:
    """Whether the description at `at` is not of the person's gender, known from the first
    name ("Marine Le Pen ... du président américain")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    description = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or description is None:
        return False
    # our list of first names before the tagger, which reads "Léa" or "Nathalie" as masculine
    known = first_name_genders().get(span[0].text)
    genders = (
        [known] if known else span[0].morph.get("Gender"),
        _gender_of_description(doc, description[0].i),
    )
    return bool(all(genders) and genders[0] != genders[1])


_ARTICLE_GENDERS = {"le": "Masc", "du": "Masc", "au": "Masc", "la": "Fem"}


def _gender_of_description(doc: Doc, noun: int) -> list[str]:
    """The gender its article gives a description ("Le baryton", which the tagger may call
    feminine), else the tagger's."""
    for i in range(noun - 1, max(noun - 3, -1), -1):
        if doc[i].pos_ == "DET":
            gender = _ARTICLE_GENDERS.get(doc[i].lower_)
            return [gender] if gender else doc[noun].morph.get("Gender")
        if doc[i].pos_ != "ADJ":
            break
    return doc[noun].morph.get("Gender")


def _inside(m: Mention, quoted: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in quoted)


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


def _resolve(name: str, canonical: list[str], mentions: list[Mention], at: int) -> int | None:
    if name in canonical:
        return canonical.index(name)
    same = [i for i, c in enumerate(canonical) if _plain(c) == _plain(name)]
    if same:
        return same[0]  # "Pénélope Fillon" is "Penelope Fillon" written with accents
    candidates = [i for i, c in enumerate(canonical) if _is_part_of(name, c)]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        # "Le Pen" with two Le Pens in the article: the one named last before.
        for m in reversed(mentions):
            if m.start < at and m.person in candidates:
                return m.person
        return candidates[0]
    return None


def _bare_surnames(body: str, canonical: list[str], found: list[Mention]) -> list[Mention]:
    """Surnames the model did not tag ("a déclaré Szydło"), when only one person bears them."""
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
        forms = [surname(name)] if counts[surname(name)] == 1 else []
        if firsts[name.split()[0]] == 1 and surname(name) != name.split()[0]:
            forms.append(name.split()[0])  # "Marine est née ...": the one Marine of the article
        for form in forms:
            # A first name followed by another capitalised word is someone else's full name.
            after = r"(?![\w-])" + (r"(?!\s+[A-ZÀ-Ý])" if form == name.split()[0] else "")
            for m in _whole_words(body, re.escape(form) + after):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                extra.append(Mention(m.start(), m.end(), form, index))
                taken.append((m.start(), m.end()))
    return extra


_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")


def _whole_words(body: str, pattern: str) -> Iterator[re.Match[str]]:
    r"""The matches of `(?<![\w-])` + pattern, found as `re.finditer` finds them: a pattern that
    starts with its words is searched for by them, much faster than one that starts by looking
    behind at every character."""
    compiled = re.compile(pattern)
    pos = 0
    while (m := compiled.search(body, pos)) is not None:
        if _NOT_AFTER_WORD.match(body, m.start()) is None:
            pos = m.start() + 1
            continue
        pos = m.end()
        yield m


def met_unnamed(body: str, noun: str, at: int) -> bool:
    """Whether the article already spoke of "le maire" as someone with no name given ("a
    rencontré le maire", "au ministre"): a bare role met again is that same unnamed person,
    not the person in focus. A role followed by a name within a few words, or set off by a
    comma, names someone ("le maire, Paul X,", "le maire de Lyon(,) Paul X") and does not
    count."""
    pattern = (
        rf"\b(?i:le|la|l'|l’|du|au|à la|à l'|à l’)\s*(?i:{re.escape(noun)})\b"
        r"(?!\s*,|(?:[\s'’]+[a-zà-ÿ-]+){0,3},?[\s'’]+[A-ZÀ-Ý])"  # "le président russe Vladimir"
    )
    return re.search(pattern, body[:at]) is not None
