"""Number items: "Quel nombre manque ?", with the article's other numbers as wrong options."""

from __future__ import annotations

import re

from tutor.french_numbers import parse_french_number
from tutor.generate import french, sentence_crop
from tutor.generate.context import Context
from tutor.generate.french import word_count
from tutor.literal_search import find_between, find_word
from tutor.model import GAP

MAX_NUMBER_ITEMS = 2
_NUMBER = re.compile(
    r"(?<![\w\[,.:/'’-])(\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+|\d+(?:,\d+)?)(?![\w\]:]|[.\-–/]\d)"
)
"""A number standing alone: not part of a name or a score ("NRP-7", "l'article 49.3", "0-3").
Its thousands may be grouped by spaces or, as in Switzerland, by apostrophes ("CHF 1'720")."""
_AGE = re.compile(r"^\s*(?:et\s+\d+\s+)?ans\b")
_HOUR = re.compile(r"^\s*(?:h|heures?)\b")
_AGE_STEPS = (-7, 6, -12, 11, 4, -4)
_MINOR_AGE_STEPS = (-3, 1, -5, -2, 2, -4)
_HOUR_STEPS = (2, -2, 3, -3, 1, -1)


_NAMED_BY_NUMBER = french.wordset(
    """route départementale nationale communale autoroute ligne numéro article chambre salle
    vol porte quai bus tram terminal"""
)
"""Nouns (and the adjectives of roads) a number names rather than counts."""


_AFTER_NAME = re.compile(r"(?<=[\w,;:'’]\s)[A-ZÀ-ÖØ-Þ][\w'’-]*\s$")
"""A number right after a capitalised word inside the sentence: it ends a name ("Montpellier
3", "Paris 8", "Ligue 1") rather than counting anything."""


_OLD_YEAR = re.compile(r"1[0-7]\d\d")
_YEAR_BEFORE = re.compile(
    r"\b(?:en|années|vers|depuis|dès|an|jusqu'en|avant|après|fin|début|milieu)\s+$", re.IGNORECASE
)
"""A year before 1800 is told by the word before it: "des années 1340", "vers 1790"; "1500
salariés" is a count."""


_PHONE = re.compile(r"(?<![\d,])(?:\+33\s?|0)\d(?:[\s.\u00a0\u202f-]?\d{2}){4}(?!\d|,\d)")
"""A French phone number ("04 77 92 18 30", "05.55.17.46.00"): no figure to ask or to change
(review 15 made "Les patients peuvent prendre rendez-vous au 12 77 92 18 30." a false
statement); a comma may follow it ("au 05 55 17 46 00, ou le 17"), a decimal digit may not."""


def _numbers(ctx: Context, sentence: str) -> list[re.Match[str]]:
    """Numbers of a sentence that are not years, days, phone numbers or footnote marks."""
    date_texts = [french.fold(d.text) for d in ctx.facts.dates]
    phones = [m.span() for m in _PHONE.finditer(sentence)]
    out = []
    for match in _NUMBER.finditer(sentence):
        if any(a <= match.start() < b for a, b in phones):
            continue
        digits = re.sub(r"\D", "", match.group(1))
        if len(digits) == 4 and 1800 <= int(digits) <= 2100 and " " not in match.group(1):
            continue
        if _OLD_YEAR.fullmatch(match.group(1)) and _YEAR_BEFORE.search(sentence[: match.start()]):
            continue  # "des années 1340", "vers 1790": a year, whose options are no counts
        window = french.fold(sentence[max(0, match.start() - 12) : match.end() + 12])
        in_date = any(find_word(d, match.group(1)) != -1 for d in date_texts)
        if in_date and any(d in window for d in date_texts):
            continue
        if any(m in french.fold(sentence[match.end() : match.end() + 12]) for m in french.MONTHS):
            continue
        before = re.search(r"([^\W\d_]+)\s+$", sentence[: match.start()])
        ends = re.match(r"\s*(?:[,.;:)]|$)", sentence[match.end() :])
        if before and ends and french.fold(before.group(1)) in _NAMED_BY_NUMBER:
            continue  # "la route départementale 931": a name, not a quantity
        if before and ends and french.fold(before.group(1)) in ("le", "la"):
            continue  # "un numéro vert, le 1020, pour …": a number named, no count of anything
        if _AFTER_NAME.search(sentence[: match.start()]):
            continue  # "l'université Paul-Valéry Montpellier 3", "Lyon 2": part of the name
        out.append(match)
    return out


_MINUTES_AFTER = re.compile(r"^\s*(?:h|heures?)\s*\d")
_HOURS_BEFORE = re.compile(r"\d\s*(?:h|heures?)\s*$")


