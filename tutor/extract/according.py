"""Speech framed by its source: "Selon X, ...", "..., selon X.", "Pour lui, ...", "Pour son
gouverneur, X, ...", with no quotation marks; the statement is the speaker's, reported."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.lexicon import SPEAKING_GROUPS
from tutor.extract.role_sources import role_source
from tutor.extract.role_words import is_role_noun
from tutor.extract.source_asides import provenance, verbless_adjective
from tutor.extract.source_kinds import (
    SEATS_OF_POWER,
    is_a_party,
    is_a_role,
    is_a_way_not_a_source,
    is_an_organisation,
    is_newsroom_own,
    reckoning_of,
    reckoning_owner,
    without_participle,
)
from tutor.extract.speech import SOURCE_BEFORE_QUOTE, word_count
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import Sentence
    from tutor.nlp import Token

_FOR_WHOM = re.compile(
    r"^(?:(?:mais|et|or|pourtant|toutefois|cependant|enfin)\s*,?\s+)?"
    r"(?P<cue>Selon|D['’]après|Pour)\s+(?P<who>[^,]+),\s*(?P<said>.+?)[.!]?$",
    re.IGNORECASE,
)
"""A source that opens the sentence, after a connective or not ("Mais pour la conservatrice,
leur valeur est surtout patrimoniale.")."""
_MIDDLE_SOURCE = re.compile(
    r"^(?P<said>[^,]+?),\s*(?P<cue>selon|d['’]après)\s+(?P<who>[^,]+),\s*(?P<rest>.+?)[.!]?$"
)
"""The source between commas in the statement: "Les travaux, selon le maire, dureront ..."."""
_TRAILING_SOURCE = re.compile(
    r"^(?P<said>.+?),\s*(?P<cue>selon|d['’]après)\s+(?P<who>[^,]+?)(?:,\s*(?P<role>[^,]+?))?[.!]?$"
)
"""Also "..., selon Michael McDonald, professeur à l'université de Floride." (one apposition)."""
_BARE_TRAILING_SOURCE = re.compile(
    r"^(?:.*,\s*(?:mais|et)\s+)?(?P<said>[^,]+?)\s+(?P<cue>selon|d['’]après)"
    r"\s+(?P<who>(?:[A-ZÉ]|lui\b|elle\b)[^,]*?)[.!]?$"
)
"""No comma before the source: "..., mais il avoisinerait 25 millions d'euros selon L'Équipe."
(a name or a pronoun only; the last clause is the statement)."""
_RELATIVE_ASIDE = re.compile(r"(?:qui|dont|que|qu['’])\s[^,]+,\s*", re.IGNORECASE)
"""A relative clause on the source, before the statement."""
_PRONOUNS_FOR = frozenset({"lui", "elle", "eux", "elles"})
_ONE_OF_KIND = re.compile(r"(?:un|une)\s", re.IGNORECASE)
"""Any one of a kind after "pour", with a figure in the clause: the one the sum or the share is
for ("Pour un ménage qui se chauffe au gaz, l'économie sera de 4 euros"), not who says it."""


def according_to(finder: QuoteFinder, sentence: Sentence, found: list[Found]) -> list[Quote]:
    """ "Selon X, clause.", "clause, selon X." and "Pour lui, clause." with no quotation marks;
    also after a colon ("X a donné une autre version : selon lui, clause."), where the pronoun
    is the subject of the clause before the colon."""
    directs = [
        f.quote for f in found if f.quote.sentence == sentence.text and f.quote.kind == "direct"
    ]
    if directs and not _quoted_words_only(sentence, directs):
        return []
    text, base, lead_subject = sentence.text, sentence.start, None
    match, middle = _source_match(text)
    colon = _colon_before_source(finder, sentence) if match is None else None
    if colon is not None:
        base = colon
        text = finder.body[colon : sentence.end].rstrip()
        lead_subject = _lead_subject(finder, sentence, colon)
        match, middle = _source_match(text)
    if match is None:
        return []
    who_at = base + match.start("who")
    tokens = finder.tokens(who_at, who_at + len(match["who"]))
    if not tokens:
        return []
    if is_newsroom_own(match["who"]):
        return []  # "D'après nos informations, ...": the paper itself, nobody quoted
    tokens = without_participle(tokens)
    pronoun = match["who"].lower() in _PRONOUNS_FOR
    apposed = _apposed_person(finder, base + match.start("said"), tokens)
    if apposed is not None:
        who: str | None = apposed[0]  # "Pour son gouverneur, Frédéric L., ..."
    elif pronoun and lead_subject is not None:
        who = lead_subject
    elif match["cue"].lower() == "pour":
        named = finder.people.mention_in(who_at, who_at + len(match["who"]))
        if _ONE_OF_KIND.match(match["who"]) and re.search(r"\d", match["said"]):
            return []  # "Pour un salarié à temps plein, cela représente 1 861 euros": for whom
        if pronoun:
            who = finder.speakers.pronoun(match["who"])
        elif named is not None and named.end >= who_at + len(match["who"]) - 1:
            who = finder.people.name_of(named)
        elif _representative_acts(finder, base + match.start("said")):
            return []  # "Pour l'accusation, l'avocat général X s'est montré sévère"
        elif any(t.pos_ == "NOUN" and t.lemma_.lower() in SPEAKING_GROUPS for t in tokens[:3]):
            who = finder.speakers.from_span(tokens[0].i, tokens[-1].i)  # "Pour le syndicat, ..."
        elif any(t.text.lower() in SEATS_OF_POWER for t in tokens[:3]):
            who = finder.speakers.from_span(tokens[0].i, tokens[-1].i)  # "Pour le Kremlin, ..."
        elif is_a_party(tokens):
            who = finder.speakers.from_span(tokens[0].i, tokens[-1].i)  # "Pour la défense, ..."
        elif is_an_organisation(tokens):
            # "Pour France Nature Environnement, le bassin ... menace ...": an NGO, a firm
            who = finder.speakers.from_span(tokens[0].i, tokens[-1].i)
        elif is_a_role(tokens):
            # "Pour le vice-président de la région chargé des transports, la réouverture ..."
            who = role_source(finder.speakers, tokens) or finder.speakers.from_span(
                tokens[0].i, tokens[-1].i
            )
        else:
            return []  # "Pour la première fois, ...": not a source
    elif pronoun:
        who = finder.speakers.pronoun(match["who"])  # "Selon lui, ..."
    elif (owner := reckoning_owner(finder.speakers, tokens)) is not None:
        who = owner  # "..., selon ses calculs": his
    elif (reckoner := reckoning_of(tokens)) is not None:
        who = finder.speakers.from_span(*reckoner)  # "selon les estimations de la métropole"
    elif is_a_way_not_a_source(tokens):
        return []  # "produits à bas coût, selon des normes moins exigeantes": a manner
    elif (held := role_source(finder.speakers, tokens)) is not None:
        who = held  # "Selon le médecin, …": the doctor named before, if only one fits
    else:
        who = finder.speakers.from_span(tokens[0].i, tokens[-1].i)
    if (role := match.groupdict().get("role")) and _NAME_ONLY.match(role):
        at = base + match.start("role")
        person = finder.people.mention_in(at, at + len(role))
        if person is not None:
            who = finder.people.name_of(person)  # "…, selon sa directrice, Claire Fabre."
    said = match["said"].strip()
    start = base + match.start("said")
    if match.start("said") < match.start("who") and middle is None and ";" in said:
        # "… en profiter d'ici quelques mois ; en France, …, selon l'Observatoire": a source
        # at the end vouches for the clause after the semicolon, not the one before it
        cut = said.rindex(";") + 1
        said, start = said[cut:].lstrip(), start + cut + len(said[cut:]) - len(said[cut:].lstrip())
    relative = _RELATIVE_ASIDE.match(said) if middle is None else None
    relative = relative or (_participle_aside(finder, start, said) if middle is None else None)
    if relative:  # "Pour l'État, qui s'est fixé des objectifs ..., ces annulations ..."
        said, start = said[relative.end() :], start + relative.end()
    if apposed is not None:
        said, start = said[apposed[1] :].lstrip(), start + apposed[1]
        start += len(finder.body[start:]) - len(finder.body[start:].lstrip())
    if middle is not None:  # the statement runs on after the source: all of it
        said = text[: middle.end("rest")].strip()
    apposition = re.match(
        r"(?:(?:le|la|l'|l’)\s*)?([\w-]+)(?:\s+([\w-]+))?[^,]{0,80},\s*", said, re.IGNORECASE
    )
    if apposition and (
        any(is_role_noun(w or "") for w in apposition.groups())
        or verbless_adjective(finder.tokens(start, start + apposition.end()))
        or _apposed_title(finder, start, start + apposition.end(), tokens)
        or provenance(finder.tokens(start, start + apposition.end()))
    ):
        # "Pour Philippe Poutou, candidat du NPA, l'absence ...": the role is not the opinion
        said, start = said[apposition.end() :], start + apposition.end()
        relative = _RELATIVE_ASIDE.match(said) if middle is None else None
        if relative:  # "Pour X, présidente de l'association, qui rassemble ..., ces progrès"
            said, start = said[relative.end() :], start + relative.end()
    skip = _connective(finder, start, said) if middle is None else 0
    said, start = said[skip:], start + skip
    if who is None or word_count(said) < 3:
        return []
    if who.count("(") > who.count(")"):
        who = who[: who.rfind("(")].rstrip()  # "l'Office français de la biodiversité (OFB"
    if any(not start + 2 < q.start < q.end <= start + len(said) + 2 for q in directs):
        return []  # quoted from its first word ("Selon X, « ... »"): the quotation stands
    cue = match["cue"].lower()
    end = start + len(said)
    if middle is not None:
        cut, resume = base + middle.end("said"), base + middle.start("rest")
        said, end = _without_source(finder, said, start, cut, resume)
    return [Quote(who, said, "indirect", cue, sentence.text, start, end)]


_RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})
_CLAUSE_LINKS = frozenset({"et", "mais", "ou", "or", "donc", "puis", "soit"})


