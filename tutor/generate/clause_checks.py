"""Whether a clause cut from its sentence still reads alone: no pronoun whose noun stayed in the
article, no word left dangling, no subject or verb lost with the part that was cut.

Every generator that lifts a clause out of the article (dates, chronology, statements, summary)
asks these before showing it; they answer on the surface of the text, like `clauses`.
"""

from __future__ import annotations

import re

from tutor.generate.clause_openers import strip_opener
from tutor.generate.french import (
    DETERMINERS,
    SUBJECT_PRONOUNS,
    fold,
    strip_final_punctuation,
    wordset,
)
from tutor.generate.simplify import AUXILIARIES, is_participle

_LOOSE_PRONOUN = re.compile(
    r"(?<![\w'’])(?:(?:à|de|d['’])\s*(?:les|le)\s+[^\W\d_]+(?:er|ir|re)\b|"
    r"(?:les|la|le|leur|lui|en)\s+(?:a|ont|avait|avaient)\b|l['’](?:a|ont|avait|avaient)\b|"
    r"(?<!il\s)(?<!\w)y\s+(?:a|ont|avait|avaient|est|sont|était|étaient)\b|"
    r"(?:comme|avec|pour|chez|sans|contre|selon|d['’]après|autour\s+d['’]|parmi)"
    r"\s+(?:elle|elles|lui|eux)\b)"
    r"|^\s*(?:c['’]est|c['’]était|ce\s+sont|cela|ça)\b",
    re.IGNORECASE,
)
_OBJECT_PRONOUN = re.compile(
    # two object pronouns ("un panneau qui le leur interdit"), or one between a plural subject
    # and its verb ("les poids lourds le traversent"): what do they stand for?
    r"(?<![\w'’])(?:le|la|les|l['’])\s*(?:leur|lui)\s+[^\W\d_]"
    r"|[^\W\d_]{2,}[sx]\s+(?:le|la|les|l['’])\s*(?![^\W\d_]*ment\b)[^\W\d_]+ent\b",
    re.IGNORECASE,
)
""""à les", "de le" never stand for "aux", "du": before an infinitive they are pronouns. "en"
before an auxiliary is one too ("l'éleveur en a retrouvé onze mortes": eleven what?); so is
"elle", "lui", "eux" after a preposition ("Comme elle, des milliers d'habitants …", "Parmi
eux, Jacques Arnaud, 67 ans, …": who?), "y" before an auxiliary ("des centaines d'habitants y
avaient été intoxiqués": where?; "il y a" is no place), and "c'est", "cela" opening the clause
("C'est 4 % de plus qu'en 2024": what is?)."""


_ANSWER_OPENING = re.compile(r"^\s*(?:non|oui|si|pas du tout|bien sûr)\s*[,!.]", re.IGNORECASE)


def answers_the_sentence_before(sentence: str) -> bool:
    """ "Non, répond l'association, qui publie …": an answer to the question the sentence
    before asked ("Faut-il dépenser 700 euros … ?"); alone, it answers nothing."""
    return _ANSWER_OPENING.match(sentence) is not None


def has_loose_pronoun(clause: str) -> bool:
    """Whether the clause has an object pronoun that points back into the article: "plusieurs
    entreprises souhaitent commencer à les exploiter", "le ministre l'a annoncé". Out of its
    paragraph, an event or a statement with one says nothing of what it is about."""
    loose = _LOOSE_PRONOUN.search(clause) or _FIRST_PERSON.search(clause)
    return bool(loose) or has_object_pronoun(clause)


_FIRST_PERSON = re.compile(
    r"(?<![\w'’-])(?:(?:je|(?-i:me)|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos)(?![\w'’-])"
    r"|[jm]['’])",
    re.IGNORECASE,
)
"""The writer's own "je", "nous", "notre" in narration (an op-ed, a letter): out of its
paragraph "Avec les 280 médecins de notre association, nous proposons …" asks a learner to
judge whose association? (Quoted words are another's and are not statements made here.)"""


def has_object_pronoun(clause: str) -> bool:
    """Whether the clause has an object pronoun before its verb whose noun is elsewhere: "un
    panneau qui le leur interdit", "les poids lourds le traversent" (a reported clause may
    keep "qui en a bien besoin", whose "en" its own words explain)."""
    return bool(_OBJECT_PRONOUN.search(clause))


_DANGLING = wordset(
    """et ou mais ni de d' du des à au aux le la les l' un une en par pour sur dans avec sans
    entre vers chez que qu' dont"""
)
_LOOSE_CONJUNCTION = re.compile(r"(?<![\w'’])(?:et|ou|mais)\s*(?:,|$)", re.IGNORECASE)


def dangles(clause: str) -> bool:
    """Whether a clause cut from its sentence ends on a word that led to what was cut ("… pour
    les moins de 18 ans et."), keeps a conjunction with nothing to join ("… et, pour tous"), or
    was cut inside a quotation ("L'heure des choix », avait déjà pointé …", of a report's
    title « Hôpitaux vosgiens : l'heure des choix »)."""
    bare = strip_final_punctuation(clause).strip()
    last = fold(bare.rsplit(" ", 1)[-1]) if bare else ""
    if not bare or last in _DANGLING or bool(_LOOSE_CONJUNCTION.search(bare)):
        return True
    return bare.count("«") != bare.count("»") or bare.count("“") != bare.count("”")


_PLURAL_VERBS = wordset(
    """ont sont avaient étaient auront seront vont allaient doivent devaient peuvent pouvaient
    veulent voulaient"""
)
_SINGULAR_OPENERS = wordset("le la l' un une son sa ce cet cette mon ma notre votre")