def clock_part(sentence: str, match: re.Match[str]) -> bool:
    """Whether a number is the hour or the minutes of a time of day written with both ("à 5 h
    32", "18 h 15"): "à 5 h ___" or "à ___ h 32" asks half a time, which no one reads apart.
    A time is asked whole or not at all; an hour alone ("à 6 heures") is a whole time."""
    return bool(
        _MINUTES_AFTER.match(sentence[match.end() :])
        or _HOURS_BEFORE.search(sentence[: match.start()])
    )


def _number_value(text: str) -> float:
    return float(re.sub(r"[\s\u00a0\u202f'’]", "", text).replace(",", "."))


def _format_like(value: float, model: str, article_sep: str | None = None) -> str:
    """A made-up number written as the article writes its numbers: "1 300" next to "1 800",
    not "1300" (a number set apart by its look gives itself away)."""
    if "," in model:
        # as many decimals as the article's figure: "12,02" gives "24,04", not "24,0"
        decimals = len(re.sub(r"\D", "", model.split(",", 1)[1])) or 1
        return f"{value:.{decimals}f}".replace(".", ",")
    number = round(value)
    sep = re.search(r"[ \u00a0\u202f'’]", model)
    if sep or number >= 10_000 or (article_sep and number >= 1_000):
        return f"{number:,}".replace(",", sep.group(0) if sep else article_sep or " ")
    return str(number)


WINDOWS = (24, 16, 10, 6)
"""Words of its sentence a number question shows, the most that give no other answer away."""
SHORT_WINDOW = 8
"""A crop this short shows little more than the words before the gap: when the article puts
another number after those words ("… à l'âge de ___ ans, a annoncé …", beside "jusqu'à l'âge
de 70 ans"), the learner cannot tell which sentence it is; nor can they when the options are
the article's other numbers of the same kind (PSA's 1 600, 3 000, 3 600 and 8 000 jobs for
"… représentant la suppression de ___ emplois.")."""
FRAME_WORDS = 3
_QUOTE_OPENING_CUT = re.compile(
    r"\s+[«“\"]\s*(?:[^\s«“»”\"…]+\s+){0,2}[^\s«“»”\"…]+\s*…\s*[»”\"]?\s*$"
)
"""A crop ending on the first words of a quotation ("…, affirme que « toutes … »"): those
words say nothing of the number, and show whose they are to a later "Qui a employé ces mots"."""


def _frame_recurs(ctx: Context, evidence: str, match: re.Match[str]) -> bool:
    """Whether the words just before the number stand before another number elsewhere in the
    article (a figure or a number in words)."""
    before = evidence[: match.start(1)].split()[-FRAME_WORDS:]
    if len(before) < FRAME_WORDS:
        return False
    frame = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, before)) + r"\s+(\S+)")
    found = 0
    for hit in frame.finditer(ctx.article.body):
        word = hit.group(1).strip(",.;:")
        if word[:1].isdigit() or parse_french_number(word) is not None:
            found += 1
    return found >= 2


