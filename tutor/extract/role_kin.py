"""Which person named earlier a bare role ("la syndicaliste", "l'avocate") points back to."""

from __future__ import annotations

import re
import unicodedata

from tutor.extract.owner_names import of_name
from tutor.extract.role_words import ROLE_NOUNS, is_role_noun
from tutor.facts import Person

_GENDER_OF_ARTICLE = {"le": "Masc", "la": "Fem", "l'": ""}
_FEMININE_ENDINGS = (
    ("trices", "teur"),
    ("trice", "teur"),
    ("euses", "eur"),
    ("euse", "eur"),
    ("ennes", "en"),
    ("enne", "en"),
)
"""Feminine endings and the masculine they pair with ("historienne" is of "historien")."""
_FAMILY_SUFFIXES = ("iste", "ale", "al", "es", "e", "s")
_FEMININE_ROLE_ENDINGS = ("trice", "euse", "ière", "ienne", "esse")

_ELECTED = "maire adjoint conseiller député sénateur eurodéputé bourgmestre élu édile président"
_DOCTORS = """
    chirurgien urgentiste pédiatre cardiologue neurologue gynécologue oncologue cancérologue
    dermatologue radiologue anesthésiste psychiatre généraliste infectiologue virologue
    épidémiologiste ophtalmologue pneumologue rhumatologue gériatre médecin docteur
"""
_SCIENTISTS = """
    physicien biologiste chimiste climatologue généticien astronome astrophysicien géologue
    mathématicien épidémiologiste océanographe agronome botaniste zoologiste naturaliste
    économiste démographe géographe historien chercheur scientifique
"""
_LEADERS = "président directeur patron pdg dirigeant chef secrétaire responsable gérant"
_WRITERS = """
    auteur écrivain romancier poète essayiste dramaturge scénariste dessinateur biographe
    nouvelliste parolier
"""
_SAILORS = "skipper skippeur navigateur marin matelot pêcheur capitaine"
_COVERED = {
    "élu": _ELECTED,
    "édile": "maire adjoint bourgmestre édile",
    "médecin": _DOCTORS,
    "docteur": _DOCTORS,
    "chercheur": _SCIENTISTS,
    "scientifique": _SCIENTISTS,
    "spécialiste": _SCIENTISTS,
    "responsable": _LEADERS,
    "dirigeant": _LEADERS,
    "auteur": _WRITERS,
    "écrivain": _WRITERS,
    "cinéaste": "réalisateur cinéaste documentariste",
    "marin": _SAILORS,
    "skipper": _SAILORS,
    "skippeur": _SAILORS,  # the family of "skippeuse"
    "navigateur": _SAILORS,
}
"""General roles and the particular ones they cover: "l'élu" may be the deputy named before,
"le médecin" the surgeon, "le chercheur" the climatologist ("-ologue" trades are scientists,
unless doctors), "l'autrice" the novelist."""


_FEMININE_KIN = "mère fille sœur épouse femme tante nièce cousine grand-mère veuve compagne"
_MASCULINE_KIN = "père fils frère mari époux oncle neveu cousin grand-père veuf compagnon"
_GENDERED_KIN = dict.fromkeys(_FEMININE_KIN.split(), "Fem") | dict.fromkeys(
    _MASCULINE_KIN.split(), "Masc"
)
"""Relations whose gender is in the word itself, with no feminine ending to tell it ("mère",
"sœur"), or whose pair does not differ by a final "e" ("époux", "épouse")."""


def role_gender(word: str) -> str:
    """ "Fem" for "avocate", "élue", "directrice", "Masc" for "avocat", "élu", "" when the word
    does not tell; the tagger takes "l'avocate" for a man."""
    w = word.lower().replace("’", "'").removeprefix("l'")
    if w in _GENDERED_KIN:
        return _GENDERED_KIN[w]
    if w not in ROLE_NOUNS:
        return ""
    if (w.endswith("e") and w[:-1] in ROLE_NOUNS) or w.endswith(_FEMININE_ROLE_ENDINGS):
        return "Fem"
    return "Masc" if w + "e" in ROLE_NOUNS else ""


