"""Who an incise names when the subject comes after its verb: "a déclaré Szydło", "a indiqué à
l'AFP un porte-parole", "a annoncé mercredi soir le médiateur", "-t-il". The words between the
verb and the subject (a place, a time, a circumstance: "au micro de RTL", "à l'issue de la
réunion") are skipped; what follows must look like a speaker, not the verb's object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.lexicon import SPEAKING_GROUPS
from tutor.extract.noun_phrases import NP_STOP
from tutor.extract.press_colleagues import title_participle
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Span, Token

_DEFINITE_WORDS = """
    le la l' l’ les son sa ses leur leurs ce cet cette ces notre nos votre vos m. mme
"""
_DEFINITE = frozenset(_DEFINITE_WORDS.split())
_DOCUMENT_WORDS = "communiqué texte rapport étude note document enquête sondage lettre courrier"
_DOCUMENTS = frozenset(_DOCUMENT_WORDS.split())


def inverted_subject(speakers: SpeakerResolver, verb_last: int, stop_char: int) -> str | None:
    """The subject written after an incise verb: "a déclaré Szydło", "-t-il", "a déclaré,
    quant à lui, le porte-parole ..., John Kirby"."""
    doc = speakers.doc
    i = verb_last + 1
    while i < len(doc) and doc[i].lower_ == "-t":
        i += 1
    if i < len(doc) and doc[i].lower_ in ("-t-il", "-t-elle", "-il", "-elle"):
        return speakers.pronoun(doc[i].lower_)
    learnt = _learnt_from(speakers, i, stop_char) if doc[verb_last].lemma_ == "apprendre" else None
    if learnt is not None:
        return learnt
    region_end = i
    while region_end < len(doc) and doc[region_end].idx < stop_char:
        if doc[region_end].text in (".", ";", "!", "?") or "\n" in doc[region_end].text:
            break
        region_end += 1
    if region_end <= i:
        return None
    span = doc[i:region_end]
    for mention in speakers.people.mentions_in(span.start_char, _gerund_start(span)):
        if not speakers.after_preposition(mention.start):
            return speakers.people.name_of(mention)
    # No name: the noun phrase after the verb ("a déclaré le ministère"); "a-t-on appris jeudi
    # de sources proches du dossier": a time phrase may come before a preposition
    j = i + _time_phrase_length(doc, i)
    while j < region_end and (doc[j].text == "," or doc[j].pos_ in ("ADV", "ADP", "PRON")):
        if (after_place := _past_place_phrase(doc, j, region_end)) != j:
            j = after_place
            break
        if doc[j].pos_ == "ADP":  # "a indiqué à l'AFP un porte-parole": not the speaker
            while (
                j + 1 < region_end
                and doc[j + 1].pos_ in ("DET", "PROPN")
                and (doc[j + 2 : j + 3].text[:1].isupper() or doc[j + 1].pos_ == "PROPN")
            ):
                j += 1
        j += 1
    j += _time_phrase_length(doc, j)  # "a déclaré ce matin le ministre"
    while j < region_end and doc[j].text == ",":
        j += 1
    if j < region_end and doc[j].pos_ in ("DET", "NOUN", "PROPN"):
        k = j
        while k + 1 < region_end and not _ends_speaker_phrase(doc[k + 1]):
            k += 1
        participle = doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm")
        if k > j and participle and not title_participle(doc, k):
            k -= 1  # "un céréalier installé près de Cognac": the participle without its place
        return speakers.describe(j, k)
    return None


def _gerund_start(span: Span) -> int:
    """Where a gerund clause opens in the words after the verb ("en recevant …"), or the
    span's end: a name inside it is the gerund's object's, not the speaker ("a déclaré la
    cheffe, en larmes, en recevant sa veste des mains du directeur du guide, Antoine Delage",
    review 17's guide, is the chef's)."""
    for tok in span[:-1]:
        following = tok.doc[tok.i + 1]
        if (
            tok.lower_ == "en"
            and following.lower_.endswith("ant")
            and following.pos_
            in (
                "VERB",
                "AUX",
            )
        ):
            return tok.idx
    return span.end_char