def number_items(ctx: Context) -> list[dict[str, object]]:
    """ "Quel nombre manque ?" choices; wrong options are the article's other numbers."""
    found: list[tuple[str, str, re.Match[str]]] = []
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        if evidence is None:
            continue
        for match in _numbers(ctx, evidence):
            found.append((evidence, match.group(1), match))
    # one number written two ways ("1 200 postes", "1200 mètres") is one option, not two
    values = sorted(
        {_number_value(n): n for _, n, _ in reversed(found)}.values(), key=_number_value
    )
    spaced = next(
        (re.search(r"[ \u00a0\u202f]", v) for v in values if re.search(r"\d\s\d", v)), None
    )
    article_sep = spaced.group(0) if spaced else None
    candidates = [f for f in found if _number_value(f[1]) >= 3]  # 1 or 2 is a guess
    candidates.sort(key=lambda f: (f[0] in ctx.used_evidence, -_number_value(f[1])))
    items = []
    used: set[str] = set()
    refused = 0
    for evidence, number, match in candidates:
        if len(items) >= MAX_NUMBER_ITEMS or evidence in used or number in used:
            continue
        if find_between(ctx.shown.get(evidence, ""), number) != -1:
            continue  # "Cet accident a fait 228 morts le 1er juin 2007 ?" told it already
        if clock_part(evidence, match):
            continue  # "à 5 h ___": half a time (a false statement changes it whole)
        if re.search(r"\bvers\s*$", evidence[: match.start(1)]):
            continue  # "vers 11 heures", "vers 1990": an approximate time, not a figure to find
        # a shorter piece of the sentence when the whole would answer an earlier item
        # ("Après trois ans de mobilisation, et par ___ voix contre" beside "Combien de temps
        # a duré la mobilisation ?"); none when an earlier item shows the number itself
        recurs = _frame_recurs(ctx, evidence, match)

        def fits(t: str, recurs: bool = recurs) -> bool:
            return not ctx.seen.reveals(t) and not (recurs and word_count(t) <= SHORT_WINDOW)

        windows = (
            sentence_crop.gap_window(evidence, match.start(1), match.end(1), GAP, n)
            for n in WINDOWS
        )
        text = next((t for t in windows if fits(t)), None)
        if text is None or word_count(text) <= SHORT_WINDOW:
            # the sentence with an earlier item's figure or date left out, rather than a crop
            # too short to find it by: « … la fermeture de l'usine d'Aulnay-sous-Bois d'ici à
            # …, représentant la suppression de ___ emplois. », not « … représentant la
            # suppression de ___ emplois. » beside « Quand l'usine doit-elle fermer ? »
            masked = sentence_crop.without_figures(
                evidence, match.start(1), match.end(1), ctx.seen.answers.get(evidence, [])
            )
            if masked is not None:
                body, start, end = masked
                window = sentence_crop.gap_window(body, start, end, GAP, WINDOWS[0])
                if fits(window) and word_count(window) > word_count(text or ""):
                    text = window
        if text is None or ctx.seen.revealed(number, evidence):
            refused += 1
            continue
        if _shown_beside(number, text):
            continue  # "Le sans-plomb ___ (SP95) coûte …": the gap's number is in sight
        text = _QUOTE_OPENING_CUT.sub(" …", text)
        percent = evidence[match.end() :].lstrip().startswith("%")
        value = _number_value(number)
        floor = _lower_bound(evidence[: match.start()], evidence[match.end() :])
        ceiling = upper_bound(evidence[match.end() :], evidence[: match.start()])
        unit = _unit(evidence[match.end() :], value, evidence[: match.start()])
        # a short crop ("… représentant la suppression de ___ emplois.") fits every count of
        # jobs in the article: its wrong options are then numbers the article does not hold
        short = word_count(text) <= SHORT_WINDOW
        same = [
            v
            for v in values
            if _number_value(v) != value
            and not short
            and ("," in v) == ("," in number)  # "52,3" among 55, 24, 58 gives itself away
            and _is_percent(v, found) == percent
            and _plausible(v, value, floor, percent)
            and _number_value(v) < ceiling
            and _unit_of(v, found) == unit
            and _fits_unit(_number_value(v), value, unit)
            and not _shown_beside(v, text)  # "(17 ministres, 14 …)": struck out unread
        ]
        wrong = sorted(ctx.rng.sample(same, min(3, len(same))), key=_number_value)
        for candidate in _made_up(value, number, unit, article_sep):
            if len(wrong) >= 3:
                break
            plausible = _plausible(candidate, value, floor, percent)
            plausible = plausible and _number_value(candidate) < ceiling
            plausible = plausible and not _shown_beside(candidate, text)
            taken = {_number_value(w) for w in (*wrong, number)}
            if _number_value(candidate) not in taken and plausible:
                wrong.append(candidate)
        if len(wrong) < 2:
            continue
        options = [*wrong[:3], number]
        ctx.rng.shuffle(options)
        shown = sentence_crop.gap_window(evidence, match.start(1), match.end(1), number, 20)
        used.update((evidence, number))
        ctx.used_evidence.add(evidence)
        items.append(
            {
                "id": ctx.new_id("nombre", f"{number} {evidence[match.end() :][:20]}"),
                "type": "choice",
                "skill": "comprehension",
                "prompt": f"Quel nombre manque dans cette phrase ? {french.quoted(text)}",
                "options": options,
                "answer": number,
                "evidence": evidence,
                "feedback": f"Réponse : {number}. L'article dit : {french.quoted(shown)}",
            }
        )
    ctx.seen.refused += min(refused, MAX_NUMBER_ITEMS - len(items))
    return items


def _shown_beside(number: str, text: str) -> bool:
    """Whether the gapped text still shows the number elsewhere, even inside a word: review
    17 asked "Le sans-plomb ___ (SP95) coûte en moyenne …, le SP95-E10 …" for 95."""
    return re.search(rf"(?<![\d,]){re.escape(number)}(?![\d]|,\d)", text) is not None


def _unit(after: str, value: float, before: str = "") -> str:
    """What a number counts when that limits its wrong options: "age" ("27 ans": no one is
    116), "hour" ("à 6 heures": there is no 27 heures); "" otherwise. The minutes of a time
    are never asked (`clock_part`)."""
    if _AGE.match(after):
        return "age"
    if _HOUR.match(after) and value <= 24:
        return "hour"
    return ""


