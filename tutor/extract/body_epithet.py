"""The body a bare "l'établissement" or "l'agence" in a speaker's place stands for: the last one
the narration named by that word, or for "l'établissement" by a kind of establishment
("transportés à l'hôpital de Briançon. Leur vie n'est pas en danger, a indiqué l'établissement"
is the hospital's word). Out of its sentence, "L'établissement" says nobody; the name does."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from tutor.extract.tokens import table_of

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token

_ESTABLISHMENT_WORDS = """
    hôpital clinique maternité ehpad chu école collège lycée université musée bibliothèque
    médiathèque théâtre opéra prison refuge
"""
_ESTABLISHMENTS = frozenset(_ESTABLISHMENT_WORDS.split())
_SAME_NOUN = frozenset(
    {"agence", "collectif", "association", "fédération", "syndicat", "office", "groupe"}
)
"""Bodies taken up by their own noun ("L'agence régionale de santé … Selon l'agence, …")."""
_REACH = 600
"""How many characters back the body may have been named: the paragraph before, at most."""
_DEFINITE = {"le": "le", "la": "la", "l'": "l'", "l’": "l'", "du": "le", "au": "le"}
_INDEFINITE = {"un": "le", "une": "la"}


def body_named_before(resolver: SpeakerResolver, description: str, at: int) -> str | None:
    """The body a bare epithet (`description`, with its article, at offset `at`) points back
    to, described as the article names it; None when it is no such epithet, or when no body
    named within reach has more words than the epithet."""
    words = description.lower().replace("’", "'").split()
    if len(words) == 1 and words[0].startswith("l'"):
        words = ["l'", words[0][2:]]
    if len(words) != 2 or words[0] not in ("le", "la", "l'"):
        return None
    noun = words[1]
    if noun == "établissement":
        heads = _ESTABLISHMENTS
    elif noun in _SAME_NOUN:
        heads = frozenset({noun})
    else:
        return None
    # the words within reach, found by their offsets: a Token for every word of the article,
    # made for each epithet met, was most of the time of this rule
    t = table_of(resolver.doc)
    within = range(bisect_left(t.idx, at - _REACH), bisect_left(t.idx, at))
    before = [
        resolver.doc[i] for i in within if t.lower[i] in heads and not resolver.in_quote(t.idx[i])
    ]
    for head in reversed(before):
        named = _described(resolver, head)
        if named is not None:
            return named
    return None


def _described(resolver: SpeakerResolver, head: Token) -> str | None:
    """ "l'hôpital de Briançon", "l'Agence nationale de sécurité du médicament", "l’association
    Vionne Nature Environnement": the noun phrase of `head` with a definite article, when it
    says more than its noun; a name after the noun is taken whole, however the parser cut it."""
    doc = resolver.doc
    first, last = resolver.noun_phrase(head)
    first = max(first, head.i - 3)
    while first < head.i and doc[first].lower_ not in (_DEFINITE | _INDEFINITE):
        first += 1
    while last + 1 < len(doc) and _name_goes_on(doc, last + 1):
        last += 1
    if last <= head.i or first == head.i:
        return None
    rest = resolver.body[doc[first + 1].idx : doc[last].idx + len(doc[last].text)]
    written = doc[first].lower_
    article = _DEFINITE.get(written.replace("’", "'")) or _INDEFINITE[written]
    if article in ("le", "la") and rest[:1].lower() in "aeiouyéèêh":
        article = "l'"
    if article == "l'":
        curly = "’" in written or resolver.body.count("’") > resolver.body.count("'")
        return ("l’" if curly else "l'") + rest
    return f"{article} {rest}"


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether token `i` is one more capitalised word of a name the noun phrase stopped short
    of ("Vionne Nature Environnement dénonce": the parser may hang "Nature" elsewhere)."""
    tok = doc[i]
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and bool(doc[i - 1].whitespace_)
        and (doc[i - 1].text[:1].isupper())
    )
