"""Terms-and-definitions items: glossary terms of the article matched with their definitions."""

from __future__ import annotations

import re

from tutor.generate import banks, french
from tutor.generate.context import Context
from tutor.generate.key_terms import glossary_terms
from tutor.glossary import GlossaryEntry

PAIRS_PER_MATCH = 4
MAX_MATCHES = 2


def term_match_items(ctx: Context, avoid: set[str]) -> list[dict[str, object]]:
    """Term <-> definition matching, 4 pairs per item, up to MAX_MATCHES items."""
    asked = _asked_words(ctx, avoid)
    # a word a cloze asked is not asked again: fewer pairs rather than the same word twice
    terms = [
        t for t in glossary_terms(ctx) if not banks.asked_before(banks.plain(t[1].lemma), asked)
    ]
    # a definition a cloze showed is not shown again for another word ("secouristes" after
    # the cloze "sauveteurs", one definition for both)
    definitions: set[str] = set(ctx.memo.get("asked_definitions", set()))
    lemmas: list[str] = []
    unique = []
    for form, entry, sentence in terms:
        lemma = french.fold(entry.lemma)
        # "directive" next to "directive européenne" would make two definitions fit one word
        overlapping = any(lemma in other or other in lemma for other in lemmas)
        if french.fold(entry.definition) not in definitions and not overlapping:
            definitions.add(french.fold(entry.definition))
            lemmas.append(lemma)
            unique.append((form, entry, sentence))
    items = []
    for group in _kept_apart(unique):
        if len(group) < 3:
            break
        _mark_matched(ctx, group)
        _, first_entry, sentence = group[0]
        items.append(
            {
                "id": ctx.new_id("definitions", first_entry.lemma),
                "type": "terms",
                "skill": "vocabulary",
                "prompt": "Associez chaque mot de l'article à sa définition.",
                "points": 2,
                "pairs": [
                    {
                        "term": as_written(entry.lemma, form),
                        "definition": french.ensure_period(
                            french.spaced_punctuation(entry.definition)
                        ),
                    }
                    for form, entry, _ in group
                ],
                "evidence": ctx.evidence(sentence) or sentence,
                "hint": f"« {first_entry.lemma} » : "
                + _after_colon(ctx, french.spaced_punctuation(first_entry.definition)),
                "hint_cost": 0.5,
                "feedback": "Ces mots sont dans l'article : "
                + ", ".join(f"« {form} »" for form, _, _ in group)
                + ". Relisez leurs phrases : le contexte aide à comprendre le sens.",
            }
        )
    return items


def _asked_words(ctx: Context, avoid: set[str]) -> set[str]:
    """The words (lemmas and forms, plain) the clozes made so far ask: "éleveurs" typed in a
    cloze is "éleveur" in a match."""
    return {banks.plain(word) for word in avoid} | set(ctx.memo.get("cloze_lemmas", set()))


def _mark_matched(ctx: Context, group: list[tuple[str, GlossaryEntry, str]]) -> None:
    """The matched words join those the clozes asked: a cloze added later (a lesson short of
    items) asks another word ("secouristes" right after the pair "secouriste")."""
    asked: set[str] = ctx.memo.setdefault("cloze_lemmas", set())
    shown: set[str] = ctx.memo.setdefault("asked_definitions", set())
    for form, entry, _ in group:
        asked.update((banks.plain(entry.lemma), banks.plain(form)))
        shown.add(french.fold(entry.definition))


Located = tuple[str, GlossaryEntry, str]

_MINOR_WORDS = french.STOPWORDS | french.wordset("avoir faire dans avec sans sous pour contre")


def _kept_apart(terms: list[Located]) -> list[list[Located]]:
    """The terms in up to MAX_MATCHES groups of PAIRS_PER_MATCH, in order; a term goes to the
    first group where no definition names a word of another term (see `_confusable`)."""
    groups: list[list[Located]] = [[] for _ in range(MAX_MATCHES)]
    for term in terms:
        for group in groups:
            if len(group) < PAIRS_PER_MATCH and not any(
                _confusable(term[1], other[1]) for other in group
            ):
                group.append(term)
                break
    return [group for group in groups if group]


def _confusable(one: GlossaryEntry, other: GlossaryEntry) -> bool:
    """Whether either definition names a word of the other term: "un membre du gouvernement,
    moins important qu'un ministre" (secrétaire d'État) fits "vice-ministre" too, and "les
    investisseurs qui apportent de l'argent" (tour de table) fits "investisseur"; or the two
    definitions say the same thing (`_alike`)."""
    if _names(one.definition, other.lemma) or _names(other.definition, one.lemma):
        return True
    # "greffe" and "transplantation", each "… remplace(r) un organe malade par celui d'un
    # donneur": either definition fits either word
    return _alike(one.definition, other.definition)


def _names(definition: str, lemma: str) -> bool:
    """Whether `definition` uses a word of `lemma` (or its plural), short and grammatical
    words aside."""
    said = set(re.findall(r"\w+", french.fold(definition)))
    words = [w for w in re.findall(r"\w+", french.fold(lemma)) if len(w) > 3]
    return any(
        w in said or w + "s" in said or w + "x" in said for w in words if w not in _MINOR_WORDS
    )


def _alike(one: str, other: str) -> bool:
    """Whether two definitions say the same thing: most of the words of the shorter (three at
    least, compared on their first six letters, so "remplace" is "remplacer") are in the
    other."""
    a, b = _meaning_words(one), _meaning_words(other)
    shared = len(a & b)
    return shared >= 3 and shared * 3 >= min(len(a), len(b)) * 2


def _meaning_words(definition: str) -> set[str]:
    words = re.findall(r"\w+", french.fold(definition))
    return {w[:6] for w in words if len(w) > 3 and w not in _MINOR_WORDS}


def _after_colon(ctx: Context, definition: str) -> str:
    """A definition after "« mot » :", in lower case as French writes it ("« rejeter » :
    refuser, dire non …"), unless it opens with a name ("Europe", "ONU")."""
    first = re.match(r"[^\W\d_]+", definition)
    word = first.group(0) if first else ""
    name = word.isupper() or french.fold(word) in ctx.proper_words - french.DETERMINERS
    elided = re.match(r"[A-Z][’']", definition) is not None  # "L'argent que l'on reçoit"
    if elided or (word[1:2].islower() and not name):
        definition = definition[0].lower() + definition[1:]
    return french.ensure_period(definition)


def as_written(lemma: str, form: str) -> str:
    """The lemma with the capitals the article gives its inner words: "chef d'état" is
    written "chefs d'État"; the first word's capital may only open a sentence."""
    lemma_parts = re.split(r"([\s'’-]+)", lemma)
    form_parts = re.split(r"([\s'’-]+)", form)
    if len(lemma_parts) != len(form_parts):
        return lemma
    out = lemma_parts[:1]
    for mine, theirs in zip(lemma_parts[1:], form_parts[1:], strict=True):
        capital = theirs[:1].isupper() and mine[:1].islower() and theirs[1:2].islower()
        out.append(mine[:1].upper() + mine[1:] if capital else mine)
    return "".join(out)
