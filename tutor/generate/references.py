"""Words of a clause that point to a sentence the item does not show: a subject opened by a
possessive or a demonstrative ("Sa déléguée", "Cette économiste") and an object pronoun ("doit
la rencontrer").

A question or a statement is read alone, without the sentence before it: "Quand est-ce que sa
déléguée, Fatima Zeroual, a proposé … ?" leaves the learner asking whose delegate, and "À
partir de quand Laurent Brossard doit-il la rencontrer ?" whom he meets. When the name follows
the pointing subject ("Sa déléguée, Fatima Zeroual, a proposé"), the name alone is the
subject; otherwise the clause is not asked about.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tutor.generate import french
from tutor.generate.bank_words import is_person, known_person
from tutor.generate.context import Context
from tutor.generate.simplify import is_participle

_POINTING = r"(?:son|sa|ses|leur|leurs|ce|cet|cette|ces)"
QUESTION_OPENER = (
    r"(?:(?:Depuis|Jusqu['’]à|À partir de)\s+quand|À quelle date|De quand|Quand|"
    r"(?:Pendant\s+)?[Cc]ombien de temps)(?:\s+est-ce\s+qu(?:e\s+|['’]))?\s*"
)
"""The question words before a subject ("Quand est-ce que ", "Depuis quand ")."""
_OPENER = re.compile(f"^{QUESTION_OPENER}")
_NAMED_AFTER = re.compile(
    rf"^(?P<opener>.*?)(?<!\S){_POINTING}\s+[^,;:«»]{{1,60}}?,\s+"
    r"(?P<name>(?:M(?:e|me|gr)\s+|[Ll]e\s+(?:Pr|Dr)\s+|[Ll]a\s+(?:Pr|Dr)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}),\s+",
    re.IGNORECASE,
)
"""A pointing subject and the name set off after it: "sa déléguée, Fatima Zeroual, "."""
_DESCRIBED = re.compile(r"([^\W\d_]+)[^,;:«»?]{0,60}?,\s+")
"""A participle phrase set off after a name ("diplômé d'une école de commerce, ")."""
_LASTS = re.compile(r"^(?:(?:a|ont)\s+)?dur(?:e|ent|é|era|eront)\s+", re.IGNORECASE)
"""The verb before a duration question's subject ("Combien de temps a duré la grève ?")."""
_NOT_A_DETERMINER = french.wordset("qui que qu' sont serait sera fut doit peut n' ne")
"""What follows "ce" when it is a pronoun ("ce qui", "ce sont"), not a determiner."""
_CLITICS = french.wordset("la le les l' lui leur")
_DEMONSTRATIVES = french.wordset("ce cet cette ces")


def with_name(text: str) -> str:
    """The text with a pointing subject replaced by the name set off after it: "Quand est-ce
    que sa déléguée, Fatima Zeroual, a proposé …" -> "Quand est-ce que Fatima Zeroual a
    proposé …". Other texts are returned unchanged."""
    found = _NAMED_AFTER.match(text)
    if found is None or _OPENER.sub("", found.group("opener"), count=1).strip():
        return text  # the possessive is not the subject's: "Quand le club a-t-il vu sa …"
    opener, name = found.group("opener"), found.group("name")
    rest = text[found.end() :]
    described = _DESCRIBED.match(rest)
    if described is not None and is_participle(described.group(1)):
        # "Son fils, Arnaud Fauvel, diplômé d'une école de commerce, prend …": the name's own
        # apposition goes with the possessive's, or one of its commas is left alone
        rest = rest[described.end() :]
    if not opener:
        name = french.capitalise(name)
    elif opener.endswith("que ") and french.starts_with_vowel(name):
        mark = "’" if "’" in text else "'"
        opener = f"{opener[: -len('que ')]}qu{mark}"  # "est-ce qu'Élisabeth Roques"
    return f"{opener}{name} {rest}"


def points_back(ctx: Context, text: str, sentence: str) -> bool:
    """Whether a clause or question read from `sentence` keeps a subject opened by a possessive
    or a demonstrative, or an object pronoun, whose reference is outside it."""
    return (
        _subject_points(ctx, text)
        or _keeps_clitic(ctx, text, sentence)
        or _possessive_from_before(text, sentence)
        or speaks_as_writer(text)
    )


_WRITER = re.compile(
    r"(?<![\w'’-])(?:[Nn]otre|[Nn]os|[Nn]ous|[Jj]e|[Jj]['’]|[Mm]on|[Mm]a|[Mm]es|me|m['’])(?![\w'’-])"
)
"""The first person; "Me" with a capital is a lawyer's title ("Me Sophie Carrel")."""
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")


def speaks_as_writer(text: str) -> bool:
    """Whether a text read from the article keeps the writer's first person outside quotation
    marks: "Quand notre article a-t-il été publié ?", "La réponse écrite à nos questions a été
    reçue le 28 octobre." In the tutor's mouth "notre" is nobody's article (a correction
    notice's, an investigation's "notre rédaction", an interviewer's "nous")."""
    return _WRITER.search(_QUOTED.sub(" ", text)) is not None


_POSSESSIVE = re.compile(r"(?<![\w'’])(?:son|sa|ses|leur|leurs)\s+(?=[^\W\d_])", re.IGNORECASE)
_OPENS_WITH_POSSESSIVE = re.compile(r"^\s*(?:Son|Sa|Ses|Leur|Leurs)\s")


