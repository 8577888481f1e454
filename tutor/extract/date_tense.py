"""Whether a date named without its year (or week, or month) looks back or ahead: the verb nearest
to it in its sentence, and the words right before it.

The rule, in order:
- "depuis lundi", "depuis mars" always look back; a date something is moved or set to
  ("reporté au 3 mai", "fixée au 16 avril") or a deadline "d'ici" always looks ahead, and so
  does the day of a meeting proposed or asked for ("a proposé une rencontre jeudi");
- else the nearest verb decides: a future ("sera lancé en mars"), "va/doit + infinitive", "prévu",
  the conditional of reported speech, or a present tense that schedules an event ("Le festival
  débute lundi", "Le sommet se tient jeudi", "La loi entre en vigueur en janvier", "Les syndicats
  appellent à la grève le 5") look ahead; a compound past or an imperfect ("a débuté lundi",
  "se tenait jeudi") looks back;
- with no such verb in the sentence, "dès", "à partir de", "jusqu'à", "avant" before the date
  look ahead ("Les soldes durent jusqu'au 20"), and anything else looks back: news tells what
  has happened; but a day alone in a present state ("Les inscriptions sont ouvertes du 20 au
  24") is the nearer one, before or after (`in_present_state`).
"dernier" and "prochain" after the date overrule all this (`date_calendar`). A day or month
that dates an event announced, planned or not excluded ("a annoncé une réunion avec la ministre
le 2 avril", "n'exclut pas d'autres journées de grève en mai") is that event's, still to come
when it is near enough ahead, whatever the tense of the announcing (`announces_event`).
"""

from __future__ import annotations

import re

_FUTURE = re.compile(
    r"\b(?:sera|seront|serai|serons|serez|aura|auront|fera|feront|ira|iront|pourra|pourront|"
    r"devra|devront|faudra|verra|verront|voudra|voudront|saura|sauront|"
    # any third-person future ("recevra", "voteront"), but nouns that end the same way
    r"(?!(?:extra|ultra|opéra|caméra|choléra|cobra|mantra|tantra|sutra|hydra|tiara|sahara|"
    r"agora|zébra|sierra|terra|contra|affront|palmera|pergola|ultras)\b)"
    # ("déclara", "ignora", "célébra": a past simple, never a future)
    r"(?![a-zà-ÿ]*(?:ara|ora|éra|èra|bra|gra)\b)[a-zà-ÿ]{2,}r(?:a|ont)|"
    # the conditional of reported speech is a future seen from the past ("a déclaré que la
    # production reprendrait en juin"), but "aurait" opens a past ("aurait eu lieu en mai")
    # ("préférait", "déclarait", "durait", "courait" are imperfects: no conditional ends so)
    r"(?![a-zà-ÿ]*trai(?:t|ent)\b)(?!aurai(?:t|ent)\b)"
    r"(?![a-zà-ÿ]*(?:[éaoû]r|[^a]ur)ai(?:t|ent)\b)[a-zà-ÿ]{2,}r(?:ait|aient)|"
    r"prévue?s?|attendue?s?|à\s+venir|aura\s+lieu|"
    # a forecast in the present ("Météo-France prévoit jusqu'à 40 degrés à Lyon mercredi")
    r"prévoi(?:t|ent)|"
    r"(?:va|vont|devrait|devraient|doit|doivent|compte|comptent|prévoit|prévoient|"
    r"envisage|envisagent)\s+(?:[a-zà-ÿ'’]+\s+){0,2}?[a-zà-ÿ]+(?:er|ir|re))\b"
)
"""Signs of the future: future tense, "va/doit + infinitive", "prévu", "prévoit", "à venir"."""