def _without_source(
    finder: QuoteFinder, said: str, start: int, cut: int, resume: int
) -> tuple[str, int]:
    """ "Elle transportera, selon les estimations de la métropole, 22 000 voyageurs": the
    statement on both sides of the source (body offsets `cut` to `resume`), and where it ends;
    the source is the quotation's speaker, and words that name it would give a learner the
    answer. The words after the source go on the statement's clause (a verb, its object: joined
    with a space), add to it ("…, un chiffre rare", "…, et …": after a comma), or say who the
    source is ("…, d'après les grévistes, qui ont voté …": left out)."""
    end = start + len(said)
    if not start <= cut < resume < end:
        return said, end
    before, after = said[: cut - start].rstrip(), said[resume - start :].lstrip()
    following = finder.tokens(resume, end)
    first = following[0] if following else None
    if first is None or first.lower_ in _RELATIVE_WORDS:
        return before, start + len(before)
    last = finder.tokens(start, cut)[-1:]
    awaits = (
        bool(last)
        and last[0].pos_ == "VERB"
        and not any(c.dep_ == "aux:pass" for c in last[0].children)
    )
    added = first.lower_ in _CLAUSE_LINKS or (first.pos_ == "DET" and not awaits)
    return f"{before}{',' if added else ''} {after}", end


