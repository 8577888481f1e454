"""The model answer of the summary question as a sentence a learner could write.

News titles often have no verb: "ACTA rejeté par le Parlement européen", "Publication du rapport
final par le BEA". A model answer copied from them teaches headline style, not a sentence. A title
whose verb is a past participle after its subject reads as the present passive it abbreviates
("ACTA est rejeté par le Parlement européen."); a title without any verb leaves the lead
sentence of the body, simplified, when it says who does what without pointing to another
sentence.
"""

from __future__ import annotations

import re

from tutor.generate import clause_checks, clauses, french
from tutor.generate.context import Context
from tutor.generate.lexicon import verb_forms
from tutor.generate.simplify import is_participle, simplify

MAX_LEAD_WORDS = 30
"""A lead longer than this once simplified is no answer a learner writes in a sentence."""

_RUBRIC = re.compile(r"^[^:«»]{1,40}?\s*:\s+(?=\S)")
_OPENER_WORDS = french.wordset(
    """après avant en à au aux dans depuis face malgré pour sur sous lors faute selon chez"""
)
"""First words of a part set before the headline's subject ("En appel, le chimiste Solvane
condamné …", "Après quarante ans en deuxième division, l'US Lavardac reléguée …")."""
_BETWEEN_PARTICIPLES = french.wordset(
    """après avant à au aux dans face par pour sur sous avec sans contre depuis pendant"""
)
"""A preposition between two participles puts the second in a complement ("retrouvés vivants
après deux nuits bloqués à 3 600 mètres"); without one ("Un tableau oublié d'Alice Verdurin
adjugé …") the first may be the subject's adjective, and the headline is left alone."""
_PLURAL_OPENERS = french.wordset("les des ces ses leurs plusieurs quelques deux trois quatre")


_ASKING = re.compile(
    r"^(?:pourquoi|comment|combien|quand|où|quel(?:le)?s?|que|qu['’]est-ce|à quoi|"
    r"ce (?:qui|que|dont)|ce qu['’])(?!\w)",
    re.IGNORECASE,
)
"""The openings of an explainer's title that asks what its article answers ("pourquoi des
centaines de milliers de ménages ne l'ont pas reçu", "ce qui change pour les travaux …")."""


def is_question(headline: str) -> bool:
    """Whether the headline asks rather than says ("Vrai ou faux : le ministre a-t-il raison ?",
    "Chèque énergie : pourquoi … ne l'ont pas reçu") or only quotes the words it explains
    ("« Le nom du bénéficiaire ne correspond pas à l'IBAN saisi »"): no example of a summary."""
    bare = french.strip_final_punctuation(headline.rstrip()).strip()
    if headline.rstrip().endswith("?"):
        return True
    rubric = _RUBRIC.match(bare)
    rest = bare[rubric.end() :] if rubric else bare
    quoted = rest.startswith("«") and rest.find("»") == len(rest) - 1
    return quoted or _ASKING.match(rest) is not None


def headline_sentence(headline: str) -> str | None:
    """The headline as a sentence: itself when it has a verb, its participle made a present
    passive, else None: not a question (see `is_question`), which says nothing the article
    answers."""
    if is_question(headline):
        return None
    bare = french.strip_final_punctuation(headline).strip()
    if _DEATH.match(_RUBRIC.sub("", bare)):
        return None  # "Mort de X, la voix qui chantait …": the verb is the apposition's
    if verb_forms(bare) or _PRESENT_OR_PARTICIPLE.search(bare):
        # "Un séisme … fait au moins vingt-trois morts": the tagger may miss a present that
        # looks like a participle ("fait", "dit", "produit"); the title is a sentence already
        return french.ensure_period(bare)
    # "Vol au musée : six tabatières …": a rubric the title kept (it names what happened) stays
    # before the sentence made of the rest
    rubric = _RUBRIC.match(bare)
    prefix = rubric.group(0) if rubric else ""
    bare = bare[len(prefix) :]
    parts = [p.strip() for p in re.split(r",\s+", bare)]
    main = next((i for i, p in enumerate(parts) if _participle_at(p) is not None), None)
    if main is None or not all(_is_opener(p) for p in parts[:main]):
        return None
    built = []
    for part in parts[main:]:
        at = _participle_at(part)
        if at is None:  # an apposition: "…, une première dans l'histoire du pays"
            built.append((part, False))
            continue
        passive = _passive(part, at)
        if passive is None:
            return None
        built.append((passive, True))
    text = [*parts[:main], built[0][0]]
    for part, is_clause in built[1:]:
        # "1 800 hectares sont brûlés …, un pompier blessé": a second event joins with "et"
        text[-1] += f" et {part}" if is_clause else f", {part}"
    # after a rubric the rest keeps the title's own case ("Listeria : des compotes", "ACTA")
    sentence = ", ".join(text)
    return french.ensure_period(prefix + (sentence if prefix else french.capitalise(sentence)))


