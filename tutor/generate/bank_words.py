"""What a word bank must know of its candidates beyond their grammar: whether the article uses a
"noun" as a noun at all, whether a noun names a person, and whether it names a kind of anything.

The tagger of the extraction calls some adjectives nouns ("revendications irréalistes", "équipes
cynophiles"): in a bank they stand out at once ("dans le cadre des irréalistes annuelles"). A
noun is trusted when the article writes it after a determiner somewhere.

Two nouns for people fit the same gaps far too often: "les ___ ont appris la nouvelle par la
presse" takes "habitants" as well as "maîtres-nageurs", "a confié le ___ à la presse" takes
"capitaine" as well as "dirigeant". So a gap whose answer names a person gets no other person
in its bank. Telling a person errs on the safe side (a thing taken for a person only leaves a
bank smaller), so the suffixes of agent nouns count as much as the glossary's definitions.

A noun for a kind of anything ("œuvres", "objets", "pièces") fits every gap that names a thing:
"ont emporté six ___ en or et en émail" takes "œuvres" as well as "tabatières".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.generate import french
from tutor.glossary import Glossary
from tutor.literal_search import is_word_or_hyphen

_DETERMINERS = (
    "le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos "
    "mon ma mes quelques plusieurs chaque certains certaines nombreux nombreuses deux trois quatre "
    "cinq six sept huit dix cent mille de d'"
)
_BEFORE_NOUN = (
    "nouveau nouvel nouvelle nouveaux nouvelles premier première premiers premières dernier "
    "dernière derniers dernières grand grande grands grandes petit petite petits petites jeune "
    "jeunes ancien ancienne anciens anciennes seul seule seuls seules autre autres principal "
    "principale principaux principales gros grosse bon bonne bons bonnes mauvais mauvaise vieux "
    "vieil vieille vrai vraie véritable futur future futurs futures simple simples"
)


def _alternatives(words: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words.split(), key=len, reverse=True))


_AFTER_DETERMINER = re.compile(
    rf"(?<![\w'’])(?:{_alternatives(_DETERMINERS)})(?:(?<=')|(?<=’)|\s+)"
    rf"(?:(?:{_alternatives(_BEFORE_NOUN)})\s+)?([^\W\d_][\w-]*)",
    re.IGNORECASE,
)


_CLITIC_BEFORE_INFINITIVE = re.compile(
    r"\b(?:pour|sans|afin\s+de|avant\s+de)\s+(?:le|la|les|l')\s*([^\W\d_]+)$", re.IGNORECASE
)
_INFINITIVE_ENDINGS = ("er", "ir", "oir", "dre", "ttre", "uire")


def _object_pronoun(text: str, match: re.Match[str]) -> bool:
    """Whether a "determiner" is the object pronoun of an infinitive ("pour la refroidir",
    "sans les payer"): the word after it is a verb."""
    word = french.fold(match.group(1))
    if not word.endswith(_INFINITIVE_ENDINGS):
        return False
    return bool(_CLITIC_BEFORE_INFINITIVE.search(text[: match.end(1)]))


@lru_cache(maxsize=64)
def nouns_of(body: str) -> frozenset[str]:
    """The words (folded) the article writes right after a determiner, maybe after one
    adjective that goes before nouns ("les nouveaux actionnaires"); not an infinitive after
    its object pronoun ("pour la refroidir")."""
    text = body.replace("’", "'")
    return frozenset(
        french.fold(m.group(1))
        for m in _AFTER_DETERMINER.finditer(text)
        if not _object_pronoun(text, m)
    )


def used_as_noun(body: str, form: str) -> bool:
    """Whether the article writes the first word of `form` after a determiner."""
    head = form.split(" ")[0].replace("’", "'")
    return french.fold(head) in nouns_of(body)


_PERSON_DEFINITION = re.compile(
    r"^(?:une?|le|la|l'|les|des)\s*(?:(?:jeune|petit|petite|grand|grande|simple)\s+)?"
    # a group of people ("Un groupe de comédiens", "L'ensemble des personnes"): whatever takes
    # a person takes them ("programmé une ___ encore peu connue": autrice, troupe)
    r"(?:(?:groupe|équipe|ensemble|troupe|bande)\s+(?:de|d'|des)\s*(?:\w+\s+)?)?"
    r"(?:personne|personnes|homme|femme|mari|médecin|docteur|professionnel|professionnelle|"
    r"sportif|sportive|élève|étudiant|étudiante|artiste|acteur|actrice|membre|spécialiste|"
    r"savant|commerçant|élu|élue|joueur|joueuse|entraîneur|officier|magistrat|responsable|bébé|"
    r"enfant|habitant|ouvrier|travailleur|salarié|agent|policier|soldat|chef|dirigeant|"
    r"représentant|employé|expert|fonctionnaire|ministre|juge|avocat|patron|maire|militant|"
    r"auteur|écrivain|chanteur|chanteuse|musicien|malade|patient|bénévole|citoyen|électeur|"
    r"soignant|infirmier|chercheur|scientifique|technicien|journaliste|pilote|marin|paysan|"
    r"agriculteur|commerçante|religieux|prêtre|député|sénateur|artisan|artisane|ouvrière|"
    r"gérant|gérante|vendeur|vendeuse|propriétaire|voisin|voisine|cuisinier|cuisinière|"
    r"évêque|professionnel de santé|soignante|diplomate|comédien|comédienne|gens)s?\b",
    re.IGNORECASE,
)
_PERSON_SUFFIXES = (
    "iste", "eur", "eure", "euse", "rice", "ier", "ière", "ant", "ante", "ent", "ente", "aire",
    "ien", "ienne", "ais", "aise", "eron", "onne", "ard", "arde", "aute", "ète", "ite", "ogue",
)  # fmt: skip
_PERSONS = french.wordset(
    """capitaine maire ministre juge médecin collègue conjoint élu élue témoin victime chef
    expert experte adjoint adjointe maître maîtresse pompier gendarme préfet préfète député
    députée sénateur sénatrice président présidente patron patronne athlète cadre élève
    otage proche suspect suspecte détenu détenue prévenu prévenue leader star cheffe évêque
    archevêque prêtre curé imam rabbin pape nonce cardinal diplomate pivot ailier arrière
    gardien gardienne mère père frère sœur fils fille époux épouse mari femme homme coach"""
)

_LONG_PERSONS = tuple(w for w in _PERSONS if len(w) >= 5)


def is_person(glossary: Glossary, form: str, lemma: str) -> bool:
    """Whether a noun may name a person: its glossary definition says so, or it is one of the
    usual words for people, or, for a word the glossary does not have, it has the ending of an
    agent noun ("pisteur", "maître-nageur", "cynophile" does not). Errs towards yes."""
    known = known_person(glossary, form, lemma)
    if known is not None:
        return known
    head_lemma, _, singular = _heads(form, lemma)
    parts = {p for w in (head_lemma, singular) for p in w.split("-")}
    return any(p.endswith(_PERSON_SUFFIXES) and not p.endswith(_NOT_PERSONS) for p in parts)


def known_person(glossary: Glossary, form: str, lemma: str) -> bool | None:
    """Whether a noun names a person by the usual words for people and the glossary's
    definitions; None when neither knows the word (its ending is all `is_person` has then:
    "montant" and "compteur" end as agents do)."""
    head_lemma, head_form, singular = _heads(form, lemma)
    if {head_lemma, head_form, singular} & _PERSONS:
        return True
    if any(w.endswith(person) for w in (head_lemma, singular) for person in _LONG_PERSONS):
        return True  # "eurodéputé", "vice-président"
    entry = glossary.get(lemma) or glossary.get(head_lemma) or glossary.get(singular)
    if entry is not None:  # a teacher's definition says better than an ending
        return any(_PERSON_DEFINITION.match(d) for d in entry.definitions)
    return None


def _heads(form: str, lemma: str) -> tuple[str, str, str]:
    """The folded head word of the lemma and of the form, and the form's singular."""
    head_lemma = french.fold(lemma.split(" ")[0] if lemma.strip() else form.split(" ")[0])
    head_form = french.fold(form.split(" ")[0])
    singular = head_form[:-1] if head_form.endswith(("s", "x")) else head_form
    return head_lemma, head_form, singular


