"""Shorter clauses for questions and events: appositions, adverbs, participles, relatives cut.

"Le Premier ministre de Pologne, Beata Szydło a dirigé une cérémonie dans la ville occidentale
de Żagań accueillant les troupes américaines" -> "Beata Szydło a dirigé une cérémonie à Żagań".
Every rule removes a part that a French clause can lose and still say something true (a
less precise fact, never another one); a clause that no rule fits is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.generate.french import DETERMINERS, fold, word_count, wordset
from tutor.generate.subject_appositions import subject_without_apposition
from tutor.generate.verb_forms import AUXILIARIES, is_participle

__all__ = ["AUXILIARIES", "is_participle", "subject_without_apposition"]


_KEPT_ADVERBS = wordset("seulement uniquement également aussi")
"""Adverbs in -ment whose loss would change what the clause says."""
_LINKED_AFTER = wordset("et ou mais que qu' à au aux de d' du des")
_NOT_PARTICIPLES_ANT = wordset(
    """pendant durant avant devant cependant maintenant suivant moyennant nonobstant tant quant
    important puissant suffisant intéressant inquiétant constant courant dirigeant habitant
    enfant restaurant représentant étudiant manifestant combattant militant commandant
    gouvernant participant président géant méchant vivant brillant élégant croissant"""
)
_ADJUNCTS = (
    "pour",
    "afin de",
    "afin d'",
    "à la suite de",
    "à la suite d'",
    "à la suite des",
    "à la suite du",
    "en raison de",
    "en raison d'",
    "en raison des",
    "en raison du",
    "en réponse à",
    "en échange de",
    "en échange d'",
    "lors de",
    "lors d'",
    "lors du",
    "lors des",
    "grâce à",
    "malgré",
    "dans",
    "avec",
    "sur",
    "contre",
    "pendant",
    "parmi",
    "notamment",
    "en particulier",
    "y compris",
    "ainsi que",
)
"""Where a long predicate can be cut: what follows is a complement the clause can lose."""
_ADJUNCT = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        re.escape(a) + ("" if a.endswith("'") else r"(?=\s|$)")
        for a in sorted(_ADJUNCTS, key=len, reverse=True)
    )
    + ")"
)
_OPENS_CLAUSE = re.compile(r"(?<![\w'’])qu(?:e\s|['’])", re.IGNORECASE)
_RESTRICTIVE = re.compile(
    r"^\s*,?\s*(?:sauf|excepté|hormis|à l['’]exception|à part|sans|ni|non|pas|jamais|"
    r"seulement|uniquement|sinon)\b",
    re.IGNORECASE,
)
"""A tail that restricts or contradicts the clause: cutting it would change the fact."""
_NEGATION = re.compile(
    r"(?:^|\s)(?:ne|n['’])\s|\b(?:pas|jamais|rien|aucun|aucune|guère|personne)\b", re.IGNORECASE
)
"""A negated clause: dropping any of its complements could make it false."""
_EXCEPTION = re.compile(r",\s*(?=(?:sauf|excepté|hormis|à l['’]exception|à part)\b)", re.I)
_PLACE = re.compile(
    r"\bdans la (?:ville|commune|capitale|localité|cité)(?: [a-zéèêàçôîû-]+)? (?:de |d['’])"
    r"(?=[^\W\d_])"
)
_RELATIVE = re.compile(r"\s(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\s")
_PROTECTED_BEFORE_RELATIVE = wordset("ce celui celle ceux celles tout tous toutes c'est")
_APPOSITION_END = re.compile(
    r",\s*(?:une?|des|l[ae]s?|l['’]|cet?|cette|ces)\s*[\w'’-]+(?:\s[\w'’-]+)?$"
)
"""", une rencontre" before "qui a surpris les habitués": the apposition means nothing alone."""


ABSOLUTE_OPENER = re.compile(
    r"(?i)^(?!bien\b)[^,;:«»]{1,40}?\s(?:n['’])?(?:ayant|étant)\s[^,;:«»]{1,60},\s+"
)
"""An absolute clause opening a sentence ("Aucune liste n'ayant obtenu la majorité absolue, un
second tour aura lieu …"): its subject is not the sentence's, and a question drops it like a
connector; "Bien qu'ayant été signé, …" is a concession about the subject, and stays."""


def restrictive(tail: str) -> bool:
    """Whether a clause's tail ("…, sauf François Fillon") must stay with it."""
    return bool(_RESTRICTIVE.match(tail))


def simplify(clause: str, names: Sequence[str] = (), roles: Sequence[str] = ()) -> str:
    """A clause with appositions, role titles, adverbs, place wording, participial and
    relative phrases removed, as far as each removal is safe; `names` are the people of the
    article (longest first), `roles` the role phrases that may stand next to them."""
    text = re.sub(r"\s+", " ", clause).strip()
    text = _STRESSED_INCISE.sub(" ", text)
    text = subject_without_apposition(text, names, roles)
    text = _PLACE.sub("à ", text)
    text = _without_adverbs(without_connectives(text))
    if not _NEGATION.search(text):
        text = _without_participial_phrases(text)
    return text


_STRESSED_INCISE = re.compile(
    r"\s*,\s*(?:eux|elles?|lui)(?:-mêmes?)?\s*,\s*|\s*,?\s*\bquant\s+à\s+(?:eux|elles?|lui)\s*,?\s*(?=\S)",
    re.IGNORECASE,
)
"""A stressed pronoun set off after the subject ("Les auteurs, eux, ont manifesté", "craint
quant à lui"): it contrasts with a sentence before, which a question read alone does not
have."""


_CONNECTIVE = (
    r"en\s+outre|par\s+ailleurs|de\s+surcro[iî]t|en\s+revanche|"
    r"d['’]ailleurs|toutefois|cependant|néanmoins|pourtant|donc|"
    r"(?:quant\s+à\s+|de\s+son\s+côté|de\s+leur\s+côté|pour\s+sa\s+part|pour\s+leur\s+part)"
    r"(?:\s*(?:lui|elle|eux|elles)(?![\w'’-]))?"
)
_SET_OFF_CONNECTIVE = re.compile(rf"\s*,\s*(?:{_CONNECTIVE})\s*,\s*", re.IGNORECASE)
_OPENING_CONNECTIVE = re.compile(rf"^(?:{_CONNECTIVE})\s*,?\s+", re.IGNORECASE)
_VERB_CONNECTIVE = re.compile(rf"(?<=[^\W\d_])\s+(?:{_CONNECTIVE})(?=\s+[^\W\d_])", re.IGNORECASE)
_SOURCE_WORDS = wordset("de d' du des à au aux par pour avec sans sur sous chez venu venue venus")
"""Before "d'ailleurs" or "par ailleurs", words that make it a place ("venus d'ailleurs")."""


def without_connectives(text: str) -> str:
    """Words that link a sentence to the one before go ("Arnaud Fauvel s'est en outre accordé",
    "Le tribunal a, toutefois, rejeté", "Par ailleurs le maire a …"): a question or an event
    told apart from its paragraph links to nothing, and "Quand X s'est-il en outre accordé … ?"
    reads as if the learner knew what else."""
    capital = text[:1].isupper()
    text = _SET_OFF_CONNECTIVE.sub(" ", text)
    text = _OPENING_CONNECTIVE.sub("", text)

    def drop(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        return match.group() if before and fold(before[-1]) in _SOURCE_WORDS else ""

    kept = _VERB_CONNECTIVE.sub(drop, text)
    return kept[:1].upper() + kept[1:] if capital else kept


def _without_adverbs(text: str) -> str:
    """Adverbs in -ment right after a verb form go: "a implicitement reconnu", "signé
    secrètement"; never one that links to more words ("méthodiquement et avec ténacité",
    "conformément à la loi": "communiqué, à la loi" is no French)."""
    tokens = text.split(" ")
    kept: list[str] = []
    for i, token in enumerate(tokens):
        bare = fold(token)
        adverb = (
            len(bare) >= 8
            and bare.endswith("ment")
            and bare.isalpha()
            and bare not in _KEPT_ADVERBS
            and i > 0
            and i + 1 < len(tokens)
            and fold(tokens[i + 1]) not in _LINKED_AFTER
        )
        previous = fold(tokens[i - 1]) if i else ""
        after_verb = previous in AUXILIARIES or previous == "été" or is_participle(previous)
        if adverb and after_verb and previous not in DETERMINERS:
            continue
        kept.append(token)
    return " ".join(kept)


def _without_participial_phrases(text: str) -> str:
    """Present participle phrases after a noun go up to the next comma ("une cérémonie à Żagań
    accueillant les troupes" -> "une cérémonie à Żagań"); a past participle phrase inside a
    subject goes up to the verb ("l'accident survenu sur le vol AF447 … a été provoqué")."""
    tokens = text.split(" ")
    for i in range(2, len(tokens) - 1):
        bare = fold(tokens[i])
        previous = fold(tokens[i - 1])
        nounish = previous.isalpha() and previous not in DETERMINERS and previous not in ("en", "y")
        nounish = nounish and previous not in AUXILIARIES and previous != "été"
        if not nounish or tokens[i - 1].endswith(","):
            continue
        following = fold(tokens[i + 1])
        if (
            bare.endswith("ant")
            and bare.isalpha()
            and len(bare) >= 6
            and bare not in _NOT_PARTICIPLES_ANT
            and (following in DETERMINERS or following in ("sur", "à", "au", "aux", "contre"))
            and i >= 3
        ):
            end = next((j for j in range(i, len(tokens)) if tokens[j].endswith(",")), None)
            head = " ".join(tokens[:i])
            in_subject = not any(fold(t) in AUXILIARIES for t in tokens[:i])
            verb = next(
                (j for j in range(i + 2, end or len(tokens)) if fold(tokens[j]) in AUXILIARIES),
                None,
            )
            if in_subject and verb is not None and verb + 1 < len(tokens):
                # "le projet ACTA visant à renforcer … a été rejeté": the phrase ends at the verb
                return " ".join(tokens[:i] + tokens[verb:])
            if end is None:
                return head
            return head + ", " + " ".join(tokens[end + 1 :])
        if is_participle(bare) and following in ("sur", "par", "à", "au", "aux", "dans", "en"):
            for j in range(i + 2, min(len(tokens), i + 18)):
                if tokens[j - 1].endswith((",", ";")):
                    break
                if fold(tokens[j]) in AUXILIARIES and j + 1 < len(tokens):
                    return " ".join(tokens[:i] + tokens[j:])
    return text


def without_relative(predicate: str) -> str:
    """A predicate without a relative clause on its object ("… Kim Jong-un qui …")."""
    for match in _RELATIVE.finditer(predicate):
        before = predicate[: match.start()].rstrip(",")
        last = fold(before.split(" ")[-1]) if before else ""
        if word_count(before) >= 2 and last not in _PROTECTED_BEFORE_RELATIVE:
            apposed = _APPOSITION_END.search(before)
            return before[: apposed.start()] if apposed and apposed.start() > 0 else before
    return predicate


_HAVE = wordset("a ont avait avaient aura auront")


def _bare_verb(head: str) -> bool:
    """Whether a cut would end on a verb conjugated with "avoir" ("… ont suivi", cut before
    "pendant quatre ans 4 212 collégiens"): its object may come after the adjunct cut away."""
    words = head.split()[-2:]
    # "suivi", "réuni": a participle in -i is not told by its ending; after "ont" it is one
    return len(words) == 2 and fold(words[0]) in _HAVE and words[1].isalpha() and words[1].islower()


def _without_dangling_participle(head: str) -> str:
    """A cut head without the participle its cut complement went with: "a suivi 320 ruches
    réparties [dans 16 ruchers]" -> "a suivi 320 ruches" (réparties where?)."""
    words = head.split(" ")
    if len(words) < 3 or not is_participle(words[-1]):
        return head
    before = fold(words[-2])
    if before in AUXILIARIES or before in _BEFORE_VERB:
        return head  # "a été réparti", "s'est réuni": the verb itself
    return " ".join(words[:-1])


_BEFORE_VERB = wordset("été se s' ne n' en y pas plus jamais")


def short_predicate(predicate: str, max_words: int = 10) -> str:
    """A predicate cut before a complement it can lose, when it is longer than `max_words`.

    The cut is the latest one that keeps the predicate within the limit, else the earliest one;
    the predicate keeps at least three words, and is unchanged when no cut is possible or when it
    is negated ("n'a pas voté pour la loi" is not "n'a pas voté").
    """
    if _NEGATION.search(predicate):
        return predicate
    exception = _EXCEPTION.search(predicate)
    if exception:  # "…, sauf François Fillon" stays whatever is cut before it
        head = short_predicate(predicate[: exception.start()], max_words)
        return head + predicate[exception.start() :]
    predicate = without_relative(predicate)
    if word_count(predicate) <= max_words:
        return predicate
    heads = []
    for match in _ADJUNCT.finditer(fold(predicate)):
        head = _without_dangling_participle(predicate[: match.start()].rstrip(" ,"))
        # "impose qu'une part des métaux utilisés [dans les batteries provienne …]": a cut
        # after "que" may take the verb of its clause with it
        if word_count(head) >= 3 and not _OPENS_CLAUSE.search(head) and not _bare_verb(head):
            heads.append(head)
    within = [h for h in heads if word_count(h) <= max_words]
    if within:
        return max(within, key=len)
    return min(heads, key=len) if heads else predicate