_ASIDE_TO_COMMA = re.compile(r"[^,]+,\s*")


def _participle_aside(finder: QuoteFinder, start: int, said: str) -> re.Match[str] | None:
    """ "Selon l'étude, publiée dans The Lancet, le risque ...": a past participle clause on
    the source, up to its comma, is no part of the statement."""
    aside = _ASIDE_TO_COMMA.match(said)
    tokens = finder.tokens(start, start + len(said))
    if aside is None or not tokens or aside.end() >= len(said):
        return None
    first = tokens[0]
    participle = "Part" in first.morph.get("VerbForm") and "Past" in first.morph.get("Tense")
    return aside if participle and first.pos_ in ("VERB", "ADJ") else None


def _quoted_words_only(sentence: Sentence, directs: list[Quote]) -> bool:
    """ "Selon elle, le télescope a observé des structures « beaucoup plus anciennes que
    prévu »": words quoted inside the statement of a sentence that opens on its source are
    part of what the source says, not a quotation of their own; so is a longer quotation that
    goes on from the narrated words of its clause ("D'après X, ce type de fusion se traduit
    pourtant « souvent par des hausses de prix … »"), which alone would be a fragment."""
    opening = sentence.text.lower().startswith(("selon ", "d'après ", "d’après ", "pour "))
    return opening and all(
        (word_count(q.text) <= 8 or _goes_on_from_narration(sentence, q))
        and not _own_source(sentence, q)
        for q in directs
    )


