"""Numbers that look like dates or durations and are not: ages ("les moins de 26 ans"), times of
day ("à 7 heures"), counts and references ("plus de 2000", "page 2012"), rounds of a sports
season ("à trois journées de la fin") and emergency numbers ("appelez le 15").

The annotation conventions (tests/data/gold/README.md, tests/data/unseen/README.md) leave these
out; each test looks at the words around a match of `date_patterns`.
"""

from __future__ import annotations

import re

from tutor.extract.role_words import is_role_noun

_PERSON = (
    r"(?:homme|femme|dame|garçon|garçonnet|fille|fillette|enfant|gamine?|bébé|nourrisson|"
    r"adolescente?|jeune|victime|retraitée?|étudiante?|lycéenne?|collégienne?|élève|mère|père|"
    r"fils|frère|sœur|mari|épouse|patiente?|malade|conducteur|conductrice|automobiliste|motard|"
    r"piéton|passant|militante?|suspecte?|individu|détenue?|prévenue?|accusée?|joueuse|joueur|"
    r"athlète|nageuse|nageur|cycliste|skieuse|skieur|sportive?|mineure?|personne|sénior|senior|"
    r"touriste|habitante?|voisine?|salariée?|ouvrière?|ouvrier|agricultrice|agriculteur|"
    r"policière?|policier|gendarme|soldat|pompier|pilote|chauffeur|auteure?|tireur|agresseur|"
    r"chanteuse|chanteur|actrice|acteur|artiste|écrivaine?|romancière?|romancier|rappeuse|"
    r"rappeur|migrante?|réfugiée?)s?"
)
_AGE_BEFORE = re.compile(
    r"(?:âgée?s?|agée?s?|âge|l['’]âge)\s+(?:de\s+|d['’]\s*)?(?:(?:plus|moins|près)\s+de\s+)?$|"
    r"\b(?:les|des|aux|chez\s+les|pour\s+les)\s+(?:moins|plus)\s+de\s+$|"
    rf"\b{_PERSON}\s+(?:âgée?s?\s+)?(?:de\s+|d['’]\s*)(?:(?:moins|plus|près)\s+de\s+)?$|"
    r"\bentre\s+\d+\s+et\s+$|\b\d+\s*[-–]\s*$|"
    r"\b(?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|aurait|avoir|ayant)\s+$",
    re.IGNORECASE,
)
"""Words before "N ans" that make it an age: "âgé de", "les moins de", "un homme de", "a"."""
_AGE_IN_DIGITS_BEFORE = re.compile(
    r"(?:^|[\s(])(?:à|dès|ses|leurs|son|mes|nos|vos|jusqu['’]à|à\s+partir\s+de)\s+$",
    re.IGNORECASE,
)
"""Words before "N ans" that make it an age when N is in digits, as the press writes ages:
"à 18 ans" (but "condamné à deux ans", "fixé à cinq ans" are lengths)."""
_LENGTH_VERB_BEFORE = re.compile(
    r"\b(?:condamnée?s?|passée?s?|passer|fixée?s?|fixer|portée?s?|porter|limitée?s?|limiter|"
    r"réduite?s?|réduire|ramenée?s?|ramener|allongée?s?|prolongée?s?|plafonnée?s?|"
    r"estimée?s?|évaluée?s?|peine|durée)\s+à\s+$",
    re.IGNORECASE,
)
_APPOSITION_BEFORE = re.compile(r"[^\W\d_][\w-]*\s*,\s*$|\(\s*$")
"""A name and a comma (or a bracket) before "26 ans": "Marie Dupont, 26 ans, ..."."""
_HORIZON_BEFORE = re.compile(
    r"\b(?:plan|plans|taux|horizon|échéance|emprunts?|obligations?|prévisions?|programmes?|"
    r"projets?|contrats?|bail|engagements?|objectifs?|perspectives?|stratégie|vision|visibilité|"
    r"dette|prêts?|crédits?|rendement)\s+à\s+(?:\d+\s+(?:à|ou)\s+)?$",
    re.IGNORECASE,
)
"""A noun before "à N ans" that makes it a horizon ("le taux à dix ans"), not an age."""
_DURATION_AFTER = re.compile(r"\s+(?:de|d['’])\s*\w", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"\s*[,)]")
_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w-]*\s+[A-ZÀ-Ý][\w-]*\s*,\s*$")
"""A first name and a surname before the comma: "Patrick Sallaberry, 61 ans."."""
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.;!?]|$)")
_CLOCK_BEFORE = re.compile(
    r"(?:^|\s)(?:à|vers|dès|jusqu['’]à|avant|après|entre|de|et|le|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:il|elle)\s+est|était)\s+$",
    re.IGNORECASE,
)
"""Words before "N heures" that make it a time of day ("il est 3 h 30"), or a name ("le 20
heures", the news)."""
_CLOCK_AFTER = re.compile(
    r"\s*(?:du\s+matin|du\s+soir|de\s+l['’]après-midi|précises|et\s+quart|moins\s+le\s+quart|"
    r"\(?heure\s+(?:locale|de\s+Paris|française))",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"(?:plus|moins|près)\s+de\s+$|(?:environ|quelque|page|p\.|n°|numéro|article|chapitre|"
    r"ligne|route|vol\.|tome)\s+$",
    re.IGNORECASE,
)


