"""The subject of a speech verb, as the parser gives it and where it loses it: a name before
its role, a side that "on" speaks for, groups coordinated as one subject, an agent with "par", the
verb a speech verb hangs on ("et a dit espérer"), the speaker's own next verb after a reported
clause.

Subjects inside the quotation or inside the reported clause are not the speaker. Whom a
pronoun-like subject ("qui", "celui-ci", "ce dernier") means is referents.py's job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.opening_names import beside_apposition, opening_name
from tutor.extract.referents import (
    DEMONSTRATIVES,
    LATTER,
    antecedent_of_qui,
    demonstrative_referent,
    latter_referent,
    resumed_subject,
)
from tutor.extract.role_phrase import TITLE_WORDS
from tutor.extract.role_words import is_role_noun
from tutor.extract.sides import of_the_side, side_named, side_speaking
from tutor.extract.speech import (
    SPEECH_VERBS,
    goes_on_speaking,
    is_apposed_judgement,
    judged_by,
    lemma_of,
)

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

PRONOUNS = frozenset({"il", "elle", "-il", "-elle", "-t-il", "-t-elle"})
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_QUANTIFIER_WORDS = "un une l'un l'une chacun chacune certains plusieurs"
_QUANTIFIERS = frozenset(_QUANTIFIER_WORDS.split())
_MADE_KNOWN = frozenset({("faire", "savoir"), ("faire", "valoir"), ("laisser", "entendre")})


def subject_of(resolver: SpeakerResolver, verb: Token, depth: int = 0) -> str | None:
    """The speaker that is the grammatical subject of a speech verb (or of the verb it hangs
    on: "et a dit espérer", "évoquant"), resolved."""
    agent = judged_by(verb)
    if agent is not None:
        first, last = resolver.noun_phrase(agent)
        return resolver.from_span(first, last)  # "qualifié de « ... » par la critique"
    before = resolver.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and (before.lemma_, verb.lemma_) in _MADE_KNOWN and depth == 0:
        # "..., et Tokyo a fait savoir que": the parser may hang the subject on "fait" and
        # "savoir" on the clause before
        who = subject_of(resolver, before, depth + 1)
        if who is not None:
            return who
    named = name_in_marks_before(resolver, verb)
    if named is not None:
        return resolver.describe(*named)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not _inside_report(resolver, verb, child):
            if child.lower_ in ("-t", "t"):
                continue  # "a-t-il": the pronoun is the next token
            if (resumed := resumed_subject(resolver, child)) is not None:
                return resumed  # "La direction, elle, parle d'un mouvement « minoritaire »"
            if child.lower_ in PRONOUNS or child.lower_ in ("ils", "elles"):
                return resolver.pronoun(child.lower_)
            if child.lower_ == "qui":
                return antecedent_of_qui(resolver, child, verb)
            if child.lower_ in DEMONSTRATIVES:
                return demonstrative_referent(resolver, child)
            if child.lower_ in LATTER and (latter := latter_referent(resolver, child)):
                return latter
            if child.lower_ == "côté" and child.i == child.sent.start:
                # "Côté direction, on se dit « ouvert »": the side named speaks ("on")
                first, last = resolver.noun_phrase(child)
                return side_named(resolver, first + 1, last)
            if child.lower_ == "on" and (side := side_speaking(resolver, child)):
                return side  # "Du côté de la mairie, on assure que ..."
            if child.pos_ == "PRON" and child.ent_type_ != "PER":
                if child.lower_ not in _QUANTIFIERS:
                    return None
                first, last = resolver.noun_phrase(child)  # "L'un des avocats"
                return resolver.one_of_group(first, last) or resolver.describe(first, last)
            first, last = _with_conjuncts(resolver, child, *resolver.noun_phrase(child))
            if _a_share(resolver, first):
                return None  # "et 41 % pensent qu'elle …": a share of those polled, nobody
            if (named := beside_apposition(resolver.doc, first, last)) is not None:
                return resolver.from_span(*named)  # "La N-VA, premier parti du pays, a accusé"
            said = (
                _apposed_name(resolver, first)
                or _name_after(resolver, child)
                or resolver.from_span(first, last)
            )
            return of_the_side(resolver, said, first) if said else said
    if (opening := opening_name(resolver.doc, verb)) is not None:
        return resolver.from_span(*opening)  # "Solberg-Haugen, elle, a reconnu que"
    if depth < 2 and verb.dep_ == "conj" and _own_predicate_after_report(verb):
        # "a rappelé que la France avait livré ... et a appelé": the speaker's next verb
        return subject_of(resolver, verb.head.head, depth + 1)
    head = verb.head
    if depth < 2 and goes_on_speaking(verb):
        # "a estimé que la route resterait fermée en précisant que ...", "», avant d'ajouter
        # que": the speaker goes on, whatever word of the reported clause the parser hangs it on
        clause = head
        while clause.dep_ in ("xcomp", "conj", "advcl") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.i != clause.i:
            return subject_of(resolver, clause.head, depth + 1)
        if (said := _speech_verb_before(resolver, verb)) is not None:
            # ", tout en espérant qu'il servira": the parser hung the gerund on the clause
            # after it; the speaker goes on from the verb of saying before it
            return subject_of(resolver, said, depth + 1)
    if (
        depth < 2
        and _participle_of_speaker(verb)
        and head.dep_ == "ccomp"
        and head.head.i != head.i
    ):
        # "a expliqué que le trafic reprendrait, ajoutant que ...": the speaker adds, not the
        # subject of the reported clause the parser hung the participle on
        return subject_of(resolver, head.head, depth + 1)
    if depth < 2 and _participle_after_comma(verb) and verb.dep_ == "advmod" and head.i != verb.i:
        # "le Conseil a censuré la disposition, jugeant que ...": the parser may take the
        # participle for an adverb of the verb; that verb's subject judges
        return subject_of(resolver, head, depth + 1)
    if depth < 2 and verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and any(c.dep_ == "expl:subj" for c in head.children):
            return None  # "il ne faut pas faire croire aux gens que …": the "il" is nobody
        if verb.dep_ == "advcl" and is_apposed_judgement(verb):
            return None  # "Longtemps jugé « ringard », il ...": he is judged, not judging
        return subject_of(resolver, verb.head, depth + 1)
    noun = verb.head
    completes = noun.pos_ == "NOUN" and noun.dep_ == "obj"
    if depth < 2 and verb.dep_ == "acl" and completes and "Inf" in verb.morph.get("VerbForm"):
        # "Elle a annoncé son intention de plaider ... : « ... »": the infinitive's subject
        # is the subject of the verb whose object it completes
        return subject_of(resolver, noun.head, depth + 1)
    return None


def _a_share(resolver: SpeakerResolver, first: int) -> bool:
    """The subject opens on a figure and a per cent sign ("41 %", "58 % des salariés"): a
    poll's share of answers, which a learner cannot be asked to name as a speaker."""
    doc = resolver.doc
    after = doc[first + 1 : first + 3].text
    return doc[first].like_num and (after.startswith("%") or after.lower() == "pour cent")