def _own_source(sentence: Sentence, quote: Quote) -> bool:
    """ "Pour Sud-Rail, le compte n'y est pas : le syndicat demande …, ceux qui, selon lui,
    « … »": a quotation with a source of its own right before it is no word of the statement
    the sentence opens on."""
    before = sentence.text[: max(0, quote.start - sentence.start)].rstrip(' «“"\u00a0\u202f')
    return SOURCE_BEFORE_QUOTE.search(before + " ") is not None


def _goes_on_from_narration(sentence: Sentence, quote: Quote) -> bool:
    """Whether a quotation takes up its clause after narrated words ("la ville « sacrifie
    … »", "l'élection traduit « une vraie fatigue … »"), rather than opening a clause of its
    own after the source, a comma or a colon ("Pour X, porte-parole, « tirer ne règle rien »")."""
    before = sentence.text[: max(0, quote.start - sentence.start)].rstrip(' «“"\u00a0\u202f')
    return quote.text[:1].islower() and not before.endswith((",", ":", ";"))


_TITLE_BEFORE = re.compile(r"(?:M\.|Mme|Me|Dr|Pr|Mgr)\s+(?=[A-ZÀ-Ý])")


def _apposed_person(finder: QuoteFinder, said_at: int, role: list[Token]) -> tuple[str, int] | None:
    """ "Pour son gouverneur, Frédéric Lambrecht, une baisse ...": the person named in
    apposition to the role, and how many characters of the statement the name and its comma
    take."""
    # "D'après son biographe, Jean-Luc Caradec, ...": a possessive makes any noun a relation
    kin = len(role) >= 2 and "Yes" in role[0].morph.get("Poss") and role[1].pos_ == "NOUN"
    if not kin and not any(is_role_noun(t.text) for t in role):
        return None
    title = _TITLE_BEFORE.match(finder.body, said_at)
    at = title.end() if title else said_at  # "Pour l'avocat des parties civiles, Me X, ..."
    named = finder.people.mention_in(at, at + 3)
    if named is None or named.start < said_at:
        return None
    rest = finder.body[named.end :]
    if not rest.lstrip().startswith(","):
        return None
    comma = named.end + rest.index(",") + 1
    return finder.people.name_of(named), comma - said_at


def _apposed_title(finder: QuoteFinder, start: int, end: int, source: list[Token]) -> bool:
    """ "Selon le distributeur, Haut et Loin, le film a été vendu …": the name of the body just
    named, set beside it (capitalised words, no verb), before the statement's own subject."""
    if not source or source[0].pos_ != "DET":
        return False
    words = [t for t in finder.tokens(start, end) if t.text != ","]
    after = finder.tokens(end, end + 20)
    return (
        bool(words and after)
        and words[0].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and after[0].pos_ in ("DET", "PRON")
    )


