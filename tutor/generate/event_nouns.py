"""Dated events read from noun phrases: "les élections de dimanche 17 juin", "une visite de 2
jours"; and the noun phrase a participle describes."""

from __future__ import annotations

import re

from tutor.generate import clauses, french, grammar
from tutor.generate.bank_words import is_person
from tutor.generate.context import Context
from tutor.generate.dated import DatedSentence
from tutor.generate.event_model import Event, tense
from tutor.generate.simplify import AUXILIARIES, is_participle
from tutor.glossary_files import shipped_glossary

_EVENT_NOUNS = french.wordset(
    """élection scrutin référendum vote sommet réunion rencontre visite conférence cérémonie
    manifestation grève crise guerre attaque attentat accident crash catastrophe séisme incendie
    explosion intervention invasion annexion révolution fermeture ouverture signature chute
    naissance mort décès procès inauguration lancement création fondation indépendance
    démission mobilisation suppression adoption construction rénovation démolition réouverture
    rachat fusion faillite arrestation condamnation nomination découverte disparition"""
)
_DOCUMENT_NOUNS = french.wordset(
    "publication rapport loi traité accord directive décret lettre étude interview enquête"
)
_PRE_ADJECTIVES = french.wordset(
    """précédent précédente dernier dernière premier première nouveau nouvel nouvelle grand
    grande prochain prochaine récent récente ancien ancienne"""
)
_POSSESSIVES = french.wordset("son sa ses leur leurs mon ma mes ton ta tes notre votre nos vos")
"""Determiners that point to an owner the question would leave out."""
_DATING_VERBS = french.wordset("date datent datait dataient remonte remontent remontait")
"""'Leur dernière rencontre date de septembre 2023': the date completes the verb, not a noun."""
_BOUNDARIES = french.wordset("que qu' qui dont où lorsque quand si et ou mais")


def noun_phrases(
    tokens: list[str],
    end: int,
    agreement: grammar.Agreement = (None, None),
    reach: int = 10,
) -> list[tuple[int, str, grammar.Agreement, bool]]:
    """The noun phrases that end at tokens[end - 1] (a comma after it allowed), nearest first:
    start, text with a definite determiner, agreement, and whether the phrase completes another
    noun (opened by "du", "des", or after "de"); looking back `reach` words at most."""
    found: list[tuple[int, str, grammar.Agreement, bool]] = []
    for i in range(end - 1, max(-1, end - reach), -1):
        token = tokens[i].rstrip(",") if i == end - 1 else tokens[i]
        folded = french.fold(token)
        if i < end - 1 and (token.endswith((",", ";", ":")) or folded in _BOUNDARIES):
            break
        if folded in AUXILIARIES or folded == "été" or folded.startswith("qu'"):
            break
        opened = grammar.determiner(token)
        if opened is None:
            continue
        det, head = opened
        det_agreement = grammar.DETERMINER_AGREEMENT[det]
        if not grammar.agrees(det_agreement, agreement):
            continue
        words = [head] if head else []
        words += [t.rstrip(",") for t in tokens[i + 1 : end]]
        completes = det in grammar.CONTRACTIONS or (
            i > 0 and french.fold(tokens[i - 1]) in ("de", "d'", "et")
        )
        phrase = grammar.definite(det, " ".join(words))
        if det == "l'" and "’" in token and phrase.startswith("l'"):
            phrase = "l’" + phrase[2:]  # the article's apostrophe: "l’autorisation … de l’Aisne"
        found.append((i, phrase, det_agreement, completes))
        if not completes:
            break
    return found


def subject_phrase(
    tokens: list[str], end: int, agreement: grammar.Agreement
) -> tuple[int, str] | None:
    """The noun phrase a participle describes: the one a complement completes when it agrees
    too ("l'essentiel du séjour …, transféré"), else the nearest ("de l'Authority, créée")."""
    found = noun_phrases(tokens, end, agreement)
    if not found:
        return None
    start, text, _, completes = found[-1]
    return (start, text) if not completes else (found[0][0], found[0][1])


