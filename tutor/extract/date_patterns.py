"""The regular expressions that find French date and time expressions, one per kind of expression.

Each pattern only finds candidates; `date_values` decides what they mean, and `date_lookalikes`
which are not dates after all (ages, times of day, counts of things).
"""

from __future__ import annotations

import re

from tutor.content import FRENCH_MONTHS
from tutor.french_calendar import HOLIDAYS, MONTH_ABBREVIATIONS, WEEKDAYS
from tutor.french_numbers import NUMBER_WORDS_PATTERN, spelled_pattern


def alternation(words: object) -> str:
    """A regex alternative of `words`, longest first so that "mars" is not cut to "mar", and in
    the same order in every run (not a set's), which tutor/regex_cache.py needs to find it."""
    escaped = sorted({re.escape(w) for w in words})  # type: ignore[attr-defined]
    return "|".join(sorted(escaped, key=len, reverse=True))


AP = "['’]"
"""Either apostrophe: the text may use the typewriter or the typographic one."""

_MONTH = rf"(?P<month>{alternation(FRENCH_MONTHS)})"
_DATE_MONTH = (
    rf"(?P<month>(?:{alternation(FRENCH_MONTHS)})\b|(?:{alternation(MONTH_ABBREVIATIONS)})\.)"
)
"""A month after a day or before a year, where "sept." and "déc." are abbreviations."""
_CAPITALISED_MONTHS = {m.capitalize() for m in FRENCH_MONTHS} - {"Mars", "Avril", "Mai"}
_MONTH_AHEAD = rf"(?:{alternation(FRENCH_MONTHS)})\b"
"""A month name, looked ahead for ("la fin du mois" is relative, "la fin du mois d'août" not)."""
_LOWER_MONTH = rf"(?P<month>{alternation(set(FRENCH_MONTHS) | _CAPITALISED_MONTHS)})"
"""Matched case-sensitively: "Mars" is the planet, "Avril" and "Mai" may be names."""
_WEEKDAYS = alternation(WEEKDAYS)
_WEEKDAY = rf"(?P<weekday>{_WEEKDAYS})"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d|1er|premier)"
_REL = r"(?:\s+(?P<rel>dernier|dernière|prochain|prochaine|passé|passée))?"

_LISTED_DAY = rf"(?:(?:le|du)\s+)?(?:(?:{_WEEKDAYS})\s+)?(?:[0-3]?\d|1er)"
"""A day after the first of a list or range ("2", "le 2", "du 2", "le jeudi 2")."""

_SPELLED_DAY = rf"(?P<day>[0-3]?\d|1er|premier|(?<!-)(?:{spelled_pattern(range(2, 32))}))"
"""A day before its month, in figures or in words ("le vingt-trois mars"): in words only there,
where the month says it is a date ("le deux" alone is anything), and never the end of a longer
number ("trente-deux mars" is no "deux mars")."""
_SPELLED_YEAR = (
    rf"(?P<year>1[6-9]\d\d|20\d\d|(?:deux[\s-]+)?mille(?:[\s-]+neuf[\s-]+cents?)?"
    rf"(?:[\s-]+(?:{spelled_pattern(range(1, 100))}))?)"
)
"""A year after a day and a month, in figures or in words ("deux mille vingt-six")."""
_PART_OF_DAY = r"(?:\s+(?:soir|matin|midi|après-midi|en\s+soirée|en\s+matinée))?"

APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}
"""Round numbers written as nouns ("une dizaine de jours"): the duration is taken at that value."""

_DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?"
_NUM = (
    rf"(?P<num>{_DIGITS}|{NUMBER_WORDS_PATTERN}|quelques|plusieurs|des|de\s+nombreu(?:x|ses)|"
    r"de\s+long(?:ue)?s|(?:un|trois)\s+quarts?(?=\s+d)|"
    rf"(?:une?\s+)?(?:demi-)?(?:{alternation(APPROX_NOUNS)})s?(?=\s+d)|une?\s+demi(?=-))"
)
_UNIT = (
    r"(?P<unit>secondes?|minutes?|heures?|h(?![^\W\d_])|jours?|journées?|nuits?|semaines?|mois|"
    r"trimestres?|semestres?|ans|an|années?|décennies?|siècles?|millénaires?|instants)"
)
_APPROX = (
    r"(?P<approx>(?:près|plus|moins|pas\s+moins|un\s+peu\s+plus|un\s+peu\s+moins)\s+d[e']\s*|"
    r"environ\s+|quelque\s+|au\s+moins\s+|presque\s+|à\s+peine\s+|seulement\s+|bientôt\s+)?"
)

