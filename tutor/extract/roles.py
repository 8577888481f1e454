"""The roles the article gives people: "le président russe", "porte-parole du Conseil ...",
"fille de Jean-Marie Le Pen", "président du Conseil constitutionnel"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.owner_crowds import possessed_owner
from tutor.extract.portfolios import portfolio_role
from tutor.extract.role_after import appointed, role_after
from tutor.extract.role_before import only_a_title, role_before
from tutor.extract.role_demonstratives import demonstrative_owner
from tutor.extract.role_forms import (
    appointed_before,
    at_head,
    attribute_role,
    owned_by_antecedent,
    subject_role,
)
from tutor.extract.role_hosts import at_host
from tutor.extract.role_leads import (
    led_by,
    led_in_relative,
    presided,
    presided_in_clause,
    trade_before,
)
from tutor.extract.role_owners import whose
from tutor.extract.role_phrase import indefinite_before, opens_sentence
from tutor.extract.role_plural import shared_role
from tutor.extract.role_tidy import ANOTHER_WORDS, tidy_role

if TYPE_CHECKING:
    from tutor.nlp import Doc


def role_near(doc: Doc, body: str, start: int, end: int) -> str | None:
    """The role written right before a name ("le président russe"), right after it ("Paul
    James, ambassadeur américain en Pologne"), or given with it ("le portefeuille de la Santé
    revient à X"); a role the person is appointed to ("X, nommé vice-ministre") comes first."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    role = (
        appointed(doc, body, span.end, span.start)
        or appointed_before(doc, body, span.start, span.end)
        or portfolio_role(doc, body, span.start, span.end - 1)
    )
    if role is None:
        closed = span.end >= len(doc) or doc[span.end].text in (",", ".", ";", ")")
        before = (
            None if _saying_verb(doc, span.start) else role_before(doc, body, span.start, closed)
        )
        after = role_after(doc, body, span.end, span.start)
        if before is None and (subject := subject_role(doc, body, span.start)):
            role = subject  # "Son premier adjoint sera X, chef d'entreprise"
        elif before is None and led_in_relative(doc, body, span.start):
            role = led_in_relative(doc, body, span.start)  # "que préside X, mère de ...": the
            # office the relative clause before the name gives comes before what follows it
        elif before is None or (only_a_title(before) and not _task_after(doc, span.end)):
            role = after or attribute_role(doc, body, span.end) or before
        elif (
            after
            and _bare_trade(before)
            and _with_complement(after)
            and (doc[span.start - 1].text != "," or indefinite_before(doc, span.start - 1))
            and not _task_after(doc, span.end)
        ):
            role = after  # "l'historienne X, professeure d'histoire à l'université Y"
        else:
            role = before
        role = role or attribute_role(doc, body, span.end)
        role = role or shared_role(doc, span.start) or _fronted_head(doc, body, span.start)
        if role and trade_before(doc, span.start):
            # "la CFE-CGC, représentée par l'ingénieur X": what X does in the story
            role = presided(doc, span.start) or role
        role = presided_in_clause(doc, span.start, role) or role  # "présidé par un agriculteur, X"
        role = (role and owned_by_antecedent(doc, span.start, role)) or role  # "…, dont X est"
        role = whose(doc, span.start, role) if role else presided(doc, span.start)
        role = possessed_owner(doc, span.start, role) if role else role  # "Leur association"
        role = at_host(doc, span.start, role) if role else role
        role = demonstrative_owner(doc, span.start, role) if role else role
        if role is None or only_a_title(role):
            role = led_in_relative(doc, body, span.start) or role
        led = led_by(doc, span.start)
        if led:
            role = f"{role}, {led}" if role else led
    return tidy_role(role) if role else None


_AFTER_QUOTE = frozenset({"»", "”", '"', "“"})


def _saying_verb(doc: Doc, first: int) -> bool:
    """Whether the word before a name is the verb of the quotation just closed: "“…”, juge
    Mathieu Deschamps, analyste …" (a judge only by the tagger's reading)."""
    i = first - 1
    return (
        i >= 2
        and doc[i - 1].text == ","
        and doc[i - 2].text in _AFTER_QUOTE
        and doc[i].lower_ == doc[i].text
    )


def _bare_trade(role: str) -> bool:
    """ "historienne", "pédopsychiatre", "maîtresse de conférences": what the person does in
    general, one word or a noun with a bare complement (no article, no name)."""
    words = role.replace("’", "'").replace("d'", "d' ").split()
    if len(words) > 1 and words[0].lower() in ANOTHER_WORDS:
        words = words[1:]  # "un autre enseignant"
    if len(words) == 1:
        return "'" not in role
    return len(words) == 3 and words[1] in ("de", "d'") and words[2].islower()


def _with_complement(role: str) -> bool:
    """ "professeure d'histoire ancienne à l'université", "coauteur du rapport": a function
    the article ties to a place, a body or a work."""
    return _COMPLEMENT.search(role) is not None


_COMPLEMENT = re.compile(r"\s(?:de|du|des|à|au|aux)\s|\sd['’]")


def _task_after(doc: Doc, after: int) -> bool:
    """ "le lieutenant Marc Delorme, qui dirigeait l'intervention": what the person led at the
    time of the story is a task; the rank before the name is what the article calls them."""
    words = [t.lower_ for t in doc[after : after + 3]]
    return words[:2] == [",", "qui"] and words[2:] == ["dirigeait"]


def _fronted_head(doc: Doc, body: str, first: int) -> str | None:
    """ "À la tête du club depuis 2019, X a annoncé ...": what the person leads, written at the
    head of the sentence before the name."""
    if first < 5 or doc[first - 1].text != ",":
        return None
    for i in range(first - 2, max(first - 14, -1), -1):
        arrived = doc[i].lower_ in _ARRIVED and opens_sentence(doc, i)
        if (doc[i].pos_ in ("VERB", "AUX") and not arrived) or doc[i].text in ",;:":
            return None
        if opens_sentence(doc, i):
            led = at_head(doc, body, i + 1 if arrived else i)
            return led[0].lower() + led[1:] if led else None
    return None


_ARRIVED_WORDS = "arrivé arrivée nommé nommée élu élue placé placée installé installée revenu"
_ARRIVED = frozenset(_ARRIVED_WORDS.split())
"""How the person came to lead what follows ("Arrivée à la tête de la fédération en 2021, X")."""
