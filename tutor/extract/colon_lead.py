"""Who speaks a quotation that a colon opens: "Le ministère a été clair : « ... »", "il a nuancé :
"...", "Une habitante, elle, reste sceptique : « ... »".

In news writing a clause that ends on a colon right before a quotation hands the quotation to
its subject, whatever its verb ("se montre plus nuancé", "a lancé depuis le ponton", "a été
clair"); the tagger often misreads such verbs ("nuancé" as an adjective), so the subject is read
off the words, not the parse: a pronoun, a person, or a group or role that can speak.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from tutor.extract.lexicon import SPEAKING_GROUPS
from tutor.extract.role_words import is_role_noun
from tutor.extract.shared_by import shared_by
from tutor.extract.sides import side_speaking
from tutor.extract.speech import SPEECH_VERBS, word_count

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import QuotedSpan, Sentence
    from tutor.nlp import Token

_NP_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
_NP_LINKS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})
_OPENERS = frozenset({"VERB", "ADP", "ADV", "SCONJ"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle"})
_SOURCE_FRAME = re.compile(r"^\s*(?:selon|d['’]après|pour)\b", re.IGNORECASE)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_PLAIN_SPEECH_VERBS = frozenset(_plain(v) for v in SPEECH_VERBS)


def looks_like_speech_verb(word: str) -> bool:
    """ "tempère", "ironise": a present form of a speech verb in -er, which the tagger may read
    as an adjective after a noun ("La direction de la compagnie tempère : « ... »")."""
    w = _plain(word)
    return word.islower() and w.endswith("e") and w + "r" in _PLAIN_SPEECH_VERBS


def colon_clause_speaker(
    finder: QuoteFinder, span: QuotedSpan, sentence: Sentence
) -> tuple[str | None, str] | None:
    """The subject of the clause that a colon closes right before the quotation, when it is a
    person, a pronoun or a body that speaks; with the colon as cue."""
    doc = finder.doc
    tokens = [t for t in finder.tokens(sentence.start, span.open) if t.idx < span.open]
    if len(tokens) < 3 or tokens[-1].text != ":" or finder.speakers.in_quote(tokens[-1].idx):
        return None
    lead = tokens[:-1]
    for pos in range(len(lead) - 1, -1, -1):  # the clause: after any quotation or ";"
        if finder.speakers.in_quote(lead[pos].idx) or lead[pos].text in ';«»“”"':
            if pos >= len(lead) - 2 and lead[pos].text != ";":
                # "Hervé Lambert n'est « pas surpris » : « ... »": the quoted words end the
                # clause's predicate; its subject is before them
                lead = _before_quoted_words(finder, lead[: pos + 1])
            else:
                lead = lead[pos + 1 :]
            break
    for on in (t for t in lead if t.lower_ == "on" and t.pos_ == "PRON"):
        if (side := side_speaking(finder.speakers, on)) is not None:
            return side, ":"  # "Côté direction, on se veut rassurant :"
    lead = _past_opener(lead)
    if len(lead) < 2:
        return None
    if (agent := shared_by(finder, lead)) is not None:
        return agent, ":"
    first = lead[0]
    if first.lower_ in _SUBJECT_PRONOUNS and first.pos_ == "PRON":
        return finder.speakers.pronoun(first.lower_), ":"
    if first.lower_ in ("celui", "celle") and first.head.pos_ in ("VERB", "AUX"):
        return finder.speakers.subject_of(first.head), ":"  # "Celui-ci a maintenu sa version :"
    if first.pos_ not in ("DET", "NOUN", "PROPN"):
        return None
    last = _noun_phrase_end(lead)
    if last is None or last.i >= lead[-1].i:
        return None  # no predicate: "Le ministre : « ... »" is another rule's
    who = finder.speakers.from_span(first.i, last.i)
    if who is None:
        return None
    people = {p.name for p in finder.people.people}
    heads = [t for t in doc[first.i : last.i + 1] if t.pos_ in ("NOUN", "PROPN")]
    speaks = who in people or any(
        is_role_noun(t.text) or t.lemma_.lower() in SPEAKING_GROUPS or t.ent_type_ == "ORG"
        for t in heads[:1]
    )
    # "Le staff médical, lui, se montre prudent :": set against someone else, a party speaks
    contrast = doc[last.i + 1 : last.i + 4].text.replace(" ", "") in (",lui,", ",elle,", ",eux,")
    if not speaks and not contrast and not (heads and heads[0].pos_ == "PROPN"):
        return None
    return who, ":"


def _before_quoted_words(finder: QuoteFinder, lead: list[Token]) -> list[Token]:
    """The words before the quotation that ends `lead`, up to any earlier quotation or ";"."""
    quoted = [pos for pos, t in enumerate(lead) if finder.speakers.in_quote(t.idx)]
    first = quoted[0] - 1 if quoted else len(lead) - 1
    for pos in range(first - 1, -1, -1):
        if finder.speakers.in_quote(lead[pos].idx) or lead[pos].text in ';«»“”"':
            return lead[pos + 1 : first]
    return lead[:first]


def _past_opener(lead: list[Token]) -> list[Token]:
    """ "Interrogé sur l'absence du gardien, il a nuancé": the clause after a circumstance that
    opens the sentence and ends with a comma."""
    if not lead or lead[0].pos_ not in _OPENERS or lead[0].lower_ in _SUBJECT_PRONOUNS:
        return lead
    commas = [pos for pos, t in enumerate(lead) if t.text == ","]
    return lead[commas[0] + 1 :] if commas else []


def _noun_phrase_end(lead: list[Token]) -> Token | None:
    """The last token of the subject that opens the clause, with a name in apposition ("Un
    commerçant de la rue Haute, Ludovic Serre,"); None when no predicate follows it."""
    doc = lead[0].doc
    end = lead[0]
    for tok in lead[1:]:
        if tok.pos_ in _NP_POS or tok.lower_ in _NP_LINKS:
            if tok.pos_ == "ADJ" and looks_like_speech_verb(tok.text):
                break
            end = tok
            continue
        break
    after = end.i + 1
    if after < lead[-1].i and doc[after].text == ",":
        name = after + 1
        while name <= lead[-1].i and doc[name].ent_type_ == "PER":
            name += 1
        if name > after + 1 and name <= lead[-1].i and doc[name].text == ",":
            return doc[name - 1]
    return end


def colon_clause_before(
    finder: QuoteFinder, span: QuotedSpan, sentence: Sentence
) -> tuple[str | None, str] | None:
    """ "Le staff médical, lui, se montre prudent : l'indisponibilité du Breton pourrait durer
    « plusieurs semaines »": quoted words inside the clause a colon opens are the words of the
    subject before the colon, as when the quotation follows the colon at once."""
    tokens = [t for t in finder.tokens(sentence.start, span.open) if t.idx < span.open]
    colons = [t for t in tokens if t.text == ":" and not finder.speakers.in_quote(t.idx)]
    if not colons or colons[-1].i >= tokens[-1].i - 1:
        return None  # no colon, or the quotation follows it at once (colon_clause_speaker)
    after = finder.body[colons[-1].idx + 1 : span.open]
    if any(mark in after for mark in '«»“”"') or word_count(after) > 12:
        return None
    if _SOURCE_FRAME.match(after):
        return None  # "... sceptiques : d'après le SNES-FSU, ...": the source is named after
    return colon_clause_speaker(finder, type(span)(colons[-1].idx + 1, span.close), sentence)
