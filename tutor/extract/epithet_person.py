"""The person a bare epithet in a speaker's place stands for ("le technicien", "la Française",
"le prévenu"), as the speaker resolver asks it; the rules are in role_epithet.py and
court_parties.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.aged_epithets import aged_before
from tutor.extract.court_parties import DEFENDANTS, defendant
from tutor.extract.death_report import reported_dead
from tutor.extract.focus_epithet import focus_description
from tutor.extract.leader_epithet import LEADER_WORDS, leader_named_before
from tutor.extract.name_heads import name_head
from tutor.extract.newcomers import newcomer_between, plain_person, same_noun_since
from tutor.extract.people import met_unnamed
from tutor.extract.role_epithet import (
    REACH,
    another_office,
    another_trade,
    epithet_gender,
    epithet_head,
    epithet_referent,
    named_aside,
    trade_of_another,
)
from tutor.extract.role_owners import is_kin
from tutor.extract.role_words import is_role_noun
from tutor.extract.sport_sides import COMPETING, across_the_play, staff_title
from tutor.extract.winner_epithet import winner_named_before

if TYPE_CHECKING:
    from collections.abc import Callable

    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token


def epithet_person(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """ "le technicien", "la Française": the last person named whose gender agrees; not
    someone whose known office the epithet's own contradicts ("l'adjoint aux finances" is not
    the mayor named before; "l'ancien préfet" may be the agency's director now), nor someone
    named before an unnamed newcomer of that gender ("La receveuse, une enseignante, ...
    a confié la jeune femme"); "le vainqueur" is the one who won."""
    winner = winner_named_before(resolver, first, last)
    if winner is not None:
        return winner
    who = _referent(resolver, first, last)
    head = epithet_head(resolver.doc[first : last + 1])
    if head is not None and plain_person(head):
        gender = epithet_gender(resolver.doc[first : head.i + 1], head)
        aged = aged_before(resolver, head, gender) if gender else []
        if len(aged) > 1:
            return None  # "X, 30 ans, et Y, 32 ans, … Le jeune homme": the reader cannot tell
        who = aged[0] if aged else who  # "…, Thierry V., 54 ans, ancien militaire. L'homme"
    if head is not None and head.lower_ in _FIRM_TRADES:
        # "Il rappelle qu'elle a publié trois livres. D'après l'éditeur, ...": the publisher,
        # a firm as often as a person; only someone the article calls so is that one
        return _referent(resolver, first, last, lambda n: not _called(resolver, n, head))
    if who is not None and head is not None:
        office = head.lemma_
        if another_trade(resolver.people.role_of(who), office):
            who = _referent(
                resolver, first, last, lambda n: another_trade(resolver.people.role_of(n), office)
            )
    if who is not None and head is not None and not plain_person(head):
        trade = head.lower_
        if trade_of_another(resolver.people.role_of(who), trade):
            # "Le maire, Paul Dumas, a dénoncé … Le chauffeur a averti": someone else, unless
            # a sentence naming the mayor called him so ("Le maire, ancien chauffeur de bus")
            who = _referent(
                resolver,
                first,
                last,
                lambda n: (
                    trade_of_another(resolver.people.role_of(n), trade)
                    and not _called_so(resolver, n, head)
                ),
            )
    if who is not None and head is not None and not _former(resolver, first, head):
        athlete_or_staff = head.lower_
        if across_the_play(resolver.people.role_of(who), athlete_or_staff):
            # "Son promoteur, X, évoque … Le boxeur réclame « … »": the boxer, named before
            who = _referent(
                resolver,
                first,
                last,
                lambda n: across_the_play(resolver.people.role_of(n), athlete_or_staff),
            )
    if who is not None and head is not None and _staff_for_a_competitor(resolver, first, last, who):
        # "… Adrien Faure a remporté le 100 m … Le directeur technique national a salué « … »"
        who = _referent(resolver, first, last, lambda n: _competed(resolver, n))
    if who is not None and head is not None and who in (dead := _dead(resolver, first)):
        # "morte dans la misère en 1936, Alice Verdurin …. D'après l'historienne X, …. La
        # spécialiste a tenu à rappeler": who speaks now is someone alive, if one agrees
        who = _referent(resolver, first, last, lambda n: n in dead) or who
    if who is None and head is not None and head.i > first + 1:
        who = _only_one_of_gender(resolver, first, head)
    if who is None:
        return focus_description(resolver, first, last) if head is None else None
    if head is None:
        return who
    if _newcomer_since(resolver, who, first, head):
        return None
    if head.lower_ in LEADER_WORDS:
        # "a promis la future dirigeante" after the mayor was named: the new managing director
        gender = epithet_gender(resolver.doc[first : head.i + 1], head)
        return leader_named_before(resolver, who, gender, resolver.doc[first].idx)
    if head.i == last and resolver.doc[first].lower_ in _DEMONSTRATIVES:
        if _met_since(resolver, who, head):
            return None  # "Une autre retraitée attendait. « … », s'indignait cette retraitée"
        if resolver.people.role_of(who) is None and _says_a_role(head):
            resolver.learnt_roles.setdefault(who, head.lower_)  # "cette retraitée": she is one
        return who
    if resolver.doc[first].lower_ in _DEFINITE and _met_since(resolver, who, head):
        return None  # "Une autre retraitée attendait. « … », s'indignait la retraitée"
    if head.i == last or any(t.lower_ in _FORMER for t in resolver.doc[first : head.i]):
        return who
    return None if another_office(resolver.people.role_of(who), head.lemma_) else who


def _staff_for_a_competitor(resolver: SpeakerResolver, first: int, last: int, who: str) -> bool:
    """Whether the epithet names someone who runs the sport and `who` is told competing."""
    words = [t.text for t in resolver.doc[first : last + 1]]
    return staff_title(words) and _competed(resolver, who)


def _competed(resolver: SpeakerResolver, name: str) -> bool:
    """Whether the article tells `name` competing: the subject of « remporter », « s'imposer »,
    « battre » … (sport_sides.COMPETING)."""
    doc = resolver.doc
    for mention in resolver.people.mentions_in(0, len(resolver.body)):
        if resolver.people.name_of(mention) != name or resolver.in_quote(mention.start):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        while token.dep_ in ("flat:name", "flat", "appos") and token.head.i != token.i:
            token = token.head
        if token.dep_ in ("nsubj", "nsubj:pass") and token.head.lemma_ in COMPETING:
            return True
    return False


def _former(resolver: SpeakerResolver, first: int, head: Token) -> bool:
    """Whether the epithet says what someone was ("l'ancien joueur"): a coach may be one."""
    return any(t.lower_ in _FORMER for t in resolver.doc[first : head.i])


_FIRM_TRADES = frozenset({"éditeur", "éditrice", "promoteur", "organisateur", "organisatrice"})
"""Trades that a firm plies as often as a person ("l'éditeur", "le promoteur"): as an epithet
they name no one whose role the article does not give by that word."""


def _called(resolver: SpeakerResolver, name: str, noun: Token) -> bool:
    """Whether the article gives `name` a role of the epithet's noun ("éditeur de X")."""
    role = resolver.people.role_of(name) or resolver.learnt_roles.get(name) or ""
    return noun.lower_ in role.lower().replace("-", " ").split()


def _called_so(resolver: SpeakerResolver, name: str, noun: Token) -> bool:
    """Whether the article called `name` by the epithet's noun before it: in a sentence that
    names them ("Le maire, Paul Dumas, ancien chauffeur de bus,"), or bare, with no determiner,
    as what someone is ("Médecin de formation, elle …"), outside quotations."""
    doc = resolver.doc
    for m in resolver.people.mentions_in(0, noun.idx):
        if resolver.people.name_of(m) != name or resolver.in_quote(m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        sent = span.sent if span is not None else None
        if sent is not None and sent.end <= noun.i and any(t.lower_ == noun.lower_ for t in sent):
            return True
    for tok in doc[: noun.sent.start]:
        if tok.lower_ == noun.lower_ and not resolver.in_quote(tok.idx):
            before = tok.i - 1
            while before >= 0 and doc[before].pos_ == "ADJ":
                before -= 1  # "ancien chauffeur"
            if before < 0 or doc[before].pos_ != "DET":
                return True
    return False


def _dead(resolver: SpeakerResolver, first: int) -> set[str]:
    return reported_dead(resolver, resolver.doc[first].idx)


_FORMER = frozenset({"ancien", "ancienne"})
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def _met_since(resolver: SpeakerResolver, who: str, noun: Token) -> bool:
    """Whether someone unnamed of the epithet's noun came into the story ("une autre
    retraitée") after `who` was last named: "cette retraitée", "la retraitée" is that one."""
    named = [
        m.end for m in resolver.people.mentions_in(0, noun.idx) if resolver.people.name_of(m) == who
    ]
    return same_noun_since(resolver.body, noun.text, named[-1] if named else 0, noun.idx)


def _says_a_role(noun: Token) -> bool:
    """ "cette retraitée", "cette agricultrice": a trade or a status; not "cette femme", "cette
    habitante" or "cette mère", which say only what kind of person, or whose relative."""
    plain = plain_person(noun) or noun.lower_ in _PERSON_ONLY or is_kin(noun.text)
    return is_role_noun(noun.text) and not plain


_PERSON_ONLY = frozenset({"habitant", "habitante", "patient", "patiente", "personne"})


def _newcomer_since(resolver: SpeakerResolver, who: str, first: int, head: Token) -> bool:
    """Whether an unnamed person of the epithet's gender came into the story after `who` was
    last named (outside quotations)."""
    if not plain_person(head):
        return False  # "Une voisine a raconté ... La magistrate a suspendu": the judge
    at = resolver.doc[first].idx
    named = [
        m
        for m in resolver.people.mentions_in(0, at)
        if resolver.people.name_of(m) == who and not resolver.in_quote(m.start)
    ]
    gender = epithet_gender(resolver.doc[first : head.i + 1], head)
    return (
        bool(named) and bool(gender) and newcomer_between(resolver.doc, named[-1].end, at, gender)
    )


_DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cette", "cet"})


def defendant_epithet(resolver: SpeakerResolver, first: int, last: int) -> str | None:
    """ "le prévenu", "l'accusée": the person put on trial among those named within reach
    before it whose gender agrees, rather than whoever is in focus (the victim, often)."""
    head = epithet_head(resolver.doc[first : last + 1])
    if head is None and last == first + 1:
        head = resolver.doc[last]  # "l'accusé": no role noun of the list, yet a party
    # "donné la parole au prévenu": the article is inside the preposition, before `first`
    contracted = first == last and first > 0 and resolver.doc[first - 1].lower_ in ("au", "du")
    if head is None and contracted:
        head = resolver.doc[first]
    if head is None or head.lower_ not in DEFENDANTS or (head.i != first + 1 and not contracted):
        return None
    if not contracted and resolver.doc[first].lower_ not in _DEFINITE:
        return None  # "un prévenu se félicite …": one of several, not the one on trial
    at = resolver.doc[first].idx
    gender = "Masc" if contracted else epithet_gender(resolver.doc[first : head.i + 1], head)
    named = [
        (name, m.start, m.end)
        for m in resolver.people.mentions_in(0, at)
        if not resolver.in_quote(m.start)
        if resolver.genders.get(name := resolver.people.name_of(m), gender) == gender
    ]
    near = [n for n in named if n[1] >= at - REACH]
    # "Le tribunal a condamné mardi X ... [two paragraphs] ... Le prévenu a reconnu": a trial
    # report puts its defendant on trial in its lead, however far back
    tried = defendant(resolver.doc, near) or defendant(resolver.doc, named)
    introduced = min((start for name, start, _ in named if name == tried), default=at)
    if met_unnamed(resolver.body, head.text, introduced):
        # "a demandé au prévenu de se lever" before anyone is named on trial: someone the
        # article does not name; "a déclaré le prévenu" after Mickaël D. was is him again
        return None
    if tried is not None and resolver.people.role_of(tried) is None:
        resolver.learnt_roles.setdefault(tried, head.lower_)
    return tried


def _only_one_of_gender(resolver: SpeakerResolver, first: int, head: Token) -> str | None:
    """ "la nouvelle maire" paragraphs after the winner was named: the only person of that
    gender the article has named, however far back (an epithet with an adjective only)."""
    gender = epithet_gender(resolver.doc[first : head.i + 1], head)
    at = resolver.doc[first].idx
    names = {
        resolver.people.name_of(m)
        for m in resolver.people.mentions_in(0, at)
        if not resolver.in_quote(m.start)
    }
    agreeing = [n for n in names if resolver.genders.get(n) == gender]
    return agreeing[0] if gender and len(agreeing) == 1 else None


_FRAMING_CASES = frozenset({"selon", "pour", "d'après", "d’après", "par"})
"""Prepositions that put the person forward as source or agent ("selon le maire X", "battu par
X"), not aside."""


def named_in_passing(doc: Doc, start: int, end: int) -> bool:
    """ "Entré à la place du capitaine X, il a inscrit un essai. « ... », a raconté le jeune
    joueur": a person named inside a prepositional phrase, or whose role is, is mentioned in
    passing; the reader takes back the story's actor, not him."""
    token = name_head(doc, start, end)
    if token is None:
        return False
    if token.dep_ == "appos" and token.head.i < token.i and is_role_noun(token.head.text):
        token = token.head  # "du capitaine X": the role's preposition is the name's
    cases = [c.lower_ for c in token.children if c.dep_ == "case" and c.i < token.i]
    return bool(cases) and not any(c in _FRAMING_CASES for c in cases)


def _referent(
    resolver: SpeakerResolver,
    first: int,
    last: int,
    excluded: Callable[[str], bool] = lambda _name: False,
) -> str | None:
    return epithet_referent(
        resolver.doc[first : last + 1],
        lambda start, end: [
            (
                resolver.people.name_of(m),
                named_aside(resolver.doc, m.start, m.end)
                or named_in_passing(resolver.doc, m.start, m.end),
            )
            for m in resolver.people.mentions_in(start, end)
            if not resolver.in_quote(m.start) and not excluded(resolver.people.name_of(m))
        ],
        resolver.genders,
        lambda noun, at: met_unnamed(resolver.body, noun, at),
    )
