"""Roles as items show them: "Qui est X ?" choices, and a role with the article it takes."""

from __future__ import annotations

import re

from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun
from tutor.generate import french, grammar
from tutor.generate.context import Context

_CAPITAL_TITLES = frozenset({"Premier", "Première"})
"""Titles French writes with a capital wherever they stand ("le Premier ministre")."""


def role_with_article(ctx: Context, role: str, name: str = "") -> str:
    """A role as a noun phrase with the determiner the article uses ("le porte-parole ..."), or
    the one the person's gender calls for ("Christian Jacob, président du groupe UMP" -> "le
    président du groupe UMP"): options then all read alike, none stands out by its form."""
    role = role.strip()
    if re.match(r"(?i)(?:(?:le|la|les|un|une)\s+|l['’])", role):
        return role
    first = role.split(" ", 1)[0]
    if first[:1].isupper() and is_role_noun(first.lower()) and first not in _CAPITAL_TITLES:
        # "Préfet maritime de l'Atlantique, X a ...": the capital was the sentence's
        role = first.lower() + role[len(first) :]
    found: dict[str, re.Match[str] | None] = ctx.memo.setdefault("role_in_body", {})
    if role not in found:
        # the whole body is searched, and role options ask for each role several times
        pattern = r"(?i)\b((?:le|la|du|au|de la|un|une)\s+|l['’]|de l['’])" + re.escape(role)
        found[role] = re.search(pattern, ctx.article.body)
    match = found[role]
    if match is None:
        folded = french.fold(name)
        feminine, masculine = folded in ctx.feminine_names, folded in ctx.masculine_names
        if feminine == masculine:
            # the role's own noun may tell: "mère de deux enfants", "étudiante infirmière"
            by_ending = {"f": "Fem", "m": "Masc"}.get(grammar.noun_gender(first) or "", "")
            told = role_gender(first.lower()) or by_ending or _gender_by_suffix(first)
            feminine, masculine = told == "Fem", told == "Masc"
        if role[:1].islower() and _elides(role):
            mark = french.apostrophe_of(role if re.search("['’]", role) else ctx.article.body)
            return f"l{mark}{role}"  # "l'archéologue", whoever it is
        if feminine == masculine or not role[:1].islower():
            return role
        return grammar.definite("la" if feminine else "le", role)
    det = french.fold(match.group(1)).strip()
    det = {"du": "le", "au": "le", "de la": "la", "de l'": "l'", "de l’": "l'"}.get(det, det)
    joint = "" if det.endswith("'") else " "
    return f"{det}{joint}{role}"


_ASPIRATED_H = ("héros", "haut", "hauts", "hors")


def _elides(role: str) -> bool:
    """Whether a role takes "l'": a vowel or a mute h ("l'homologue", "l'huissier")."""
    if french.starts_with_vowel(role):
        return True
    return (
        role[:1] == "h" and french.starts_with_vowel(role[1:]) and not role.startswith(_ASPIRATED_H)
    )


def _gender_by_suffix(noun: str) -> str:
    """ "cheffe", "rectrice", "maîtresse": a feminine form the lexicon may not know."""
    return "Fem" if french.fold(noun).endswith(("ffe", "trice", "euse", "ière", "esse")) else ""


def role_items(ctx: Context) -> list[dict[str, object]]:
    """ "Qui est X ?" with the roles of the other people of the article as wrong options."""
    people = [p for p in ctx.people if p.role and 2 <= french.word_count(p.role) <= 12]
    phrases = {
        p.name: french.lower_titles(role_with_article(ctx, p.role or "", p.name)) for p in people
    }
    roles = {name: french.capitalise(phrase) for name, phrase in phrases.items()}
    if len({french.fold(r) for r in roles.values()}) < 3:
        return []
    items = []
    speakers = {french.fold(q.speaker) for q in ctx.facts.quotes}
    ranked = sorted(people, key=lambda p: (french.fold(p.name) not in speakers, p.name))
    for person in ranked[:2]:
        evidence = None
        for name in (person.name, *person.aliases):
            found = ctx.sentence_containing(name, person.role or "")
            evidence = ctx.evidence(found) if found else None
            if evidence:
                break
        if evidence is None:
            continue
        answer = roles[person.name]
        own = [french.fold(n) for n in (person.name, *person.aliases)]
        wrong = sorted(
            {
                r
                for r in roles.values()
                if french.fold(r) != french.fold(answer)
                and not any(n in french.fold(r) for n in own)  # "le beau-frère de X" for X
            }
        )
        if len(wrong) < 2:
            continue
        options = [*ctx.rng.sample(wrong, min(3, len(wrong))), answer]
        ctx.rng.shuffle(options)
        items.append(
            {
                "id": ctx.new_id("qui-est", person.name),
                "type": "choice",
                "skill": "speakers",
                "prompt": f"Qui est {person.name} ?",
                "options": options,
                "answer": answer,
                "evidence": evidence,
                "hint": f"Cherchez le nom « {person.name} » dans l'article.",
                "hint_cost": 0.5,
                "feedback": french.ensure_period(f"{person.name} est {phrases[person.name]}"),
            }
        )
    return items