_NOUN_OF_BEFORE = re.compile(
    r"([^\W\d_][\w-]*)\s+(?:âgée?s?\s+)?(?:de\s+|d['’]\s*)(?:(?:moins|plus|près)\s+de\s+)?$",
    re.IGNORECASE,
)
"""The noun that "de N ans" follows: "ce doctorant de 29 ans", "des bébés de moins de 3 mois"."""
_QUALIFIED_NOUN = re.compile(
    r"(?:^|\s)(?:un|une|le|la|l['’]|ce|cet|cette)\s*([^\W\d_][\w-]*)\s+$", re.I
)
"""A noun right after its determiner, before the word "de N ans" follows: "un sapeur-pompier"
of "un sapeur-pompier volontaire de 34 ans"."""
_PERSON_ENDINGS = ("ant", "ante", "eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne")
"""Endings of nouns of persons ("doctorant", "manifestante", "randonneur", "cycliste")."""
_YOUNG = re.compile(r"(?:bébé|nourrisson|enfant|fillette|garçonnet|chiot|poulain)s?", re.I)
"""Whose age the press gives in months, weeks or days ("un bébé de trois mois")."""


_CAPITALISED_AFTER_DETERMINER = re.compile(
    r"(?:^|\s)(?i:le|la|les|l['’]|un|une|ce|cette|cet|ces|du|au)\s*[A-ZÀ-Ý][a-zà-ÿ]+$"
)
"""A capitalised noun after a determiner, mid-sentence: an inhabitant ("le Béarnais", "la
Lyonnaise") or a nationality taken as a noun ("l'Argentin")."""


_LASTING_THING_WORDS = """
    plan programme projet pacte traité accord contrat mandat bail budget schéma moratoire
    partenariat engagement objectif chantier calendrier emprunt prêt plan-cadre
"""
_LASTING_THINGS = frozenset(_LASTING_THING_WORDS.split())
"""Things with a length that an article may capitalise as a title ("le Plan de 5 ans", "le
Pacte de 10 ans"): no inhabitant's name."""


