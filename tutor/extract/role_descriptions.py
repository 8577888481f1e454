"""Descriptions that stand for someone named before: "la spontanéité du président élu
américain" after "Trump", "L'artisane vient de ...", "L'ancien notaire est accusé"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_forms import not_a_role
from tutor.extract.role_phrase import (
    TITLE_WORDS,
    compound_role,
    opens_sentence,
    role_end,
    role_text,
    when,
    word_at,
)
from tutor.extract.role_tidy import tidy_role
from tutor.extract.role_words import is_role_noun
from tutor.extract.tokens import table_of, text_of

if TYPE_CHECKING:
    from tutor.nlp import Doc


def descriptions(doc: Doc) -> list[tuple[int, str]]:
    """Definite descriptions that stand for someone named before ("la spontanéité du président
    élu américain" after "Trump"): a role noun with only adjectives after it, or the subject
    that opens a sentence ("L'artisane vient de ...", "L'ancien notaire est accusé", "La
    directrice de l'école arrive"), and no name next to it. Each comes with its offset; who it
    stands for is the caller's business."""
    found = []
    t = table_of(doc)  # most tokens are no role: read them without building a Token
    for i in range(1, len(t)):
        if t.text[i - 1] == "-" and not t.whitespace[i - 1]:
            continue  # "femme" of "sage-femme" is read with its first part
        if t.lower[i] in _AGE_NOUNS:
            apposed = _role_beside_age(doc, i)
            if apposed:
                found.append((t.idx[i], apposed))
            continue
        word = word_at(doc, i)
        hyphenated = word != t.text[i] and is_role_noun(word)
        if not (
            hyphenated
            or (t.spacy_pos[i] == "NOUN" and is_role_noun(t.text[i]))
            or compound_role(doc, i)
        ):
            continue
        tok = doc[i]
        if not hyphenated and not_a_role(doc, tok.i):
            continue
        det = tok.i - 1
        while det > 0 and tok.i - det < 3 and doc[det].pos_ == "ADJ" and doc[det].text.islower():
            det -= 1  # "l'ancien notaire"
        if doc[det].lower_ in _DEMONSTRATIVES:
            pointed = _demonstrative_subject(doc, det, tok.i)
            if pointed:
                found.append((tok.idx, pointed))
            continue
        if doc[det].lower_ not in ("le", "la", "l'", "l’", "du", "au"):
            continue
        opening = _opening_subject(doc, det, tok.i) or _speaker_after_quote(doc, det, tok.i)
        if opening:
            found.append((tok.idx, opening))
            continue
        last = tok.i
        while (
            last + 1 < len(doc)
            and doc[last + 1].head.i in (tok.i, last)
            and doc[last + 1].pos_ in ("ADJ", "VERB")
            and doc[last + 1].dep_ in ("amod", "flat:name")
            and doc[last + 1].text.islower()
        ):
            last += 1
        after = doc[last + 1] if last + 1 < len(doc) else None
        named = last + 2 < len(doc) and doc[last + 2].ent_type_ == "PER"
        if last == tok.i or (after is not None and (after.ent_type_ == "PER" or named)):
            continue  # "le président américain Joe X", "le président américain, Joe X"
        if after is not None and (after.text in TITLE_WORDS or after.lower_ in ("de", "du", "des")):
            continue
        role = tidy_role(doc[det + 1 : last + 1].text)
        if role:
            found.append((tok.idx, role))
    return found


_AGE_WORDS = """
    trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire
    centenaire
"""
_AGE_NOUNS = frozenset(_AGE_WORDS.split())


def _role_beside_age(doc: Doc, noun: int) -> str | None:
    """ "X comparaît. Le quinquagénaire, ancien agent immobilier, nie les faits": the age noun
    opening the sentence is no role, the one set off beside it is."""
    det = noun - 1
    if doc[det].lower_ not in ("le", "la", "l'", "l’") or not opens_sentence(doc, det):
        return None
    i = noun + 2
    if noun + 1 >= len(doc) or doc[noun + 1].text != "," or i >= len(doc):
        return None
    while i < len(doc) and doc[i].pos_ == "ADJ" and not is_role_noun(doc[i].text):
        i += 1  # "ancien"
    if i >= len(doc) or not is_role_noun(word_at(doc, i)):
        return None
    end = role_end(doc, i)
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    text = role_text(doc, text_of(doc), noun + 2, end)
    return tidy_role(text) if text else None


_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})