def _speech_verb_before(resolver: SpeakerResolver, verb: Token) -> Token | None:
    """The nearest verb of saying before `verb` in its sentence that reports a clause ("a
    reconnu que …"), outside quotations."""
    doc = resolver.doc
    for tok in reversed(doc[max(0, verb.i - 40) : verb.i]):
        if tok.text in (".", "!", "?", ";"):
            return None
        if tok.pos_ != "VERB" or resolver.in_quote(tok.idx) or lemma_of(tok) not in SPEECH_VERBS:
            continue
        if any(c.dep_ == "ccomp" for c in tok.children):
            return tok
    return None


def _participle_of_speaker(verb: Token) -> bool:
    """A present participle after a comma: ", ajoutant que ...", ", estimant que ..."."""
    return _participle_after_comma(verb) and verb.dep_ == "advcl"


def _participle_after_comma(verb: Token) -> bool:
    """A present participle right after a comma, whatever the parser hung it on."""
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") and comma


def _with_conjuncts(
    resolver: SpeakerResolver, head: Token, first: int, last: int
) -> tuple[int, int]:
    """ "la CGT, FO et la CFDT estiment": groups coordinated as one subject speak together;
    a person among them keeps the subject to its first member."""
    after = resolver.doc[last + 1] if last + 1 < len(resolver.doc) else None
    if (
        after is not None
        and (after.ent_type_ == "ORG" or _same_name(resolver.doc[last], after))
        and after.dep_ in SUBJECT_DEPS
        and after.head.i == head.head.i
    ):
        # "Le syndicat de pilotes SNPL estime": the name the parser split off; "La région
        # Grand Est a annoncé": "Est", read as a second subject, ends the region's name
        last = after.i
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i <= last or conj.pos_ not in ("NOUN", "PROPN"):
            continue
        between = resolver.doc[last + 1 : conj.i]
        joined = all(t.text == "," or t.pos_ in ("CCONJ", "DET") for t in between)
        end = resolver.noun_phrase(conj)[1]
        if not joined or any(t.ent_type_ == "PER" for t in resolver.doc[first : end + 1]):
            break
        last = end
    return first, _lost_coordination(resolver, head, first, last)


