"""Whom a word that stands for someone means: "qui" and its antecedent, "celui-ci", "ce
dernier", and a stressed pronoun taking up the noun before it ("La direction, elle, ...").

subjects.py asks here when the subject of a speech verb is such a word; speakers.py asks about
"ce dernier" wherever it opens a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tutor.extract.genders import noun_gender
from tutor.extract.person_nouns import describes_a_person
from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Token

DEMONSTRATIVES = {"celui": "Masc", "celle": "Fem"}
LATTER = {"dernier": "Masc", "dernière": "Fem", "derniers": "Masc", "dernières": "Fem"}
_WHEN_WORDS = """
    lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi soirée matinée jour
    semaine mois an année veille lendemain
"""
_WHEN = frozenset(_WHEN_WORDS.split())


def resumed_subject(resolver: SpeakerResolver, pronoun: Token) -> str | None:
    """ "La direction, elle, ...", "Les syndicats, eux, ...": a stressed pronoun between commas
    takes up the noun phrase set before it, which is the subject."""
    doc = resolver.doc
    i = pronoun.i
    if pronoun.lower_ not in ("elle", "lui", "eux", "elles") or i < 3 or i + 1 >= len(doc):
        return None
    if doc[i - 1].text != "," or doc[i + 1].text != ",":
        return None
    noun = doc[i - 2]
    while noun.head.i < noun.i and noun.dep_ in ("nmod", "amod", "flat:name", "flat"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return resolver.from_span(*resolver.noun_phrase(noun))


def antecedent_of_qui(resolver: SpeakerResolver, qui: Token, verb: Token) -> str | None:
    """What "qui" stands for: "avec Arnaud Montebourg, le ministre ..., qui a déclaré" is
    Montebourg; "un rapport de la CIA ... qui a conclu" is the report."""
    doc = resolver.doc
    at = qui.i - 1
    while at >= 0 and doc[at].text == ",":
        at -= 1
    sentence_start = qui.sent.start_char
    for mention in reversed(resolver.people.mentions_in(sentence_start, qui.idx)):
        between = doc.char_span(mention.end, doc[at].idx + len(doc[at].text), "expand")
        apposition = between is None or all(
            t.pos_ in ("DET", "NOUN", "ADJ", "ADP", "PROPN", "PUNCT") for t in between
        )
        if apposition and (between is None or len(between) <= 12):
            return resolver.people.name_of(mention)
        break
    office = _office_of_complement(doc[at])
    if office is not None and _agrees(office, verb):
        # "la visite du préfet de l'Aude, qui a promis": the prefect, not the Aude nor
        # the visit the parser may hang the clause on
        first, last = resolver.noun_phrase(office)
        return resolver.from_span(first, last)
    if verb.dep_.startswith("acl") and verb.head.pos_ == "NOUN" and _agrees(verb.head, verb):
        return _issuer(resolver, verb.head) or resolver.from_span(*resolver.noun_phrase(verb.head))
    if doc[at].pos_ == "NOUN" and _agrees(doc[at], verb):
        return _issuer(resolver, doc[at]) or resolver.from_span(*resolver.noun_phrase(doc[at]))
    return None


_PAPER_WORDS = """
    plan plans projet projets programme réforme texte document rapport étude note communiqué
    proposition propositions budget pacte feuille
