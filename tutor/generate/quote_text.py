"""The text of quotations as items show them: without the article's incise or final period,
reported words up to their sentence's end, and what kind of words they are (a sentence said, a
few words taken from one, a phrase that says when)."""

from __future__ import annotations

import re

from tutor.generate import french, grammar
from tutor.generate.clause_checks import has_finite_verb
from tutor.generate.lexicon import Lexicon
from tutor.generate.simplify import AUXILIARIES

_CLAUSE_OPENERS = french.wordset("je j' nous vous il elle ils elles on c'est ce cela ça tout")


def is_clause(quote: str) -> bool:
    """Whether quoted words are a sentence ("nous avons une sécurité financière …") rather than
    a few words taken from one ("ennemis rusés et dangereux", "rester dans la zone euro")."""
    words = quote.split()
    if not words:
        return False
    if words[0][0].isupper():
        return True
    first = french.fold(words[0])
    if first in _CLAUSE_OPENERS or first.startswith(("j'", "c'", "n'")):
        return True
    if first.startswith("d'un"):
        return False  # "d'une méthode qui ne marche pas": a complement of the narration's noun
    head = []
    for w in map(french.fold, words[1:8]):
        if w in _RELATIVES or w.startswith("qu'"):
            break  # "une méthode qui ne marche pas": the verb is the relative clause's
        head.append(w)
    verb = any(
        w in AUXILIARIES
        or w in ("ne", "n'")
        or w.startswith("n'")
        or w.endswith(("rait", "raient"))
        for w in head
    )
    return grammar.determiner(words[0]) is not None and verb


_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où"})


_NEXT_SENTENCE = re.compile(r"[.!?](\s*»)?\s+(?=[«“\"A-ZÀ-ÝÉ])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|Mme|Dr|Pr|Me|St)$")


def first_sentence(text: str) -> str:
    """Reported words up to the end of their sentence: what follows ("que ses élèves « osent
    davantage lever la main ». « Mais au bout de trois mois, … »") is another quotation, which
    the reported clause would pass off as the same words."""
    for end in _NEXT_SENTENCE.finditer(text):
        before = text[: end.start()]
        if not _ABBREVIATION.search(before):  # "M. Dupont", "J. Martin"
            return (before + (end.group(1) or "")).strip()
    return text


_REPLY_OPENING = re.compile(
    r"(?:parce\s+qu|de\s+[a-zà-ÿ]+(?:er|ir|re)\b(?<!ière)(?<!ure)|oui\s*,|non\s*,|(?:elles?|ils)\s)",
    re.IGNORECASE,
)
"""How an answer's first sentence replies to the question before it: « Parce qu'elle met fin
à la PAC … », « De vérifier le loyer … », « Non, c'est un constat. », « Elles pourraient
l'être. » (a pronoun for the question's subject, in a short sentence; not "il", which is
as often impersonal: « Il me manque quarante points. »)."""
REPLY_WORDS = 4
"""At most this many words make a pronoun's sentence a reply ("Elles pourraient l'être.")."""
_MIN_REST_WORDS = 6


def without_reply(text: str) -> str:
    """The words from their second sentence on when the first only replies to a question the
    item does not show; the words as they are otherwise, or when too little would be left."""
    opening = _REPLY_OPENING.match(text)
    if opening is None:
        return text
    first = first_sentence(text)
    rest = text[len(first) :].lstrip(" .!?…»")
    pronoun = opening.group()[-1].isspace()
    if pronoun and french.word_count(first) > REPLY_WORDS:
        return text
    if first == text or french.word_count(rest) < _MIN_REST_WORDS:
        return text
    while _POINTING_BACK.match(rest):
        # « Il peut aussi nous faire un signalement. »: "il" is the question's tenant
        after = rest[len(first_sentence(rest)) :].lstrip(" .!?…»")
        if after == rest or french.word_count(after) < _MIN_REST_WORDS:
            break
        rest = after
    return rest


_POINTING_BACK = re.compile(
    r"(?:il|elle|ils|elles)\s(?!(?:faut|fallait|faudra|y\s|est\s|était\s|reste|existe|s['’]agit|"
    r"semble|suffit|manque|vaut)\b)",
    re.IGNORECASE,
)
"""A sentence opening on a pronoun for someone named before ("Il peut aussi nous faire …"),
not an impersonal "il" ("Il faut défendre le budget", "Il y a …")."""


_INCISE = re.compile(r",\s+[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles)\s*(?=[.,;!?…]|$)")
"""A verb of saying left inside a quotation: "…, estime-t-il. Les revendications …"."""


def shown_quote(text: str) -> str:
    """A quotation as items show it: without its quotation marks, an incise of the article
    ("…, estime-t-il.") or its final period; a question keeps its question mark. Plain
    quotation marks inside become « » ("avaient "leur part" -> avaient « leur part »)."""
    text = _INCISE.sub("", french.unquote(text))
    if '"' in text:
        parts = text.split('"')
        text = "".join(p + ("« " if i % 2 == 0 else " »") for i, p in enumerate(parts[:-1]))
        text = french.balance_quotes(re.sub(r"\s+", " ", text + parts[-1]))
    question = text.rstrip().endswith("?")
    text = french.strip_final_punctuation(text)
    return f"{text} ?" if question else text


def shorten_quote(text: str, max_words: int) -> str:
    """A quotation cut to a length; a cut at a sentence end drops the period, which the
    closing « » and the item's own punctuation follow ("… de salle »." not "… de salle. ».")."""
    short = french.shorten(text, max_words)
    return short if short.endswith(("?", "!")) else short.rstrip(" .;:,")


_OPENING_PREPOSITIONS = french.wordset(
    "dans en depuis pendant durant avant après dès jusqu'à jusqu'au jusqu'en d'ici vers sous"
)


def is_time_phrase(text: str) -> bool:
    """A few words opening on a preposition, with no verb: "dans les prochains jours", the
    whole of a promised "réponse « dans les prochains jours »", says when, not what was said."""
    words = text.split()
    if not words or len(words) > 6 or french.fold(words[0]) not in _OPENING_PREPOSITIONS:
        return False
    return not any(french.fold(w) in AUXILIARIES for w in words)


def is_fragment(text: str, lexicon: Lexicon | None = None) -> bool:
    """A few words with no verb, though they start like a sentence ("Le responsable de la
    sécurité", an answer to a question): no claim to attribute. A verb is an auxiliary, a
    negation, or a form the tagger read as finite in the article and never as a noun: "le
    temps joue contre les océans", "la tension restera forte jusqu'aux fêtes" are claims;
    "une enfant discrète, très bonne élève" is none."""
    words = text.split()
    if len(words) > 6:
        return False
    if not is_time_phrase(text) and grammar.determiner(words[0]) is None:
        return False
    if lexicon is not None and lexicon.finite:
        verbs = frozenset(w for w in lexicon.finite if lexicon.gender(w) is None)
        if verbs and has_finite_verb(text, verbs):
            return False
    return not any(
        w in AUXILIARIES or w in ("ne", "n'") or w.startswith(("n'", "c'", "s'"))
        for w in map(french.fold, words)
    )