_NAME_LINKS = frozenset({"et", "de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "&"})


_NAME_ONLY = re.compile(r"^(?:[A-ZÉÈ][\w'’-]+)(?:\s+(?:de\s+|d['’]|du\s+)?[A-ZÉÈ][\w'’-]+){0,3}$")
"""The name of the source set after its role, last in the sentence: "…, selon sa directrice,
Claire Fabre." (the statement ends before the source, it does not go on after it)."""


def _source_match(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The source and statement of a "selon X" / "pour X" sentence, and the same match again
    when the source stands in the middle of the statement."""
    match = _FOR_WHOM.match(text) or _TRAILING_SOURCE.match(text)
    role = match.groupdict().get("role") if match else None
    named = role is not None and _NAME_ONLY.match(role) is not None
    if match is None or (role and not named and not any(is_role_noun(w) for w in role.split()[:3])):
        middle = _MIDDLE_SOURCE.match(text)  # not an apposition: the statement goes on
        if middle is None:
            return _BARE_TRAILING_SOURCE.match(text), None
        return middle, middle
    return match, None


def _colon_before_source(finder: QuoteFinder, sentence: Sentence) -> int | None:
    """Where "selon X" / "pour X" opens the clause after a colon of the narration, if it does."""
    for tok in finder.tokens(sentence.start, sentence.end):
        if tok.text != ":" or finder.speakers.in_quote(tok.idx):
            continue
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        after = tok.doc[tok.i + 2].lower_ if tok.i + 2 < len(tok.doc) else ""
        # "deux mesures : pour les familles, ..." names no source; "pour lui" does
        # the tokenizer splits "d'après" in two after a colon ("sceptiques : d'après X, ...")
        if nxt is not None and (
            nxt.lower_ in ("selon", "d'après", "d’après")
            or (nxt.lower_ in ("d'", "d’") and after == "après")
            or (nxt.lower_ == "pour" and after in _PRONOUNS_FOR)
        ):
            return nxt.idx
    return None


def _lead_subject(finder: QuoteFinder, sentence: Sentence, colon: int) -> str | None:
    """The subject of the main verb before the colon ("Un ancien employé a donné une autre
    version : selon lui, ..."), resolved."""
    for tok in finder.tokens(sentence.start, colon):
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children
        ):
            return finder.speakers.subject_of(tok)
    return None


def _representative_acts(finder: QuoteFinder, said_at: int) -> bool:
    """ "Pour l'accusation, l'avocat général Thierry Castex s'est montré sévère": the clause
    after a party opens on the person who speaks for it, a role and a name; it tells who acts
    for that side, not what the side holds."""
    tokens = finder.tokens(said_at, min(len(finder.body), said_at + 80))
    i = 0
    while i < len(tokens) and tokens[i].pos_ in ("DET", "ADJ"):
        i += 1
    if i >= len(tokens) or not is_role_noun(tokens[i].text):
        return False
    for tok in tokens[i + 1 : i + 6]:
        if tok.ent_type_ == "PER":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            # "Pour le ministère public, le substitut du procureur a requis dix mois": what the
            # one acting for the side asked the court for, not what the side holds
            verb = next((t for t in tokens[tok.i - tokens[0].i :] if t.pos_ == "VERB"), tok)
            return verb.lemma_.lower() in _ACTS_IN_COURT
        if tok.text == ",":
            return False
    return False


_ACTS_IN_COURT = frozenset({"requérir", "plaider", "réclamer", "demander", "solliciter"})
"""What a prosecutor or a lawyer does for their side in court: "a requis", "a plaidé"."""


def _connective(finder: QuoteFinder, start: int, said: str) -> int:
    """How many characters of a connective open the statement ("en revanche, le dossier est
    vide", "toutefois, ..."): an adverb or a prepositional phrase of at most three words and no
    verb, closed by a comma."""
    tokens = finder.tokens(start, start + len(said))
    for pos, tok in enumerate(tokens[:4]):
        if tok.text != ",":
            continue
        lead = tokens[:pos]
        if not lead or lead[0].pos_ not in ("ADV", "ADP"):
            return 0
        if any(t.pos_ in ("VERB", "AUX") for t in lead):
            return 0
        rest = finder.body[tok.idx + 1 : start + len(said)]
        if re.match(r"(?i)(?:où|qui|dont|lequel|laquelle)\b", rest.lstrip()):
            return 0  # "en France, où la plupart des prêts …": the place a relative is about
        return len(said) - len(rest.lstrip())
    return 0