_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "PUNCT", "CCONJ"})


def _lost_coordination(resolver: SpeakerResolver, head: Token, first: int, last: int) -> int:
    """ "La Confédération générale du travail (CGT), premier syndicat de l'entreprise, Sud-Rail et
    l'Union … (Unsa) ont annoncé": a singular subject with a plural verb is the first of several
    the parser did not join (an apposition between them); they speak together, up to the verb."""
    verb = head.head
    finite = next((c for c in verb.children if c.pos_ == "AUX" and c.i > last), verb)
    if "Sing" not in head.morph.get("Number") or "Plur" not in finite.morph.get("Number"):
        return last
    between = resolver.doc[last + 1 : finite.i]
    if not any(t.lower_ == "et" for t in between) or any(t.pos_ not in _LIST_POS for t in between):
        return last
    end = finite.i - 1
    if resolver.doc[end].text == ")":  # "(Unsa)": the last one's acronym, as for one body
        end = next((t.i - 1 for t in reversed(between) if t.text == "("), end)
    return end


def _same_name(last: Token, after: Token) -> bool:
    """Whether `after` goes on the named entity `last` is in."""
    return after.ent_iob_ == "I" and after.ent_type_ == last.ent_type_ != ""


_OPENING = frozenset('«“"')
_CLOSING = frozenset('»”"')


def name_in_marks_before(resolver: SpeakerResolver, verb: Token) -> tuple[int, int] | None:
    """ "l'association « Allez l'OV » dénonce", "le collectif « Sauvons la gare » a dénoncé":
    marks right after a noun and right before the verb (auxiliaries aside) hold that noun's
    name, not someone's words; the noun phrase (determiner to noun) is the verb's subject."""
    doc = resolver.doc
    close = verb.i - 1
    while close > 0 and doc[close].pos_ == "AUX":
        close -= 1
    if close <= 1 or doc[close].text not in _CLOSING:
        return None
    mark = next((t for t in reversed(doc[max(0, close - 10) : close]) if t.text in _OPENING), None)
    if mark is None or mark.i == 0 or doc[mark.i - 1].pos_ != "NOUN":
        return None
    noun = doc[mark.i - 1]
    first = noun.i
    while first > 0 and doc[first - 1].pos_ in ("DET", "ADJ"):
        first -= 1
    return first, noun.i


def _inside_report(resolver: SpeakerResolver, verb: Token, subject: Token) -> bool:
    """A "subject" the parser found inside a quotation or inside the reported clause
    ("a rappelé que tous les candidats ...") is not the speaker."""
    if resolver.in_quote(subject.idx):
        return True
    between = resolver.doc[verb.i + 1 : subject.i]
    return subject.i > verb.i and any(t.lower_ in ("que", "qu'") for t in between)


def _apposed_name(resolver: SpeakerResolver, first: int) -> str | None:
    """ "Jean-Luc Mélenchon, le candidat ... avait appelé": the name before the role."""
    if (
        first < 2
        or resolver.doc[first - 1].text != ","
        or resolver.doc[first - 2].ent_type_ != "PER"
    ):
        return None
    before = resolver.doc[first - 2]
    if _beside_a_complement(before):
        return None  # "Devant la présidente du tribunal, Hélène Ducasse, le prévenu a reconnu"
    mention = resolver.people.mention_in(before.idx, before.idx + len(before.text))
    if mention is None:
        span = resolver.doc.char_span(before.idx, before.idx + len(before.text))
        found = resolver.people.mentions_in(span.sent.start_char, before.idx + 1) if span else []
        mention = found[-1] if found else None
    return resolver.people.name_of(mention) if mention else None