def _unit_of(number: str, found: list[tuple[str, str, re.Match[str]]]) -> str:
    units = {
        _unit(ev[m.end() :], _number_value(n), ev[: m.start()]) for ev, n, m in found if n == number
    }
    return units.pop() if len(units) == 1 else ""


def _fits_unit(option: float, value: float, unit: str) -> bool:
    """An age stays a plausible age of the same stage of life (an adult stays an adult), an
    hour an hour of the day."""
    if unit == "age":
        adult = value >= 18
        near = abs(option - value) <= (25 if adult else 6)
        return 2 <= option <= 100 and (option >= 18) == adult and near
    if unit == "hour":
        return 1 <= option <= 23
    return True


def _made_up(value: float, number: str, unit: str, article_sep: str | None = None) -> list[str]:
    """Wrong options the article does not give: a few years or hours off for an age or an
    hour, else multiples (twice, half, three times, one and a half)."""
    if unit in ("age", "hour"):
        steps = _HOUR_STEPS if unit == "hour" else None
        steps = steps or (_AGE_STEPS if value >= 18 else _MINOR_AGE_STEPS)
        near = [value + step for step in steps]
        return [str(round(v)) for v in near if _fits_unit(v, value, unit)]
    return [_format_like(value * factor, number, article_sep) for factor in (2, 0.5, 3, 1.5)]


def _plausible(option: str, value: float, floor: float, percent: bool = False) -> bool:
    """Whether a wrong number could fill the gap: of the same order as the answer (not 478
    "gouvernements" for 27, nor 39 "de signatures" for 2 800 000), above any bound the
    sentence sets ("22 des ___"), and for a share of at most 100 % no more than 100 ("détient
    108 % du capital" is false at a glance)."""
    number = _number_value(option)
    if percent and value <= 100 < number:
        return False
    return number > max(1, floor) and value / 5 <= number <= value * 5


def _lower_bound(before: str, after: str) -> float:
    """The number a gap must exceed: "22 des ___ gouvernements", "3 sur ___", "___
    recommandations …, dont 21 nouvelles", "entre 400 000 et ___ euros"."""
    match = re.search(r"(\d[\d \u00a0\u202f]*)\s+(?:des|sur)\s+$", before)
    if match:
        return _number_value(match.group(1).strip())
    low = _RANGE_LOW.search(before)
    if low:
        return _number_value(low.group(1))
    part = re.match(r"[^.;:]{0,80}?\bdont\s+(\d+)\b", after)
    return _number_value(part.group(1)) if part else 0


_FIGURE = r"(\d[\d \u00a0\u202f]*\d|\d)"
_PART_OF = re.compile(rf"^\s+(?:des|sur)\s+{_FIGURE}\b")
"""After a number that is a part of the next one ("10 des 17", "3 sur 10"): the whole."""
_RANGE_LOW = re.compile(rf"\bentre\s+{_FIGURE}\s+et\s+$")
"""Before the top of a range ("entre 400 000 et ___"): its bottom."""
_RANGE_HIGH = re.compile(rf"^\s+et\s+{_FIGURE}\b")
"""After the bottom of a range ("entre ___ et 300 euros"): its top."""


def upper_bound(after: str, before: str = "") -> float:
    """The number a gap must stay under: a part of a whole ("___ des 17 ministères" cannot be
    17, let alone 38: 17 of 17 would read "les 17"), the bottom of a range ("entre ___ et
    300 euros"), or the top of a scale (a magnitude under 10)."""
    whole = _PART_OF.match(after)
    if whole:
        return _number_value(whole.group(1))
    top = _RANGE_HIGH.match(after)
    if top and re.search(r"\bentre\s+$", before):
        return _number_value(top.group(1))
    if _MAGNITUDE.search(before) or _RICHTER.match(after):
        return MAX_MAGNITUDE
    if _CLOCK_PART_BEFORE.search(before):
        return 60.0  # "21 h 17 min 80 s": minutes and seconds of a time stay under 60
    return float("inf")


_CLOCK_PART_BEFORE = re.compile(r"\d\s*(?:h|min)\s+$")
MAX_MAGNITUDE = 10.0
"""No earthquake reaches 10: "un séisme de magnitude 15,6" is false at a glance."""
_MAGNITUDE = re.compile(r"\bmagnitude\s+(?:de\s+)?$", re.IGNORECASE)
_RICHTER = re.compile(r"^\s+(?:degrés?\s+)?sur\s+l['’]échelle\s+de\s+Richter", re.IGNORECASE)


def _is_percent(number: str, found: list[tuple[str, str, re.Match[str]]]) -> bool:
    return any(n == number and ev[m.end() :].lstrip().startswith("%") for ev, n, m in found)
