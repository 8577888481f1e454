"""What every exercise family works from: article, facts, glossary and the seeded RNG."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tutor.content import DATELINE as ARTICLE_DATELINE
from tutor.extract.genders import first_name_genders
from tutor.facts import ArticleFacts, Person
from tutor.generate import french
from tutor.generate.giveaways import Shown
from tutor.generate.lexicon import Lexicon, article_lexicon
from tutor.glossary import Glossary, GlossaryMatch
from tutor.model import Article

DATELINE = re.compile(f"{ARTICLE_DATELINE.pattern}\\s*", ARTICLE_DATELINE.flags)
"""The dateline that opens some news bodies ("5 juillet 2012. -", "Brest, 14 septembre 2026. –"),
as the article's date is read from it, with the blanks after it; not part of the sentence an
item quotes."""

_FEMININE_ROLE = re.compile(
    r"^(?:la |une |l['’]ancienne |ancienne )|\b(?:présidente|ministre de la|candidate|députée|"
    r"directrice|porte-parole de la|sénatrice|avocate|chancelière|journaliste de la)\b"
)

_MASCULINE_ROLE = re.compile(
    r"^(?:le |un |l['’]ancien |ancien )|\b(?:président|conseiller|directeur|candidat|député|"
    r"sénateur|ambassadeur|rapporteur|leader|père|fils|frère|mari|banquier|avocat)(?![a-zé])"
)

_MARKED_FEMININE_ROLE = re.compile(
    r"\b(?:présidente|députée|directrice|sénatrice|avocate|chancelière|candidate|conseillère|"
    r"ambassadrice|mère|fille|sœur|épouse)\b"
)
_MARKED_MASCULINE_ROLE = re.compile(
    r"\b(?:président|conseiller|directeur|candidat|député|sénateur|ambassadeur|rapporteur|père|"
    r"fils|frère|mari|avocat)(?![a-zé])"
)
"""Roles whose very form tells a gender ("président", "présidente"), before any first name:
"Zine", listed as a woman's, made « Zine el-Abidine Ben Ali a-t-elle quitté la Tunisie »; not
"le Premier ministre", said of Beata Szydło too."""

_FEMININE_FIRST_NAMES = french.wordset(
    """marine nadine nathalie penelope pénélope ségolène christine martine anne marie sophie
    claire catherine isabelle hélène valérie rachida najat élisabeth elisabeth theresa angela
    hillary beata ursula kamala giorgia christiane laurence florence agnès brigitte simone cécile
    aurélie delphine fleur myriam roselyne michèle monique nicole margaret marion clémentine
    carole sandrine yaël ingrid carmen golda indira benazir"""
)
_MASCULINE_FIRST_NAMES = french.wordset(
    """jean vladimir barack donald john paul antoni alexeï alexei philippe arnaud robert françois
    benoît emmanuel nicolas laurent antonis christian jérémie david pierre michel jacques louis
    marc éric eric thomas olivier manuel dimitris kostas panos vassilis christos iouri boris
    luca nikita andrea joshua mustafa ilya sacha kim xi joe george bill josé mario matteo
    olaf recep benyamin volodymyr sergueï serguei dmitri mikhaïl"""
)


def first_name_gender(name: str) -> str | None:
    """ "f" or "m" when a person's first name tells ("Beata", "Nathalie", "Jean-Marie"), else
    None. Endings in -a, -ine, -ette, -elle, -ienne are feminine outside the known exceptions."""
    first = french.fold(name.split(" ")[0])
    head = first.split("-")[0]
    listed = first_name_genders().get(name.split(" ")[0].split("-")[0])
    if listed is not None and len(name.split(" ")) >= 2:
        return "f" if listed == "Fem" else "m"  # the first names extraction knows (885)
    if first in _FEMININE_FIRST_NAMES:
        return "f"
    if first in _MASCULINE_FIRST_NAMES or head in _MASCULINE_FIRST_NAMES:
        return "m"
    if len(name.split(" ")) < 2 or not first.isalpha():
        return None  # "Barroso", "Trump": a surname says nothing
    if first.endswith(("a", "ine", "ette", "elle", "ienne")):
        return "f"
    return None


@dataclass
class Context:
    """The inputs of one generation run, with lookups shared by the exercise families.

    `rng` is the only source of randomness: every family draws from it in a fixed order, so the
    same seed gives the same file.
    """

    article: Article
    facts: ArticleFacts
    glossary: Glossary
    rng: random.Random
    used_ids: set[str] = field(default_factory=set)
    used_evidence: set[str] = field(default_factory=set)
    memo: dict[str, Any] = field(default_factory=dict)
    """Results several families need (located terms, glossary terms), computed once."""
    shown: dict[str, str] = field(default_factory=dict)
    """What earlier items already show of each evidence sentence (their prompts, statements,
    answers): a later item must not ask for what one of them gives away."""
    seen: Shown = field(default_factory=Shown)
    """What earlier items show and ask on each sentence, read closer than `shown`: a later
    item must neither show their answers in place nor ask for what they show."""
    reserved: set[str] = field(default_factory=set)
    """Folded words an open question will show with their speaker ("Relisez ces mots de X :
    « … »"): speaker items ask about other words."""
    asked_dates: set[tuple[str, str]] = field(default_factory=set)
    """(evidence sentence, value) of each date question: a true statement of that date ("Les
    élections ont eu lieu le dimanche 17 juin.", vrai) would give its answer away."""
    asked_roles: set[str] = field(default_factory=set)
    """Folded names of the people whose role an item asks or tells ("Qui est X ?", "X est le
    maire."): one fact, asked once."""
    asked_quotes: set[tuple[str, str]] = field(default_factory=set)
    """(evidence sentence, folded speaker) of each quotation an item asks who said: a learner
    asked twice about the same words notices the repetition and learns nothing new."""

    def note_used(self, items: Iterable[dict[str, Any]]) -> None:
        """Mark the items' evidence sentences as used, and keep what the items show of them."""
        for item in items:
            evidence = str(item.get("evidence", ""))
            self.used_evidence.add(evidence)
            self.seen.record(item)
            if item.get("type") == "date" and "value" in item:
                self.asked_dates.add((evidence, str(item["value"])))
            told = " ".join(
                str(item[k]) for k in ("prompt", "statement", "text", "answer") if k in item
            )
            if told not in self.shown.get(evidence, ""):
                self.shown[evidence] = f"{self.shown.get(evidence, '')} {told}"

    def gives_asked_date(self, statement: str, evidence: str) -> bool:
        """Whether a statement shows, from its evidence, the date that a date question of the
        lesson asks for there: said true, it would answer that question."""
        folded = french.fold(statement)
        return any(
            value == fact.value
            and fact.sentence in asked
            and fact.sentence in evidence
            and french.fold(fact.text) in folded
            for asked, value in self.asked_dates
            for fact in self.facts.dates
        )

    def glossary_in(self, sentence: str) -> list[GlossaryMatch]:
        """Glossary terms of a sentence, looked up once per sentence."""
        cache: dict[str, list[GlossaryMatch]] = self.memo.setdefault("glossary_in", {})
        if sentence not in cache:
            cache[sentence] = self.glossary.find_in(sentence)
        return cache[sentence]

    def remember(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def lexicon(self) -> Lexicon:
        """Word vectors and the genders the tagger reads in this article (for word banks)."""
        return article_lexicon(self.article.body)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """The article's sentences, from extraction when it gave them."""
        return self.facts.sentences or tuple(french.plain_sentences(self.article.body))

    @cached_property
    def _folded_body(self) -> str:
        return _normalise(self.article.body)

    def evidence(self, sentence: str) -> str | None:
        """The whole sentence as written in the article body, or None when it is not there.

        Extraction may hand back text with plain apostrophes or other spacing, or a piece of a
        sentence cut at a comma; learners must see the article's own, complete sentence, and
        `tutor validate` must find the evidence.
        """
        cache: dict[str, str | None] = self.memo.setdefault("evidence", {})
        if sentence not in cache:
            cache[sentence] = self._evidence(sentence)
        return cache[sentence]

    def _evidence(self, sentence: str) -> str | None:
        body = self.article.body
        sentence = DATELINE.sub("", sentence.strip())
        if not sentence:
            return None
        start = body.find(sentence)
        if start >= 0:
            end = start + len(sentence)
        else:
            pattern = r"\s+".join(
                "".join("['’]" if c in "'’" else re.escape(c) for c in word)
                for word in sentence.split()
            )
            match = re.search(pattern, body)
            if match is None:
                return None
            start, end = match.span()
        return _whole_sentence(body, start, end)

    def sentence_index(self, sentence: str) -> int | None:
        target = _normalise(sentence)
        for i, candidate in enumerate(self.sentences):
            if _normalise(candidate) == target:
                return i
        for i, candidate in enumerate(self.sentences):
            if target in _normalise(candidate) or _normalise(candidate) in target:
                return i
        return None

    def previous_sentence(self, sentence: str) -> str | None:
        index = self.sentence_index(sentence)
        return self.sentences[index - 1] if index else None

    def paragraph_ordinal(self, text: str) -> str | None:
        """The ordinal of the body paragraph that holds `text` ("troisième"), for a hint that
        says where to look; None when it is not found or past the tenth paragraph."""
        said = french.fold(" ".join(text.split()))
        lines = [french.fold(" ".join(p.split())) for p in self.article.body.split("\n")]
        at = next((i for i, line in enumerate(p for p in lines if p) if said in line), None)
        return PARAGRAPH_ORDINALS[at] if at is not None and at < len(PARAGRAPH_ORDINALS) else None

    def sentence_containing(self, *needles: str) -> str | None:
        """The first sentence that contains every needle (compared loosely)."""
        folded = [_normalise(n) for n in needles if n]
        for candidate in self.sentences:
            text = _normalise(candidate)
            if all(n in text for n in folded):
                return candidate
        return None

    @cached_property
    def proper_words(self) -> frozenset[str]:
        """Words the article writes with a capital inside a sentence: names, not openers."""
        found = re.findall(r"(?<=[\w,;:»”)] )([A-ZÀ-ÝÉ][\w’'-]*)", self.article.body)
        names = [w for p in self.facts.people for n in (p.name, *p.aliases) for w in n.split()]
        return frozenset(french.fold(w) for w in [*found, *names])

    @cached_property
    def people(self) -> tuple[Person, ...]:
        return tuple(sorted(self.facts.people, key=lambda p: p.name))

    def _names_with_role(self, pattern: re.Pattern[str]) -> frozenset[str]:
        names = set()
        for person in self.facts.people:
            if person.role and pattern.search(person.role.casefold()):
                names.add(french.fold(person.name))
                names.update(french.fold(a) for a in person.aliases)
        return frozenset(names)

    def _names_by_first_name(self, gender: str) -> frozenset[str]:
        names = set()
        for person in self.facts.people:
            if first_name_gender(person.name) == gender:
                names.add(french.fold(person.name))
                names.update(french.fold(a) for a in person.aliases)
        return frozenset(names)

    @cached_property
    def feminine_names(self) -> frozenset[str]:
        """Names of people the article presents as women, for "a-t-elle": by their first name
        when it tells ("Beata Szydło", even as "le Premier ministre"), else by their role."""
        by_role = self._names_with_role(_FEMININE_ROLE) - self._names_with_role(_MASCULINE_ROLE)
        named = (by_role - self._names_by_first_name("m")) | self._names_by_first_name("f")
        return (named | self._marked_names("f")) - self._marked_names("m")

    @cached_property
    def masculine_names(self) -> frozenset[str]:
        """Names of people the article presents as men, for "a-t-il" (first name, else role)."""
        by_role = self._names_with_role(_MASCULINE_ROLE) - self._names_with_role(_FEMININE_ROLE)
        named = (by_role - self._names_by_first_name("f")) | self._names_by_first_name("m")
        return (named | self._marked_names("m")) - self._marked_names("f")

    def _marked_names(self, gender: str) -> frozenset[str]:
        """The names whose role's form tells this gender, and not the other one too."""
        feminine = self._names_with_role(_MARKED_FEMININE_ROLE)
        masculine = self._names_with_role(_MARKED_MASCULINE_ROLE)
        return feminine - masculine if gender == "f" else masculine - feminine

    @cached_property
    def names_longest_first(self) -> tuple[str, ...]:
        """Every name and alias of the article's people, longest first (for matching)."""
        names = {n for p in self.facts.people for n in (p.name, *p.aliases) if n.strip()}
        return tuple(sorted(names, key=lambda n: (-len(n), n)))

    @cached_property
    def roles(self) -> tuple[str, ...]:
        return tuple(p.role for p in self.facts.people if p.role)

    def name_forms(self, speaker: str) -> list[str]:
        """The speaker's name and the aliases the article calls them by ("Valentina Araya",
        "Mme Araya"): a text showing any of them shows who spoke."""
        forms = [speaker]
        for person in self.facts.people:
            if french.fold(person.name) == french.fold(speaker):
                forms += [a for a in person.aliases if a.strip()]
        return forms

    def canonical_name(self, name: str) -> str:
        """The full name of a person mentioned by a shorter alias."""
        folded = french.fold(name)
        for person in self.facts.people:
            if folded == french.fold(person.name) or folded in map(french.fold, person.aliases):
                return person.name
        return name

    def new_id(self, prefix: str, text: str) -> str:
        """A stable, unique item id built from what the item is about."""
        base = f"{prefix}-{french.slugify(text, 64 - len(prefix) - 4)}"
        candidate, n = base, 2
        while candidate in self.used_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used_ids.add(candidate)
        return candidate

    def mentions(self, text: str) -> bool:
        """Whether the article's body contains this text (loosely compared)."""
        return _normalise(text) in self._folded_body


PARAGRAPH_ORDINALS = (
    *("premier", "deuxième", "troisième", "quatrième", "cinquième"),
    *("sixième", "septième", "huitième", "neuvième", "dixième"),
)
_SENTENCE_END = re.compile(r"[.!?…][»”\")]*(?=\s|$)")


_LIST_MARKS = frozenset("-–—•*▪‣◦")
_NOTE_MARK = re.compile(r"\(\d{1,2}\)|\*{1,3}")


def _whole_sentence(body: str, start: int, end: int) -> str:
    """body[start:end], grown to the sentence it is part of when it was cut short: it goes on
    to the next full stop of its paragraph, and back to the previous one, when the cut is not
    at a sentence boundary."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    if not _SENTENCE_END.search(body[start:end].rstrip()[-3:] + " "):
        found = _SENTENCE_END.search(body, end, line_end)
        end = found.end() if found else line_end
    before = body[line_start:start].rstrip()
    if before in _LIST_MARKS or _NOTE_MARK.fullmatch(before):
        before = ""  # "- les piscines … ;", "(1) Force ouvrière …": extraction leaves marks out
    if before and not _SENTENCE_END.search(before[-3:] + " ") and not DATELINE.match(before):
        ends = list(_SENTENCE_END.finditer(body, line_start, start))
        start = ends[-1].end() if ends else line_start
    text = body[start:end].strip()
    return DATELINE.sub("", text) if DATELINE.match(text) else text


def _normalise(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "«": '"', "»": '"', "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).strip().casefold()
