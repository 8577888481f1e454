"""Roles as items show them: "Qui est X ?" choices, and a role with the article it takes."""

from __future__ import annotations

import re
from collections.abc import Collection

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
    acronym = len(first) > 1 and first.isupper()  # "PDG", "DRH" stay as they are written
    if (
        first[:1].isupper()
        and not acronym
        and is_role_noun(first.lower())
        and first not in _CAPITAL_TITLES
    ):
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
            told = told or _gender_by_title(ctx.article.body, name)
            feminine, masculine = told == "Fem", told == "Masc"
        if feminine != masculine and role[:1].islower() and _one_of_many(role):
            # "Thomas Régnier, membre d'une organisation syndicale": a member, not the member
            return f"{'une' if feminine else 'un'} {role}"
        if role[:1].islower() and _elides(role):
            mark = french.apostrophe_of(role if re.search("['’]", role) else ctx.article.body)
            return f"l{mark}{role}"  # "l'archéologue", whoever it is
        if feminine == masculine or not (role[:1].islower() or acronym):
            return role
        return grammar.definite("la" if feminine else "le", role)
    det = french.fold(match.group(1)).strip()
    det = {"du": "le", "au": "le", "de la": "la", "de l'": "l'", "de l’": "l'"}.get(det, det)
    joint = "" if det.endswith("'") else " "
    return f"{det}{joint}{role}"


_ASPIRATED_H = ("héros", "haut", "hauts", "hors")

_MANY_WORDS = """
    membre professeur professeure enseignant enseignante chercheur chercheuse retraité retraitée
    habitant habitante militant militante salarié salariée employé employée élève étudiant
    étudiante bénévole adhérent adhérente riverain riveraine spécialiste expert experte
"""
_MANY = frozenset(_MANY_WORDS.split())
"""Roles held by many at once ("professeur à l'université de Bucarest", "retraité du quartier
de la Chaussée"): "le professeur à l'université" would say there is only one."""
_SOME_OWNER = re.compile(r"^\S+ de (?:deux|trois|quatre|cinq|six|sept|huit|\d+) ")
"""A count after the noun ("mère de trois enfants"): one of many such; "le maire d'une commune"
is still the commune's one mayor."""


_PROFESSION_WORDS = """
    avocat avocate juriste économiste courtier courtière notaire psychologue psychiatre
    médecin généraliste pharmacien pharmacienne infirmier infirmière sociologue historien
    historienne politologue hydrologue géographe urbaniste architecte consultant consultante
    conseiller conseillère ingénieur ingénieure analyste agriculteur agricultrice éleveur
    éleveuse artisan commerçant commerçante
"""
_PROFESSIONS = frozenset(_PROFESSION_WORDS.split())
"""Professions many practise: told by a field or a place ("avocate au barreau de Nice",
"économiste spécialiste de la précarité énergétique", "courtière à Marseille"), the person is
one of them; told by whom they work for ("l'avocat de la famille"), the one."""
_OWNER = re.compile(r"^(?:de|du|des|d['’])(?:\s|$)|^d['’]")


def _one_of_many(role: str) -> bool:
    """Whether a role names one of several holders: by its noun, by a count after it ("mère
    de trois enfants"), or as a profession with no employer after it."""
    head, _, rest = role.lower().partition(" ")
    if head in _PROFESSIONS and not _OWNER.match(rest):
        return True
    return head in _MANY or bool(_SOME_OWNER.match(role.lower()))


def _gender_by_title(body: str, name: str) -> str:
    """ "Le général Ricardo Muñoz", "la docteure Agathe Perrier", "M. Paul Roux": the article's
    own article or civility before the name, when the first name tells nothing."""
    if not name:
        return ""
    found = re.search(
        r"(?<![\w'’])(le|la|m\.|mme|monsieur|madame)\s+(?:[\w-]+\s+){0,2}" + re.escape(name),
        body,
        re.IGNORECASE,
    )
    if found is None:
        return ""
    return "Fem" if found.group(1).lower() in ("la", "mme", "madame") else "Masc"


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


def role_items(ctx: Context, said: Collection[str] = ()) -> list[dict[str, object]]:
    """ "Qui est X ?" with the roles of the other people of the article as wrong options.
    People a "Qui a dit" answers (`said`, folded names) come last: "Qui a dit : « … » ?
    Barroso" then "Qui est Barroso ?" asks about one person twice while others go unasked."""
    people = [p for p in ctx.people if p.role and 2 <= french.word_count(p.role) <= 12]
    phrases = {
        p.name: french.lower_titles(role_with_article(ctx, p.role or "", p.name)) for p in people
    }
    roles = {name: french.capitalise(phrase) for name, phrase in phrases.items()}
    if len({french.fold(r) for r in roles.values()}) < 3:
        return []
    items = []
    speakers = {french.fold(q.speaker) for q in ctx.facts.quotes}
    ranked = sorted(
        people,
        key=lambda p: (
            any(french.fold(n) in said for n in (p.name, *p.aliases)),
            french.fold(p.name) not in speakers,
            p.name,
        ),
    )
    for person in ranked:
        if len(items) == 2:
            break
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
        chosen = _wrong_options(ctx, answer, wrong)
        if chosen is None:
            continue
        options = [*chosen, answer]
        ctx.rng.shuffle(options)
        ctx.asked_roles.update(french.fold(n) for n in (person.name, *person.aliases))
        items.append(
            {
                "id": ctx.new_id("qui-est", person.name),
                "type": "choice",
                "skill": "speakers",
                "prompt": f"Qui est {person.name} ?",
                "options": options,
                "answer": answer,
                "evidence": evidence,
                "hint": _name_hint(ctx, person.name, evidence),
                "hint_cost": 0.5,
                "feedback": french.ensure_period(f"{person.name} est {phrases[person.name]}"),
            }
        )
    return items