"""
_PAPERS = frozenset(_PAPER_WORDS.split())
_ISSUING_WORDS = "présenter publier dévoiler annoncer lancer adopter proposer déposer diffuser"
_ISSUING = frozenset(_ISSUING_WORDS.split())
_SOME = frozenset({"un", "une", "des"})


def _issuer(resolver: SpeakerResolver, noun: Token) -> str | None:
    """ "Le gouvernement a présenté un plan qui promet « … »": a paper brought in with "un"
    as what a body or a person put out speaks for them; "un plan" names no source a reader
    could point to. Not "a rejeté un rapport qui dénonce" (put out by someone else)."""
    verb = noun.head
    if noun.lower_ not in _PAPERS or noun.dep_ != "obj" or verb.lemma_ not in _ISSUING:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _SOME for c in noun.children):
        return None  # "le plan de Matignon, qui prévoit": named whose already
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return resolver.subject_of(verb)


def _office_of_complement(token: Token) -> Token | None:
    """The role noun whose complement ends right before "qui" ("le préfet de l'Aude", "la
    ministre de la Santé"); None when that word is no such complement or a role itself."""
    if token.pos_ not in ("NOUN", "PROPN") or is_role_noun(token.text):
        return None
    head = token.head
    apposed = token.dep_ in ("nmod", "flat", "flat:name") and head.i < token.i
    return head if apposed and head.pos_ == "NOUN" and is_role_noun(head.text) else None


def _agrees(noun: Token, verb: Token) -> bool:
    """Whether "qui" can stand for the noun: its verb agrees with it in number ("Des arguments
    écartés par la commission, qui estime": the commission, not the arguments). Unknown numbers
    agree."""
    noun_number = noun.morph.get("Number")
    finite = [verb, *(c for c in verb.children if c.pos_ == "AUX")]
    verb_numbers = [
        n for t in finite for n in t.morph.get("Number") if "Fin" in t.morph.get("VerbForm")
    ]
    return not noun_number or not verb_numbers or noun_number[0] == verb_numbers[0]


_SOURCE_FRAMES = frozenset({"pour", "selon"})
_ONE = frozenset({"un", "une"})


def framing_source(resolver: SpeakerResolver, narrated: Sequence[Token]) -> tuple[str, str] | None:
    """ "Pour un magistrat honoraire interrogé sur la décision, le tribunal a rappelé qu'« … ».
    Il souligne toutefois que …": an unnamed person the sentence opens on as its source, and
    that person's gender. The body the sentence then speaks of ("le tribunal") is what the
    source reports; "il" next goes on with the source ("toutefois" answers the source's own
    point). A named source is put in focus by `SpeakerResolver.notice` already; "Pour la
    préfecture, …" (a body) is left to the institution rule."""
    if len(narrated) < 4 or narrated[0].lower_ not in _SOURCE_FRAMES:
        return None
    if narrated[1].lower_ not in _ONE:
        return None  # "Pour le maire, …" may be the mayor named before: left to the names
    noun = narrated[2]
    while noun.pos_ == "ADJ" and noun.i + 1 < len(resolver.doc):
        noun = resolver.doc[noun.i + 1]  # "un ancien magistrat"
    if noun.pos_ != "NOUN" or not describes_a_person(noun.text):
        return None
    comma = next((t for t in narrated[3:] if t.text == ","), None)
    if comma is None or not any(t.dep_ == "ROOT" for t in narrated if t.i > comma.i):
        return None  # "Selon un témoin de la scène" with no clause after: no frame
    last = resolver.noun_phrase(noun)[1]
    description = resolver.describe(narrated[1].i, min(last, comma.i - 1))
    gender = role_gender(noun.text) or noun_gender(noun)
    return (description, gender) if description and gender else None


def demonstrative_referent(resolver: SpeakerResolver, pronoun: Token) -> str | None:
    """ "a lancé Martine Roussel à l'adresse du maire. Celui-ci lui a rétorqué que ...":
    "celui-ci" is the nearest noun before it of its gender; the speaker when that noun names a
    person or a role (held by someone named or not: "a lancé la députée au ministre. Celui-ci a
    rétorqué" is the minister), nobody when it names a thing."""
    doc = resolver.doc
    following = doc[pronoun.i + 1 : pronoun.i + 3].text.replace(" ", "")
    if following not in ("-ci", "-là"):
        return None
    gender = DEMONSTRATIVES[pronoun.lower_]
    return _nearest_referent(resolver, pronoun.i, gender, unnamed_role=True)


def latter_referent(resolver: SpeakerResolver, word: Token) -> str | None:
    """ "Le maire a reçu le préfet, Pierre Lamy. Ce dernier a assuré que ...": "ce dernier",
    "cette dernière" is the nearest person or role before it of its gender."""
    gender = LATTER[word.lower_]
    if not any(c.lower_ in ("ce", "cet", "cette") for c in word.children):
        return None
    return _nearest_referent(resolver, word.i, gender, unnamed_role=True)


def latter_named(resolver: SpeakerResolver, tokens: Sequence[Token]) -> str | None:
    """Whom "ce dernier" / "cette dernière" (exactly these words) means, else None."""
    if len(tokens) != 2 or tokens[1].lower_ not in LATTER:
        return None
    if tokens[0].lower_ not in ("ce", "cet", "cette", "ces"):
        return None
    return _nearest_referent(resolver, tokens[0].i, LATTER[tokens[1].lower_], unnamed_role=True)


def latter_subject(resolver: SpeakerResolver, narrated: Sequence[Token]) -> str | None:
    """ "Cette dernière lui a remis une pétition": the person a "ce dernier" opening the
    sentence means, who is then in focus (the parser may hang it on "lui")."""
    words = [t for t in narrated[:4] if t.pos_ != "PUNCT"]
    for pos in range(min(2, len(words))):
        if (latter := latter_named(resolver, words[pos : pos + 2])) is not None:
            return latter
    return None


def _nearest_referent(
    resolver: SpeakerResolver, before: int, gender: str, unnamed_role: bool = False
) -> str | None:
    """The nearest noun before token `before` of this gender, resolved: a person named, or the
    holder of a role (or, if asked, the role itself when nobody named holds it); nobody when it
    names a thing."""
    doc = resolver.doc
    for at in range(before - 1, max(-1, before - 40), -1):
        tok = doc[at]
        if tok.pos_ not in ("NOUN", "PROPN") or resolver.in_quote(tok.idx):
            continue
        if tok.lower_ in _WHEN:
            continue  # "a rencontré Jean Blanc mardi. Ce dernier ..."
        mention = resolver.people.mention_in(tok.idx, tok.idx + len(tok.text))
        if mention is not None:
            name = resolver.people.name_of(mention)
            if resolver.genders.get(name, gender) == gender:
                return name
            continue
        noun_gender = role_gender(tok.text) or next(iter(tok.morph.get("Gender")), "")
        if noun_gender and noun_gender != gender:
            continue
        if not is_role_noun(tok.text):
            return None  # "le projet. Celui-ci prévoit ...": a thing
        role = f"{'le' if gender == 'Masc' else 'la'} {tok.text}"
        return resolver.role_holder(role, tok) or (role if unnamed_role else None)
    return None