_NO_DETERMINER = "".join(
    rf"(?<!\b{d}\s)" for d in ("le", "la", "un", "une", "du", "au", "ce", "son", "sa", "leur")
)
_SCHEDULED = re.compile(
    r"\b(?:(?:débute|commence|démarre|rouvre|termine|expire|accueille)(?:nt)?|"
    r"(?<!prison\s)(?<!la\s)(?<!une\s)ferme(?:nt)?|(?:s['’]|se\s+)(?:ouvre|déroule|achève|"
    r"applique|prononce)(?:nt)?|ouvre(?:nt)?|se\s+tien(?:t|nent)|(?:a|ont)\s+lieu|"
    r"entre(?:nt)?\s+en\s+vigueur|pren(?:d|nent)\s+(?:fin|effet)|appelle(?:nt)?\s+à|"
    r"arrive(?:nt)?\s+à\s+échéance|reprend|reprennent|se\s+réuni(?:t|ssent)|"
    r"se\s+ren(?:d|dent)|reçoi(?:t|vent)|sort(?:ent)?\s+en\s+salles?|"
    r"ren(?:d|dent)\s+(?:son|sa|leur|leurs)\s+(?:verdict|décision|avis|rapport|jugement|arrêt)|"
    r"(?:est|sont)\s+(?:convoquée?s?|programmée?s?|fixée?s?|reportée?s?|repoussée?s?)|"
    # verbs that are nouns or adjectives too ("le vote", "la présente loi") after no determiner
    rf"{_NO_DETERMINER}(?:vote|examine|présente)(?:nt)?)\b"
)
"""A present tense that schedules an event ("débute", "se tient", "a lieu", "entre en vigueur",
"appelle à", "est convoqué"): it speaks of what is coming, as the future does."""