def _learnt_from(speakers: SpeakerResolver, i: int, stop_char: int) -> str | None:
    """ "a-t-on appris jeudi auprès de la SNCF": the source is whom "auprès de" names."""
    doc = speakers.doc
    i += _time_phrase_length(doc, i)
    if i + 2 >= len(doc) or doc[i].lower_ != "auprès":
        return None
    first = i + 1
    if doc[first].lower_ in ("de", "d'", "d’"):
        first += 1
    last = first
    while last + 1 < len(doc) and doc[last + 1].idx < stop_char:
        if _ends_speaker_phrase(doc[last + 1]) or "\n" in doc[last + 1].text:
            break
        last += 1
    return speakers.describe(first, last)


def _past_place_phrase(doc: Doc, j: int, end: int) -> int:
    """Where the subject starts after a place or circumstance set before it: "a lancé à la
    sortie de l'audience la sœur de l'un des ouvriers", "a déclaré devant les élus le
    préfet". `j` itself when no such phrase is followed by a new noun phrase."""
    if j >= end or doc[j].pos_ != "ADP" or doc[j].lower_ in ("de", "d'", "d’", "du", "des"):
        return j
    k = j + 1
    seen_noun = False
    while k < end:
        tok = doc[k]
        if tok.pos_ == "DET" and seen_noun and doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            return k  # a determiner right after the phrase's noun opens the subject
        if tok.pos_ in ("NOUN", "PROPN"):
            seen_noun = True
        elif not (tok.pos_ in ("DET", "ADJ") or tok.lower_ in _OF):
            return j
        k += 1
    return j


_WEEKDAY_WORDS = "lundi mardi mercredi jeudi vendredi samedi dimanche hier"
_WEEKDAYS = frozenset(_WEEKDAY_WORDS.split())
_OF = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})


_WHERE_WHEN = frozenset({"hier", "dans", "en", "par", "le", "ce", "cette", "jeudi"})
_TIME_WORDS = "matin matinée soir soirée après-midi nuit semaine mois année an week-end"
_TIME_NOUNS = frozenset(_TIME_WORDS.split())
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
_LAST_OR_NEXT = frozenset({"dernier", "dernière", "prochain", "prochaine", "passé", "passée"})


def _time_phrase_length(doc: Doc, i: int) -> int:
    """How many tokens of a time phrase open at token i: "ce matin", "mardi soir", "hier"."""
    if i >= len(doc):
        return 0
    length = 0
    if doc[i].lower_ in _WEEKDAYS:
        length = 1
    elif doc[i].lower_ in _DEMONSTRATIVES and i + 1 < len(doc) and doc[i + 1].lower_ in _TIME_NOUNS:
        length = 2
    if length and i + length < len(doc) and doc[i + length].lower_ in ("matin", "soir"):
        length += 1
    return length


_CIRCUMSTANCE_WORDS = "micro antenne voix ton sortie issue terme lendemain veille occasion"
_CIRCUMSTANCES = frozenset(_CIRCUMSTANCE_WORDS.split())
"""Nouns of the way or the moment words were said, which "à" or "de" open after the speaker:
"a raconté la meneuse au micro de la chaîne", "a déclaré le prévenu d'une voix éteinte"."""


def _circumstance(tok: Token) -> bool:
    """ "au micro de", "d'une voix", "à l'issue de": a phrase on how or when, not of whom."""
    if tok.lower_ not in _OF:
        return False
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and k > tok.i and doc[k].lower_ in _CIRCUMSTANCES


