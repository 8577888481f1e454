"""Whom "la réalisatrice", "le metteur en scène", "l'autrice" mean when they speak: the person
the article named as the maker of its work ("le premier film de Nora Belkacem", "« Les Heures
blanches », de Nora Belkacem"), not the last person of that gender named, who in a review is
often an actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.role_kin import role_gender

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc

_DIRECTORS = "réalisateur réalisatrice cinéaste metteur metteuse documentariste"
_WRITERS = "auteur autrice auteure écrivain écrivaine romancier romancière"
_STAGE = "metteur metteuse auteur autrice auteure dramaturge"
_COMPOSERS = "compositeur compositrice"
_WORKS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["film", "films", "long-métrage", "court-métrage", "documentaire", "téléfilm"],
        frozenset(_DIRECTORS.split()),
    ),
    **dict.fromkeys(
        ["roman", "romans", "livre", "livres", "essai", "récit", "recueil"],
        frozenset(_WRITERS.split()),
    ),
    **dict.fromkeys(["pièce", "spectacle"], frozenset(_STAGE.split())),
    **dict.fromkeys(["opéra", "symphonie", "oratorio"], frozenset(_COMPOSERS.split())),
}
"""A kind of work and the words for its maker: "le roman de X" makes X the one "l'autrice"
means, not the one "la réalisatrice" means (a film adapted from a novel has both)."""
_MAKERS = frozenset().union(*_WORKS.values())
_OF = frozenset({"de", "d'", "d’"})
_CLOSING_MARKS = frozenset({"»", "”", '"'})


def maker_named_before(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """The one person the article named as the maker of a work of the epithet's kind before the
    epithet from token `first` to `last` ("la réalisatrice" after "le film de Nora Belkacem");
    None when it is no maker's epithet, or no one or several agreeing makers were named."""
    doc = resolver.doc
    words = [t.lower_ for t in doc[first + 1 : min(last, first + 2) + 1]]
    maker = next((w for w in words if w in _MAKERS), None)
    if doc[first].pos_ != "DET" or maker is None:
        return None
    gender = role_gender(maker) or {"le": "Masc", "la": "Fem"}.get(doc[first].lower_, "")
    found = []
    for mention in resolver.people.mentions_in(0, doc[first].idx):
        if resolver.in_quote(mention.start):
            continue
        name = resolver.people.name_of(mention)
        if maker in _made_by(doc, mention.start) and name not in found:
            found.append(name)
    agreeing = [n for n in found if resolver.genders.get(n, gender) == gender or not gender]
    return agreeing[0] if len(agreeing) == 1 else None


def _made_by(doc: Doc, start: int) -> frozenset[str]:
    """The maker words a person named at character `start` takes as the maker of a work: after
    "film de" (adjectives between: "le premier film bouleversant de"), any after a title in
    quotation marks and a comma ("« Les Heures blanches », de X", the way a credit names a
    work's maker)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ not in _OF:
        return frozenset()
    i = span.start - 2
    if doc[i].text == "," and i > 0 and doc[i - 1].text in _CLOSING_MARKS:
        return _MAKERS
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].lower_ not in _WORKS:
        i -= 1
    return _WORKS.get(doc[i].lower_, frozenset())