_FLAGS = re.IGNORECASE
_DAY_ALONE_BEFORE = (
    # punctuation, but not "le 49.3", "le 2,5" or an address ("au 12, rue de la Paix")
    r"\s*(?:[;:!?)»]|[.,](?!\d)(?!\s*(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|"
    rf"quai|route)\b)|$)|\s+(?:au\s+(?:soir|matin)|dans\s+la\s+(?:soirée|matinée|nuit|journée)|"
    rf"en\s+(?:soirée|matinée|fin\s+de\s+journée|début\s+de\s+soirée|fin\s+d{AP}après-midi)|"
    rf"à\s+(?:\d{{1,2}}\s*h|midi|minuit|l{AP}aube)|inclus\b|et\s+le\s+\d|au\s+\d|"
    rf"du\s+mois\b(?!\s+(?:prochain|dernier|suivant|précédent|de|d{AP})))|"
    # a complement of place or manner, but not a score ("le 2 à 1") nor "le 1er à franchir"
    r"(?<!1er)\s+(?:à|en|dans|devant|avec|pour|lors|chez|entre|après|avant|vers|selon|par|et)"
    r"\s+(?!\d)"
)
"""What may follow a day named alone: not "de la rue", "ministre", "%", "e", "à 1"."""
_NOT_A_COUNT = (
    # after a year: not "2 000", "2012,5", "2017 %", a law number "2016-1088", a count of things
    r"(?!\s?\d{3}\b|\s?[,.]\d|\s?[€$%£]|-(?!(?:1[6-9]|20)\d\d\b)\d{3,4}\b|\s?(?:euros?|"
    r"dollars?|livres|francs|km|kilomètres|mètres?|m2|m²|hectares|tonnes|litres|kg|kilos|"
    r"habitants|personnes|voix|salariés|emplois|postes|morts|victimes|blessés|soldats|élèves|"
    r"étudiants|exemplaires|voitures|véhicules|logements|signatures|participants|"
    r"manifestants|points|pages|mots|fois|membres|agents|policiers|militaires|enfants|"
    r"familles|entreprises)\b)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "numeric_date",
        re.compile(
            r"\b(?:(?P<nday>[0-3]?\d)[/.](?P<nmonth>[01]?\d)[/.](?P<nyear>(?:1[6-9]|20)\d\d)|"
            r"(?P<iyear>(?:1[6-9]|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))\b(?![/.-]\d)",
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?:{_WEEKDAY}\s+)?{_SPELLED_DAY}\s+{_DATE_MONTH}(?:\s+{_SPELLED_YEAR}\b)?{_REL}",
            _FLAGS,
        ),
    ),
    (
        # "du 3 au 5 mai", "les 3 et 4 mai", "le 3 ou le 4 mai", and each day of a list ("les
        # 1er, 2 et 3 juillet", "du 1er, du 2 et du 3 juillet"): the days before the last take
        # the month (and year) that follows the list
        "range_day",
        re.compile(
            rf"(?:(?<=\bdu\s)|(?<=\ble\s)|(?<=\bles\s)|(?<=\bentre\sle\s)|(?<=\b\d,\s)|"
            rf"(?<=\b[0-3]\d,\s)|(?<=1er,\s)|\b(?={_WEEKDAYS}\s))"
            rf"(?:{_WEEKDAY}\s+)?{_DAY}(?=(?:,\s+{_LISTED_DAY})*\s+(?:au|et|ou)\s+"
            rf"{_LISTED_DAY}\s+{_DATE_MONTH}(?:\s+{_YEAR}\b)?)",
            _FLAGS,
        ),
    ),
    (
        # "le 15", "dès le 3", "jusqu'au 20": a day of a month named before, or of this one
        "day",
        re.compile(
            # ("dans le 15", "par le 15": an arrondissement, the emergency number)
            r"(?:(?<=\ble\s)|(?<=\bau\s)|(?<=\bdu\s))(?<!\bdans\sle\s)(?<!\bpar\sle\s)"
            r"(?<!\bsur\sle\s)(?P<day>[0-3]?\d|1er)\b"
            r"(?:\s+(?P<rel>dernier|prochain))?"
            rf"(?={_DAY_ALONE_BEFORE})",
            _FLAGS,
        ),
    ),
    (
        # "à Noël", "depuis la Toussaint", "Pâques 2024": feasts that give a day
        "holiday",
        re.compile(
            rf"(?i:(?<=\bà\s)|(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bdepuis\s)|(?<=\bpendant\s)|"
            rf"(?<=\bpour\s)|(?<=\bdès\s)|(?<=\bjusqu{AP}à\s)|(?<=\bd{AP}ici\s))"
            rf"(?i:la\s+|le\s+)?(?P<holiday>{alternation(HOLIDAYS)})"
            rf"(?:\s+{_YEAR}\b|\s+(?P<rel>dernier|dernière|prochain|prochaine))?\b"
            r"(?!\s+[A-ZÀ-Ý])",
        ),
    ),
    (
        "holiday",
        re.compile(
            rf"\b(?P<holiday>{alternation(HOLIDAYS)})\s+{_YEAR}\b|"
            r"\b(?P<numbered>1er-Mai|8-Mai|11-Novembre|14-Juillet)\b"
            r"(?:\s+(?P<rel2>dernier|prochain))?",
        ),
    ),
    (
        "weekday_day",
        re.compile(
            rf"\b{_WEEKDAY}\s+{_DAY}\b(?!\s*(?:[,.:h]\s*\d|%|e\b|ème))",
            _FLAGS,
        ),
    ),
    (
        "month_year",
        re.compile(rf"\b(?:(?P<edge>début|fin|mi-|courant)\s*)?{_DATE_MONTH}\s+{_YEAR}\b", _FLAGS),
    ),
    (
        "month",
        re.compile(
            rf"(?:(?<=\ben\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bjusqu'en\s)|(?<=\bcourant\s)"
            rf"|(?<=\bmois\sde\s)|(?<=\bmois\sd')|\bmi-"
            # "fin août", "la fin du mois d'août": the edge is part of the month's date
            rf"|\b(?:début|fin|milieu)\s+(?:du\s+mois\s+(?:de\s+|d{AP}))?)"
            rf"{_MONTH}\b{_REL}",
            _FLAGS,
        ),
    ),
    (
        # a month name in lower case is a month ("Mars" with a capital is the planet)
        "month",
        re.compile(rf"\b{_LOWER_MONTH}\b{_REL}"),
    ),
    (
        "weekday",
        re.compile(
            rf"\b{_WEEKDAY}{_PART_OF_DAY}"
            r"(?:\s+(?P<rel>dernier|prochain|précédent|suivant))?\b",
            _FLAGS,
        ),
    ),
    (
        "night",
        re.compile(
            rf"\b(?:la\s+)?nuit\s+(?:de|du)\s+{_WEEKDAY}\s+(?:à|au)\s+"
            rf"(?P<weekday2>{alternation(WEEKDAYS)})\b",
            _FLAGS,
        ),
    ),
    (
        "duration",
        re.compile(
            rf"\b(?P<lead>il\s+y\s+a\s+|depuis\s+|pendant\s+|durant\s+|dans\s+|d{AP}ici\s+(?:à\s+)?|"
            r"voilà\s+|cela\s+fait\s+|ça\s+fait\s+|tou(?:te)?s\s+les\s+)?"
            # "deux à trois ans": the range counts as its last number
            rf"(?:(?:\d+|{NUMBER_WORDS_PATTERN})\s+(?:à|ou)\s+)?"
            rf"{_APPROX}{_NUM}(?:\s+(?P<big>millions?|milliards?))?"
            rf"(?:\s+(?:de\s+|d{AP}\s*)?|(?<=demi)-|(?<=\d)(?=h)){_UNIT}"
            r"(?:(?:(?<=h)|(?<=heure)|(?<=heures))\s*(?P<minutes>[0-5]\d)"
            r"(?:\s*min(?:utes)?\b|(?!\s*(?:[^\W\d_]|%|[,.]?\d))))?"
            r"(?P<half>\s+et\s+demie?)?\b"
            r"(?P<tail>\s+(?:jour\s+pour\s+jour\s+)?"
            r"(?:plus\s+tôt|plus\s+tard|auparavant|avant|après|de\s+suite)"
            rf"(?:\s+(?:(?:les|le|la)\s+|l{AP})[\w-]+)?)?",
            _FLAGS,
        ),
    ),
    (
        # "au cours des cinq dernières années": counted back from publication, so relative
        "recent_span",
        re.compile(
            rf"\b(?:les|des|ces)\s+(?:(?:\d+|{NUMBER_WORDS_PATTERN})\s+)?"
            r"(?:derniers|dernières|prochains|prochaines)\s+(?:(?:\d+|"
            rf"{NUMBER_WORDS_PATTERN})\s+)?"
            r"(?:jours|semaines|mois|années|ans|décennies|siècles|heures)\b",
            _FLAGS,
        ),
    ),
    (
        "frequency",
        re.compile(
            r"\b(?:tou(?:te)?s\s+les|chaque)\s+(?P<unit>jours?|semaines?|mois|ans|années?|"
            r"trimestres?|semestres?|étés|hivers|printemps|automnes|été|hiver|automne|"
            r"(?:lun|mar|mercre|jeu|vendre|same)dis?|dimanches?|matins?|soirs?|nuits?|"
            r"week-ends?|midis?)\b|\b(?:quotidiennement|annuellement|mensuellement)\b|"
            r"\b(?:une|deux|trois|quatre|cinq|six|plusieurs|quelques|\d+)\s+fois\s+par\s+"
            r"(?P<per>jour|semaine|mois|an|année|trimestre)\b|"
            # "un jour sur deux", "un dimanche sur deux", "24 heures sur 24", "24h/24", "7j/7"
            # ("trois heures sur un constat": "un" is an article there, no frequency is "sur un")
            rf"\b(?:une?|\d+|{NUMBER_WORDS_PATTERN})\s+(?P<every>jours?|semaines?|mois|ans?|"
            rf"années?|week-ends?|heures?|{_WEEKDAYS})\s+sur\s+(?!une?\b)"
            rf"(?P<among>\d+|{NUMBER_WORDS_PATTERN})\b|"
            r"\b(?P<among_hours>24)\s?h\s?/\s?24\b|\b(?P<among_days>7)\s?j\s?/\s?7\b|"
            # "le premier dimanche de chaque mois", "le dernier vendredi du mois": monthly
            r"\b(?:premiers?|deuxièmes?|second|troisièmes?|quatrièmes?|derniers?)\s+"
            rf"(?:{_WEEKDAYS})s?\s+(?:de\s+chaque|du)\s+(?P<monthly>mois)\b",
            _FLAGS,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:(?:depuis|pendant|durant)\s+(?:si\s+|trop\s+|très\s+)?longtemps|"
            # ("en maintenant la pression" is the verb "maintenir")
            r"(?:très|si|trop|plus)\s+longtemps|récemment|(?<!\ben\s)maintenant|dernièrement|"
            r"actuellement|"
            r"prochainement|désormais|autrefois|jadis|naguère|"
            rf"(?:jusqu{AP}à|dès\s+à|à)\s+présent|"
            rf"(?:depuis|il\s+y\s+a)\s+peu|de\s+nos\s+jours|à\s+l{AP}heure\s+actuelle|"
            r"il\s+y\s+a\s+(?:bien\s+|très\s+|si\s+)?longtemps|en\s+ce\s+moment|à\s+ce\s+jour|"
            rf"pour\s+l{AP}instant|pour\s+le\s+moment|"
            rf"à\s+l{AP}avenir|ces\s+jours-ci|"
            r"(?:une|la|cette)\s+période\s+de\s+temps|"
            r"(?:ces|les|des|aux)\s+(?:derniers|prochains)\s+(?:jours|mois|temps|siècles)|"
            r"(?:ces|les|des|aux)\s+(?:dernières|prochaines)\s+(?:semaines|années|décennies|heures)|"
            r"ces\s+(?:jours|mois|semaines|années)\s+(?:derniers|dernières)|"
            rf"(?:dans\s+)?(?:les|des|la|le|l{AP})\s*(?:jours|semaines|mois|années|décennies|"
            r"décennie|semaine|année|siècle)\s+(?:à\s+venir|suivants|"
            r"suivantes|précédents|précédentes|qui\s+viennent|qui\s+suivent|qui\s+ont\s+suivi))\b",
            _FLAGS,
        ),
    ),
    (
        "half_year",
        re.compile(
            r"\b(?:premier|second|deuxième|troisième|quatrième|dernier|1er|[2-4]e|[2-4]ème)\s+"
            rf"(?:semestre|trimestre)(?:\s+(?:de\s+l{AP}année\s+|de\s+)?{_YEAR}\b)?|"
            rf"\b(?:première|seconde|deuxième)\s+moitié\s+(?:de\s+l{AP}année\s+|de\s+)(?P<year2>1[6-9]\d\d|20\d\d)\b",
            _FLAGS,
        ),
    ),
    (
        "season_year",
        re.compile(
            rf"\b(?:(?P<edge>début|fin|mi-)\s*)?(?:de\s+l{AP}|l{AP})?"
            rf"(?P<season>printemps|été|automne|hiver)\s+(?:de\s+l{AP}année\s+)?{_YEAR}\b",
            _FLAGS,
        ),
    ),
    (
        "decade",
        re.compile(
            r"\b(?:(?:les\s+)?années|la\s+décennie)\s+(?P<decade>(?:1[6-9]|20)\d0|[1-9]0)(?![\d-])",
            _FLAGS,
        ),
    ),
    (
        # "les années 1960 et 1970": the second decade is one too
        "decade",
        re.compile(
            r"(?:(?<=années\s\d\d\d0\set\s)|(?<=années\s\d\d\d0\sou\s)|(?<=années\s\d\d\d0\sà\s)|"
            r"(?<=années\s\d\d\d0\saux\s))(?P<decade>(?:1[6-9]|20)\d0)\b",
            _FLAGS,
        ),
    ),
    (
        "century",
        re.compile(
            r"\b(?P<roman>[IVX]{1,6})(?:e|ème|è|eme|er|re)\s+siècle\b|"
            r"\b(?P<ordinal>(?:[\w-]+\s+et\s+)?[\w-]+ième|premier)\s+siècle\b|"
            r"\b(?P<digits>\d{1,2})(?:e|ème|eme)\s+siècle\b",
            _FLAGS,
        ),
    ),
    (
        "named_year",
        re.compile(
            rf"\bl{AP}an(?:née)?\s+(?:(?P<anyyear>\d{{3,4}})\b(?![\s,.]\d)|"
            rf"(?P<yearwords>{NUMBER_WORDS_PATTERN}))|"
            rf"(?:(?<=\ben\s)|(?<=\bdepuis\s))(?=mil|deux\s+mille)"
            rf"(?P<yearwords2>{NUMBER_WORDS_PATTERN})",
            _FLAGS,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:avant-hier|après-demain|(?:hier|demain)(?:\s+(?:soir|matin|midi|après-midi))?|"
            rf"aujourd{AP}hui|l{AP}avant-veille|(?:le|au)\s+surlendemain|la\s+veille|"
            r"(?:le|au)\s+lendemain|"
            rf"(?:(?:plus\s+tôt|plus\s+tard|en\s+début\s+de|en\s+fin\s+de|d{AP}ici|"
            rf"d{AP}ici\s+à|jusqu{AP}à)\s+)?"
            rf"(?:cette\s+semaine|ce\s+mois-ci|ce\s+mois|cette\s+année|ce\s+week-end|"
            rf"la\s+semaine|le\s+mois|l{AP}année|l{AP}an)"
            r"(?:\s+(?:dernier|dernière|prochain|prochaine|passé|passée|précédente?|suivante?|"
            r"en\s+cours))?|"
            rf"(?:(?:d{AP}ici|jusqu{AP}à|avant|dès|depuis)\s+)?"
            r"(?:(?:à\s+)?la\s+fin|(?:au|le)\s+début|(?:au|le)\s+milieu)\s+"
            rf"(?:de\s+l{AP}année(?!\s+\d)|du\s+mois(?!\s+(?:de\s+|d{AP}){_MONTH_AHEAD})|"
            r"de\s+la\s+semaine|de\s+la\s+décennie|"
            r"du\s+siècle)(?:\s+(?:dernière|prochaine|passée|dernier|prochain|passé))?|"
            rf"(?:en\s+)?(?:début|fin|milieu)\s+(?:de\s+|d{AP})(?:semaine|mois|année)"
            r"(?:\s+(?:dernière|prochaine|passée|dernier|prochain|passé))?|"
            rf"(?:le|la|ce|cette|cet|l{AP})\s*(?:week-end|trimestre|semestre|siècle|décennie|"
            r"été|hiver|printemps|automne)\s+(?:dernier|dernière|prochain|prochaine|passé|passée|"
            r"précédent|précédente|suivant|suivante)|"
            r"(?:ce|cette|cet)\s+(?:trimestre|semestre|siècle|décennie|été|hiver|printemps|automne)|"
            r"(?:le|la)\s+(?:dernière|prochaine)\s+(?:décennie|semaine)|"
            r"le\s+même\s+jour|le\s+jour\s+même|à\s+cette\s+époque|la\s+nuit\s+dernière|"
            r"(?:la|le)\s+même\s+(?:année|semaine|mois|période|époque|soir|matin)|"
            rf"(?:la\s+saison|l{AP}exercice)\s+en\s+cours|"
            r"la\s+saison\s+(?:dernière|prochaine|passée|précédente|suivante)|"
            r"(?:plus\s+tard|plus\s+tôt)\s+dans\s+la\s+(?:journée|soirée|matinée|semaine|nuit)|"
            r"(?:ce\s+(?:jour|matin|soir|midi|mois|week-end)|cette\s+(?:nuit|semaine|année)|"
            r"cet\s+après-midi)-là|"
            r"ce\s+matin|ce\s+soir|cette\s+nuit|cet\s+après-midi|ce\s+midi|"
            # a season alone: "à l'automne", "au printemps", "durant l'hiver", "à la rentrée"
            rf"(?:(?<=\bà\s)|(?<=\bde\s)|(?:durant|pendant|depuis|avant|après|dès|"
            rf"jusqu{AP}à)\s+)l{AP}(?:automne|hiver|été)"
            r"(?:\s+(?:prochain|dernier))?(?!\s+\d)|(?<=\bdu\s)printemps(?!\s+\d)|"
            r"(?:depuis|avant|après|dès)\s+le\s+printemps(?:\s+(?:prochain|dernier))?(?!\s+\d)|"
            r"(?<=\bau\s)printemps(?:\s+(?:prochain|dernier))?(?!\s+\d)|(?<=\ben\s)(?:automne|hiver|été)(?!\s+\d)|"
            r"(?<=\bà\s)la\s+rentrée(?:\s+(?:prochaine|dernière))?)\b",
            _FLAGS,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?<![\d\s,.:]\d)(?<![\d,.:])(?:\b(?P<edge>début|fin|mi-|courant)\s*)?\b{_YEAR}\b"
            rf"{_NOT_A_COUNT}",
            _FLAGS,
        ),
    ),
    (
        # before 1600 only after a word that introduces a year: "en 1515", "vers 1000"
        "year",
        re.compile(
            r"(?:(?<=\ben\s)|(?<=\bvers\s)|(?<=\bdepuis\s)|(?<=\bdès\s)|(?<=\bavant\s)|"
            rf"(?<=\baprès\s)|(?<=\bjusqu{AP}en\s)|(?<=\ban\s))(?P<edge>)(?P<year>1[0-5]\d\d)\b"
            rf"{_NOT_A_COUNT}",
            _FLAGS,
        ),
    ),
]
"""(kind, pattern) in the order they are tried; where matches overlap, the longest is kept."""
