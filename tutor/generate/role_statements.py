"""Vrai / faux statements on who people are: "Karim Benali est le directeur de la coalition
Océans profonds." (true), or with the role of another person of the article (false).

A lesson whose quotations are all asked by the speaker items, and whose dates and figures make
no statement, had no vrai / faux item at all (16 of 94 lessons once each quotation was asked
once). Who is who is another fact of the article, which a learner checks by finding the
person's name, as the DELF's "vrai ou faux ? Justifiez" asks. Nobody a "Qui est X ?" asks
about is told: the statement would answer it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tutor.facts import Person
from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.giveaways import tokens
from tutor.generate.roles import _article_gender, _with_gender, role_with_article
from tutor.generate.statements import true_false

MAX_ROLE_WORDS = 12


def role_statements(ctx: Context, wanted: list[str]) -> list[dict[str, object]]:
    """A true and/or a false statement (as `wanted` asks) on two different people."""
    roles = {p.name: _phrase(ctx, p) for p in ctx.people if _role(p)}
    roles = {name: phrase for name, phrase in roles.items() if phrase}
    items: list[dict[str, object]] = []
    told: set[str] = set()
    for kind in (k for k in ("false", "true") if k in wanted):
        for person in _candidates(ctx, roles, told):
            built = _statement(ctx, person, roles, kind)
            if built is not None:
                told.add(person.name)
                items.append(built)
                break
    return items


def _role(person: Person) -> str:
    """The role before a comma: "diplomate, à la tête de la délégation française" reads
    "Mathilde Roussel est une diplomate.", not "… est la diplomate, à la tête de …"."""
    return (person.role or "").split(",", 1)[0].strip()


def _phrase(ctx: Context, person: Person) -> str | None:
    """The role as a statement ends on it: "le directeur de la coalition Océans profonds"."""
    role = _role(person)
    if not 1 <= french.word_count(role) <= MAX_ROLE_WORDS:
        return None
    phrase = french.lower_titles(role_with_article(ctx, role, person.name))
    if not (_article_gender(phrase) or phrase.startswith(("l'", "l’"))):
        return None
    words = re.split(r"(?<=[’'])|\s+", phrase)
    # "le psychiatre allemand Alois Alzheimer" reads "Alois Alzheimer est un psychiatre
    # allemand": after "est", one of a kind only with a title or a complement
    if any(w in _COMPLEMENTS or w[:2] in ("d'", "d’") for w in words[2:]):
        return phrase
    if len(words) < 2 or french.fold(words[1]) in _TITLES:
        # "le maire" is the town's, but "la présidente" alone says of what no more than "une"
        return phrase if len(words) > 2 or french.fold(words[1]) == "maire" else None
    if words[0] not in ("le", "la"):
        return None  # "l'agriculteur": "un" or "une", the article does not say
    return " ".join(["un" if words[0] == "le" else "une", *words[1:]])


_COMPLEMENTS = french.wordset("de du des à au aux en sur pour chargé chargée")
_TITLES = french.wordset(
    """président présidente premier première ministre leader maire roi reine pape chef cheffe
    capitaine directeur directrice secrétaire procureur procureure préfet préfète gérant
    gérante patron patronne"""
)
"""Nouns that name one person of a kind in the article's world ("le président russe")."""


def _candidates(ctx: Context, roles: dict[str, str], told: set[str]) -> list[Person]:
    """People with a role that no item asks about, in article order. The hint "Cette
    personne est …" of a "Qui a dit" about one of them gives way to a plainer one (hints.py)."""
    out = []
    for person in ctx.people:
        forms = {french.fold(n) for n in (person.name, *person.aliases)}
        if person.name not in roles or person.name in told or forms & ctx.asked_roles:
            continue
        out.append(person)
    return sorted(out, key=lambda p: ctx.article.body.find(p.name))


