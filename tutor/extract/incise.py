"""Incises that name a speaker without their own marks: reported words closed by ", a précisé
l'adjointe." and a quotation split in two by ", affirme Anne Leroy," inside its marks.

In news writing an incise ("a-t-il ajouté", "indique la direction") after a statement is enough
to make it reported speech, quotation marks or not; the convention counts such a statement as an
indirect quotation whose text is the whole statement, and a quotation split by an incise as two
direct quotations of the same speaker. Who an incise names when its subject comes after the
verb ("a déclaré Szydło") is read by inverted_subjects.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.content import DATELINE
from tutor.extract.colon_lead import looks_like_speech_verb
from tutor.extract.inverted_subjects import inverted_subject, names_a_speaker
from tutor.extract.speech import CLITICS, PRESENT_FORMS, SPEECH_VERBS, is_speech, word_count
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import Sentence
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token

_PRESENT_LIKE_PARTICIPLE = frozenset({"dit", "redit", "écrit", "décrit", "prédit", "contredit"})
"""Present forms spelt as the participle, which the tagger reads as one ("— Tant mieux, dit
Claire Berthod."); the subject after the verb shows the incise."""
_BEFORE_THE_VERB = frozenset(
    {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "se", "s'", "s’"}
)
_INCISE_END = frozenset({",", ".", "!", "?", ";", "—", "–"})
"""Writings that speak in an incise: "indique un communiqué de la mairie"."""


def incise_at(doc: Doc, i: int) -> tuple[Token, int] | None:
    """The speech verb of an incise opening at token i ("a précisé", "a-t-il assuré",
    "indique", "affirme-t-elle"), and the index of the incise's first word after the verb and
    its clitics; None when token i opens no incise. The pronoun of the one spoken to, or a
    reflexive one, may stand before the verb: "lui répond Marc Dubois", "se souvient le guide"."""
    k = i
    while k + 1 < len(doc) and doc[k].lower_ in _BEFORE_THE_VERB:
        k += 1
    auxiliary = k < len(doc) and doc[k].pos_ == "AUX" and doc[k].lemma_ in ("avoir", "être")
    if auxiliary:
        k += 1
    inverted = False
    while k < len(doc) and doc[k].lower_ in CLITICS:
        k += 1
        inverted = True
    if k < len(doc) and doc[k].pos_ == "ADV" and auxiliary:
        k += 1  # "a encore précisé"
    if k + 1 < len(doc) and doc[k].lemma_ == "faire" and doc[k + 1].lemma_ == "savoir":
        verb, k = doc[k + 1], k + 1  # "a fait savoir la régie"
    elif k < len(doc) and inverted and doc[k].lemma_ == "apprendre" and doc[k - 1].lower_ == "-on":
        verb = doc[k]  # "a-t-on appris auprès de la préfecture": the source is the speaker
    elif k < len(doc) and is_speech(doc[k], SPEECH_VERBS):
        verb = doc[k]
        if auxiliary and "Part" not in verb.morph.get("VerbForm"):
            return None
    elif not auxiliary and _misread_inverted(doc, k):
        verb = doc[k]  # ", tranche-t-elle." with the verb tagged a noun or a number
    else:
        return None
    followed = k + 1 < len(doc) and doc[k + 1].lower_ in CLITICS  # "confie-t-il"
    finite = "Fin" in doc[k].morph.get("VerbForm") or doc[k].pos_ == "NOUN" or followed
    finite = finite or doc[k].lower_ in _PRESENT_LIKE_PARTICIPLE  # ", dit Claire Berthod."
    if not auxiliary and not finite:
        return None
    last = k + 1
    while last < len(doc) and doc[last].lower_ in CLITICS:
        last += 1
        inverted = True
    if not inverted and not names_a_speaker(doc, last):
        return None
    return verb, last


def _misread_inverted(doc: Doc, k: int) -> bool:
    """A speech verb's present form before a subject clitic, whatever the tagger made of it."""
    if k + 1 >= len(doc) or doc[k + 1].lower_ not in CLITICS:
        return False
    return looks_like_speech_verb(doc[k].text) or doc[k].lower_ in PRESENT_FORMS


def incise_speaker(
    speakers: SpeakerResolver, doc: Doc, first: int, after: int, stop: int
) -> str | None:
    """Who the incise from token `first` to its verb's clitics (before `after`) names: "-t-il"
    is the person in focus, "a précisé l'adjointe" the words after the verb (up to `stop`)."""
    for tok in doc[first:after]:
        if tok.lower_ in ("-il", "-t-il", "-elle", "-t-elle", "-ils", "-elles"):
            return speakers.pronoun(tok.lower_)
    return inverted_subject(speakers, after - 1, stop)


def closing_incise(finder: QuoteFinder, sentence: Sentence, found: list[Found]) -> list[Quote]:
    """ "Le contrat arrive à échéance en mars, a précisé l'adjointe.": with no quotation marks,
    the statement before a final incise is the speaker's, reported."""
    doc = finder.doc
    tokens = finder.tokens(sentence.start, sentence.end)
    quotes = [f.quote for f in found if f.quote.sentence == sentence.text]
    if quotes:
        # "X a salué « ... » : clause, a promis la future dirigeante": after a colon that
        # follows every quotation of the sentence, a statement of its own
        last = max(q.end for q in quotes)
        colon = next(
            (
                t
                for t in tokens
                if t.text == ":" and t.idx >= last and not finder.speakers.in_quote(t.idx)
            ),
            None,
        )
        if colon is None:
            return []
        tokens = [t for t in tokens if t.i > colon.i]
    quoted = [t for t in tokens if finder.speakers.in_quote(t.idx)]
    if len(quoted) * 2 > len(tokens):
        return []  # a quotation of its own; a quoted word inside the statement is allowed
    for pos, comma in enumerate(tokens):
        if comma.text != "," or pos < 3 or pos + 1 >= len(tokens):
            continue
        incise = incise_at(doc, comma.i + 1)
        if incise is None or _has_own_subject(incise[0]):
            continue
        after = incise[1]
        rest = doc[after : tokens[-1].i + 1]
        if any(t.lower_ in ("que", "qu'", ":") or t.text in '«»“”"' for t in rest):
            return []
        statement = tokens[:pos]
        if any(t in quoted for t in statement[:1]) or statement[-1] in quoted:
            return []  # a quotation before the incise is a direct one
        if not any(_main_finite(t) for t in statement) and not _verbless_statement(
            finder, statement
        ):
            # "Le maire, Jacques Fabre, a précisé ...", "Le rappeur, qui se produit sous le nom
            # de « Zed », a annoncé ...": a subject, not a statement
            return []
        start = statement[0].idx
        text = finder.body[start : comma.idx].strip()
        # "Port-au-Prince, 6 octobre 2025. – La rentrée …, a annoncé le ministère": the parser
        # ran the dateline into the first sentence; it is no part of what was announced
        dateline = DATELINE.match(text)
        if dateline:
            skip = len(text) - len(text[dateline.end() :].lstrip())
            start, text = start + skip, text[skip:]
        if word_count(text) < 3:
            return []
        who = incise_speaker(finder.speakers, doc, comma.i + 1, after, sentence.end)
        if who is None:
            return []
        cue = finder.body[doc[comma.i + 1].idx : doc[after - 1].idx + len(doc[after - 1].text)]
        return [Quote(who, text, "indirect", cue, sentence.text, start, start + len(text))]
    return []


def _has_own_subject(verb: Token) -> bool:
    """ "une vidéo dans laquelle la jeune femme, suivie par ses abonnés, dénonçait le sexisme":
    the verb of a relative clause has its subject before it; it is no incise, and what follows
    it is its object, not a speaker."""
    return verb.dep_ == "acl:relcl"


def _main_finite(tok: Token) -> bool:
    """A conjugated verb that is not in a relative clause ("qui se produit")."""
    if "Fin" not in tok.morph.get("VerbForm"):
        return False
    return all(t.dep_ != "acl:relcl" for t in (tok, *tok.ancestors))


def _verbless_statement(finder: QuoteFinder, statement: list[Token]) -> bool:
    """ "Une hausse « supportable » pour les ménages, a estimé la ministre": a judgement with
    no verb, of four words or more, that names nobody and holds no comma (unlike "Le maire,
    Jacques Fabre, a précisé ...")."""
    start, end = statement[0].idx, statement[-1].idx + len(statement[-1].text)
    named = finder.people.mentions_in(start, end)
    plain = not named and not any(t.text == "," for t in statement)
    return plain and word_count(finder.body[start:end]) >= 4


def split_by_incise(
    doc: Doc, body: str, start: int, end: int
) -> tuple[int, int, Token, int] | None:
    """ "« Cette décision, affirme Anne Leroy, est une victoire »": inside the marks between
    start and end, where the incise begins and ends (offsets), its verb, and the index of the
    first token after the verb and its clitics."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)
    for pos, comma in enumerate(tokens):
        if comma.text != "," or pos < 1 or pos + 3 >= len(tokens):
            continue
        incise = incise_at(doc, comma.i + 1)
        if incise is None:
            continue
        verb, after = incise
        close = next(
            (t for t in doc[after : tokens[-1].i + 1] if t.text in _INCISE_END),
            None,
        )
        if close is None or close.i - after > 12 or close.i >= tokens[-1].i:
            return None
        close = _past_relative(doc, _past_name(doc, close, tokens[-1].i), tokens[-1].i)
        if any(t.lower_ in ("que", "qu'") for t in doc[after : close.i]):
            return None  # "a-t-il dit qu'il ...": the sentence goes on, it is no incise
        return comma.idx, close.idx + len(close.text), verb, after
    return None


def _past_name(doc: Doc, close: Token, last: int) -> Token:
    """ "« …, a reconnu l'entraîneur quimpérois, Yannick Le Floch. À la mi-temps, … »": the
    name set off after the speaker's role is part of the incise, up to its stop; cut at the
    role's comma, the name opened the second half and the role went to someone else."""
    if close.text != "," or not doc[close.i + 1].text[:1].isupper():
        return close
    k = close.i + 1
    while k < last and k - close.i <= 5 and _name_word(doc[k]):
        k += 1
    if k == close.i + 1 or k >= last or doc[k].text not in _INCISE_END:
        return close
    return doc[k]


def _name_word(tok: Token) -> bool:
    """A word of a person's name: capitalised, or a particle inside it ("Le Floch", "de")."""
    return (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "X", "ADJ")) or (
        tok.lower_ in ("de", "du", "d'", "d’", "van", "von", "le", "la") and tok.i > 0
    )