_SAID_OF_A_PERSON = re.compile(
    r"(?<![\w'’])(?:(?:je|tu|il|elle|nous|vous|ils|elles)\s+|j['’])(?:ne\s+|n['’])?"
    r"(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|serai|sera|seront)\s+"
    r"(?:pas\s+|plus\s+|jamais\s+|bien\s+|toujours\s+)?(?:(?:un|une|des|le|la|les)\s+|l['’]\s*)?",
    re.IGNORECASE,
)
"""What comes before a noun said of someone: "je ne suis pas un", "elle est"."""


def said_of_a_person(body: str, form: str) -> bool:
    """Whether the article says what someone is with this noun ("Je ne suis pas un voyou", "elle
    est infirmière"): a word no list of people's nouns has may still name a person in a gap
    that asks for one (review 9's 'Le ___, lui, a nié les faits' offered "voyou" beside
    "prévenu")."""
    wanted = form.lower()
    for at in _said_of_a_person_at(body):
        end = at + len(form)
        if body[at:end].lower() != wanted:
            continue
        if end == len(body) or not is_word_or_hyphen(body[end]):
            return True
    return False


@lru_cache(maxsize=4)
def _said_of_a_person_at(body: str) -> tuple[int, ...]:
    """Where a noun said of someone may start: one search of the body for all the words a
    lesson's banks try (a pattern made for each word was compiled anew, 0.5 ms, 7 a lesson)."""
    return tuple(m.end() for m in _SAID_OF_A_PERSON.finditer(body))


_NOT_PERSONS = ("ment", "heure")
"""Endings of agent nouns that end things too: "gouvernement", "demi-heure"."""


_GENERIC_NOUNS = french.wordset(
    """œuvre objet pièce élément chose produit bien article donnée affaire cas fait type sorte
    genre ensemble partie matériel équipement installation"""
)


def is_generic(form: str) -> bool:
    """Whether a noun names a kind of almost anything, so that it fits any gap a thing fits."""
    head = french.fold(form.split(" ")[0])
    singular = head[:-1] if head.endswith(("s", "x")) else head
    return singular in _GENERIC_NOUNS