def _beside_a_complement(name: Token) -> bool:
    """Whether a name is set beside a noun that a preposition opens ("Devant la présidente du
    tribunal, Hélène Ducasse, le prévenu a reconnu"): someone the sentence speaks of, before
    its subject, not the subject."""
    while name.dep_ == "flat:name" and name.head.i != name.i:
        name = name.head
    noun = name.head
    return (
        name.dep_ == "appos"
        and noun.i < name.i
        and any(
            c.dep_ == "case" and c.i < noun.i and c.lower_ not in _SOURCE_PREPOSITIONS
            for c in noun.children
        )
    )


_SOURCE_PREPOSITIONS = frozenset({"pour", "selon", "d'après", "d’après"})
"""Prepositions that open whose view a sentence gives ("Pour l'avocate des sinistrés, Me X, le
jugement est « incompréhensible »"): the name beside them is the speaker."""


def _name_after(resolver: SpeakerResolver, subject: Token) -> str | None:
    """ "Son adjoint chargé des travaux, Karim Haddad, évoque …": the name set after the
    role that opens the subject."""
    doc = resolver.doc
    # the parser may make the name a second subject of the verb ("Sa fille, Camille Lacombe,
    # qui tient le magasin, a expliqué"): the name right after the role and a comma, or right
    # after a role noun ("L'europarlementaire Anne Morel a dénoncé")
    last = max(subject.i, resolver.noun_phrase(subject)[1])
    next_to_role = is_role_noun(doc[last].text)
    seconds = [
        t
        for t in subject.head.children
        if t.dep_ in SUBJECT_DEPS
        and ((t.i == last + 2 and doc[last + 1].text == ",") or (t.i == last + 1 and next_to_role))
    ]
    # "Le médecin du club, le Dr Anne Castanié, estime ...": the title is the second subject,
    # the name hangs on it
    seconds += [
        name
        for t in subject.head.children
        if t.dep_ in SUBJECT_DEPS and t.text in TITLE_WORDS and t.i == last + 3
        if doc[last + 1].text == "," and doc[last + 2].pos_ == "DET"
        for name in t.children
        if name.dep_ == "appos" and name.ent_type_ == "PER"
    ]
    for child in [*subject.children, *seconds]:
        appos = child.dep_ == "appos" or child in seconds
        if appos and child.ent_type_ == "PER" and child.i > subject.i:
            mention = resolver.people.mention_in(child.idx, child.idx + len(child.text))
            if mention is not None:
                return resolver.people.name_of(mention)
    return None


def _own_predicate_after_report(verb: Token) -> bool:
    """ "a rappelé que la France avait livré ... et a appelé ...": a verb the parser joins to
    the reported clause, but with the auxiliary of the verb of saying, goes on with the speaker."""
    clause = verb.head
    if not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in clause.children):
        return False
    main = clause.head
    own = {c.lower_ for c in verb.children if c.pos_ == "AUX"}
    return (
        clause.dep_ == "ccomp"
        and main.i < clause.i
        and bool(own)
        and own == {c.lower_ for c in main.children if c.pos_ == "AUX"}
        and own != {c.lower_ for c in clause.children if c.pos_ == "AUX"}
    )


def in_main_clause(verb: Token) -> bool:
    """Whether a verb is the sentence's main one: the root, or the verb the parser hangs on a
    word that opens the sentence before a comma ("Présent à la barre, le médecin légiste a
    détaillé ...", with "Présent" read as the root)."""
    if verb.dep_ == "ROOT":
        return True
    root = verb.head
    opener = root.dep_ == "ROOT" and root.i < verb.i and root.pos_ in ("ADJ", "PROPN", "VERB")
    subordinate = any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "advcl" and opener and not subordinate and root.i == verb.sent.start