def _statement(
    ctx: Context, person: Person, roles: dict[str, str], kind: str
) -> dict[str, object] | None:
    phrase = roles[person.name]
    proofs = _evidences(ctx, person)
    if not proofs:
        return None
    evidence = proofs[0]
    if kind == "true":
        statement = f"{person.name} est {phrase}."
        feedback = f"Vrai : d'après l'article, {person.name} est {phrase}."
    else:
        found = _wrong_role(ctx, person, roles)
        if found is None:
            return None
        holder, wrong = found
        statement = f"{person.name} est {wrong}."
        feedback = f"Faux : d'après l'article, {person.name} est {phrase}, pas {wrong}."
        # a sentence that gives the wrong role too may give it to this person as well
        proofs = [p for p in proofs if not _holds(tokens(wrong)[1:], tokens(p))]
        proofs += [p for p in _holder_proofs(ctx, holder, wrong) if p not in proofs]
    if ctx.seen.reveals(statement) or _shows_asked(ctx, statement, evidence):
        return None
    ctx.asked_roles.update(french.fold(n) for n in (person.name, *person.aliases))
    return true_false(ctx, french.capitalise(statement), kind, evidence, feedback, proofs[1:])


def _evidences(ctx: Context, person: Person) -> list[str]:
    """The sentences that give the person's role next to their name ("La présidente du
    tribunal, Françoise Lagarde, …", "Christos Staïkouras, nommé vice-ministre"), the first
    found (by the full name first) before the others, which prove a statement on the role as
    well. Not one where another verb comes between them: "Hélène Marchetti, deviendra
    vice-présidente" says what she will be, not what she is. The head of the role may stand by
    the name and its complement elsewhere in the sentence: "le fonds Garonne Capital, dont
    Bruno Esquirol est l'associé fondateur"."""
    role = tokens(_role(person))
    head = _head(role)
    found: list[str] = []
    for name, evidence in _naming(ctx, person):
        if evidence in found:
            continue
        shown = tokens(evidence)
        if _side_by_side(tokens(name), role, shown) or (
            head != role
            and _side_by_side(tokens(name), head, shown)
            and _holds(role[len(head) + 1 :], shown)
        ):
            found.append(evidence)
    return found


def _naming(ctx: Context, person: Person) -> Iterator[tuple[str, str]]:
    """Each name of the person (full name first) with each evidence sentence that holds it."""
    for name in (person.name, *person.aliases):
        folded = french.fold(name)
        for sentence in ctx.sentences:
            if folded in french.fold(sentence) and (evidence := ctx.evidence(sentence)):
                yield name, evidence


def _head(role: tuple[str, ...]) -> tuple[str, ...]:
    """The role's words before its complement: "associé fondateur" of "associé fondateur de
    Garonne Capital"."""
    for i, word in enumerate(role[1:], 1):
        if word in _COMPLEMENTS or word == "d":
            return role[:i]
    return role


def _holds(needle: tuple[str, ...], hay: tuple[str, ...]) -> bool:
    return any(hay[i : i + len(needle)] == needle for i in range(len(hay) - len(needle) + 1))


_BETWEEN = french.wordset(
    "le la l les un une actuel actuelle ancien ancienne me m mme dr pr est nommé nommée"
)
"""Words that may stand between a name and its role: in an apposition ("Me Claire Fontaine"),
after "est" ("dont Bruno Esquirol est l'associé fondateur") or "nommé" ("Christos Staïkouras,
nommé vice-ministre": what he is now)."""


def _side_by_side(name: tuple[str, ...], role: tuple[str, ...], sentence: tuple[str, ...]) -> bool:
    for i in range(len(sentence)):
        if sentence[i : i + len(name)] != name:
            continue
        for j in range(len(sentence)):
            if sentence[j : j + len(role)] != role:
                continue
            gap = sentence[i + len(name) : j] if j >= i else sentence[j + len(role) : i]
            if len(gap) <= 2 and set(gap) <= _BETWEEN:
                return True
    return False