def stated_headline(
    headline: str,
    feminine_names: frozenset[str] = frozenset(),
    masculine_names: frozenset[str] = frozenset(),
) -> str | None:
    """A headline without any verb made a sentence with the verb it leaves out, when that verb
    is certain: "être" before a state ("la Bretagne en alerte rouge, des milliers de foyers sans
    électricité" -> "la Bretagne est en alerte rouge et des milliers de foyers sont sans
    électricité"), "mourir" in "Mort de Jeanne Castaing, la cheffe …" ("Jeanne Castaing, la
    cheffe …, est morte."); None otherwise, and for a question."""
    if is_question(headline):
        return None
    bare = french.strip_final_punctuation(headline).strip()
    rubric = _RUBRIC.match(bare)
    prefix = rubric.group(0) if rubric else ""
    bare = bare[len(prefix) :]
    death = _DEATH.match(bare)
    if death is not None:
        name = french.fold(death["name"])
        ending = "e" if name in feminine_names else "" if name in masculine_names else None
        if ending is None:
            return None
        apposition = f", {death['apposition']}," if death["apposition"] else ""
        return french.ensure_period(f"{prefix}{death['name']}{apposition} est mort{ending}")
    parts = [p.strip() for p in re.split(r",\s+", bare)]
    named = _NAMED.match(bare)
    if named is not None and _is_opener(named["name"]):
        named = None  # "À Rouen, un opéra … triomphe": a place set before the subject, no name
    if named is not None and len(parts) == 2:
        # "« Les Heures blanches », le premier film … de Nora Belkacem": a name and what it is
        return french.ensure_period(f"{prefix}{named['name']} est {named['what']}")
    main = next((i for i, p in enumerate(parts) if _state_at(p) is not None), None)
    if main is None or not all(_is_opener(p) for p in parts[:main]):
        return None
    built = []
    for part in parts[main:]:
        at = _state_at(part)
        participle = _participle_at(part) if at is None else None
        if at is not None:
            words = part.split()
            built.append(f"{' '.join(words[:at])} {_be(words)} {' '.join(words[at:])}")
        elif participle is not None and (passive := _passive(part, participle)) is not None:
            built.append(passive)
        else:
            return None
    sentence = ", ".join([*parts[:main], " et ".join(built)])
    return french.ensure_period(prefix + (sentence if prefix else french.capitalise(sentence)))


_DEATH = re.compile(
    r"^(?:Mort|Décès)\s+d(?:e\s+|['’])(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)+)"
    r"(?:,\s+(?P<apposition>[^,]+))?$"
)
"""An obituary's headline: "Mort de Simone Arnaudet, la voix qui chantait les ports …"."""
_NAMED = re.compile(
    r"^(?P<name>«[^«»]+»|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*),\s+"
    r"(?P<what>(?:le|la|l['’]|un|une)\s*(?-i:[a-zà-ÿ])[^,]*)$"
)
"""A name (or a title in « ») and, set off after it, the one thing it is."""
_STATE = french.wordset("en sans")
_SUBJECT_OPENERS = french.wordset("le la les l' un une des son sa ses leur leurs ce cette ces")


def _state_at(part: str) -> int | None:
    """The index of "en" or "sans" that opens the state a headline's subject is in ("les
    enseignants en grève", "des milliers de foyers sans électricité"): after a subject of at
    most six words that opens on a determiner, before a word in lower case ("en Charente" is
    a place, not a state)."""
    words = part.split()
    elided = bool(words) and re.match(r"^l['’]", words[0], re.IGNORECASE) is not None
    if len(words) < 3 or not (french.fold(words[0]) in _SUBJECT_OPENERS or elided):
        return None
    for i, word in enumerate(words[1:7], start=1):
        if french.fold(word) in _STATE:
            following = words[i + 1] if i + 1 < len(words) else ""
            if not following[:1].islower():
                return None
            if any(is_participle(w) for w in words[2:i]):
                return None  # "un tableau oublié …": the headline has a participle to read
            if _verb_after(words[i + 2 :]):
                return None  # "un hébergeur en ligne paralyse des milliers de sites"
            return i
    return None


_OBJECT_OPENERS = french.wordset("le la les l' un une des du au aux son sa ses leur leurs ce ces")
_PRESENT_ENDING = re.compile(r"^[a-zà-ÿ]+(?:e|es|ent|it|ont)$")
_NOT_A_VERB = french.wordset("contre entre comme outre presque")


def _verb_after(words: list[str]) -> bool:
    """Whether the state's noun is followed at once by a present and its object ("en ligne
    paralyse des milliers de sites", "en colère bloquent les routes"): the headline has its
    verb, which the tagger may read as a noun; no "être" goes before the state then. A
    preposition there opens the state's complement ("en colère contre la réforme")."""
    return (
        len(words) >= 2
        and _PRESENT_ENDING.match(words[0]) is not None
        and french.fold(words[0]) not in _NOT_A_VERB
        and french.fold(words[1]) in _OBJECT_OPENERS
    )


