"""A long "Quand … ?" question cropped around its event: what follows the verb's first
complement after a comma, a second complement joined by "et", or an adjunct ("dans …", "pour
…") goes, and the question still asks about the same event in whole French."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from tutor.generate.clause_checks import dangles
from tutor.generate.french import fold, word_count, wordset
from tutor.generate.simplify import AUXILIARIES, is_participle, restrictive

LONG_QUESTION_WORDS = 18
"""A question this long (or longer) is cropped where it can be: 31 date questions over the
lessons ran to 18-30 words ("… gardera ses deux sièges, à Paris et à Niort ?")."""

_INVERSION = re.compile(r"(?<=\S)-(?:t-)?(?:il|elle|on|ils|elles)(?=\s)")
_EST_CE_QUE = re.compile(r"\best-ce\s+qu(?:e\s+|['’])")
_COMMA_TAIL = re.compile(r",\s+(?P<tail>[^,]+?)\s*\?$")
_AND = re.compile(r"\s+et\s+(?=\S)")
_ADJUNCT = re.compile(
    r"\s+(?:dans|pour|avec|sur|lors\s+d(?:e|u|es)?|grâce\s+à|malgré|pendant|par(?=\s.*$)"
    r"|afin\s+d(?:e|['’])|en\s+présence\s+d(?:e|u|es)?|lorsqu(?:e|(?=['’]))"
    r"|à\s+la\s+suite\s+d(?:e|u|es|(?=['’]))|en\s+raison\s+d(?:e|u|es|(?=['’]))|suite\s+à"
    r"|en\s+(?:finale|demi-finale)|devant)(?=[\s'’])",
    re.IGNORECASE,
)
"""Where a complement the event can lose begins; a "lorsque" clause is another time of it, "à
la suite d'une perte …" its cause, "en finale de l'EuroCoupe" and "devant 5 200 spectateurs"
its setting."""
_AMOUNT_TAIL = re.compile(
    r"\s+(?P<prep>de|d['’]|à)\s*(?:plus\s+de\s+|près\s+de\s+|environ\s+)?\d[\d\s,.]*"
    r"(?:millions?|milliards?|euros?|dollars?|francs?|kilos?|kilogrammes?|tonnes?|mètres?|"
    r"kilomètres?|hectares?|litres?|degrés?|%)"
    r"(?:\s+(?:de|d['’])\s*(?:euros?|dollars?|francs?(?:\s+CFA)?|amende))*\s*\?$",
    re.IGNORECASE,
)
"""A sum or a measure closing the question ("un plan de soutien de 85 milliards de francs
CFA", "condamné la société Solvane à 1,2 million d'euros d'amende"): the event is told without
it (and the lesson's number items ask for it). "de" takes it after a noun; "à" after a name,
the verb's object ("condamné X à"), since after a common noun it says which one ("des nuits à
plus de 25 degrés"). After a verb it is the verb's own complement ("plafonner à 1 000 dinars
le sac"), and stays. A count of things says what the event is about ("le rappel de plus de
200 000 gourdes"), and a measure of a thing named after it ("le sac de 25 kilos de semoule")
too: they stay."""
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:er|ir|re)$", re.IGNORECASE)
_KEEPS_ITS_PAIR = re.compile(
    r"(?<![\w'’])(?:entre|à\s+la\s+fois|tant|aussi\s+bien|ni|soit|non\s+seulement)\s",
    re.IGNORECASE,
)
"""Words that ask for the "et" after them ("entre Lyon et Paris"): the cut must not split them."""
_COMPLEMENT_START = re.compile(
    r"(?:(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s|l['’]|\d)",
    re.IGNORECASE,
)
"""How a second complement joined by "et" opens ("et un bénéfice net", "et les abords")."""
_PARTICIPLE_MODIFIER = re.compile(
    r"\s+(?P<participle>[^\W\d_]+)\s+(?:à|au|aux|par|pour|dans|en|sur)\s[^,]*\?$"
)
"""A participle with its complement ending the question, after a noun ("un plan de soutien
destiné aux pêcheurs artisanaux"): it says which thing, the event is told without it."""
_BEFORE_VERB = frozenset(AUXILIARIES | {"été", "se", "s'", "ne", "n'", "pas", "plus", "jamais"})
_SOURCE = re.compile(r"^(?:selon|d['’]après|a\s+|ont\s+)", re.IGNORECASE)


_NUMBER_WORD = (
    r"(?:(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|"
    r"cent)s?(?:-et-|-)?)+"
)
_AGE_APPOSITION = re.compile(rf",\s*(?:\d{{1,3}}|{_NUMBER_WORD})\s+ans\s*,", re.IGNORECASE)
"""An age set off after a name ("Batbayar Ganbold, 56 ans, a quitté Paris", "Marie-Claire
Dethier, septante-deux ans, habitante de Jupille, était montée"): the press gives it in
passing, a question about when does not repeat it."""


def without_age(question: str) -> str:
    """The question without an age set off after a name; another apposition after it keeps
    its comma ("Dethier, habitante de Jupille, était montée")."""

    def cut(match: re.Match[str]) -> str:
        rest = question[match.end() :]
        apposition = rest.split(",", 1)[0] if "," in rest else None
        if apposition is None or not 0 < word_count(apposition) <= 5:
            return ""
        first = fold(apposition.split()[0])
        keep = first not in AUXILIARIES and not _INVERSION.search(apposition + " ")
        return "," if keep else ""

    return _AGE_APPOSITION.sub(cut, question)


def cropped_question(
    question: str,
    finite: Collection[str] = (),
    body: str = "",
    infinitives: Collection[str] = (),
) -> str:
    """The question cut at the latest place that brings it under LONG_QUESTION_WORDS, or at the
    earliest place when none does; unchanged when it is short or has no such place. `finite`
    holds the article's finite verb forms, to find a verb that is no auxiliary ("partira");
    `infinitives` the model's verbs, for one the tagger missed (see `_after_verb`).
    A long question first takes the acronyms the article `body` gives its names, and one still
    long after its cut asks "Combien de temps" for "Pendant combien de temps"."""
    if word_count(question) < LONG_QUESTION_WORDS:
        return question
    question = _with_acronyms(question, body)
    cropped = _cropped(question, finite, infinitives)
    if word_count(cropped) >= LONG_QUESTION_WORDS:
        cropped = _HOW_LONG.sub("Combien de temps", cropped)
    return cropped


def _cropped(
    question: str, finite: Collection[str], infinitives: Collection[str], rounds: int = 3
) -> str:
    """The question cropped (see `cropped_question`); a crop still long is cropped again, since
    a cut may bring a tail to the end ("un plan de soutien de 85 milliards de francs CFA [(…)
    destiné aux pêcheurs]": the amount closes the question once the participle has gone)."""
    cropped = _cropped_once(question, finite, infinitives)
    if rounds > 1 and cropped != question and word_count(cropped) >= LONG_QUESTION_WORDS:
        return _cropped(cropped, finite, infinitives, rounds - 1)
    return cropped


def _cropped_once(question: str, finite: Collection[str], infinitives: Collection[str]) -> str:
    if word_count(question) < LONG_QUESTION_WORDS:
        return question
    verb_end = _after_verb(question, finite, infinitives)
    if verb_end is None:
        return question
    cuts = _cuts(question, verb_end)
    if not cuts:
        return question
    crops = [question[:cut].rstrip(" ,") + " ?" for cut in sorted(cuts)]
    crops = [c for c in crops if not dangles(c[:-2])]
    short = [c for c in crops if word_count(c) < LONG_QUESTION_WORDS]
    if short:
        return max(short, key=len)
    return min(crops, key=len) if crops else question


_HOW_LONG = re.compile(r"^Pendant combien de temps\b")
_ACRONYM = re.compile(r"\(([A-ZÉ]{2,6})\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*$")
_SMALL_NAME_WORDS = wordset("de du des d' la le les l' et à au aux en")


def _with_acronyms(question: str, body: str) -> str:
    """The question with the acronym the article gives a name, which says the same in fewer
    words ("la Banque centrale européenne (BCE)" -> "la BCE", "le peloton de gendarmerie de
    haute montagne (PGHM) de Chamonix" -> "le PGHM de Chamonix")."""
    for name, acronym in _acronyms(body):
        at = fold(question).find(fold(name))
        if at > 0 and not question[at - 1].isalnum():
            end = at + len(name)
            if end == len(question) or not question[end].isalnum():
                question = question[:at] + acronym + question[end:]
    return question


def _acronyms(body: str) -> list[tuple[str, str]]:
    """(name, acronym) for each "Name Of Thing (NOT)" of the article: the words before the
    parenthesis whose initials, small words left out, spell the acronym."""
    found = []
    for match in _ACRONYM.finditer(body):
        acronym = match.group(1)
        words = body[: match.start()].rstrip().split(" ")[-12:]
        initials = ""
        for count in range(1, len(words) + 1):
            word = words[-count]
            if not _NAME_WORD.match(word):
                break
            if fold(word) not in _SMALL_NAME_WORDS:
                initials = fold(word)[0] + initials
            if initials == fold(acronym) and fold(word) not in _SMALL_NAME_WORDS:
                found.append((" ".join(words[-count:]), acronym))
                break
            if len(initials) >= len(acronym):
                break
    return found


_SETTING = re.compile(r"en\s+(?:finale|demi-finale)|devant")
_ARTICLES = wordset("le la les un une l'")
_PREPOSITIONS = wordset("de d' à")


def _object_after(tail: str, opens_a_noun: bool) -> bool:
    """Whether a noun phrase that no preposition opens comes after a setting inside the
    question: the verb's object, which a cut there would take away. The first one is the
    setting's own after a preposition ("devant le tribunal")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+['’]?", tail)]
    return any(
        w in _ARTICLES and (i == 0 or words[i - 1] not in _PREPOSITIONS)
        for i, w in enumerate(words)
        if i > 0 or not opens_a_noun
    )


_RELATIVE_PRONOUNS = frozenset(
    ("qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles")
)


def _after_verb(
    question: str, finite: Collection[str], infinitives: Collection[str] = ()
) -> int | None:
    """Where the question's verb and the word after it end: no cut comes before (the subject
    and the verb's first word stay whole). After "est-ce que", a verb the tagger never read as
    one ("une directive européenne demande aux pilotes": "demande" a noun to it) is taken for
    one when no other is found and it is the present of a verb of the first group the model
    knows (`infinitives`)."""
    inversion = _INVERSION.search(question)
    if inversion is not None:
        verb: int | None = inversion.end()
    else:
        found = _EST_CE_QUE.search(question)
        if found is None:
            return None
        verb = _verb_after(question, found.end(), lambda w: w in finite)
        if verb is None and infinitives:
            verb = _verb_after(question, found.end(), lambda w: _present(w, infinitives))
        if verb is None:
            return None
    following = re.match(r"\s+\S+", question[verb:])
    return verb + following.end() if following else None


def _verb_after(question: str, start: int, is_verb: Callable[[str], bool]) -> int | None:
    """The end of the first verb after `start` that no relative pronoun leads."""
    relative = False  # "les bacheliers qui n'ont reçu aucune proposition peuvent": not "ont"
    for word in re.finditer(r"\S+", question[start:]):
        folded = fold(word.group(0))
        if folded in _RELATIVE_PRONOUNS:
            relative = True
        elif folded in AUXILIARIES or is_verb(folded) or folded.startswith(("s'", "n'")):
            if relative:
                relative = False
                continue
            return start + word.end()
    return None


def _present(word: str, infinitives: Collection[str]) -> bool:
    """Whether a word is the third person present of a verb in -er ("demande", "demandent")."""
    for ending in ("ent", "e"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in infinitives:
            return True
    return False


def _cuts(question: str, verb_end: int) -> list[int]:
    """Offsets where the question's tail may go: before a last part set off by a comma, a
    second complement joined by "et" (with no comma after it), an adjunct."""
    cuts = []
    comma = _COMMA_TAIL.search(question)
    if comma is not None and comma.start() >= verb_end:
        tail = comma["tail"]
        if not restrictive(", " + tail) and not _SOURCE.match(tail):
            cuts.append(comma.start())
    for joined in _AND.finditer(question):
        after = question[joined.end() :]
        if (
            joined.start() < verb_end
            or ", " in after
            or ", " in question[verb_end : joined.start()]
        ):
            continue
        if _KEEPS_ITS_PAIR.search(question[verb_end : joined.start()]):
            continue
        following = after.split(" ", 1)
        if not (
            _COMPLEMENT_START.match(after) or (is_participle(following[0]) and len(following) > 1)
        ):
            continue  # "récupéré sain et sauf": one phrase, not two complements
        cuts.append(joined.start())
    for modifier in _PARTICIPLE_MODIFIER.finditer(question, verb_end):
        words = question[: modifier.start()].split()
        after_noun = words and fold(words[-1]) not in _BEFORE_VERB and not is_participle(words[-1])
        if is_participle(modifier["participle"]) and after_noun:
            cuts.append(modifier.start())  # "un plan de soutien [destiné aux pêcheurs]"
    amount = _AMOUNT_TAIL.search(question, verb_end)
    if amount is not None:
        before = question[: amount.start()].split()
        last = before[-1] if before else ""
        after_noun = not _INFINITIVE.match(last) and fold(last) not in _BEFORE_VERB
        if after_noun and (amount["prep"].lower() != "à" or last[:1].isupper()):
            cuts.append(amount.start())
    for adjunct in _ADJUNCT.finditer(question):
        if adjunct.start() < verb_end:
            continue
        word = fold(adjunct.group(0).strip())
        if word == "par" and "été" not in fold(question[: adjunct.start()]).split():
            continue  # "par" is cut as the agent of a passive ("a été récupéré par un cargo")
        if _SETTING.match(word) and _object_after(question[adjunct.end() :], word == "devant"):
            continue  # "a-t-il battu en finale de l'Open de Moselle le Norvégien Anders Lie"
        cuts.append(adjunct.start())
    return cuts