def ambiguous_subject(tokens: list[str], end: int, agreement: grammar.Agreement) -> bool:
    """Whether a participle after "la fermeture de la piscine" may describe either noun: a
    noun ("la fermeture", "la direction de l'entreprise familiale, fondée en 1921") and the
    noun it completes both agree with it, and only the meaning of the participle tells which
    one it is. A share of something ("l'essentiel du séjour, transféré") is the noun meant.
    The chain of complements is followed further back than a subject is looked for: in "les
    premières analyses de la direction régionale des affaires culturelles (DRAC), présentées
    lundi", the analyses were presented, eleven words before the participle."""
    found = noun_phrases(tokens, end, agreement, AMBIGUITY_REACH)
    return len(found) >= 2 and head_noun(found[-1][1]) not in _SHARE_NOUNS


AMBIGUITY_REACH = 16


_SHARE_NOUNS = french.wordset(
    """essentiel majorité minorité partie part reste moitié plupart ensemble totalité quart
    tiers ensemble gros"""
)
"""Nouns for a share of what completes them: the participle after them describes the share."""


def head_noun(phrase: str) -> str:
    """The head noun of a noun phrase, singular: "la précédente publication" -> "publication"."""
    words = phrase.split(" ")
    elided = words[0].startswith(("l'", "l’"))
    words = [words[0][2:], *words[1:]] if elided else words[1:]
    while words and french.fold(words[0]) in _PRE_ADJECTIVES:
        words = words[1:]
    head = french.fold(words[0]) if words else ""
    return re.sub(r"(?<=[^s])s$", "", head)


_START_OF = re.compile(
    r"(?<![\w'’])(?:le|du|au|depuis\s+le)\s+début\s+(?P<of>des|du|de\s+la|de\s+l['’])\s*"
    r"(?P<noun>[^\W\d_][\w'’-]*)\s*,\s*$",
    re.IGNORECASE,
)
_THE = {"des": "les ", "du": "le ", "de la": "la ", "de l'": "l'", "de l’": "l'"}


def start_event(dated: DatedSentence) -> Event | None:
    """A date set off after "le début de …", ending its clause: when that thing began ("37
    boutiques ont fermé … depuis le début des travaux, en mars 2022" -> "Quand est-ce que les
    travaux ont commencé ?"); the date is the start's, not the main verb's."""
    found = _START_OF.search(dated.sentence[: dated.phrase_start])
    after = dated.sentence[dated.end :].lstrip()
    if found is None or after[:1] not in (".", ";", ""):
        return None
    of = re.sub(r"\s+", " ", french.fold(found["of"]))
    subject = f"{_THE[of]}{found['noun']}"
    verb = "ont commencé" if of == "des" else "a commencé"
    clause = f"{french.capitalise(subject)} {verb}"
    return Event(clause, f"Quand {clauses.est_ce_que(f'{subject} {verb}')} ?")


def noun_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date that completes an event noun: "les élections de dimanche 17 juin", "l'intervention
    russe en Ukraine en 2014", "la fermeture de l'usine d'ici à 2014"."""
    tokens = dated.sentence[: dated.phrase_start].split()
    if not tokens or tokens[-1].endswith(",") or french.fold(tokens[-1]) in _DATING_VERBS:
        return None
    dating = len(tokens) > 1 and french.fold(tokens[-2]) in _DATING_VERBS
    if dating and french.fold(tokens[-1]) in ("à", "au"):
        return _dated_subject(tokens[:-2], french.fold(tokens[-2]))
    of = dated.preposition in ("de", "d'")
    phrases = [
        (text, agreement, head_noun(text))
        for _, text, agreement, _ in noun_phrases(tokens, len(tokens))
        if head_noun(text) in _EVENT_NOUNS or (of and head_noun(text) in _DOCUMENT_NOUNS)
    ]
    if not phrases:
        return None
    phrase, (gender, number), head = phrases[0]
    if french.fold(phrase.split(" ")[0]) in _POSSESSIVES:
        return Event()  # "depuis sa création en 1926": "Quand a eu lieu sa création ?" (whose?)
    if is_participle(tokens[-1].rstrip(",")):
        return None  # "un sommet commencé jeudi": the date is the participle's, not the noun's
    document = head not in _EVENT_NOUNS
    words = phrase.split(" ")  # "la fermeture annoncée de l'usine": the participle goes
    phrase = " ".join(
        w for i, w in enumerate(words) if i < 2 or not is_participle(w) or _leads(words, i)
    )
    gender = gender or grammar.noun_gender(head)
    plural = number == "p"
    when = tense(ctx, dated.fact.value)
    if dated.preposition.startswith("d'ici") and when == "future" and gender:
        planned = "prévu" + ("e" if gender == "f" else "") + ("s" if plural else "")
        be = "sont" if plural else "est"
        # a plan: a statement can say it, a chronology cannot put it in order
        return Event(
            f"{french.capitalise(phrase)} {be} {planned}",
            f"Pour quand {be} {planned} {phrase} ?",
            False,
        )
    if when != "past" or dated.preposition not in ("", "de", "d'", "en", "le", "au"):
        return None
    if not document and _dated_elsewhere(ctx, dated, head):
        # "Quand a eu lieu le séisme de magnitude 6,4 ?" for the one of 2019, when the article
        # is about another, of this week: which one?
        return Event()
    if document:
        return Event(None, f"De quand {'datent' if plural else 'date'} {phrase} ?")
    took_place = "ont eu lieu" if plural else "a eu lieu"
    return Event(f"{french.capitalise(phrase)} {took_place}", f"Quand {took_place} {phrase} ?")