def _be(words: list[str]) -> str:
    plural = french.fold(words[0]) in _PLURAL_OPENERS or words[0][:1].isdigit()
    return "sont" if plural else "est"


def _is_opener(part: str) -> bool:
    first = part.split(" ", 1)[0]
    return french.fold(first) in _OPENER_WORDS and len(part.split()) <= 8


def _participle_at(part: str) -> int | None:
    """The index of the word of the part that is its predicate's past participle: a lower-case
    participle after at least one word; None when there is none, or two that could both be."""
    words = part.split()
    found = [
        i
        for i, w in enumerate(words)
        if i > 0
        and w[:1].islower()
        and is_participle(w)
        and not _is_name_part(w)
        # "des compotes pour bébés": a word after a preposition is in a complement
        and french.fold(words[i - 1]) not in _BEFORE_NO_PREDICATE
        # "la rentrée scolaire repoussée": a form after its article is the subject's noun
        and french.fold(words[i - 1]) not in _ARTICLES
    ]
    if not found:
        return None
    if not _is_noun_before(words[found[0] - 1]):
        return None  # "Au moins 41 morts": a number before it, "morts" is the noun
    if len(found) > 1:
        between = words[found[0] + 1 : found[1]]
        if not any(french.fold(w) in _BETWEEN_PARTICIPLES for w in between):
            return None
    return found[0]


_PRESENT_OR_PARTICIPLE = re.compile(
    r"(?<=\S\s)(?:fait|dit|produit|conduit|construit|détruit|écrit|traduit|réduit)\s+"
    r"(?:au moins\s+|plus de\s+|près de\s+)?(?:\d|le\b|la\b|les\b|l['’]|un\b|une\b|des\b|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille)"
    r"|(?<=\S\s)(?:fait|dit)\s+(?-i:[a-zà-ÿ]{2,}(?:er|ir|re|oir))\b",
    re.IGNORECASE,
)
"""A form that is a present as well as a participle, followed by its object ("fait au moins
vingt-trois morts", "dit des mots"), or "fait" and "dit" before an infinitive ("Chambéry fait
tomber Nantes", "dit vouloir"): a verb, not a headline's participle (the model answer was
"Chambéry est fait tomber Nantes")."""
_BEFORE_NO_PREDICATE = french.wordset(
    """pour de d' d’ du des à au aux en par sans avec sur sous dans chez entre"""
)
_ARTICLES = french.wordset("le la les l' l’ un une")
_NOT_NOUNS = french.wordset(
    """le la les l' l’ un une des du ce cet cette ces son sa ses leur leurs moins plus deux
    trois quatre cinq six sept huit neuf dix"""
)


def _is_noun_before(word: str) -> bool:
    """Whether the word before a participle may end the subject's noun phrase: not a number
    or a determiner ("Au moins 41 morts")."""
    bare = french.fold(word).strip(",;:")
    return bool(bare) and not bare[0].isdigit() and bare not in _NOT_NOUNS


def _is_name_part(word: str) -> bool:
    return "«" in word or "»" in word


def _passive(part: str, at: int) -> str | None:
    """ "ACTA rejeté par …" -> "ACTA est rejeté par …"; "Trois suspects interpellés après …"
    -> "Trois suspects sont interpellés après …"."""
    words = part.split()
    subject = " ".join(words[:at])
    if french.fold(words[0]) in french.SUBJECT_PRONOUNS or subject.count("«") != subject.count("»"):
        return None
    participle = french.fold(words[at])
    plural = (participle.endswith("s") and not participle.endswith(("is", "us"))) or (
        french.fold(words[0]) in _PLURAL_OPENERS or words[0][:1].isdigit()
    )
    aux = "sont" if plural else "est"
    return f"{subject} {aux} {' '.join(words[at:])}"


def lead_sentence(ctx: Context, first: str) -> str | None:
    """The lead sentence of the body, simplified, when it reads alone: it opens on its subject,
    which is no pronoun, has its verb, quotes nobody and is short enough."""
    if any(c in first for c in french.QUOTE_CHARS):
        return None
    clause = clauses.trim_clause(french.strip_final_punctuation(first), 4)
    clause = simplify(clause, ctx.names_longest_first, ctx.roles)
    opener = french.fold(clause.split(" ", 1)[0])
    if opener in french.SUBJECT_PRONOUNS or not clauses.starts_with_subject(
        clause, ctx.proper_words
    ):
        return None
    if clause_checks.has_loose_pronoun(clause) or clause_checks.dangles(clause):
        return None
    if not clause_checks.has_finite_verb(clause, ctx.lexicon.finite):
        return None
    if french.word_count(clause) > MAX_LEAD_WORDS:
        return None
    return french.ensure_period(clause)
