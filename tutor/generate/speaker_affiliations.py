"""Whether one speaker belongs to another, so that neither is a sure wrong answer for the
other's words.

A careful teacher does not offer "La Banque de France" as the wrong speaker of words its
director of macroeconomic studies said at its press conference, nor "L'ONU" against its
refugee agency, nor "Les prévenus" against the principal defendant: the learner who picks
the one is right about the other. Three ties are read from the article:

- a person works for a body: the role names it ("porte-parole du HCR"), or the role names no
  owner of its own ("directeur des études macroéconomiques") and the article names the body
  just before the person ("… les économistes de la banque centrale … », a détaillé Bertrand
  Lévêque, directeur des études macroéconomiques");
- a person is one of a group: the role is the group's noun ("principal prévenu", "Les
  prévenus");
- a body is part of another: one's name holds the other's ("Le Haut-Commissariat des Nations
  unies pour les réfugiés", "L'ONU"), or it is an agency of the United Nations or an
  institution of the European Union, bodies every reader of the press is expected to know.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tutor.facts import Person
from tutor.generate import french
from tutor.generate.context import Context

_UMBRELLAS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        french.wordset("onu") | {"nations unies", "organisation des nations unies"},
        french.wordset("hcr unhcr ocha pam unicef oms fao unesco pnud oit aiea unrwa oim giec")
        | {
            "haut-commissariat pour les réfugiés",
            "bureau de la coordination des affaires humanitaires",
            "programme alimentaire mondial",
            "organisation mondiale de la santé",
            "organisation internationale du travail",
            "organisation internationale pour les migrations",
            "agence internationale de l'énergie atomique",
            "conseil de sécurité",
            "casques bleus",
            "cour internationale de justice",
        },
    ),
    (
        french.wordset("ue") | {"union européenne"},
        french.wordset("bce cjue frontex eurostat")
        | {
            "commission européenne",
            "parlement européen",
            "conseil européen",
            "banque centrale européenne",
            "cour de justice de l'union européenne",
        },
    ),
)
"""Bodies made of others, as (the names of the whole, the names of its parts)."""

_POSTS = french.wordset(
    """président présidente directeur directrice responsable porte-parole chef cheffe secrétaire
    conseiller conseillère chargé chargée coordinateur coordinatrice délégué déléguée
    représentant représentante administrateur administratrice dirigeant dirigeante
    vice-président vice-présidente haut-commissaire commissaire membre cadre adjoint adjointe
    gouverneur gouverneure trésorier trésorière négociateur négociatrice patron patronne pdg
    fondateur fondatrice cofondateur cofondatrice salarié salariée employé employée
    sous-directeur sous-directrice"""
)
"""Posts held inside a body: a role of these with no owner is some body's, maybe the one just
named. An "économiste", a "chercheuse", an "avocat" or a "habitant" may be anyone's, or their
own: "Selon l'Observatoire, … », souligne Bertrand Loisel, économiste" is no staff of it."""
_DEPARTMENTS = french.wordset(
    """études recherche ressources communication information achats prévision prévisions
    stratégie développement opérations affaires relations finances projet projets programme
    programmes risques statistiques marketing ventes production investissements conjoncture
    culture sport sports jeunesse éducation santé environnement transition mobilité mobilités
    urbanisme sécurité transports logement économie travaux numérique solidarités patrimoine
    tourisme commerce presse innovation qualité clientèle réseau service pôle unité cellule
    direction"""
)
"""What a complement names when it is a part of the body, not the body ("directeur des études
macroéconomiques", "adjointe à la culture"): the owner is still to be read elsewhere."""
_STAND_INS = french.wordset("institution organisme organisation établissement instance structure")
"""An owner the role names so as not to repeat a name ("responsable médicale de l'organisation
sur place"): the body named before, no owner of its own."""
_COMPLEMENT = re.compile(r"\s(?:de|du|des|dans|chez|à|au|aux|auprès)(?:\s|$)|\sd'")
_ONE_OF = re.compile(r"(?i)\bl['’]une?\s+(?:d['’](?:entre\s+)?(?:eux|elles)|des\s+[\w-]+)\s*,?\s*$")
"""A person introduced as one of a group: "l'un d'eux, Didier Vasseur", "l'une des mères,"."""
_LED_BY = re.compile(
    r"(?i)\b(?:présid|dirig|condui|pilot|anim|men|fond|représent)[ée]*e?s?\s+par\s+(?:\S+\s+){0,2}$"
)
"""A person brought in as the body's head: "le groupe d'experts, présidé par l'économiste"."""
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
_DETERMINER = re.compile(r"(?i)^(?:les|le|la|l['’]|un|une|des)\s*")


def affiliated(
    ctx: Context,
    a: str,
    b: str,
    is_person: Callable[[str], bool],
    names_of: Callable[[str], Iterable[str]],
) -> bool:
    """Whether one of two speaker labels belongs to the other: a person to a body or a group,
    a body to a body. `is_person` says which labels are one person; `names_of` gives the
    other labels the article uses for the same speaker ("La banque centrale" for "La Banque
    de France")."""
    if french.fold(a) == french.fold(b):
        return False
    a_person, b_person = is_person(a), is_person(b)
    if a_person and b_person:
        return False
    if a_person or b_person:
        person, party = (a, b) if a_person else (b, a)
        return _belongs(ctx, person, party, names_of)
    return _within(ctx, a, b, names_of) or _within(ctx, b, a, names_of)


def _belongs(
    ctx: Context, person_label: str, party: str, names_of: Callable[[str], Iterable[str]]
) -> bool:
    person = _person(ctx, person_label)
    written = (person.role or "") if person else _DETERMINER.sub("", person_label.strip())
    role = french.fold(written)  # "Le directeur de l'agence": a role, nobody named
    names = _names(ctx, party, names_of)
    if role and (_holds(role, names) or _part_of_umbrella(role, names)):
        return True  # "porte-parole du HCR" for "Le HCR", and for "L'ONU"
    if role and french.is_plural(party) and _head(party) in _before_owner(role):
        return True  # "principal prévenu" is one of "Les prévenus"
    if person is None:
        return False
    introduction = _introduction(ctx, person)
    if french.is_plural(party) and introduction and _ONE_OF.search(introduction[0]):
        # "les prévenus … ont dénoncé … « … », a déclaré l'un d'eux, Didier Vasseur"
        return any(_holds(french.fold(t), names) for t in introduction)
    if _defends(ctx, person, party):
        return True
    if (
        introduction
        and _LED_BY.search(introduction[0])
        and _holds(french.fold(introduction[0]), names)
    ):
        return True  # "le groupe d'experts, présidé par l'économiste Bernard Aubrac"
    if not role or not _before_owner(role) & _POSTS:
        return False
    # the heads of the party's names and of the article's speakers that are part of it
    parts = (french.fold(q.speaker) for q in ctx.facts.quotes)
    heads = {_head(n) for n in (*names, *(p for p in parts if _holds(p, names)))}
    if _owned(written, heads):
        return False
    return any(_holds(french.fold(t), names) for t in introduction)


def _within(ctx: Context, inner: str, outer: str, names_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether the body `inner` is part of the body `outer`: "Le Haut-Commissariat des Nations
    unies pour les réfugiés" and "L'ONU", "La CGT de Renault" and "La CGT"."""
    outer_names = _names(ctx, outer, names_of)
    inner_names = _names(ctx, inner, names_of)
    if outer_names & inner_names:
        return False  # one body under two names: `one_party` says so
    if any(_holds(n, outer_names) for n in inner_names):
        return True
    return any(_part_of_umbrella(n, outer_names) for n in inner_names)


def _part_of_umbrella(name: str, outer_names: set[str]) -> bool:
    for whole, parts in _UMBRELLAS:
        if outer_names & whole and (_holds(name, whole) or _holds(name, parts)):
            return True
    return False


def _names(ctx: Context, label: str, names_of: Callable[[str], Iterable[str]]) -> set[str]:
    """A speaker's names, folded and bare: its label, the article's other labels for it, and
    the initials the article gives it in brackets ("(HCR)")."""
    names = {_bare(n) for n in (label, *names_of(label))}
    for name in [n for n in names if len(n.split()) > 1]:
        match = re.search(rf"{re.escape(name)}\s*\(\s*([\w-]{{2,10}})\s*\)", _body(ctx))
        written = match and re.search(rf"\(\s*({match.group(1)})\b", ctx.article.body, re.I)
        if written and written.group(1)[:1].isupper():
            names.add(match.group(1))  # "(HCR)", not a word in brackets "(réfugiés)"
    names.update(n for whole, _ in _UMBRELLAS if names & whole for n in whole)
    return {n for n in names if len(n) > 1}


def _body(ctx: Context) -> str:
    return ctx.remember("folded_body", lambda: french.fold(ctx.article.body))


def _holds(text: str, names: Iterable[str]) -> bool:
    """Whether `text` (folded) has one of the `names` as whole words, not brought in by "un":
    "analyste dans une société de Bourse" is not "La société" the article is about."""
    return any(
        re.search(rf"(?<![\w-])(?<!\bun )(?<!\bune ){re.escape(n)}(?![\w-])", text) for n in names
    )


def _bare(label: str) -> str:
    return _DETERMINER.sub("", french.fold(label).strip())


def _head(label: str) -> str:
    words = _bare(label).split()
    return _singular(words[0]) if words else ""


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


def _before_owner(role: str) -> set[str]:
    """The words of a role before its first complement: "principal prévenu", "avocate"."""
    head = _COMPLEMENT.split(f" {role}", maxsplit=1)[0]
    return {_singular(w) for w in head.split()} | set(head.split())


def _owned(role: str, party_heads: set[str]) -> bool:
    """Whether a role (as written) names whose it is, other than `party`: a body named ("maire
    de Lyon", "secrétaire d'un syndicat CGT"), a body brought in with "un" ("dans un institut de
    conjoncture", "d'une mutuelle d'assurance": not the one the article names), or another body
    ("directeur général de la caisse régionale"). Not a department ("directeur des études
    macroéconomiques", "adjointe à la culture"), nor a word that stands for the party ("de
    l'organisation", "de la banque" for "La Banque de France"), nor the head noun of a body of
    the party ("cheffe de la division" for L'ASNR, whose "division de Bordeaux" speaks)."""
    role = " " + role.replace("’", "'")
    for match in _OWNER.finditer(role):
        article, noun = match.group("article"), match.group("noun")
        if article in ("un", "une") or noun[:1].isupper():
            return True
        folded = french.fold(noun)
        definite = article is not None or match.group("prep") in ("des", "du", "aux", "au")
        if folded in _DEPARTMENTS and party_heads & _DEPARTMENTS:
            return _singular(folded) not in party_heads  # "chef du service", "La direction"
        if folded in _DEPARTMENTS or not definite:
            continue  # "du service de neurologie", "chargé de mission": what, not whose
        return folded not in _STAND_INS and _singular(folded) not in party_heads
    return False


_OWNER = re.compile(
    r"\s(?:(?P<prep>des|de|du|dans|chez|aux|au|auprès|à)\s+|d')"
    r"(?:(?P<article>la|le|les|l'|un|une)\s*)?(?:(?:grande?|petite?|nouvelle?|seule?)\s+)?"
    r"(?P<noun>[^\W\d_][\w-]*)"
)
"""A complement of a role: its article and its first noun ("d'une grande ONG" -> une, ONG)."""


def _introduction(ctx: Context, person: Person) -> list[str]:
    """What the article says just before it first names a person, outside quotation marks:
    the start of the naming sentence, and the sentence before (in the same paragraph)."""
    naming = _naming(ctx, person)
    return [naming[0], *naming[1:2]] if naming else []


def _defends(ctx: Context, person: Person, party: str) -> bool:
    """ "Me Laure Hamidi, avocate au Conseil d'État …, qui défendait le requérant": a lawyer
    speaks for whom she defends."""
    naming = _naming(ctx, person)
    said = _DEFENDS.search(naming[2]) if naming else None
    if said is None:
        return False
    return _head(party) in {_singular(w) for w in re.findall(r"[\w-]+", french.fold(said.group(1)))}


_DEFENDS = re.compile(r"\bqui\s+(?:défend|représent|assist)\w*\s+((?:\S+\s+){0,3}\S+)")


def _naming(ctx: Context, person: Person) -> tuple[str, str, str] | None:
    """The sentence that first names a person, outside quotation marks, as what comes before
    the name, the sentence before it in its paragraph ("" for none) and what comes after."""
    for paragraph in (p for p in ctx.article.body.split("\n") if p.strip()):
        # the words quoted are what was said, not who said them; and no sentence ends in them
        sentences = french.plain_sentences(_QUOTED.sub("« »", paragraph))
        for i, sentence in enumerate(sentences):
            at = french.fold(sentence).find(french.fold(person.name))
            if at >= 0:
                previous = sentences[i - 1] if i else ""
                return sentence[:at], previous, sentence[at + len(person.name) :]
    return None


def _person(ctx: Context, label: str) -> Person | None:
    folded = french.fold(label)
    for person in ctx.facts.people:
        if folded in (french.fold(n) for n in (person.name, *person.aliases)):
            return person
    return None