def _ends_speaker_phrase(tok: Token) -> bool:
    """ "a indiqué la préfecture dans un communiqué", "a déclaré le ministre mardi": the speaker
    ends where a circumstance starts; "l'adjointe aux transports" keeps its complement."""
    if tok.text in NP_STOP or tok.lower_ in _WEEKDAYS or _circumstance(tok):
        return True
    if _addressee(tok):
        return True
    if _starts_time_phrase(tok):
        return True
    if tok.pos_ == "VERB" and tok.i + 1 < len(tok.doc) and not title_participle(tok.doc, tok.i):
        # "un communiqué de la mairie publié mardi": a participle of time or place ends it,
        # not "le ministre chargé des transports"
        nxt = tok.doc[tok.i + 1]
        return nxt.lower_ in _WEEKDAYS or _starts_time_phrase(nxt) or nxt.lower_ in _WHERE_WHEN
    if _field_of_the_trade(tok):
        return False
    return tok.pos_ in ("ADP", "ADV") and tok.lower_ not in _OF


_TO_SOMEONE = frozenset({"son", "sa", "ses", "leur", "leurs", "un", "une", "des"})
_HEARERS = frozenset({"presse", "journaliste", "journalistes", "afp", "agence", "micro"})


def _addressee(tok: Token) -> bool:
    """ "a confié le maire à ses proches", "a déclaré la ministre à la presse": "à" and whom
    the words were told to ends the speaker, not "le délégué à la jeunesse" nor "un producteur
    installé à une dizaine de kilomètres"."""
    doc = tok.doc
    if tok.lower_ not in ("à", "au", "aux") or tok.i + 1 >= len(doc) or tok.i == 0:
        return False
    if doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = doc[tok.i + 1]
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else nxt
    return nxt.lower_ in _TO_SOMEONE or nxt.lower_ in _HEARERS or after.lower_ in _HEARERS


def _field_of_the_trade(tok: Token) -> bool:
    """ "un vétérinaire spécialisé en aviculture", "une avocate experte en droit social": "en"
    and a bare noun after a qualifying word say what the speaker does, not where or when."""
    doc = tok.doc
    if tok.lower_ != "en" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if doc[tok.i + 1].lower_ in _WHEN_AFTER_EN:
        return False  # "a annoncé la Chancellerie fédérale en fin d'après-midi": a time
    return doc[tok.i - 1].pos_ in ("ADJ", "VERB") and doc[tok.i + 1].pos_ == "NOUN"


_WHEN_AFTER_EN_WORDS = """fin début milieu cours janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre"""
_WHEN_AFTER_EN = _TIME_NOUNS | frozenset(_WHEN_AFTER_EN_WORDS.split())


def _starts_time_phrase(tok: Token) -> bool:
    """ "a déclaré le préfet ce matin", "... le 3 mai", "... la semaine dernière": a determiner
    that opens a time phrase right after the speaker, not after "de" ("le maire de cette
    ville")."""
    doc = tok.doc
    if tok.pos_ != "DET" or tok.i + 1 >= len(doc) or doc[tok.i - 1].lower_ in _OF:
        return False
    nxt = doc[tok.i + 1]
    if tok.lower_ in _DEMONSTRATIVES:
        return nxt.lower_ in _TIME_NOUNS
    if tok.lower_ == "le" and nxt.like_num:
        return True  # "le 3 mai"
    later = doc[tok.i + 2].lower_ if tok.i + 2 < len(doc) else ""
    return nxt.lower_ in _TIME_NOUNS and later in _LAST_OR_NEXT


def names_a_speaker(doc: Doc, i: int) -> bool:
    """After an incise verb, a speaker rather than an object: a name, a definite or possessive
    description, or a role or body ("un porte-parole", "une source syndicale")."""
    i += _time_phrase_length(doc, i)  # "a annoncé mercredi soir le médiateur"
    if i >= len(doc):
        return False
    first = doc[i]
    if first.pos_ == "PROPN" or first.ent_type_ or first.text[:1].isupper():
        return True  # a name: "prévient Météo-France"
    head = next((t for t in doc[i : i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return False
    if first.lower_ in _DEFINITE:
        return True
    lemma = head.lemma_.lower()
    return is_role_noun(head.lemma_) or lemma in SPEAKING_GROUPS or lemma in _DOCUMENTS