def cut_subject(clause: str) -> bool:
    """Whether a clause's subject lost part of itself: one name or a singular noun before a
    plural verb ("Katrin Vogel ont affiché", left of "X, et son homologue, Katrin Vogel, ont
    affiché"): the rest of the subject was cut away with the other side of an "et"."""
    tokens = strip_opener(clause).split(" ")
    at = next((i for i, t in enumerate(tokens[:15]) if fold(t) in AUXILIARIES), None)
    if not at or fold(tokens[at]) not in _PLURAL_VERBS:
        return False
    subject = " ".join(tokens[:at])
    if re.search(r"\s(?:et|ou|avec)\s|\bainsi\s", subject):
        return False
    first = subject.split(" ")[0]
    if fold(first).startswith(("l'", "l’")) or fold(first) in _SINGULAR_OPENERS:
        return " des " not in f" {subject} "  # "la plupart des élus ont" agrees in meaning
    return first[:1].isupper() and fold(first) not in DETERMINERS and not first.isupper()


_FINITE_ENDING = re.compile(
    r"^[^\W\d_]{2,}(?:ent|ont|ait|aient|era|eront|ira|iront|ra|ront|it|ut)$"
)
_NOT_VERBS = (
    DETERMINERS
    | SUBJECT_PRONOUNS.keys()
    | wordset(
        """de du des à au aux en dans sur sous par pour avec sans entre vers chez et ou autour
    contre devant derrière après avant depuis près loin"""
    )
)


def may_have_verb(text: str) -> bool:
    """Whether a piece of a sentence may hold a verb: an auxiliary, a participle, a reflexive
    or a word with a verb's ending. "et une chaîne humaine autour de l'hôpital" has none: it
    shares the verb of the clause before, and is no clause to ask about alone."""
    for token in text.split():
        word = fold(token.strip(",;:.!?«»()"))
        if word in AUXILIARIES or word in ("se", "s'") or word.startswith("s'"):
            return True
        if word and word not in _NOT_VERBS and (_FINITE_ENDING.match(word) or is_participle(word)):
            return True
    return False


_QUESTION_OPENER = re.compile(
    r"^(?:(?:Depuis|Jusqu['’]à)\s+quand|Quand|De quand|Combien de temps|Pendant combien de temps)"
    r"(?:\s+est-ce\s+qu(?:e\s+|['’]))?\s*",
    re.IGNORECASE,
)


def has_finite_verb(text: str, finite: frozenset[str]) -> bool:
    """Whether a text has a conjugated verb: an auxiliary, or a form the tagger read as finite
    in the article; without the tagger's forms (no language model), `may_have_verb`."""
    body = _QUESTION_OPENER.sub("", text.strip())
    if not finite:
        return may_have_verb(body)
    for token in re.split(r"[\s'’-]+", body):
        word = token.strip(",;:.!?«»()").lower()
        if word in _WRITTEN_AUXILIARIES or word in finite:
            return True
    return False


def lost_its_verb(text: str, source: str, finite: frozenset[str]) -> bool:
    """Whether a clause or question cut from a sentence lost the conjugated verb the sentence
    had: "Gérard et Monique Lafarge" (from "quand Gérard et Monique Lafarge, qui tenaient le
    café …, prennent leur retraite"), "Le fabricant Cyclavia, basé à Romilly-sur-Seine". A
    sentence whose verb the tagger missed ("une directive demande", read as a noun) gives no
    evidence, and the text is kept."""
    return not has_finite_verb(text, finite) and has_finite_verb(source, finite)


_WRITTEN_AUXILIARIES = AUXILIARIES | wordset("serait seraient aurait auraient")
"""The auxiliaries, and the conditional forms a statement may be told in."""


_SUBORDINATOR = re.compile(
    r"(?<!est-ce )(?:\b(?:lorsqu|puisqu|parce qu|qu)['’]|\b(?:lorsque|puisque|parce que|que)\b)",
    re.IGNORECASE,
)
"""A word opening a subordinate clause, which needs its own verb ("lorsque quatorze conseillers
… avaient démissionné", "annoncé qu'un laboratoire … allait reprendre …")."""
_COMPARED = re.compile(r"\b(?:plus|moins|autant|aussi|même|mêmes|tel|telle|tels|telles)\b")
"""Words before "que" that make it a comparison ("plus de visiteurs que l'an dernier")."""
_NEGATED = re.compile(r"\bne\b|\bn['’]")
"""A "ne" before "que" makes it "only" ("dont l'avis n'est que consultatif")."""


def without_cut_subordinate(text: str | None, finite: frozenset[str]) -> str | None:
    """A question or clause whose last subordinate clause was cut before its verb: "Quand la
    crise a-t-elle éclaté, lorsque quatorze conseillers municipaux ?" loses the part set off by
    its comma ("Quand la crise a-t-elle éclaté ?"); "Quand le ministère a-t-il annoncé qu'un
    laboratoire français ?" has nothing left to ask and is dropped."""
    if text is None:
        return None
    cuts = list(_SUBORDINATOR.finditer(text))
    if not cuts or has_finite_verb(text[cuts[-1].end() :], finite):
        return text
    before = " ".join(text[: cuts[-1].start()].split()[-5:]).lower()
    if _COMPARED.search(before) or _NEGATED.search(before):
        return text  # "plus de visiteurs que l'an dernier", "n'est que consultatif": no clause
    head = text[: cuts[-1].start()].rstrip()
    if not head.endswith(","):
        return None
    head = head.rstrip(",").rstrip()
    return head + " ?" if text.rstrip().endswith("?") else head