def _of_a_person(before: str, young: bool = False) -> bool:
    """Whether "de N ..." follows a noun of a person ("un doctorant de 29 ans"), or for an age
    in months, of a baby; "un contrat de 3 ans", "un stagiaire de six mois" are lengths."""
    noun = _NOUN_OF_BEFORE.search(before)
    if noun is None:
        return False
    word = noun[1].lower()
    capitalised = _CAPITALISED_AFTER_DETERMINER.search(before[: noun.start(1)] + noun[1])
    if not young and capitalised and word.removesuffix("s") not in _LASTING_THINGS:
        return True  # "le Béarnais de 24 ans", "l'Argentin de 31 ans": a person's origin
    if young:
        return _YOUNG.fullmatch(word) is not None
    if _a_person_noun(word):
        return True
    qualified = _QUALIFIED_NOUN.search(before[: noun.start(1)])
    if qualified is not None and _a_person_noun(qualified[1].lower()):
        return True  # "un sapeur-pompier volontaire de 34 ans": the person, then an adjective
    # "un avocat d'affaires de 58 ans", "un chef d'entreprise de 45 ans": the complement names
    # the trade; the person is the noun before it
    trade = _NOUN_OF_BEFORE.search(before[: noun.start(1)])
    return trade is not None and _a_person_noun(trade[1].lower())


