"""Whose a role is: "Son directeur, X" after "la coalition Océans profonds" is "directeur de la
coalition Océans profonds"; "sa fille, Marine Le Pen" is "fille de Jean-Marie Le Pen"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.owner_bodies import (
    acronym_subject,
    agent_body,
    bare_bodies,
    of_bare_body,
    source_body,
    subject_body,
    work_of_maker,
)
from tutor.extract.owner_crowds import crowd
from tutor.extract.owner_names import OF_WORDS, named_subject, of_name, organisations
from tutor.extract.role_phrase import sentence_start, word_at
from tutor.extract.role_words import is_role_noun, names_things

if TYPE_CHECKING:
    from tutor.nlp import Doc, Span, Token

_ONE_BODY = frozenset({"opposition", "majorité", "direction", "gouvernement"})
"""Bodies "sa" points to, never "leur" ("Les écologistes ... ; leur cheffe de file" is theirs,
not the opposition's named before)."""
_SENTENCES_BACK = 2
"""How many sentences before the possessive its owner may be named: "Le procès de X ... L'ancien
élu est poursuivi ... \n\n ... l'entreprise de son beau-frère, Y": the owner is the one the
article is about, named in the sentence before the one before."""


def whose(doc: Doc, name_start: int, role: str) -> str:
    """ "sa fille, Marine Le Pen": a possessive role is the role of the person (or, failing one,
    the organisation) named before it: in its sentence, else at the head of a sentence before."""
    at = name_start - 1
    while at > 0 and doc[at].text in (",", " "):
        at -= 1
    first_word = role.split()[0]
    # "sa présidente-directrice générale": the tokenizer split the office at its hyphen
    while at >= 0 and doc[at].text != first_word and word_at(doc, at) != first_word:
        at -= 1
    if at <= 0 or "Yes" not in doc[at - 1].morph.get("Poss"):
        return role
    kin = first_word.lower() in _KIN and doc[at - 1].lower_ not in ("leur", "leurs")
    relative = _same_surname(doc, name_start) if kin else None
    if relative:
        return f"{role} {of_name(relative)}"
    # "Les écologistes ... ; leur cheffe de file, X": many own the role, never one person; nor
    # does anyone own a town's office ("Son maire" is a village's, never a person's)
    people_own = doc[at - 1].lower_ not in ("leur", "leurs") and first_word.lower() not in _SEATS
    personal = people_own and any(w.lower() in _PERSONAL for w in role.split()[:2])
    owner = work_of_maker(doc, at - 1, role) or _owner(
        doc, at - 1, people_own=people_own, personal=personal
    )
    return f"{role} {_past_management(owner)}" if owner else role


_MANAGEMENT = re.compile(r"^de la (?:direction|présidence) (?=d['’]|de |du |des )")


def _past_management(owner: str) -> str:
    """ "La direction d'Armor-Lait conteste ... Son directeur général, X": the firm's head, not
    the head of its management ("d'Armor-Lait", not "de la direction d'Armor-Lait")."""
    return _MANAGEMENT.sub("", owner)


_PERSONAL_WORDS = """
    avocat avocate entraîneur entraîneuse adjoint adjointe collaborateur collaboratrice assistant
    assistante élève coéquipier coéquipière maître prédécesseur prédécesseure successeur
    successeure suppléant suppléante
"""
_PERSONAL = frozenset(_PERSONAL_WORDS.split())
"""Roles one holds for a person, not for a body: "Son avocat", "sa première adjointe" (a
mayor's), "Son entraîneur"; "Son gérant" is a firm's."""


_SEATS_WORDS = """
    maire préfet préfète sous-préfet sous-préfète député députée sénateur sénatrice évêque
    archevêque curé gouverneur gouverneure bourgmestre édile président présidente
    vice-président vice-présidente pdg trésorier trésorière
"""
_SEATS = frozenset(_SEATS_WORDS.split())
"""Offices held over a place, a see or a body, which no person owns ("Son président" is a
chamber's or a club's, never the person named before)."""


_KIN_WORDS = """
    épouse mari femme compagne compagnon veuve veuf mère père fille fils frère sœur oncle tante
    cousin cousine neveu nièce grand-père grand-mère petit-fils petite-fille
"""
_KIN = frozenset(_KIN_WORDS.split())


def is_kin(word: str) -> bool:
    """ "mère", "épouse": a relative, whose role says nothing without whose it is."""
    return word.lower() in _KIN


def _same_surname(doc: Doc, name_start: int) -> str | None:
    """ "Son épouse, Martine Charbonnier", "sa mère, Sandrine Lambert": a relative who bears the
    surname of someone the article names in full is that one's relative, wherever the
    possessive's sentence stands (the one before the closest, when there are two)."""
    ent = next((e for e in doc.ents if e.start == name_start and e.label_ == "PER"), None)
    if ent is None or len(ent) < 2:
        return None
    family = ent[-1].text
    others = [
        e
        for e in doc.ents
        if e.label_ == "PER" and len(e.text.split()) >= 2 and e.text.split()[0] != ent[0].text
        if e[-1].text == family and e.start != ent.start
    ]
    before = [e for e in others if e.start < ent.start]
    chosen = before[-1] if before else (others[0] if others else None)
    return chosen.text if chosen is not None else None


def _owner(
    doc: Doc, possessive: int, people_own: bool = True, personal: bool = False
) -> str | None:
    """ "de Jean-Marie Le Pen", "de la coalition Océans profonds": who "son"/"sa" points to;
    only an organisation when `people_own` is false ("leur"); a role held for a person
    (`personal`) with no owner close by is the lead person's."""
    end = possessive
    start = sentence_start(doc, end)
    if _past_participle_clause(doc, start, len(doc)) > possessive:
        return None  # "Représentée par sa commissaire, X, l'UE ...": the subject after owns it
    narrated = _narrated_stretches(doc, start, end)
    people = [
        e
        for e in doc.ents
        if _named_person(doc, e) and start <= e.start and e.end <= end and people_own
        if any(a <= e.start and e.end <= b for a, b in narrated)
    ]
    if people:
        return of_name(people[-1].text)
    # "« Les dégâts sont importants dans le centre du Finistère », a précisé son directeur": a
    # body named inside the quotation is the speaker's topic, not the owner of his role
    groups = [g for a, b in narrated for g in organisations(doc, a, b)]
    groups = groups or named_subject(doc, start, end)
    if groups:
        return groups[-1]
    body = subject_body(doc, start, end)
    if body:
        return body
    back = 0
    while back < _SENTENCES_BACK:
        if start == 0:
            return None
        end = start
        last = end - 1
        while last > 0 and ("\n" in doc[last].text or doc[last].is_space):
            last -= 1
        start = sentence_start(doc, last)
        if back == 0 and _all_quoted(doc, start, end):
            continue  # "« Il est parti acheter du pain. Il n'est jamais revenu. » Son avocate":
            # the quotation right before is words; the narration before it names whose
        back += 1
        lead = _past_participle_clause(doc, start, end)
        # "En attendant, l'ARS … demande": a gerund opening the sentence is not its verb
        verb = next(
            (t.i for t in doc[lead:end] if t.pos_ in ("VERB", "AUX") and not _gerund(t)), end
        )
        people = [
            e
            for e in doc.ents
            if _named_person(doc, e) and lead <= e.start < verb and people_own
            if not _set_in_circumstance(e)
        ]
        if people:
            if personal and _possessive_opening(doc, lead, people[0].start):
                # "Son avocat, X, a dénoncé ... Son ancien suppléant, Y, ...": one owner
                held = any(t.lower_ in _PERSONAL for t in doc[lead : people[0].start])
                return _owner(doc, lead, people_own, held) or of_name(people[0].text)
            return of_name(people[0].text)  # who the sentence is about, named before its verb
        agent = agent_body(doc, start, end)
        groups = organisations(doc, start, end)
        if doc[possessive].lower_ in ("leur", "leurs"):
            groups = [g for g in groups if not _ONE_BODY & set(g.replace("'", " ").split())]
        named = {
            e.text
            for e in doc.ents
            if _named_person(doc, e) and start <= e.start < end and not _set_in_circumstance(e)
        }
        one = len(named) == 1 and len(next(iter(named)).split()) > 1 and people_own
        if personal and not named and _person_by_role(doc, start, end):
            # "La fédération (ÖLV) a suspendu le contrat qui la liait à l'athlète. Son ancien
            # entraîneur, X": the athlete's coach, the one the story is about, not the body's
            lead_person = _first_named(doc, possessive)
            if lead_person:
                return of_name(lead_person)
        if agent and not (one and personal):
            return agent  # "Le mouvement avait été lancé par la CGT. Son délégué": the CGT's
        if groups and not (one and personal):  # "Son élève" is a teacher's, not her school's
            return groups[0]
        body = (
            subject_body(doc, lead, verb)
            or source_body(doc, start, end)
            or acronym_subject(doc, start, end)
        )
        if body and not (one and personal):
            return body  # "Plus modérée, la CFDT a joué un rôle décisif. Sa déléguée, X"
        group = crowd(doc, start, end) if doc[possessive].lower_ in ("leur", "leurs") else None
        if group:
            return group
        if one:
            return of_name(named.pop())  # "La police a retrouvé X. Sa mère, Y": the one named
        if back == 1 and not personal and (bodies := bare_bodies(doc, start, end)):
            # "… entre la région, le département et l'agglomération, qui devra emprunter. Son
            # vice-président": one of these, never a fund named in the sentence before
            last = bodies[-1]
            if len(set(bodies)) == 1 or doc[last + 1 : last + 3].text == ", qui":
                return of_bare_body(doc, last)
            return None
    lead_person = _first_named(doc, possessive) if personal else None
    return of_name(lead_person) if lead_person else None


def _all_quoted(doc: Doc, start: int, end: int) -> bool:
    """Whether every word from `start` to `end` stands inside quotation marks (opened in an
    earlier sentence, or in this one)."""
    depth = 0
    for tok in doc[:start]:
        depth = max(0, depth + (tok.text in _OPENING_MARKS) - (tok.text in _CLOSING_MARKS))
    for tok in doc[start:end]:
        depth = max(0, depth + (tok.text in _OPENING_MARKS) - (tok.text in _CLOSING_MARKS))
        marks = _OPENING_MARKS | _CLOSING_MARKS
        if depth == 0 and tok.text not in marks and not tok.is_punct and not tok.is_space:
            return False
    return True


def _gerund(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "en" and tok.text.endswith("ant")


_OPENING_MARKS = frozenset({"«", "“"})
_CLOSING_MARKS = frozenset({"»", "”"})


def _narrated_stretches(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges between `start` and `end` that stand outside quotation marks."""
    stretches, opened, depth = [], start, 0
    for tok in doc[start:end]:
        if tok.text in _OPENING_MARKS:
            if depth == 0 and tok.i > opened:
                stretches.append((opened, tok.i))
            depth += 1
        elif tok.text in _CLOSING_MARKS and depth:
            depth -= 1
            opened = tok.i + 1
    if depth == 0 and opened < end:
        stretches.append((opened, end))
    return stretches


def _possessive_opening(doc: Doc, lead: int, name: int) -> bool:
    """Whether the sentence opens with a possessive role set off before the name ("Son avocat,
    Me X, a dénoncé ...")."""
    if "Yes" not in doc[lead].morph.get("Poss") or doc[lead].lower_ in ("leur", "leurs"):
        return False
    between = doc[lead + 1 : name]
    return any(t.text == "," for t in between) and any(is_role_noun(t.text) for t in between)


_CIRCUMSTANCE = frozenset({"à", "au", "aux", "devant", "avec", "chez", "auprès", "contre", "face"})


def _set_in_circumstance(ent: Span) -> bool:
    """ "Devant la présidente du tribunal, X, le prévenu a reconnu ...", "La lettre a été
    transmise à X": someone named in a circumstance of the sentence, not the one it is about."""
    token = ent.root
    if token.dep_ in ("appos", "flat:name") and token.head.i < token.i:
        token = token.head  # "la présidente du tribunal, X": the noun X is set beside
    return any(c.dep_ == "case" and c.lower_ in _CIRCUMSTANCE for c in token.children)


def _person_by_role(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence names someone by a role noun after "le", "la" or "l'", not as its
    subject ("le contrat qui la liait à l'athlète"): a person is in the sentence besides the
    body that acts in it."""
    quoted = _inside_quotes(doc, start, end)
    return any(
        tok.pos_ == "NOUN"
        and is_role_noun(tok.lemma_)
        and not tok.dep_.startswith("nsubj")
        and tok.i > start
        and doc[tok.i - 1].lower_ in ("le", "la", "l'", "l’")
        and not quoted[tok.i - start]
        for tok in doc[start:end]
    )


def _inside_quotes(doc: Doc, start: int, end: int) -> list[bool]:
    """For each token from `start` to `end`, whether it stands inside quotation marks: « »,
    “ ” and straight quotes, which open and close in turn ("Ce n'est pas le coach qui …", a
    player's words, names nobody in the narration)."""
    inside, depth, straight = [], 0, False
    for tok in doc[start:end]:
        if tok.text in _OPENING_MARKS:
            depth += 1
        elif tok.text in _CLOSING_MARKS and depth:
            depth -= 1
        elif tok.text == '"':
            straight = not straight
        inside.append(depth > 0 or (straight and tok.text != '"'))
    return inside


def _first_named(doc: Doc, before: int) -> str | None:
    """The first person the article names in full, when nothing closer owns a possessive ("Le
    prévenu n'est pas seul. Son ancien maître de chai, X"): the one the story is about, if its
    opening paragraph names them. A story about someone it never names (the defendant "un homme
    de 46 ans") names others first: "La présidente, Catherine Verhaeghe" is not the one whose
    "Son avocate" pleads."""
    opening = next((t.i for t in doc if "\n" in t.text), len(doc))
    return next(
        (
            e.text
            for e in doc.ents
            if e.start < min(before, opening) and _named_person(doc, e) and len(e.text.split()) > 1
        ),
        None,
    )


def _named_person(doc: Doc, ent: Span) -> bool:
    """A person's name, not a thing's ("le navire Marion-Dufresne": the ship)."""
    if ent.label_ != "PER" or any(t.text.islower() and is_role_noun(t.text) for t in ent):
        return False  # "Premier ministre" tagged as a person
    i = ent.start - 1
    while i > 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    if i > 1 and doc[i].pos_ == "NOUN" and doc[i - 1].lower_ in OF_WORDS:
        i -= 2  # "le fonds d'investissement Montcalm Partners": what the thing is for
    return i < 0 or not (doc[i].text.islower() and names_things(doc[i].text))


def _past_participle_clause(doc: Doc, start: int, end: int) -> int:
    """ "Interrogée par la radio, l'infirmière X raconte ...": where the sentence's subject
    part begins, past a participle clause that opens it."""
    if "Part" not in doc[start].morph.get("VerbForm"):
        return start
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    return comma + 1 if comma is not None else start
