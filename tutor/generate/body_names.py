"""Naming the body behind a bare "la compagnie", "l'entreprise", "le groupe" in an event.

An article names a firm once ("La compagnie régionale Air Massif, qui exploitait la liaison
…") and calls it "la compagnie" after that. A chronology event or a date question reads one
sentence alone: "La compagnie a dû annuler un vol court-courrier sur trois." leaves the learner
asking which company, in an article about a strike that grounds several. When the article, up
to that sentence, names exactly one body with that noun ("la compagnie régionale Air Massif"),
or the sentence names the firm of the person it reports ("Béatrice Fontaine, directrice
générale d'Air France, a indiqué que la compagnie …"), the subject gets its name ("La
compagnie Air France a dû annuler …"); when it names several, the event is not asked about.
An article that never names the body leaves "l'entreprise" as clear as the article itself.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.references import QUESTION_OPENER

_NOUNS = (
    "compagnie|entreprise|société|firme|enseigne|groupe|constructeur|opérateur|start-up|"
    "startup|banque|laboratoire|chaîne|fabricant|distributeur|transporteur|assureur"
)
_OPENER = f"(?:{QUESTION_OPENER})?"
_BARE_SUBJECT = re.compile(
    rf"^(?P<opener>{_OPENER})(?P<det>[Ll]a\s+|[Ll]e\s+|[Ll]['’])(?P<noun>{_NOUNS})(?![\w-])"
    r"(?P<after>[^?.;:]*)"
)
"""A subject made of a determiner and a body's noun, at the start of a clause or after the
question words ("Quand est-ce que l'entreprise a saisi …")."""
_NAME = r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:(?:de|du|des|d['’]|&)\s*)?[A-ZÀ-ÖØ-Þ0-9][\w&'’.-]*){0,3}"
_NAMED = re.compile(
    rf"(?<![\w-])(?P<noun>{_NOUNS})(?P<between>(?:\s+[a-zà-öø-ÿ][\w'’-]*){{0,3}}?)\s+(?P<name>{_NAME})"
)
"""A body's noun, up to three small words ("régionale", "de prêt-à-porter") and its name."""
_TRAILING_LINK = re.compile(r"\s+(?:de|du|des|d['’]|&)$")
"""A small word the name's pattern took after its last capital ("Air Massif de")."""
_FIRMS = french.wordset(
    "compagnie entreprise société firme start-up startup enseigne fabricant constructeur groupe"
)
"""Nouns an article uses in turn for one firm ("le fabricant de drones Aerovigil", then "la
société"); a bank or a laboratory named in passing is more often another body."""
_NOT_BETWEEN = french.wordset(
    "à au aux en dans sur sous par pour avec sans selon et ou mais qui que qu' dont où le la les "
    "l' un une ne n' se s' a ont est sont était avait avaient doit va vient"
)
"""Small words after which a capital is not the body's name ("l'entreprise à Roubaix")."""
_ROLE_OF = re.compile(
    r"(?<![\w-])(?:directeur|directrice|président|présidente|PDG|patron|patronne|porte-parole|"
    r"dirigeant|dirigeante|responsable|fondateur|fondatrice)(?:\s+(?:général|générale|"
    rf"exécutif|exécutive|adjoint|adjointe))?\s+(?:de\s+|d['’]|du\s+)(?P<name>{_NAME})"
)
"""The firm of a person the sentence reports ("directrice générale d'Air France")."""


def named_body(ctx: Context, text: str, sentence: str) -> str | None:
    """The text with a bare body subject named; the text itself when it has none or the
    article names no such body; None when it names several (which one, read alone?)."""
    found = _BARE_SUBJECT.match(text)
    if found is None or _named_already(ctx, found["after"]):
        return text
    noun = found["noun"].lower()
    names = _names_before(ctx, {noun}, sentence)
    if not names and noun in _FIRMS:
        # "La start-up rennaise Vigilis …" then "l'entreprise, qui compte 140 salariés, …"
        names = _names_before(ctx, _FIRMS, sentence)
    if not names:
        names = {m["name"] for m in _ROLE_OF.finditer(sentence)} - set(ctx.names_longest_first)
    if not names:
        return text
    if len(names) > 1:
        return None
    (name,) = names
    if name in text:
        return text
    subject = f"{found['det']}{found['noun']} {name}"
    return f"{found['opener']}{subject}{text[found.end('noun') :]}"