_OWN_COMPLEMENT = french.wordset("à au aux par pour avec sur dans en contre entre chez")
"""Words opening a participle's own complement: "300 logements réservés aux saisonniers" keeps
"réservés", or "aux saisonniers" would hang on the noun ("300 logements aux saisonniers")."""


def _leads(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and french.fold(words[i + 1]) in _OWN_COMPLEMENT


def _dated_elsewhere(ctx: Context, dated: DatedSentence, head: str) -> bool:
    """Whether another sentence dates another event named by the same noun."""
    noun = re.compile(rf"\b{re.escape(head)}s?\b")
    opening = ctx.article.body.lstrip()
    return any(
        fact.sentence != dated.fact.sentence
        and not opening.startswith(fact.text)  # the dateline dates the piece, no event
        and fact.value != dated.fact.value
        and re.match(r"\d{4}", fact.value)
        and noun.search(french.fold(fact.sentence))
        for fact in ctx.facts.dates
    )


def _dated_subject(subject: list[str], verb: str) -> Event | None:
    """ "La dernière grande rénovation remontait à 1978" -> "De quand date la dernière grande
    rénovation ?": the subject is what the date dates. None when the subject is not a plain
    noun phrase of a few words (a name, a pronoun, an apposition): other readings may do."""
    if not 2 <= len(subject) <= 6 or any("," in w for w in subject):
        return None
    if grammar.determiner(subject[0]) is None:
        return None
    phrase = french.lower_first(" ".join(subject))
    plural = verb.endswith(("ent", "aient"))
    question = f"De quand {'datent' if plural else 'date'} {phrase} ?"
    if head_noun(phrase) not in _EVENT_NOUNS:
        return Event(None, question)
    took_place = "ont eu lieu" if plural else "a eu lieu"
    return Event(f"{french.capitalise(phrase)} {took_place}", question)


def duration_question(dated: DatedSentence, finite: frozenset[str] = frozenset()) -> str | None:
    """ "une visite de 2 jours" -> "Combien de temps dure la visite ?"; "Après trois ans de
    mobilisation, … a été rejeté" -> "Combien de temps a duré la mobilisation ?". `finite`
    holds the article's finite verb forms (see `Lexicon.finite`)."""
    sentence = dated.sentence
    tokens = sentence[: dated.phrase_start].split()
    phrase = None
    if dated.preposition in ("de", "d'") and tokens:
        found = noun_phrases(tokens, len(tokens))
        phrase = found[0][1] if found and found[0][0] >= len(tokens) - 4 else None
        if phrase is not None and _ends_on_verb(found[0][1], found[0][2]):
            phrase = None  # "les assurés disposent de trente jours": no noun lasts
        if phrase is not None and _governs_length(phrase, finite):
            phrase = None  # "le Parlement dispose de …", "un délit puni de trois ans"
        if phrase is not None and _counts_what_follows(sentence[dated.end :]):
            phrase = None  # "l'aboutissement de vingt mois de négociations": the talks lasted
        if phrase is not None and french.fold(phrase.rsplit(" ", 1)[-1]) in _APPROXIMATION:
            phrase = None  # "l'équivalent de près d'un mois de pluie": "près" is no noun
        if phrase is not None and _in_locution(tokens, found[0][0]):
            phrase = None  # "c'est vrai à l'échelle d'une année": a scale, nothing that lasts
    elif dated.preposition in ("", "après"):
        match = _NOUN_AFTER_LENGTH.match(sentence[dated.end :])
        gender = grammar.noun_gender(match.group(1)) if match else None
        counted = french.fold(match.group(1)) in _WEATHER if match else False
        if match and gender and not grammar.plural(match.group(1)) and not counted:
            phrase = grammar.definite("la" if gender == "f" else "le", match.group(1))
            phrase += match["qualifier"] or ""
    if phrase is None or head_noun(phrase) in _NOT_MEASURED or _is_age(phrase):
        return None
    when = _duration_tense(dated)
    if when is None:
        return None
    verbs = {"past": ("a duré", "ont duré"), "present": ("dure", "durent")}
    verbs["future"] = ("durera", "dureront")
    verb = verbs[when][phrase.startswith("les ")]
    return f"Combien de temps {verb} {phrase} ?"


_NOUN_AFTER_LENGTH = re.compile(
    r"\s+(?:de\s+|d['’])([^\W\d_][\w-]*)(?=[\s,.;]|$)"
    r"(?P<qualifier>\s+[a-zà-ÿ-]+(?:é|ée|és|ées|if|ive|ifs|ives|el|elle|al|aux|ique|iques|aire|aires)"
    r"(?=[\s,.;]|$))?"
)
"""The noun a length counts ("Après trois ans de mobilisation, …") and the adjective or
participle after it, which the question keeps: "après six mois d'usage simulé" asks how long
the simulated use lasted, not any use."""


_GOVERNS_LENGTH = french.wordset(
    """dispose disposent disposait disposaient disposera disposeront allant passible passibles
    puni punie punis punies vieux vieil vieille vieilles âgé âgée âgés âgées au-delà"""
)
"""Words a length completes ("le Parlement dispose de soixante-dix jours", "des crimes
passibles de quinze ans", "des peines allant de huit mois …", "au-delà de 18 ans"): the noun
before them does not last it; asking "Combien de temps dure le délit puni ?" is no French."""
_PENALTIES = french.wordset("emprisonnement prison réclusion détention")


def _governs_length(phrase: str, finite: frozenset[str]) -> bool:
    """A noun the article also uses as a verb ("une visite", "il visite") is still the head."""
    last = french.fold(phrase.rsplit(" ", 1)[-1])
    return last in _GOVERNS_LENGTH or (last in finite and last != french.fold(head_noun(phrase)))


def _counts_what_follows(after: str) -> bool:
    """Whether the length counts the noun after it ("de vingt mois de négociations", "d'une
    journée de grève"): that noun lasted, not the one before ("l'aboutissement", "le coût");
    a penalty's length is its sentence's ("des peines d'un an d'emprisonnement")."""
    match = _NOUN_AFTER_LENGTH.match(after)
    return match is not None and french.fold(match.group(1)) not in _PENALTIES


def _in_locution(tokens: list[str], start: int) -> bool:
    """Whether the noun phrase at `start` is the noun of a locution "à la …", "à l'…", "au …"
    ("à l'échelle d'une année", "à l'horizon de dix ans", "au rythme de deux jours"): the
    measure frames another thing, the noun itself does not last."""
    first = french.fold(tokens[start]) if start < len(tokens) else ""
    before = french.fold(tokens[start - 1]) if start else ""
    return first in ("au", "aux") or (
        before == "à" and (first in ("la", "les") or first.startswith(("l'", "l’")))
    )


_WEATHER = french.wordset("pluie neige gel soleil orage brouillard vent grêle verglas")
"""Weather counted in days ("avec dix-neuf jours de pluie" in July): days it happened on, not
how long it lasted ("Combien de temps dure la pluie ?")."""
_APPROXIMATION = french.wordset("près plus moins environ presque quelque")
"""Words that make a duration approximate ("près d'un mois"), not nouns that last."""


_PLURAL_VERB = re.compile(r"[^\W\d_]{2,}(?:ent|ont)$")


def _ends_on_verb(phrase: str, agreement: grammar.Agreement) -> bool:
    """Whether a plural noun phrase ends on a verb, not a noun: "les assurés disposent"."""
    last = phrase.rsplit(" ", 1)[-1]
    return agreement[1] == "p" and not grammar.plural(last) and bool(_PLURAL_VERB.match(last))


_PEOPLE = french.wordset(
    """homme femme garçon fille enfant bébé adolescent adolescente jeune retraité retraitée
    victime patient patiente conducteur conductrice habitant habitante père mère fils"""
)


def _is_age(phrase: str) -> bool:
    """ "un homme de 34 ans", "un Lyonnais de 34 ans": a person's age, not something that
    lasts."""
    words = phrase.split(" ")
    last = re.sub(r"^[lL]['’]", "", words[-1]) if words else ""
    head = head_noun(phrase)
    if head in _PEOPLE or (last[:1].isupper() and len(words) <= 2):
        return True
    # "un avocat d'affaires de 58 ans", "l'ancien comptable de 59 ans": any word for a person
    return bool(head) and is_person(shipped_glossary(), head, head)


_NOT_MEASURED = french.wordset(
    """âge terme bout issue cours espace fin lendemain veille moment délai durée période laps
    ancienneté expérience"""
)
_NOT_MEASURED |= {""}
"""Nouns that "de N jours" follows without being what lasts: "au terme de deux jours de
négociations" (the talks lasted), "à l'issue de trois jours de débats"; an age; a span of time
itself ("dans un délai de deux mois": "Combien de temps dure le délai ?" asks nothing); and
what one has, not what lasts ("une infirmière qui a dix ans d'ancienneté")."""
_PAST = french.wordset("a ont avait avaient était étaient fut furent")
_FUTURE = re.compile(r"^(?:aura|auront|sera|seront|va|vont|[^\W\d_]{2,}(?:era|eront|ira|iront))$")
_PLANNED = french.wordset("doit doivent devait devaient pouvait pouvaient")
"""'Les travaux, qui devaient durer dix-huit mois, ont été retardés': a plan, not a duration."""
_ASKED = re.compile(
    r"^(?:demand|réclam|exig|propos|souhait|requi[st]|requér|requièr|condamn|encour|risqu)\w*$"
)
"""'une déclaration qui demande un moratoire de dix ans', 'a requis deux ans d'emprisonnement':
asked for or incurred, it has lasted no time."""
_AGREED = re.compile(r"^(?:sign|conclu|accord|obten|obtenu|décroch|renouvel)\w*$")
"""'a signé un contrat de trois ans': the term of what was agreed, which starts now, not a
time that has passed."""
_CONDITIONAL = re.compile(r"^[^\W\d_]{2,}(?:rait|raient)$")


def _duration_tense(dated: DatedSentence) -> str | None:
    """The tense of the clause the duration is in, not of the whole sentence: in
    "L'intersyndicale a appelé à la mobilisation : une journée de grève aura lieu vendredi"
    the strike is to come. "Après trois ans de chantier" is over whatever the main verb says.
    None for a conditional or a plan: a duration that may never be."""
    if dated.preposition == "après":
        return "past"
    sentence = dated.sentence
    # a relative clause has its own verb: "ont adopté une déclaration qui demande un moratoire
    # de dix ans" -> the moratorium is asked for, not over
    opening = r"[,;:(—–]\s*|(?<![\w'’])(?:qui|que|qu['’]|dont|où)\s*"
    starts = [m.end() for m in re.finditer(opening, sentence[: dated.phrase_start])]
    stop = re.search(r"[,;:)—–.!?]", sentence[dated.end :])
    end = dated.end + stop.start() if stop else len(sentence)
    words = [french.fold(w) for w in sentence[(starts[-1] if starts else 0) : end].split()]
    if any(_CONDITIONAL.match(w) or w in _PLANNED or _ASKED.match(w) for w in words):
        return None
    if any(_AGREED.match(w) for w in words):
        return "present"
    if any(_FUTURE.match(w) for w in words):
        return "future"
    if any(w in _PAST for w in words):
        return "past"
    return "present"