_RELATIVE_ON_SPEAKER = re.compile(r",\s+(?:qui|dont)\s")


def _past_relative(doc: Doc, close: Token, last: int) -> Token:
    """ "« …, se souvient le guide Olivier Perrin, qui monte ici trois fois par semaine.
    Aujourd'hui, … »": a relative clause on the speaker is part of the incise, up to its stop."""
    if close.text != "," or doc[close.i + 1].lower_ not in ("qui", "dont"):
        return close
    stop = next((t for t in doc[close.i + 2 : last] if t.text in (".", ";", "!", "?")), None)
    return stop if stop is not None and stop.i - close.i <= 25 else close


def split_quotation(
    finder: QuoteFinder,
    split: tuple[int, int, Token, int],
    start: int,
    end: int,
    sentence: Sentence,
) -> list[Quote]:
    """A quotation split by an incise: two quotations, both the incise's speaker's."""
    incise_start, incise_end, verb, after = split
    first = finder.doc.char_span(incise_start, incise_start + 1, alignment_mode="expand")
    if first is None:
        return []
    who = incise_speaker(finder.speakers, finder.doc, first.start + 1, after, incise_end)
    if who is None:
        return []
    cue_start = verb.i
    while finder.doc[cue_start - 1].lower_ in _BEFORE_THE_VERB:
        cue_start -= 1  # "se souvient le guide"
    cue = finder.body[finder.doc[cue_start].idx : incise_end].rstrip(" ,.")
    cue = _RELATIVE_ON_SPEAKER.split(cue, maxsplit=1)[0]  # who speaks, not what they do
    quotes = []
    for a, b in ((start, incise_start), (incise_end, end)):
        raw = finder.body[a:b]
        text = raw.strip(" ,.")
        if text:
            at = a + raw.index(text)
            quotes.append(Quote(who, text, "direct", cue, sentence.text, at, at + len(text)))
    return quotes