def role_family(word: str) -> str:
    """A crude stem shared by the words of one family of roles, whatever their gender and
    number: "syndicaliste" and "syndicale", "avocate" and "avocat", "préfète" and "préfet",
    "directrice" and "directeur"."""
    plain = unicodedata.normalize("NFD", word.lower())
    stem = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for feminine, masculine in _FEMININE_ENDINGS:
        if stem.endswith(feminine):
            stem = stem[: -len(feminine)] + masculine
            break
    shortened = True
    while shortened:
        shortened = False
        for suffix in _FAMILY_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                shortened = True
                break
    return stem


def kin_of_role(
    description: str, noun_gender: str, roles: dict[str, str], genders: dict[str, str]
) -> str | None:
    """The one person of `role_kin` (see there); with two such people, nobody."""
    kin = role_kin(description, noun_gender, roles, genders)
    return kin[0] if len(kin) == 1 else None


def role_kin(
    description: str, noun_gender: str, roles: dict[str, str], genders: dict[str, str]
) -> list[str]:
    """ "la syndicaliste" after "Nadia B., déléguée syndicale", "l'avocate" after "Me Julie
    B., avocat de la famille": a bare role noun (`description`, with its article) points back
    to the one person of `roles` (name -> role, people named before it) whose role has a word
    of the same family, and whose known gender (`genders`) does not contradict the article's or
    the noun's (`noun_gender`): every such person."""
    words = description.replace("’", "'").split()
    if len(words) == 1 and words[0].lower().startswith("l'"):
        words = ["l'", words[0][2:]]
    if len(words) != 2 or words[0].lower() not in _GENDER_OF_ARTICLE:
        return []
    if not is_role_noun(words[1]):
        return []
    family = role_family(words[1])
    gender = _GENDER_OF_ARTICLE[words[0].lower()] or noun_gender  # "l'avocate"
    agreeing = {
        name: [role_family(w) for w in re.split(r"[\s,]+", role)]
        for name, role in roles.items()
        if not (gender and genders.get(name, gender) != gender)
    }
    kin = [name for name, families in agreeing.items() if family in families]
    if not kin:
        # "l'élu" after "le député Marc B.": a general role covers the particular ones
        covered = _covered_families(family)
        kin = [name for name, families in agreeing.items() if covered & set(families)]
        if family in _SCIENCE and not kin:
            kin = [
                name for name, role in roles.items() if name in agreeing and _learned_trade(role)
            ]
    return kin


def _covered_families(family: str) -> set[str]:
    """The role families a general role ("élu", "médecin", "chercheur") stands for."""
    for general, particular in _COVERED.items():
        if role_family(general) == family:
            return {role_family(w) for w in particular.split()}
    return set()


_SCIENCE = frozenset(role_family(w) for w in ("chercheur", "scientifique", "spécialiste"))


def _learned_trade(role: str) -> bool:
    """ "sociologue", "climatologue": a science, which "le chercheur" may stand for."""
    return any(
        w.endswith(("ologue", "ologues")) and role_family(w) not in _DOCTOR_FAMILIES
        for w in role.lower().split()
    )


_DOCTOR_FAMILIES = frozenset(role_family(w) for w in _DOCTORS.split())


_OWNED_BY_ROLE = re.compile(r"^(?P<kin>\S+) (?P<of>du|de la|de l['’]) ?(?P<noun>[\w-]+)$")
_KIN_WORDS = frozenset((_FEMININE_KIN + " " + _MASCULINE_KIN).split())


def relatives_of_described(people: list[Person]) -> list[Person]:
    """ "Le père de la skippeuse, Yves Guého": a relative of someone the article names by a role
    is that person's relative, when one person has a role of that family ("navigatrice")."""
    out = []
    for person in people:
        match = _OWNED_BY_ROLE.match(person.role or "")
        role = person.role
        if match and match["kin"].lower() in _KIN_WORDS and is_role_noun(match["noun"]):
            article = {"du": "le", "de la": "la"}.get(match["of"], "l'")
            others = {p.name: p.role for p in people if p.role and p.name != person.name}
            holder = kin_of_role(f"{article} {match['noun']}", "", others, {})
            if holder is not None:
                role = f"{match['kin']} {of_name(holder)}"
        out.append(Person(person.name, person.aliases, role) if role != person.role else person)
    return out
