"""Which person a bare epithet ("le technicien", "la Française", "l'élu écologiste", "le
Slovène") points back to when no named person holds that role.

Agency copy names someone once and then varies: a role noun of another family than the one
given ("le magistrat" for the procurator), a nationality or a home town ("la Lyonnaise"), a
general word with an adjective ("l'ancien maire"). The reader takes the last person named
before it whose gender agrees; so do we, within a short distance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tutor.extract.name_forms import is_nationality
from tutor.extract.name_heads import name_head
from tutor.extract.national_offices import national_office
from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import text_of

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_ARTICLES = {"le": "Masc", "la": "Fem", "l'": "", "l’": "", "ce": "Masc", "cet": "", "cette": "Fem"}
"""Determiners of a bare epithet: the definite article, and the demonstrative that points back
("s'indignait cette retraitée")."""
_DEMONYM_ENDINGS = (
    "ais",
    "aise",
    "ois",
    "oise",
    "ien",
    "ienne",
    "ène",
    "ain",
    "aine",
    "and",
    "ande",
    "ol",
    "ole",
    "in",
    "ine",
    "an",
    "ane",
    "ote",
    "èque",
    "ec",
)
_NOT_DEMONYMS = frozenset({"parisien", "monde", "figaro", "républicain", "dauphiné"})
"""Newspapers that look like inhabitants ("Le Parisien a révélé que ...")."""
_DEMONYMS_IN_ON_WORDS = """
    breton bretonne gascon gasconne wallon wallonne letton lettonne saxon saxonne bourguignon
    bourguignonne berrichon berrichonne frison frisonne lapon laponne teuton teutonne