def _possessive_from_before(text: str, sentence: str) -> bool:
    """Whether a sentence that opens on a possessive ("Ses subventions …, et le ministère a
    demandé un audit de sa gestion": the festival's) gives the text a possessive too: it points
    where the opening one does, to a sentence the item does not show, and read alone it would
    point to the text's own subject ("le ministère … sa gestion")."""
    if not _OPENS_WITH_POSSESSIVE.match(sentence):
        return False
    rest = _OPENER.sub("", text.strip(), count=1)
    return bool(_POSSESSIVE.search(rest))


_RANK_ALONE = re.compile(
    r"(?:le|la|les|l['’])\s*(?:derni(?:er|ère)s?|premi(?:er|ère)s?|second(?:e|s|es)?|"
    r"suivante?s?|précédente?s?|autres?)\s+(?:a|ont|est|sont|était|étaient|avait|avaient|"
    r"sera|seront)(?:\s|-)",
    re.IGNORECASE,
)
"""An ordinal standing for a noun of the sentence before ("Le dernier, terminé en septembre,
est parti …": the last violin), as a subject."""


def _subject_points(ctx: Context, text: str) -> bool:
    """A subject opened by a possessive ("Sa première décision": whose?) or by a demonstrative
    before a word for a person ("Cette économiste": which one, among the article's people?).
    "Cet accident" in an article about one accident is clear enough."""
    rest = _OPENER.sub("", text.strip(), count=1)
    # "Combien de temps dure son mandat ?": the subject after "durer" (whose mandate?)
    rest = _LASTS.sub("", rest, count=1)
    if _RANK_ALONE.match(rest):
        return True  # "Le dernier a été terminé": the last what?
    found = re.match(rf"{_POINTING}\s+([\w'’-]+)", rest, re.IGNORECASE)
    if found is None:
        return False
    determiner, noun = french.fold(rest.split()[0]), found.group(1)
    if determiner in _DEMONSTRATIVES:
        if determiner == "ce" and french.fold(noun) in _NOT_A_DETERMINER:
            return False  # "ce qui", "ce sont"
        return _may_be_several_people(ctx, noun)
    return True


def _may_be_several_people(ctx: Context, noun: str) -> bool:
    """Whether "ce/cette <noun>" may stand for one of the article's people: a word for people
    ("Cette femme"); one with an agent's ending in the singular ("Cette ingénieure de 52 ans",
    "Cet agent immobilier": the person named just before, whom the question should name); or
    in the plural when the article gives the word to someone in a role or a speaker's
    description. Plural things whose ending looks like an agent's no longer drop the question:
    "Quand est-ce que ces montants seront revalorisés ?" was dropped for "montant" ending like
    "manifestant", and with it every date question of the Linky article."""
    known = known_person(ctx.glossary, noun, noun)
    if known is not None:
        return known
    if not is_person(ctx.glossary, noun, noun):
        return False
    folded = french.fold(noun)
    if not folded.endswith(("s", "x")):
        return True
    return folded[:-1] in _people_words(ctx) or folded in _people_words(ctx)


def _people_words(ctx: Context) -> frozenset[str]:
    """The folded words of the article's roles and speakers' descriptions."""

    def words() -> frozenset[str]:
        texts = [p.role or "" for p in ctx.facts.people] + [q.speaker for q in ctx.facts.quotes]
        return frozenset(w for t in texts for w in french.fold(t).replace("’", " ").split())

    return ctx.remember("people_words", words)


def _keeps_clitic(ctx: Context, text: str, sentence: str) -> bool:
    folded = french.fold(text).replace("’", "'")
    return any(
        re.search(rf"(?<![\w']){re.escape(pair)}(?!\w)", folded)
        for pair in _clitic_pairs(ctx, sentence)
    )


def _clitic_pairs(ctx: Context, sentence: str) -> Collection[str]:
    """ "la rencontrer", "l'a nommée": each object pronoun of the sentence with the verb after
    it, as the parse reads them (folded)."""
    pairs: dict[str, frozenset[str]] = ctx.memo.setdefault("clitic_pairs", {})
    if sentence not in pairs:
        pairs[sentence] = frozenset(_find_clitic_pairs(ctx, sentence))
    return pairs[sentence]


def _find_clitic_pairs(ctx: Context, sentence: str) -> list[str]:
    try:
        from tutor import nlp

        doc = ctx.remember("body_parse", lambda: nlp.analyse(ctx.article.body, nlp.load()))
    except Exception:  # no model: extraction says so; no pronoun is found then
        return []
    start = ctx.article.body.find(sentence)
    if start < 0:
        return []
    found = []
    for token in doc.char_span(start, start + len(sentence), alignment_mode="expand") or ():
        text = french.fold(token.text).replace("’", "'")
        if token.pos_ != "PRON" or text not in _CLITICS or token.i + 1 >= len(doc):
            continue
        verb = doc[token.i + 1]
        if verb.pos_ in ("VERB", "AUX") and verb.text[:1].islower():  # not "l'Independent …"
            joint = "" if text.endswith("'") else " "
            found.append(f"{text}{joint}{french.fold(verb.text)}")
    return found