def _demonstrative_subject(doc: Doc, det: int, noun: int) -> str | None:
    """ "Dans la nuit du 9 au 10 janvier, cet ancien professeur de physique a repéré ...": a
    demonstrative points back to someone just named, wherever the subject stands in its
    sentence; the role is its whole noun phrase, a verb right after it."""
    end = role_end(doc, noun)
    verb = _past_age(doc, end + 1)
    if verb >= len(doc) or (doc[verb].pos_ not in ("VERB", "AUX") and doc[verb].text != ","):
        return None  # "Cet ingénieur de Liège, qui grimpe depuis vingt ans, souffre ..."
    if any(t.ent_type_ == "PER" for t in doc[det : end + 1]):
        return None
    text = role_text(doc, text_of(doc), det + 1, end)
    return tidy_role(text) if text else None


def _past_age(doc: Doc, i: int) -> int:
    """The token after an age that ends a role ("ce boulanger de 58 ans a formé ...",
    "L'agriculteur de 54 ans accuse ...")."""
    return i + 3 if i < len(doc) and doc[i].lower_ == "de" and when(doc, i) else i


def _opening_subject(doc: Doc, det: int, noun: int) -> str | None:
    """ "L'artisane vient de ...", "La nouvelle directrice de l'école arrive": the role that
    opens a sentence as its subject, a verb (or an aside) right after it."""
    if not opens_sentence(doc, det):
        return None
    end = role_end(doc, noun)
    verb = _past_age(doc, end + 1)
    if verb >= len(doc) or (doc[verb].pos_ not in ("VERB", "AUX") and doc[verb].text != ","):
        return None
    if any(t.ent_type_ == "PER" for t in doc[det : end + 1]):
        return None
    text = role_text(doc, text_of(doc), det + 1, end)
    return tidy_role(text) if text else None


def function_set_off(doc: Doc, at: int, role: str) -> str | None:
    """ "L'ingénieur en structures, expert près la cour d'appel de Bordeaux, a décrit": the
    function with its complement set off after a description that is a bare trade, which is
    the role (as "le physicien X, directeur de l'institut")."""
    noun = doc.char_span(at, at + 1, alignment_mode="expand")
    if noun is None or " d" in role or "’" in role:
        return None
    comma = role_end(doc, noun.start) + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    i = comma + 1
    if doc[comma].text != "," or i >= len(doc) or not is_role_noun(word_at(doc, i)):
        return None
    end = role_end(doc, i)
    if end + 1 >= len(doc) or doc[end + 1].text != "," or end == i:
        return None
    if not any(t.lower_ in _COMPLEMENTS for t in doc[i + 1 : end + 1]):
        return None
    return role_text(doc, text_of(doc), i, end)


_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "d’", "près", "auprès"})


_SPEECH_AUXILIARIES = frozenset({"a", "avait", "aura", "ont"})
_NOT_IN_ROLE = frozenset(
    {"sur", "dans", "devant", "lors", "pendant", "après", "avant", "pour", "par", "avec", "dès"}
)


def after_quote(doc: Doc, det: int) -> bool:
    """ "« ... », a écrit la maire de Besançon": whether the description at `det` is the
    speaker set after the verb that follows a closing quotation mark, which news French uses as
    it uses the subject that opens a sentence."""
    i = det - 1
    if i < 0 or doc[i].pos_ != "VERB":
        return False
    i -= 1
    if i >= 0 and doc[i].lower_ in _SPEECH_AUXILIARIES:
        i -= 1
    return i > 0 and doc[i].text == "," and doc[i - 1].text in ("»", "”")


def _speaker_after_quote(doc: Doc, det: int, noun: int) -> str | None:
    """ "« ... », a écrit la maire de Besançon sur les réseaux sociaux": the speaker's role, up
    to where the sentence says where or when it was said."""
    if not after_quote(doc, det):
        return None
    end = role_end(doc, noun)
    cut = next((k for k in range(noun + 1, end + 1) if doc[k].lower_ in _NOT_IN_ROLE), None)
    if cut is not None:
        end = cut - 1
    if end == noun:
        return None  # "a déclaré le maire": a bare noun is as likely someone not named
    if any(t.ent_type_ == "PER" for t in doc[det : end + 1]) or (
        end + 1 < len(doc) and doc[end + 1].ent_type_ == "PER"
    ):
        return None
    text = role_text(doc, text_of(doc), det + 1, end)
    return tidy_role(text) if text else None
