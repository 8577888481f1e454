"""A quotation's speaker named at the head of its sentence: "Pour Jérémie Zimmermann, « ... »",
"Selon X : « ... »", "Selon M. Caron, une reconduction « ... »", "Le ministre : « ... »"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor.extract.colon_lead import looks_like_speech_verb
from tutor.extract.owner_names import names_an_organisation
from tutor.extract.role_phrase import TITLE_WORDS
from tutor.extract.source_kinds import is_newsroom_own
from tutor.extract.speech import SOURCE_BEFORE_QUOTE, SOURCE_INTRO

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import QuotedSpan, Sentence
    from tutor.nlp import Token

_SOURCE_THEN_STATEMENT = re.compile(
    r"^\s*(?:selon|d['’]après)\s+(?P<who>[^,«“]+?),(?P<said>[^,;:«“»”]{3,80})$", re.IGNORECASE
)
"""A source, then the start of its statement without a verb of its own, up to a quotation."""
_SOURCE_ASIDE_STATEMENT = re.compile(
    r"^\s*(?:pour|selon|d['’]après)\s+(?P<who>[^,«“]+?),(?:[^,;:«“»”]{3,80},)?"
    r"[^,;:«“»”]{3,80}$",
    re.IGNORECASE,
)
"""A source, words set beside it or not, then the start of its statement up to a quotation:
"Pour Julien Carré, analyste chez Oddo BHF, Kerlia « a prouvé ... »"; "pour" only before a
person's name ("Pour la première fois, X « ... »" names no source)."""
_SOURCE_IN_THE_MIDDLE = re.compile(
    r"^\s*[^,;:«“»”]{2,60},\s*(?P<cue>selon|d['’]après)\s+(?P<who>[^,«“]+?),"
    r"[^,;:«“»”]{3,80}$",
    re.IGNORECASE,
)
"""The statement's subject, its source between commas, then the rest of the statement up to a
quotation: "Les travaux, selon le maire, dureront « au moins deux ans »"."""

_LINKING_TAIL = re.compile(
    r"\s*,\s*(?:enfin|aussi|également|encore|toutefois|cependant|pourtant|néanmoins|donc|"
    r"ainsi|surtout|même|d['’]ailleurs|par ailleurs|au contraire|en revanche|"
    r"(?:quant à |de son côté|de leur côté|pour sa part|pour leur part)\s*(?:lui|elle|eux|elles)?|"
    r"lui|elle|eux|elles)\s*$",
    re.IGNORECASE,
)
"""A connective or a stressed pronoun set after the source, before its quotation: "Pour La Voix
du Nord, enfin, « … »" is La Voix du Nord's; the connective links the sentence, names nobody."""

_SUBJECT_PRONOUNS = frozenset({"on", "il", "elle", "ils", "elles"})


def intro_speaker(
    finder: QuoteFinder, span: QuotedSpan, sentence: Sentence
) -> tuple[str | None, str] | None:
    """ "Pour Jérémie Zimmermann, « ... »", "Selon X : « ... »" at the head of the sentence,
    or at the head of the clause after its last colon or semicolon ("… jugée « ni prouvée ni
    plausible » : selon la décision, la concentration « n'est compatible qu'avec … »")."""
    lead = finder.body[sentence.start : span.open]
    cut = max(lead.rfind(":"), lead.rfind(";"))
    # with no quotation before the colon, according.py takes the clause after it whole
    if cut > 0 and "«" not in lead[cut:] and "»" in lead[:cut]:
        clause = lead[cut + 1 :]
        if _SOURCE_THEN_STATEMENT.match(clause) or _SOURCE_ASIDE_STATEMENT.match(clause):
            start = sentence.start + cut + 1
            sentence = replace(sentence, start=start, text=finder.body[start : sentence.end])
            lead = clause
    near = SOURCE_BEFORE_QUOTE.search(lead)
    if near is not None and near["who"].lower() in _STRESSED:
        # "le syndicat demande …, ceux qui, selon lui, « … »": the subject of the clause
        subject = _subject_before(finder, sentence.start, sentence.start + near.start(), near)
        if subject is not None:
            return subject, near["cue"].lower()
    match = SOURCE_INTRO.match(lead) or near
    statement = _SOURCE_THEN_STATEMENT.match(lead)
    if not match and statement is not None:
        # "Selon M. Caron, une reconduction « n'est pas exclue ... »": the quoted words
        # are part of what the source says
        match = SOURCE_INTRO.match(lead[: statement.end("who") + 1])
    aside = None
    if not match and (aside := _SOURCE_ASIDE_STATEMENT.match(lead)) is not None:
        match = SOURCE_INTRO.match(lead[: aside.end("who") + 1])
    if not match:
        # "Washington, selon un responsable, est prêt à « ... »": the source between commas
        match = _SOURCE_IN_THE_MIDDLE.match(lead)
    if not match:
        return _colon_lead(finder, lead, sentence)
    who_start = sentence.start + match.start("who")
    who_text = match["who"]
    if is_newsroom_own(who_text):
        return None  # "Selon nos informations, le texte « ... »": the paper found it out
    if who_text.lower() in _STRESSED:
        return finder.speakers.pronoun(who_text), match["cue"]  # "Selon lui, « ... »"
    named = finder.people.mention_in(who_start, who_start + len(who_text))
    if named is not None and named.start == who_start:
        # "Pour Emmanuel Macron, le candidat d'En marche !, faisant allusion à ..., « ... »"
        return finder.people.name_of(named), match["cue"]
    if aside is not None and match["cue"].lower() == "pour":
        return None  # "Pour la première fois, Kerlia « ... »": a time, not a source
    if (linked := _LINKING_TAIL.search(who_text)) is not None:
        who_text = who_text[: linked.start()]  # "Pour La Voix du Nord, enfin, « … »"
    if "," in who_text:
        # the source runs to its first comma, unless a name is set beside it ("Pour le maire
        # de Golbey, Éric Ferry, la reprise « … »"); words after it are the statement's ("Selon
        # elle, le virus qui circule, de type A(H3N2), « … »" is hers, not the virus type's)
        head, second = (part.strip() for part in who_text.split(",")[:2])
        if head.lower() in _STRESSED:
            return finder.speakers.pronoun(head), match["cue"]
        second_at = who_start + who_text.index(second, len(head))
        if _is_a_name(finder.tokens(second_at, second_at + len(second))):
            who_start, who_text = second_at, second
        else:
            who_text = head
    tokens = finder.tokens(who_start, who_start + len(who_text))
    if not tokens:
        return None
    return finder.speakers.from_span(tokens[0].i, tokens[-1].i), match["cue"]


