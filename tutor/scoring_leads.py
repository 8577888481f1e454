"""What a leading clause of an open answer does to what follows its "que": "Ce n'est pas vrai
que …", "Il est faux que …", "Je ne pense pas que …" say it the other way round, "Je doute que
…", "Je ne suis pas sûr que …" doubt it; keywords said there are not earned.

- The lead governs the sentence after its "que", not only the clause up to the next comma: in
  "Ce n'est pas vrai que le maire a fermé la piscine, qui est vieille, et va la démolir" all
  is denied, and so is a clause after "et que". A sentence's end stops it, and so does a
  clause that says something of its own: one opened by "mais", "car", "parce que", "donc"
  ("…, mais il y aura des travaux"), by a new subject after a bare comma ("…, elle reste
  ouverte", "…, la mairie va …"), or by "et" and a new subject without "que" ("…, et la
  mairie va la rénover", "… et il reste maire": French repeats "que" for a second clause of
  the lead's; `and_clauses`). A phrase set beside a name ("Jeanne Castaing, la cheffe
  qui …, est morte") is no new subject.
- A source, a place or a time set off by a comma ("Ce n'est pas vrai que selon Kirby, ils
  sont utilisés", "… qu'à Liège, le tram ouvre") is no new subject: the clause after it is
  still the one the lead denies.
- A quotation is said whole: its commas, pronouns and sentences do not stop the lead ("Ce
  n'est pas vrai que selon Kirby, « Ils criaient. Ils frappaient … »").
- A clause of that sentence which denies its verb is turned back ("Il est faux que les
  missiles ne sont pas utilisés" affirms them; so, near enough, does doubting a denial); one
  that only denies a thing ("des foyers sont sans électricité") is denied with the rest.

Scoring does not parse: the words alone decide, as in `scoring_negation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tutor.and_clauses import own_clause_stop
from tutor.negation_words import (
    CLAUSE_WORDS,
    DETERMINERS,
    DOUBT_WORDS,
    FALSE_WORDS,
    LEAD_DENIALS,
    LEAD_FILLERS,
    NAME_LINKS,
    OPINION_VERBS,
    OWN_CLAUSE_OPENERS,
    SOURCE_OPENERS,
    SUBJECT_PRONOUNS,
    SURE_WORDS,
    TRUE_WORDS,
)
from tutor.negations import Negation, Words, clause_of, negations

_SUBJECT_OPENERS = SUBJECT_PRONOUNS | (DETERMINERS - {"de", "d", "a", "au", "aux"})
"""First words of a subject: a pronoun, or a determiner ("la mairie")."""


class LeadReading(NamedTuple):
    """What leading clauses do to the clauses after their "que" (word indices)."""

    denied: set[int]
    """Said the other way round: "Ce n'est pas vrai que les missiles sont utilisés"."""
    restored: set[int]
    """A denial the lead turns back: "Il est faux que les missiles ne sont pas utilisés"."""
    doubted: set[int]
    """Neither said nor denied: "Je doute que les missiles soient utilisés"."""


def denied_by_lead(text: Words) -> LeadReading:
    """The words of clauses a leading clause says the other way round ("Ce n'est pas vrai
    que", "Il est faux que", "Je ne pense pas que les missiles sont utilisés") or doubts ("Je
    ne suis pas sûr que", "Il est peu probable que", "Je doute que"), and those of such
    clauses that deny themselves, which the lead turns back."""
    reading = LeadReading(set(), set(), set())
    words = text.words
    found = negations(text)
    for that, word in enumerate(words):
        if word not in ("que", "qu") or not that or that + 1 >= len(words):
            continue
        effect = _lead_effect([words[j] for j in clause_of(text, that - 1)])
        if effect is None:
            continue
        for clause in lead_scope(text, that):
            if any(_denies_its_clause(text, n, clause) for n in found):
                reading.restored.update(clause)
            else:
                (reading.denied if effect == "denied" else reading.doubted).update(clause)
    return reading


def lead_scope(text: Words, that: int) -> list[range]:
    """The clauses a lead's "que" (at `that`) governs, from the one it opens to the end of the
    sentence, unless a clause says something of its own first (see the module's rules)."""
    words = text.words
    scope: list[range] = []
    at = that + 1
    while at < len(words):
        clause = clause_of(text, at)
        if at == that + 1:
            clause = range(at, clause.stop)  # "que" itself opens the lead's clause
        elif _own_clause(text, clause, scope):
            break
        cut = own_clause_stop(text, clause.start, sure=False, subject=True)
        if cut < clause.stop and cut not in text.quoted:
            scope.append(range(clause.start, cut))  # "…, et la mairie va faire des travaux"
            break
        scope.append(clause)
        end = clause.stop - 1
        if end in text.stops and not {end, end + 1} <= text.quoted:
            break  # a sentence ends, not one of a quotation's own: "« … perdu. C'est … »"
        at = clause.stop
    return scope


def _own_clause(text: Words, clause: range, before: Sequence[range]) -> bool:
    """Whether a clause after the lead's first one says something of its own: opened by
    "mais", "car", "donc" …, or by a subject of its own after a comma ("elle reste ouverte",
    "c'est la mairie", "la mairie va la rénover"), but not right after a source ("selon Kirby,
    ils …"). After "et" ("…, et la mairie va la rénover"), a relative ("qui est vieille") or
    the rest of the sentence after one ("…, va fermer"), the lead goes on."""
    first = text.words[clause.start]
    if {clause.start - 1, clause.start} <= text.quoted:
        return False  # a quotation is said whole: "« Ils criaient, ils frappaient … »"
    if first in OWN_CLAUSE_OPENERS:
        return True
    if first in CLAUSE_WORDS:  # "qui est vieille", "que la ville …": part of the sentence
        return False
    after_source = len(before) == 1 and text.words[before[0].start] in SOURCE_OPENERS
    # a name after a comma is more often set beside the subject ("le maire, Philippe
    # Rouvière, a fermé") than a new one: only a pronoun or a determiner opens a subject,
    # and not right after a name, which it describes ("Jeanne Castaing, la cheffe qui …")
    return first in _SUBJECT_OPENERS and not after_source and not _a_name(text, before[-1])


def _a_name(text: Words, phrase: range) -> bool:
    """Whether a clause is a name alone, its words capitalised but for the links of a name
    ("Jeanne Castaing", "Charles de Gaulle")."""
    words = text.words
    return phrase.start in text.capitals and all(
        j in text.capitals or words[j] in NAME_LINKS for j in phrase
    )


def _denies_its_clause(text: Words, negation: Negation, clause: range) -> bool:
    """Whether a negation denies the verb of its clause ("ne sont pas utilisés", "sont pas
    utilisés", "personne n'utilise"), which a lead turns back; "sans électricité", "pas de
    pluie" deny a thing only, and the clause is still the lead's to deny."""
    if negation.particle not in clause or negation.opener not in clause:
        return False
    if negation.opener != negation.particle:
        return True
    after = range(negation.particle + 1, clause.stop)
    return any(text.words[j] in ("ne", "n") for j in after)


def _lead_effect(lead: Sequence[str]) -> str | None:
    """What the words before "que" do to what follows: "denied" for a truth or an opinion
    denied ("ce n'est pas vrai", "je (ne) pense pas") or a falsehood affirmed ("il est faux (de
    dire)", "il est impossible"); "doubted" for a certainty denied ("je ne suis pas sûr", "il
    n'est pas prouvé") or a doubt affirmed ("je doute", "il est peu probable"); else None ("Je
    pense que", "Il est vrai que", "Je ne doute pas que", "Il ne fait aucun doute que")."""
    said = [w for w in lead if w not in LEAD_DENIALS | LEAD_FILLERS]
    if not said:
        return None
    # "pas" is enough, as it is spoken: "C'est pas vrai que", "Je pense pas que"
    denial = any(w in LEAD_DENIALS for w in lead)
    last = said[-1]
    if last in TRUE_WORDS | OPINION_VERBS:
        return "denied" if denial else None
    if last in FALSE_WORDS:
        return None if denial else "denied"
    if last in SURE_WORDS:
        little = len(said) > 1 and said[-2] == "peu"  # "peu probable", "peu sûr"
        return "doubted" if denial != little else None
    if last in DOUBT_WORDS:
        return None if denial else "doubted"
    return None