def _holder_proofs(ctx: Context, holder: Person, wrong: str) -> list[str]:
    """The sentences that give a role of one of a kind to the person who holds it: they prove
    that another person does not. "Christos Staïkouras est le ministre des Affaires
    étrangères" is false, and "Le ministère des Affaires étrangères revient au conservateur
    Dimitris Avramopoulos" shows it as well as the evidence on Staïkouras, which a learner
    who picked it (tmux, Grèce) was told did not prove the answer. A sentence counts when it
    gives the role by the holder's name (`_evidences`), or names the holder with the role's
    complement of two words or more ("des Affaires étrangères"), which names the office. Only
    for an office the complement makes one of a kind, or a mayor's ("le maire sortant"): not
    for "un porte-parole", "la cheffe étoilée" or "le maire d'une commune de l'île", of whom
    there may be several."""
    role = tokens(_role(holder))
    office = role[len(_head(role)) :]
    one_of_a_kind = len(office) >= 3 and not set(office) & _SOME  # not "de Paris" alone
    if not wrong.startswith(("le ", "la ", "l'", "l’")):
        return []
    if not one_of_a_kind:
        return _evidences(ctx, holder) if role[:1] == ("maire",) and not _SOME & set(role) else []
    found = _evidences(ctx, holder)
    for _, evidence in _naming(ctx, holder):
        if evidence not in found and _holds(office, tokens(evidence)):
            found.append(evidence)
    return found


_SOME = french.wordset("un une plusieurs quelques certains certaines")

_ANYONES = french.wordset(
    """mère père parent fille fils sœur soeur frère épouse époux mari femme veuve veuf compagne
    compagnon tante oncle cousin cousine nièce neveu grand-mère grand-père retraité retraitée
    habitant habitante voisin voisine ami amie riverain riveraine"""
)
"""What a person is besides an office (a relative, a neighbour, a retiree): "Brigitte Lenormand
est la mère de trois enfants" is not false because another woman of the article is one."""

_ANY_PLAYERS = french.wordset(
    """joueur joueuse sportif sportive athlète coéquipier coéquipière équipier équipière
    footballeur footballeuse rugbyman handballeur handballeuse basketteur basketteuse"""
)
"""What every player of a match report is, whatever their post: « Hugo Ferrand est un
joueur. » is not false of a midfielder because the article calls someone else « le joueur »."""


def _wrong_role(ctx: Context, person: Person, roles: dict[str, str]) -> tuple[Person, str] | None:
    """Another person, and their role said with this person's gender where the noun allows it
    ("la porte-parole"), and never one that names this person or is theirs under other words. A
    role of one of a kind comes first ("le directeur général de Keolis Rennes" is surely not
    the union delegate's, "un porte-parole" may be), then one nobody is asked about: "Mathilde
    Roussel est la présidente de la conférence" beside "Qui est Helena Ramos ?" tells that
    answer a second time."""
    mine = roles[person.name]
    gender = _article_gender(mine)
    if not gender:
        return None  # "l'entraîneur adjoint": whether "l'avocate" may be said of him is unknown
    own = [french.fold(n) for n in (person.name, *person.aliases)]
    asked = {p.name for p in ctx.people if french.fold(p.name) in ctx.asked_roles}
    order = sorted(
        roles,
        key=lambda n: (roles[n].startswith(("un ", "une ")), n in asked, ctx.article.body.find(n)),
    )
    for name in order:
        other = roles[name]
        wrong = _with_gender(french.capitalise(other), gender)
        wrong = french.lower_first(wrong, "")
        if name == person.name or french.fold(wrong) == french.fold(mine):
            continue
        if _article_gender(wrong) != gender or any(n in french.fold(wrong) for n in own):
            continue
        if set(tokens(wrong)) <= set(tokens(mine)) or set(tokens(mine)) <= set(tokens(wrong)):
            continue  # "le maire" for "le maire de Vauvert" is not false
        if _head_noun(wrong) in _ANYONES or _head_noun(wrong) in _ANY_PLAYERS:
            continue  # "la mère de trois enfants": the mayor may be one too
        return next(p for p in ctx.people if p.name == name), wrong
    return None


def _head_noun(role: str) -> str:
    """The word after the article: "grand-mère" of "la grand-mère de la victime"."""
    words = re.split(r"[\s'’]+", role.lower(), maxsplit=2)
    return words[1] if len(words) > 1 else ""


def _shows_asked(ctx: Context, statement: str, evidence: str) -> bool:
    """Whether the statement shows an answer an earlier item asks for on its sentence ("la
    politologue" of "Pour la ___ Marta Lagos")."""
    shown = tokens(statement)
    for asked in ctx.seen.answers.get(evidence, []):
        words = tokens(asked)
        if words and any(shown[i : i + len(words)] == words for i in range(len(shown))):
            return True
    return False