"""
_DEMONYMS_IN_ON = frozenset(_DEMONYMS_IN_ON_WORDS.split())
"""Inhabitants in "-on" and "-onne", listed: the ending alone also makes countries and towns
("le Japon", "la Sorbonne", "Narbonne")."""
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_FORMER = frozenset({"ancien", "ancienne"})
"""A former office is how news copy recalls someone already named ("l'ancien vice-président du
GIEC"); an unnamed holder of one would come in as "un ancien ..."."""
REACH = 600
"""How far back (in characters) the person may have been named."""


def is_demonym(word: str) -> bool:
    """ "Française", "Slovène", "Néerlandais", "Lyonnaise": a capitalised inhabitant noun."""
    w = word.lower()
    return (
        word[:1].isupper()
        and len(w) >= 5
        and (w.endswith(_DEMONYM_ENDINGS) or w in _DEMONYMS_IN_ON)
        and w not in _NOT_DEMONYMS
    )


def epithet_head(tokens: Sequence[Token]) -> Token | None:
    """The noun of a bare definite epithet: an article, adjectives, a role noun or an
    inhabitant noun, adjectives, and at most a complement not introduced by "de" ("le Slovène
    à l'arrivée"; not "le maire de Lyon", who may be someone else)."""
    if len(tokens) < 2 or tokens[0].lower_ not in _ARTICLES:
        return None
    if national_office(" ".join(t.text for t in tokens)) is not None:
        return None  # "le président français": the holder of an office, not the man named last
    if _general_office(tokens):
        return None
    i = 1
    while i < len(tokens) and not _is_epithet_noun(tokens[i]) and tokens[i].pos_ == "ADJ":
        i += 1
    if i >= len(tokens) or not _is_epithet_noun(tokens[i]):
        return None
    j = i + 1
    if _compound_complement(tokens, j):
        j += 2  # "l'ancien milieu de terrain": one trade, not a complement naming someone else
    elif _noun_compound(tokens, i, j):
        j += 1  # "la technicienne qualité": one trade written as two nouns
    j = _leaning_end(tokens, j)
    while j < len(tokens) and (tokens[j].pos_ == "ADJ" and tokens[j].text[:1].islower()):
        j += 1
    j = _leaning_end(tokens, j)
    former = any(t.lower_ in _FORMER for t in tokens[1:i]) or tokens[i].lower_.startswith("ex-")
    if j < len(tokens) and (tokens[j].pos_ != "ADP" or tokens[j].lower_ in _OF) and not former:
        return None  # "le maire de Lyon" may be someone else; "l'ancien maire de Lyon" is not
    named = [t for t in tokens[1:j] if t.i != tokens[i].i]  # "Le Néerlandais" is read as LOC
    if any(t.ent_type_ in ("ORG", "LOC") for t in named):
        return None
    return tokens[i]


_GENERAL_OFFICES = frozenset({"avocat", "avocate", "procureur", "procureure"})


def _general_office(tokens: Sequence[Token]) -> bool:
    """ "L'avocat général", "la procureure générale": the prosecution at a higher court, an
    office of its own, never the lawyer or the prosecutor named before."""
    words = [t.lower_ for t in tokens[1:3]]
    return len(words) == 2 and words[0] in _GENERAL_OFFICES and words[1].startswith("général")


def _compound_complement(tokens: Sequence[Token], j: int) -> bool:
    """ "de terrain", "de file": "de" and a bare lower-case noun with nothing after it make a
    compound of the role noun; "le maire de Lyon", "le chef de la diplomatie" do not."""
    return (
        j + 1 == len(tokens) - 1
        and tokens[j].lower_ == "de"
        and tokens[j + 1].pos_ == "NOUN"
        and tokens[j + 1].text.islower()
    )


def _noun_compound(tokens: Sequence[Token], i: int, j: int) -> bool:
    """ "la technicienne qualité", "le responsable sécurité": a bare lower-case noun hung on the
    role noun with no article or preposition names the trade's field, not another person; it
    ends the epithet (adjectives aside)."""
    if j >= len(tokens) or tokens[j].pos_ != "NOUN" or not tokens[j].text.islower():
        return False
    rest = tokens[j + 1 :]
    return tokens[j].head.i == tokens[i].i and all(t.pos_ == "ADJ" for t in rest)


_PERSON_NOUNS = frozenset(
    {
        "homme",
        "garçon",
        "jeune",
        "adolescent",
        "adolescente",
        "trentenaire",
        "universitaire",
        "dame",
        "fillette",
    }
)
"""Nouns of a person that are no role ("le jeune homme", "l'adolescente", "la quinquagénaire"):
news copy uses them as epithets for someone just named."""


def _is_epithet_noun(token: Token) -> bool:
    w = token.lower_
    return (
        is_role_noun(token.text)
        or is_demonym(token.text)
        or (token.pos_ == "NOUN" and w in _PERSON_NOUNS)
        or w.endswith(("génaire", "génaires"))
    )


def _met_as_someone(doc_text: str, noun: str, at: int) -> bool:
    """ "Un homme a été vu ... a déclaré l'homme": a noun of a person that the article brought in
    with "un", "une" and no name is that unnamed person when it comes back."""
    if noun.lower() not in _PERSON_NOUNS and not noun.lower().endswith("génaire"):
        return False
    pattern = rf"\b(?i:un|une)\s+(?:[a-zà-ÿ-]+\s+)?(?i:{re.escape(noun)})\b(?!\s*,?\s*[A-ZÀ-Ý])"
    return re.search(pattern, doc_text[:at]) is not None


_LEANINGS = frozenset({"gauche", "droite", "centre"})


def _leaning_end(tokens: Sequence[Token], j: int) -> int:
    """Past a political leaning after the epithet's noun ("l'élu de gauche", "l'élue divers
    droite", "le député d'extrême droite"), which says which side, not whose office."""
    words = [t.lower_ for t in tokens[j : j + 3]]
    for lead in (["de"], ["d'", "extrême"], ["d’", "extrême"], ["du"], ["divers"], ["de", "la"]):
        n = len(lead)
        if words[:n] == lead and len(words) > n and words[n] in _LEANINGS:
            return j + n + 1
    return j


def epithet_gender(tokens: Sequence[Token], head: Token) -> str:
    """ "Masc" or "Fem" from the article, else from the noun or an adjective ("l'ancien
    maire"); "" when nothing tells ("l'analyste")."""
    gender = _ARTICLES.get(tokens[0].lower_, "") or role_gender(head.text)
    if gender:
        return gender
    if is_demonym(head.text) and not head.text.lower().endswith(("ène", "èque")):
        return "Fem" if head.text.lower().endswith("e") else "Masc"  # "l'Italienne"
    for token in tokens[1 : head.i - tokens[0].i + 2]:
        found = token.morph.get("Gender")
        if found and token.pos_ in ("ADJ", "NOUN"):
            return found[0]
    for token in tokens[head.i - tokens[0].i + 1 :]:
        if token.pos_ == "ADJ" and token.text.islower():
            # "l'universitaire alsacien": the tagger gives no gender, the ending does
            if token.lower_.endswith(_FEMININE_ADJECTIVES):
                return "Fem"
            if token.lower_.endswith(_MASCULINE_ADJECTIVES):
                return "Masc"
    return ""


_FEMININE_ADJECTIVES = ("ienne", "aise", "oise", "aine", "ée")
_MASCULINE_ADJECTIVES = ("ien", "ais", "ois", "ain", "é")


def epithet_referent(
    tokens: Sequence[Token],
    named_before: Callable[[int, int], list[tuple[str, bool]]],
    genders: dict[str, str],
    met_unnamed: Callable[[str, int], bool],
) -> str | None:
    """The last person named (outside quotations) within REACH before the epithet whose gender
    agrees with it or is not known. None when it is not a
    bare epithet, its gender is not told, or the article already spoke of someone unnamed by
    that noun ("a reçu le maire. Le maire ..."). `named_before(start, end)` lists the people
    named between two offsets, in order, each with whether that mention names them aside (see
    `named_aside`): the reader takes the story's actor back rather than someone named as its
    object ("X a battu Y. Le champion ...", "qui avait coûté la vie à un cariste, Alain
    Morel. [...] a concédé le prévenu")."""
    head = epithet_head(tokens)
    if head is None:
        return None
    gender = epithet_gender(tokens, head)
    at = tokens[0].idx
    bare = head.i == tokens[0].i + 1  # "l'ancien maire" is not "le maire" met before
    if not gender or (bare and met_unnamed(head.text, at)):
        return None
    if _met_as_someone(text_of(tokens[0].doc), head.text, at):
        return None
    start = max(0, at - REACH)
    # a first name we do not know ("Tadej", "Kévin") does not say no: the last person named
    # whose gender agrees or is not known, as a reader takes him
    agreeing = [
        (n, aside) for n, aside in named_before(start, at) if genders.get(n, gender) == gender
    ]
    paragraph = text_of(tokens[0].doc).rfind("\n\n", start, at)
    if paragraph > start:
        # "La thèse avait valu à son auteur, X, un poste. Joint par téléphone, le jeune
        # chercheur ...": someone named aside in the epithet's own paragraph comes before the
        # actor of an earlier one
        near = named_before(paragraph, at)
        agreeing = [(n, a) for n, a in near if genders.get(n, gender) == gender] or agreeing
    actors = [n for n, aside in agreeing if not aside]
    if actors:
        return actors[-1]
    return agreeing[-1][0] if agreeing else None


_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def named_aside(doc: Doc, start: int, end: int) -> bool:
    """Whether a name between two offsets is named as an object ("X a battu Y") or set beside
    another description that is not a role and not the subject ("qui avait coûté la vie à un
    cariste de 52 ans, Alain Morel"): someone the story speaks of, not its actor."""
    token = name_head(doc, start, end)
    if token is None:
        return False
    if token.dep_ == "appos" and token.head.i < token.i and is_nationality(token.head.text):
        token = token.head  # "Le Français X a remporté ...": the nationality stands for X
        return token.dep_ in ("obj", "iobj")
    if token.dep_ in ("obj", "iobj"):
        return True
    head = token.head  # the parser may hang the apposition on the verb ("coûté")
    return token.dep_ == "appos" and not is_role_noun(head.text) and head.dep_ not in _SUBJECTS


def object_of_its_verb(doc: Doc, start: int, end: int, at: int) -> bool:
    """Whether the name between two offsets is the object of the verb whose subject is the
    description at `at` ("Le président a nommé X"): someone else than the one described."""
    token = name_head(doc, start, end)
    described = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None or described is None:
        return False
    subject = described.root
    while subject.dep_ not in ("nsubj", "nsubj:pass") and subject.head.i != subject.i:
        subject = subject.head
    return token.dep_ in ("obj", "iobj", "obl:arg") and token.head.i == subject.head.i


_OFFICE_WORDS = """
    maire adjoint adjointe ministre président présidente directeur directrice préfet préfète
    secrétaire conseiller conseillère député députée sénateur sénatrice procureur procureure
    juge gérant gérante
"""
_OFFICES = frozenset(_OFFICE_WORDS.split())
"""Offices one person does not hold together: "l'adjoint aux finances" is not the mayor named
before, though a climatologist may be "l'ancien vice-président du GIEC"."""


def another_office(role: str | None, office: str) -> bool:
    """Whether an epithet's office ("l'adjoint aux finances") is not the one the person holds
    (a "maire"): one person does not hold two offices of _OFFICES."""
    role = (role or "").lower()
    office = office.lower()
    held = next((w for w in role.replace("-", " ").split()[:2] if w in _OFFICES), None)
    return office in _OFFICES and held is not None and office not in role


def another_trade(role: str | None, office: str) -> bool:
    """Whether someone known by a trade that is no office ("politologue", "économiste") is not
    who an office names ("Pour la politologue X, ... La future présidente doit ...")."""
    words = (role or "").lower().replace("-", " ").split()
    office = office.lower()
    if office not in _OFFICES or not words or office in words or words[0] in _RUNNING:
        return False
    return is_role_noun(words[0]) and not any(w in _OFFICES for w in words[:2])


def trade_of_another(role: str | None, trade: str) -> bool:
    """Whether someone known by an office (a "maire") is not who a trade that is no office
    names ("Le maire, Paul Dumas, a dénoncé … Le chauffeur a averti …"): the chauffeur is
    someone else, unless the article called the mayor so."""
    words = (role or "").lower().replace("-", " ").split()
    trade = trade.lower()
    if trade in _OFFICES or trade in _RUNNING or trade in _HOLDERS or trade in words:
        return False
    if trade in _ACTIVISTS and _CAUSES.intersection(re.findall(r"\w+", " ".join(words))):
        return False  # "président de l'association Landes vivantes … prévient le militant"
    # the office heads the role: "maire", "vice-président", "Premier ministre"; not
    # "entraîneur adjoint", a trade ("le technicien" is he)
    head = words[1] if len(words) > 1 and words[0] in _BEFORE_OFFICE else words[0] if words else ""
    return is_role_noun(trade) and head in _OFFICES


_BEFORE_OFFICE = frozenset({"vice", "premier", "première", "ancien", "ancienne", "nouveau"})


_HOLDERS = frozenset(
    {"élu", "élue", "édile", "parlementaire", "responsable", "dirigeant", "dirigeante"}
    | {"patron", "patronne", "chef", "magistrat", "magistrate", "fonctionnaire"}
    | {"conservateur", "conservatrice", "réformateur", "réformatrice"}
)
"""Words for whoever holds an office, whatever it is, or for a leaning: "l'élu", "le
conservateur" may be the mayor named before."""


_ACTIVISTS = frozenset({"militant", "militante", "activiste", "syndicaliste", "bénévole"})
_CAUSES = frozenset(
    {"association", "collectif", "syndicat", "comité", "coordination", "intersyndicale", "ong"}
)
"""Who holds an office of an association, a collective or a union is one of its activists:
"le militant" after "X, président de l'association Landes vivantes" is he, not the lawyer named
a paragraph before (the Plouguenast wind farm)."""


_RUNNING = frozenset({"tête", "candidat", "candidate", "colistier", "colistière"})
"""Who runs for an office is no trade: "la tête de liste X ... le conseiller municipal"."""