_STRESSED = frozenset({"lui", "elle", "eux", "elles"})


def _is_a_name(words: list[Token]) -> bool:
    """ "Éric Ferry", "l'April", "Me Sandrine Vidal": a proper noun, after its article or a title
    of address or not, set beside a source ("chef du service des urgences", "de type A(H3N2)"
    are no names)."""
    first = next((t for t in words if t.pos_ != "DET" and t.text not in TITLE_WORDS), None)
    return first is not None and first.pos_ == "PROPN"


_GENDER_OF = {"lui": "Masc", "eux": "Masc", "elle": "Fem", "elles": "Fem"}


def _subject_before(finder: QuoteFinder, start: int, at: int, near: re.Match[str]) -> str | None:
    """Whom "selon lui" set inside the sentence, right before the quotation, means: the subject
    of the last verb before it that agrees with the pronoun ("Pour Sud-Rail, le compte n'y est
    pas : le syndicat demande une prime pour les agents, ceux qui, selon lui, « … »"), not the
    person in focus sentences before. A pronoun subject leaves it to the focus."""
    gender, plural = _GENDER_OF[near["who"].lower()], near["who"].lower().endswith(("x", "s"))
    for tok in reversed(finder.tokens(start, at)):
        if tok.pos_ not in ("VERB", "AUX") or finder.speakers.in_quote(tok.idx):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None:
            continue
        if subject.pos_ not in ("NOUN", "PROPN"):
            return None
        number = "Plur" if plural else "Sing"
        if gender not in subject.morph.get("Gender", [gender]) or number not in subject.morph.get(
            "Number", [number]
        ):
            return None
        head = finder.body[start:at]
        framed = _FRAMING_BODY.match(head)
        the = any(
            c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in subject.children
        )
        if framed is not None and the and names_an_organisation(subject.text):
            return framed["who"]  # "Pour Sud-Rail, …: le syndicat demande": Sud-Rail
        return finder.speakers.subject_of(tok)
    return None


_FRAMING_BODY = re.compile(r"^\s*(?i:pour|selon|d['’]après)\s+(?P<who>[A-ZÉ][^,:;«“]*?)\s*,")
"""A body named by its name as the source at the head of the sentence ("Pour Sud-Rail, …"),
which "le syndicat" further on takes up."""


def _colon_lead(
    finder: QuoteFinder, lead: str, sentence: Sentence
) -> tuple[str | None, str] | None:
    """ "Le ministre : « ... »": a noun phrase and a colon, with no verb, name the speaker."""
    if not re.match(r"^[^:]{2,80}:\s*$", lead):
        return None
    tokens = finder.tokens(sentence.start, sentence.start + lead.rindex(":"))
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    if any(t.lower_ in _SUBJECT_PRONOUNS and t.pos_ == "PRON" for t in tokens):
        return None  # "Côté élus, on s'inquiète :": a verb the tagger read as an adjective
    if len(tokens) > 2 and looks_like_speech_verb(tokens[-1].text):
        tokens = tokens[:-1]  # "La direction tempère : « ... »": a verb read as an adjective
    return finder.speakers.from_span(tokens[0].i, tokens[-1].i), ":"
