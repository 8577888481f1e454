"""The words of an article's title a summary answer is judged by: the title without its rubric
("France : PSA va supprimer 8 000 emplois" is what a learner would write without "France :"),
the names of places, teams and bodies it gives ("Vannes renverse Arras"), and the common nouns
of the title the article keeps coming back to ("le saumon de l'Allier")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.generate import banks, french
from tutor.generate.context import Context
from tutor.generate.keywords import is_common, keyword, keywords_in

_RUBRIC = re.compile(r"^(?P<rubric>[^:«»]{1,40}?)\s*:\s+(?P<rest>\S.*)$")


def title_names(ctx: Context, model: str, taken: Sequence[str]) -> list[dict[str, object]]:
    """The names of places, teams and bodies of the title without its rubric, as keywords,
    when the model answer says them: not a person's (people come first); the title's first
    word only when the article writes it with a capital inside a sentence ("Vannes", not
    "Vol")."""
    people = {french.fold(w) for p in ctx.people for w in (p.name, *p.aliases, *p.name.split())}
    words = french.words(without_rubric(ctx.article.title))
    names = [
        w
        for at, w in enumerate(words)
        if w[:1].isupper()
        and len(w) >= 3
        and french.fold(w) not in people
        and (at > 0 or french.fold(w) in ctx.proper_words)
    ]
    taken_folded = {french.fold(t) for t in taken}
    fresh = [w for w in dict.fromkeys(names) if french.fold(w) not in taken_folded]
    return [keyword(w, False) for w in fresh if keywords_in([keyword(w, False)], model)][:2]


def without_rubric(title: str, keywords: Sequence[str] = ()) -> str:
    """A news title without its rubric ("France : PSA va supprimer 8 000 emplois" is "PSA va
    supprimer 8 000 emplois"): an answer a learner would write does not start with a heading.
    A rubric holding a keyword the rest of the title does not say stays: it names what happened
    ("Cyberattaque : les services … paralysés", "Pénurie d'antibiotiques : les pharmaciens …")."""
    found = _RUBRIC.match(title)
    if found is None or len(found["rubric"].split()) > 4:
        return title
    rubric = french.fold(found["rubric"])
    if any(french.fold(k) in rubric and not _said_in(k, found["rest"]) for k in keywords):
        return title
    return french.capitalise(found["rest"])


def _said_in(word: str, text: str) -> bool:
    """Whether a text has the word or a form of it ("Union européenne : … le Parlement
    européen" says "européenne" again: the rubric can go)."""
    if french.fold(word) in french.fold(text):
        return True
    wanted = banks.Word(word, "", word)
    return any(
        banks.same_word(wanted, banks.Word(w, "", w)) for w in french.words(text) if len(w) >= 4
    )


TOPIC_MENTIONS = 3
"""Times the body must use a noun of the title for it to be what the article is about."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def topic_nouns(ctx: Context, taken: Sequence[str], verbs: frozenset[str]) -> list[str]:
    """The title's lower-case nouns (four letters or more, read as a noun somewhere in the
    article; no verb, no common word) that the body uses at least TOPIC_MENTIONS times, in the
    singular or the plural: "saumon" of « Biodiversité : le saumon de l'Allier, dernier grand
    migrateur … », in every paragraph, was no keyword of the summary (neither a glossary term
    nor a rare word), so "Le saumon de l'Allier est en danger" earned no point."""
    taken_folded = {french.fold(t) for t in taken}
    counts: dict[str, int] = {}
    for word in _WORD.findall(french.fold(ctx.article.body)):
        counts[word] = counts.get(word, 0) + 1
    out: list[str] = []
    for word in french.words(ctx.article.title):
        folded = french.fold(word)
        bare = folded[:-1] if folded.endswith(("s", "x")) else folded
        if (
            len(word) < 4
            or not word[:1].islower()
            or not {folded, bare} & ctx.lexicon.nouns  # "hauts fourneaux", "haute mer"
            or word.lower() in verbs
            or word.lower() in ctx.lexicon.finite
            or is_common(word)
            or any(bare in (t, t.rstrip("sx")) for t in taken_folded)
        ):
            continue
        mentions = sum(counts.get(form, 0) for form in {bare, bare + "s", bare + "x"})
        if mentions >= TOPIC_MENTIONS and word not in out:
            out.append(word)
    return out[:2]