def _a_person_noun(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return (
        re.fullmatch(_PERSON, word, re.IGNORECASE) is not None
        or is_role_noun(singular)
        or singular.endswith(_PERSON_ENDINGS)
    )


def is_age(m: re.Match[str]) -> bool:
    """ "les moins de 26 ans", "âgé de 45 ans", "Marie Dupont, 26 ans,", "un doctorant de 29
    ans", "des bébés de moins de trois mois": an age, not a date."""
    if m["lead"] or m["tail"]:
        return False
    before = m.string[max(0, m.start("num") - 40) : m.start("num")]
    after = m.string[m.end() : m.end() + 20]
    if m["unit"].lower() in ("mois", "semaine", "semaines", "jour", "jours"):
        return _of_a_person(before, young=True)
    if m["unit"].lower() not in ("an", "ans", "année", "années"):
        return False
    if _HORIZON_BEFORE.search(before) or _LENGTH_VERB_BEFORE.search(before):
        return False
    in_digits = m["num"][:1].isdigit()
    if in_digits and _APPOSITION_BEFORE.search(before):
        if _NAME_BEFORE.search(before) and _SENTENCE_END_AFTER.match(after):
            return True  # "..., Patrick Sallaberry, 61 ans.": the age closes the sentence
        return _APPOSITION_AFTER.match(after) is not None
    if (
        _AGE_BEFORE.search(before)
        or (in_digits and _AGE_IN_DIGITS_BEFORE.search(before))
        or _of_a_person(before)
    ):
        return _DURATION_AFTER.match(after) is None  # "à 5 ans de prison": a sentence's length
    return False


_OF_AFTER = re.compile(r"\s+(?:de\s+|d['’]\s*)\w", re.IGNORECASE)
_NEWS_BEFORE = re.compile(r"\b(?:le|du|au)\s+$", re.IGNORECASE)
_BRACKETED_AFTER_A_DAY = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|\d{1,2}\s+[a-zéû]+)"
    r"\s*\(\s*$",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(
    r"\b(?:bout|espace|l['’]issue|plus|moins|près|pendant|durant)\s+(?:de\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
"""Words before "de N heures" that make it a length of time: "au bout de trois heures", "en
l'espace de six heures"."""


def is_clock_time(m: re.Match[str], count: float) -> bool:
    """ "à 7 heures", "vers 18 h", "de 9 heures à 17 heures": a time of day, not a duration;
    "après six heures de délibéré", "au bout de trois heures" are lengths of time."""
    if m["unit"].lower().rstrip("s") not in ("heure", "h") or m["lead"]:
        return False
    after = m.string[m.end() : m.end() + 30]
    if _CLOCK_AFTER.match(after):
        return True
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _NEWS_BEFORE.search(before):
        return count <= 24  # "le 20 heures de TF1": the news
    if _OF_AFTER.match(after):
        return False  # "six heures de délibéré", "18 heures de garde à vue"
    if _SPAN_BEFORE.search(before):
        return False
    if count <= 24 and _BRACKETED_AFTER_A_DAY.search(before):
        return True  # "samedi (21 h)", "le 3 mai (20 h 30)": the hour of that day
    return count <= 24 and _CLOCK_BEFORE.search(before[-12:]) is not None  # "à 14 h 30" too


_COUNTED_AFTER = re.compile(r"\s+([a-zà-ÿ]{3,}[sx])\b")
_NOT_COUNTED = frozenset(
    {
        "les",
        "des",
        "aux",
        "ses",
        "mes",
        "tes",
        "nos",
        "vos",
        "leurs",
        "mais",
        "puis",
        "dans",
        "sous",
        "vers",
        "lors",
        "alors",
        "depuis",
        "plus",
        "pas",
        "très",
        "après",
        "près",
        "nous",
        "vous",
        "ils",
        "elles",
        "tous",
        "toutes",
        "certains",
        "certaines",
        "plusieurs",
        "quelques",
        "nombreux",
        "nombreuses",
        "divers",
        "diverses",
        "autres",
        "mêmes",
        "jamais",
        "toujours",
        "ainsi",
        "moins",
        "tandis",
        "parfois",
        "souvent",
        "dès",
        "chez",
        "sans",
    }
)
"""Words ending in -s or -x after a year that are no counted nouns ("en 2019 certains ...")."""
_YEAR_WORD_BEFORE = re.compile(
    r"\b(?:en|de|du|des|depuis|dès|avant|après|jusqu['’]en|d['’]ici|vers|l['’]an|année|"
    r"saison|édition|cru|promotion|exercice|budget|rentrée)\s+$",
    re.IGNORECASE,
)


def year_is_a_count(m: re.Match[str]) -> bool:
    """ "plus de 2000", "page 2012", "n° 1984", "accueille 2024 visiteurs": a number, not a year."""
    if m["edge"]:
        return False
    before = m.string[max(0, m.start() - 12) : m.start()]
    if _COUNT_BEFORE.search(before):
        return True
    counted = _COUNTED_AFTER.match(m.string, m.end())
    return (
        counted is not None
        and counted[1].lower() not in _NOT_COUNTED
        and _YEAR_WORD_BEFORE.search(before) is None
    )


_ROUND_AFTER = re.compile(
    r"\s+(?:de\s+|du\s+|d['’]\s*)(?:championnat|ligue|l1|l2|top\s+14|pro\s+d2|national|"
    r"compétition|coupe|poule|phase|saison\s+régulière|suspension|la\s+fin|terme)\b",
    re.IGNORECASE,
)
_ROUND_BEFORE = re.compile(
    r"\b(?:suspendue?s?|sanctionnée?s?|écopée?s?|écope|écopent|écoper|privée?s?|"
    r"interdite?s?\s+de\s+terrain)\s+(?:de\s+|d['’]\s*|pour\s+)?$",
    re.IGNORECASE,
)


def is_match_day(m: re.Match[str]) -> bool:
    """ "dix journées de championnat", "à trois journées de la fin", "suspendu deux journées": a
    round of a sports season, not a length of time ("deux journées de grève" is one)."""
    if m["tail"] or not m["unit"].lower().startswith("journée"):
        return False
    before = m.string[max(0, m.start("num") - 40) : m.start("num")]
    after = m.string[m.end() : m.end() + 40]
    return _ROUND_AFTER.match(after) is not None or _ROUND_BEFORE.search(before) is not None


_DIALLED_BEFORE = re.compile(
    r"\b(?:appel\w*|compos\w*|joindre|contacter|numéro)\s+(?:le|au)\s+$", re.IGNORECASE
)


def is_dialled_number(m: re.Match[str]) -> bool:
    """ "appelez le 15", "composer le 17": an emergency number, not a day of the month."""
    return _DIALLED_BEFORE.search(m.string[max(0, m.start() - 30) : m.start()]) is not None


_WORD_BEFORE = re.compile(r"[^\W_][’']?\s*$")


def is_in_a_name(m: re.Match[str]) -> bool:
    """ "le plan « Solvène Demain »", "le journal Aujourd'hui en France": a capitalised time word
    right after another word is part of a name, not a date."""
    before = m.string[max(0, m.start() - 3) : m.start()]
    return m.group()[:1].isupper() and _WORD_BEFORE.search(before) is not None