_PARTICIPLE = (
    r"(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|lieu|ici|aussi|parmi|"
    r"depuis|puis|plus|tous|lui|celui|ceci|nous|vous|au|du)\b)"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|it|ite|u|ue|us|ert|erte|int|inte)(?!['’])"
)
"""A past participle, roughly: "samedi", "lieu" and "jusqu'" end the same way and are none."""
_STATE = (
    r"(?!(?:fermée?s?|ouverte?s?|suspendue?s?|interdite?s?|prévue?s?|attendue?s?|convoquée?s?|"
    r"programmée?s?|fixée?s?|reportée?s?|repoussée?s?)\b)"
)
"""Participles that "est"/"sont" make a present state ("Le musée est fermé jusqu'en mars") or a
schedule, not a compound past."""
_NOT_IMPERFECT = (
    r"(?![a-zà-ÿ]*(?:fait|trait|lait|souhait|portrait|sait)\b)"
    r"(?!(?:re)?(?:con)?nait\b|(?:ap|dis|re)?parait\b|(?:com)?plait\b)"
)
"""Words in -ait that are no imperfect: "fait", "extrait", "souhait", "(il) sait", "(il) nait"."""
_PAST = re.compile(
    r"\b(?:(?:a|ai|as|avons|avez|ont|avait|avaient|avais|eut|eurent)"
    rf"(?:\s+(?:[a-zà-ÿ]+\s+)?{_PARTICIPLE})?|était|étaient|fut|furent|"
    rf"(?:est|sont|s['’]est|se\s+sont)\s+(?:[a-zà-ÿ]+\s+)?{_STATE}{_PARTICIPLE}|"
    # the imperfect ("se tenait", "défilaient", "préférait"); "-erait", "-irait", "-drait" are
    # the conditional, read above
    rf"{_NOT_IMPERFECT}[a-zà-ÿ]{{2,}}(?:(?<!r)|(?<=[éaoû]r)|(?<=[^a]ur))ai(?:t|ent))\b"
)
"""Signs of the past: compound tenses (the participle included, to measure from its end; "jusqu'"
is no participle) and the imperfect."""

_SINCE = re.compile(r"\bdepuis\s+(?:le\s+|la\s+|l['’]\s*)?$", re.IGNORECASE)
_FROM_OR_UNTIL = re.compile(
    r"\b(?:dès|avant|jusqu['’](?:à|au|en)|à\s+partir\s+d(?:e|u|['’])|à\s+compter\s+d(?:e|u|['’])|"
    r"d['’]ici(?:\s+à)?)\s*(?:le\s+|la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
"""A lead that points from now on: "dès lundi", "jusqu'au 20", "à partir du 1er", "pas de pluie
avant la mi-septembre" (with no verb tense to say otherwise)."""
_UNTIL = re.compile(r"\bjusqu['’](?:à|au|en)\s*(?:le\s+|la\s+)?$", re.IGNORECASE)
_MOVED_TO = re.compile(
    r"\b(?:reportée?s?|repoussée?s?|renvoyée?s?|ajournée?s?|fixée?s?|programmée?s?|"
    r"décalée?s?|avancée?s?|mise?s?\s+en\s+délibéré)\s+(?:au|à|à\s+la|en)\s*$",
    re.IGNORECASE,
)
"""A date something was moved or set to ("le procès a été reporté au 3 mai", "le jugement a été
mis en délibéré au 2 juillet"): whatever the tense of the decision, the date itself is the
coming one."""
_BY_THEN = re.compile(r"\bd['’]ici\b[^.,;:!?]{0,20}$", re.IGNORECASE)
"""A deadline from now: "d'ici au mois d'avril", "d'ici à la fin juin" (review 17's "La
municipalité promet d'installer d'ici au mois d'avril …", in March, was last April)."""

_PROPOSED_MEETING = re.compile(
    r"\b(?:propos|convoqu|programm|demand|réclam|souhait|suggér|offr|obten)[a-zà-ÿ]*\s+"
    r"(?:une?|la|le|l['’]|des|sa|son|leur)\s*(?:nouvelle\s+|nouvel\s+|première\s+)?"
    r"(?:rencontre|réunion|entrevue|entretien|médiation|table\s+ronde|séance|audience|"
    r"consultation|concertation|discussion|négociation)s?\s+$",
    re.IGNORECASE,
)
"""A meeting proposed, asked for or granted, with its day right after it ("a proposé une
rencontre jeudi à Quimper"): the day is the meeting's, still to come, whatever the tense of
the proposal (which, dated, would carry the day before the noun: "a proposé jeudi une …")."""

_OPENING_PARTICIPLE = re.compile(
    r"(?:(?<=[.!?–—]\s)|(?<=\n)|^)[A-ZÀ-Ýa-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite)"
    r"\s+(?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
)
"""A participle that opens the sentence right before a weekday ("Battue samedi soir à domicile,
l'équipe termine ...", "Élu dimanche, le maire ..."): what it tells is done, whatever the main
verb says of what comes next."""

_PRESENT_STATE = re.compile(
    r"(?<![’'])(?<!\bse\s)\b(?:est|sont)\s+(?:(?:toujours|encore|désormais|déjà)\s+)?"
    r"(?:fermée?s?|ouverte?s?|suspendue?s?|interdite?s?|gratuite?s?|accessibles?)\b"
)
"""A present state ("Les inscriptions sont ouvertes du 20 au 24"): "était fermée" tells of the
past, "s'est ouverte" is an event."""

_SENTENCE_END_MARKS = ".!?\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_END_MARKS}]")
_CLAUSE_BREAK = 40
"""How much farther a verb counts when a comma or semicolon stands between it and the date."""
_MARKERS = ((_FUTURE, True), (_SCHEDULED, True), (_PAST, False), (_OPENING_PARTICIPLE, False))


def nearest_verb_tense(text: str, start: int, end: int) -> bool | None:
    """Whether the verb nearest to text[start:end], in its sentence, looks ahead (True) or back
    (False), None when the sentence has no verb that tells; a verb on the other side of a comma
    counts as farther ("qui a parlé lundi, parlera samedi"), and on a tie the future wins."""
    nearest = _nearest_marker(text, start, end, _MARKERS)
    return None if nearest is None else nearest[1]


def in_present_state(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest to the date is a present state ("sont ouvertes du 20 au 24"):
    a state that holds at publication spans its days around it, not a month back."""
    markers = (*_MARKERS, (_PRESENT_STATE, None))
    nearest = _nearest_marker(text, start, end, markers)
    return nearest is not None and nearest[1] is None


def _nearest_marker(
    text: str, start: int, end: int, markers: tuple[tuple[re.Pattern[str], bool | None], ...]
) -> tuple[int, bool | None] | None:
    # just after the last sentence end before the date (one `_SENTENCE_END` character), found
    # from the date backwards, not by matching every sentence end from the text's start
    left = max(text.rfind(end_mark, 0, start) for end_mark in _SENTENCE_END_MARKS) + 1
    right_end = _SENTENCE_END.search(text, end)
    right = right_end.start() if right_end else len(text)
    nearest: tuple[int, bool | None] | None = None
    for pattern, future in markers:
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            if m.start() < start < m.end():
                distance = 0
            else:
                between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
                distance = len(between) + (_CLAUSE_BREAK if re.search("[,;:]", between) else 0)
            if nearest is None or distance < nearest[0] or (distance == nearest[0] and future):
                nearest = (distance, future)
    return nearest


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a coming one, by the rule of the module docstring."""
    before = text[max(0, start - 30) : start]
    if _SINCE.search(before):
        return False
    if _MOVED_TO.search(before) or _BY_THEN.search(before):
        return True
    if _PROPOSED_MEETING.search(text[max(0, start - 60) : start]):
        return True
    tense = nearest_verb_tense(text, start, end)
    if tense is not None:
        return tense
    return _FROM_OR_UNTIL.search(before) is not None


def bounds_a_period(text: str, start: int) -> bool:
    """Whether the date at `start` ends a period ("jusqu'au 15 mai"): a past verb then tells
    when the period was decided ("ont voté la reconduction de la grève jusqu'au 15 mai"), not
    whether its end is past, so the nearer of the two days is meant."""
    return _UNTIL.search(text[max(0, start - 20) : start]) is not None


_ANNOUNCING = (
    r"\b(?:annon[cç]|prév[oiuy]|planifi|programm|convoqu|propos|appel|menac|envisag|promet|"
    r"promi|décid|confirm|fix|exclu|demand|réclam|souhait|prépar|esp[éè]r|préavis|convoc)"
    r"[a-zà-ÿ]*"
)
"""A verb (or its noun) that announces, plans, asks for or does not exclude what it names ("un
préavis de grève": the notice of a strike to come)."""
_EVENT = (
    r"(?:réunion|rencontre|sommet|grève|journée|vote|votation|scrutin|élection|référendum|"
    r"audience|procès|ouverture|réouverture|rentrée|date\s+limite|séance|conférence|congrès|"
    r"assemblée|manifestation|mobilisation|rassemblement|consultation|négociation|"
    r"concertation|médiation|conciliation|visite|inauguration|lancement|mise\s+en\s+service|"
    r"fermeture|entrée\s+en\s+vigueur|versement|livraison|débat|"
    r"examen|table\s+ronde|entrevue|session|cérémonie|reprise)s?"
)
"""Nouns of an event a date can complete ("une réunion avec la ministre le 2 avril")."""
_WORD = r"\s+(?!(?:qui|que|qu['’]|dont|où|et|mais|puis)\b)[^\s,;:.!?«»()]+"
"""A word of the same clause: no punctuation, and no relative or coordinated clause opens."""
_OBJECT_WORD = r"\s+(?!(?:qui|dont|où|et|mais|puis)\b)[^\s,;:.!?«»()]+"
"""A word between the announcing and its event, where "que" may open what is asked for ("a
demandé que la réunion se tienne le 2 avril")."""
_RELATIVE = re.compile(r"\b(?:qui|dont|où|lorsque|quand)\s+", re.IGNORECASE)
_OF_THE_DAY = re.compile(r"\bdu\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s+au\b")
_TOLD_BEFORE = re.compile(
    r"\b(?:avai(?:s|t|ent)|eu(?:t|rent))\s+(?:[a-zà-ÿ]+['’\s]\s*){0,3}$", re.IGNORECASE
)
_TOLD_BEFORE_END = re.compile(r".*ai(?:s|t|ent)$")
"""A pluperfect or an imperfect announcing ("avaient appelé à la grève le 25 juin",
"prévoyait une réunion le 2 avril", "avait déposé un préavis") tells a story already past, its
event with it."""
_ANNOUNCED_EVENT = re.compile(
    rf"(?P<verb>{_ANNOUNCING})(?:{_OBJECT_WORD}){{0,6}}?\s+(?:[a-zà-ÿ]+['’])?{_EVENT}\b"
    rf"(?P<rest>(?:{_WORD}){{0,6}}?)\s*$",
    re.IGNORECASE,
)
_ANNOUNCED_FOR = re.compile(
    rf"(?P<verb>{_ANNOUNCING})(?:{_OBJECT_WORD}){{0,6}}?\s+pour\s+(?:(?:le|la)\s+|l['’])?"
    r"(?P<rest>)$",
    re.IGNORECASE,
)
"""The day an announcing sets its object for, whatever that object is: "a déposé un préavis
pour le 2 avril", "a convoqué les salariés pour le 2 avril"."""


_SET_OFF = re.compile(r",\s*(?:le\s+|au\s+|en\s+)?$")
_MONTH = re.compile(
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    re.IGNORECASE,
)


def announces_event(text: str, start: int, end: int) -> bool:
    """Whether the date at `start` completes an event that a verb of its clause announces, plans
    or does not exclude ("a annoncé une réunion avec la ministre le 2 avril", "n'exclut pas
    d'autres journées de grève en mai"): the date is the event's, which may still be to come
    whatever the tense of the announcing; a verb between the event and the date ("la réunion
    s'est tenue le 2 avril") dates the event as that verb says, and "la manifestation du 2
    avril" names an event by its day (unless "du" opens a range: "une grève du 3 au 5 avril")."""
    if _OF_THE_DAY.search(text, max(0, start - 5), start) and not _RANGE_TO.match(text, end):
        return False
    after = _SENTENCE_END.search(text, end)
    right = after.start() if after else len(text)
    told = _RELATIVE.search(text, end, right)
    if told is not None and _PAST.search(text[told.end() : min(right, told.end() + 25)]):
        return False  # "la fermeture de l'usine en juin, qui a laissé 200 salariés sans emploi"
    window = max(0, start - 200)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    found = _ANNOUNCED_EVENT.search(text, left, start) or _ANNOUNCED_FOR.search(text, left, start)
    if found is None and _SET_OFF.search(text, left, start) and _MONTH.search(text, start, end):
        # "a annoncé l'ouverture, le 1er décembre, d'un guichet": a calendar day set off
        # between the event's noun and its complement is the event's (a weekday set off so,
        # "la fermeture, lundi, de l'usine", is as often the announcing's: not read so)
        found = _ANNOUNCED_EVENT.search(text[: _SET_OFF.search(text, left, start).start()], left)
    return (
        found is not None
        and not _TOLD_BEFORE.search(text, left, found.start())
        and not _TOLD_BEFORE_END.match(found["verb"])
        and not any(p.search(found["rest"]) for p in (_PAST, _FUTURE, _SCHEDULED))
    )


_ORIGINALLY_PLANNED = re.compile(
    r"\b(?:prévue?s?|programmée?s?|annoncée?s?|fixée?s?|attendue?s?)\s+"
    r"(?:à\s+l['’]origine|initialement|d['’]abord|au\s+départ|dans\s+un\s+premier\s+temps)\s+"
    r"(?:pour\s+)?(?:le\s+|au\s+|en\s+)?$",
    re.IGNORECASE,
)


def originally_planned(text: str, start: int) -> bool:
    """Whether the date at `start` is the one first planned ("Le lancement, prévu à l'origine le
    6 octobre, avait été repoussé"): "prévu" says nothing of whether it is past; the nearer
    day is meant."""
    return _ORIGINALLY_PLANNED.search(text[max(0, start - 50) : start]) is not None