def _wrong_options(ctx: Context, answer: str, wrong: list[str]) -> list[str] | None:
    """Three wrong roles, of the answer's gender where the article has them: "La rapporteure
    du texte" among three roles that start with "Le" gives itself away. A role whose noun has
    one form for both ("Le porte-parole du parti") is given the answer's article; with no other
    role of its gender, the answer would stand out and the person is not asked about."""
    gender = _article_gender(answer)
    if gender:
        wrong = sorted({_with_gender(r, gender) for r in wrong})
    if len(wrong) < 2:
        return None
    same = [r for r in wrong if _article_gender(r) in (gender, "") and not _elided_other(r, gender)]
    other = [r for r in wrong if r not in same]
    if gender and not any(_article_gender(r) == gender for r in same):
        return None
    picked = ctx.rng.sample(same, min(3, len(same)))
    return picked + ctx.rng.sample(other, min(3 - len(picked), len(other)))


def _elided_other(role: str, gender: str) -> bool:
    """Whether a role with an elided article shows the other gender by its noun ("L'infirmière
    à Roubaix" among a man's options gave itself away as wrong in the air traffic strike)."""
    first = role.split(" ", 1)[0]
    if not gender or not first.lower().startswith(("l'", "l’")):
        return False
    told = role_gender(first[2:].lower())
    return bool(told) and told != {"m": "Masc", "f": "Fem"}[gender]


_ARTICLE_GENDERS = {"le": "m", "la": "f", "un": "m", "une": "f"}


def _article_gender(role: str) -> str:
    """ "f" for "La ministre ...", "m" for "Le ministre ...", "" for "L'élue ..." or no article."""
    first = role.split(" ", 1)[0].lower()
    return _ARTICLE_GENDERS.get(first, "")


_NOT_EPICENE_WORDS = "maître prêtre prince comte vicomte hôte poète moine pape chanoine"
_NOT_EPICENE = frozenset(_NOT_EPICENE_WORDS.split())
"""Nouns in -e with a feminine of their own ("maîtresse", "princesse")."""
_LINKING = ("de ", "du ", "des ", "d'", "d’", "à ", "au ", "aux ")
_EPICENE_ENDINGS = (
    "iste", "aire", "logue", "graphe", "ique", "ile", "tre", "ge", "ble", "bre", "rne", "ole",
    "peute", "ecte", "mate", "lète", "cadre",
)  # fmt: skip
"""The endings of nouns in -e with one form for both ("la ministre", "la juge", "la
porte-parole", "la kinésithérapeute"): only they move from a woman's role to a man's article.
"""


def _with_gender(role: str, gender: str) -> str:
    """ "Le porte-parole du parti" as "La porte-parole du parti" for a woman's item: a noun in
    -e names both ("ministre", "juge", "secrétaire"), and what follows it is a complement that
    does not agree. A role with an adjective after its noun ("Le ministre sud-coréen") keeps
    its article: changing it would ask for another form of the adjective."""
    words = role.split(" ", 2)
    if len(words) < 2 or _article_gender(role) in ("", gender):
        return role
    noun, rest = words[1], (words[2] if len(words) > 2 else "")
    if not noun.endswith("e") or noun.lower() in _NOT_EPICENE:
        return role
    if role_gender(noun.lower()) or grammar.noun_gender(noun) or _gender_by_suffix(noun):
        return role  # "La déléguée", "La présidente", "La cheffe": never "Le déléguée"
    if gender == "m" and not french.fold(noun).endswith(_EPICENE_ENDINGS):
        return role  # "La préfète", "La avocate" have a masculine of their own
    if rest and not rest.startswith(_LINKING):
        return role
    if _coordinated_gendered(rest):
        return role  # "La libraire à Quimper et présidente d'une association": not "Le …"
    article = {"m": "Le", "f": "La"}[gender]
    if words[0] in ("un", "une", "Un", "Une"):
        article = {"m": "Un", "f": "Une"}[gender]
    return " ".join(w for w in (article, noun, rest) if w)


def _coordinated_gendered(rest: str) -> bool:
    """Whether a second role joined by "et" shows its gender ("… et présidente d'une
    association"): the first noun's article must then stay the one the article gave it."""
    for joined in re.findall(r"\bet\s+([^\W\d_]+)", rest):
        word = joined.lower()
        if role_gender(word) or _gender_by_suffix(word) or grammar.noun_gender(word):
            return True
    return False


def _name_hint(ctx: Context, name: str, evidence: str) -> str:
    """Where the role is told: "Cherchez le nom « X » dans le troisième paragraphe." narrows
    a long article to the place, where "… dans l'article" leaves the learner the whole text."""
    ordinal = ctx.paragraph_ordinal(evidence)
    where = f"dans le {ordinal} paragraphe" if ordinal else "dans l'article"
    return f"Cherchez le nom « {name} » {where}."