def _named_already(ctx: Context, after: str) -> bool:
    """Whether the subject goes on to its name ("la compagnie régionale Air Massif") or to a
    complement ("le groupe d'experts chargé …"), before any verb."""
    words = after.split()
    if words and _qualifies(ctx, words[0]):
        return True  # "L'entreprise thiernoise": the article's own description, read alone
    for word in words:
        if word[:1].isupper():
            return True
        if word in ("de", "du", "des") or word.startswith(("d'", "d’")):
            return True
        if word.lower() in ctx.lexicon.finite or "-t-" in word or word.endswith(","):
            return False
    return False


_GENERIC_QUALIFIERS = french.wordset(
    "aérienne aérien française français américaine américain italienne italien allemande "
    "allemand britannique européenne européen publique public privée privé nationale national "
    "régionale régional locale local familiale familial"
)
"""Adjectives that leave a body's noun as vague as alone ("La compagnie aérienne a dû …")."""
_NOT_QUALIFIERS = french.wordset("ne n' n’ se s' s’ y en lui leur leurs les la le l' l’ a")


def _qualifies(ctx: Context, word: str) -> bool:
    """Whether a word right after the body's noun describes it ("thiernoise", "rennaise"): a
    lower-case word that is no verb, clitic or punctuation, and no vague adjective."""
    bare = word.rstrip(",;")
    return (
        bare == word
        and bare[:1].islower()
        and bare.isalpha()
        and french.fold(bare) not in _GENERIC_QUALIFIERS
        and bare.lower() not in _NOT_QUALIFIERS
        and bare.lower() not in ctx.lexicon.finite
    )


def _names_before(ctx: Context, nouns: Collection[str], sentence: str) -> set[str]:
    """The names the article gives a body of these nouns up to the end of the sentence."""
    body = ctx.article.body
    at = body.find(sentence)
    end = len(body) if at < 0 else at + len(sentence)
    # a name that extraction took for a person's ("le fabricant de drones Aerovigil") is
    # still the body's: the noun before it says so
    return {name for start, found, name in _bodies(ctx) if found in nouns and start < end}


def _bodies(ctx: Context) -> list[tuple[int, str, str]]:
    """Where the article names a body after its noun: (offset, noun, name), one search per
    article."""

    def find() -> list[tuple[int, str, str]]:
        out = []
        # the title names the firm the body then calls "l'entreprise" ("La start-up rennaise
        # Vigilis lève 40 millions d'euros"); its names come before any sentence
        title = ctx.article.title
        for match in _NAMED.finditer(f"{title}\n{ctx.article.body}"):
            between = match["between"].split()
            if any(w.lower() in _NOT_BETWEEN for w in between):
                continue
            if between and between[-1].lower() in ("de", "du", "des"):
                continue  # "une société de Bourse", "l'usine de Kemi": a kind or a place
            if any(w.lower() in ctx.lexicon.finite for w in between):
                continue  # "l'entreprise emploie Marc …": a verb, then its object
            # a name ends with its sentence: "le groupe italien Fratelli Rinaldi. L'entreprise
            # thiernoise …" named "Fratelli Rinaldi. L'entreprise"
            name = re.split(r"[.!?]\s", match["name"])[0]
            name = _TRAILING_LINK.sub("", name).rstrip(".")
            at = match.start() - len(title) - 1
            out.append((at, match["noun"].lower(), name))
        return out

    result: list[tuple[int, str, str]] = ctx.remember("named_bodies", find)
    return result
