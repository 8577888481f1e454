"""Key terms and glossary terms, each located once in a sentence of the article: what
vocabulary items (clozes, word banks, definitions) are made from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.facts import Term
from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.senses import entry_in_sentence
from tutor.generate.simplify import is_participle
from tutor.glossary import GlossaryEntry, GlossaryMatch

TERMS_CONSIDERED = 24
"""The best key terms are enough for every cloze and word bank; the rest are not looked at."""


@dataclass(frozen=True)
class TermInSentence:
    """A key term located once in its evidence sentence."""

    term: Term
    sentence: str
    start: int
    end: int
    entry: GlossaryEntry | None

    @property
    def form(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def pos(self) -> str:
        """The glossary's part of speech when it gives one (a teacher wrote it; the tagger takes
        "insultant" in "d'insultant" for a noun), else the tagger's."""
        return ((self.entry.pos if self.entry else "") or self.term.pos or "").upper()


_POS_NAMES = {
    "VERB": "verb",
    "AUX": "verb",
    "NOUN": "noun",
    "ADJ": "adjective",
    "ADV": "adverb",
    "PROPN": "name",
}
"""spaCy's parts of speech as the exercise format names them (`answer_pos`)."""


def answer_pos(ctx: Context, located: TermInSentence) -> str:
    """The part of speech of a cloze's answer as the exercise format writes it: "verb" only
    for a verb that conjugates in its sentence, so scoring reads "dépends" for "dépend" as a
    verb's ending, and "signés" for the participle "signé" as agreement."""
    name = _POS_NAMES.get(located.pos, "other")
    if name == "verb" and _participle(ctx, located):
        return "participle"
    return name


def _participle(ctx: Context, located: TermInSentence) -> bool:
    """Whether the parse reads the verb of the term in its sentence as a participle; the
    word's ending says so when there is no parse."""
    first = located.form.split()[0] if located.form.split() else ""
    try:
        from tutor import nlp

        doc = ctx.remember("body_parse", lambda: nlp.analyse(ctx.article.body, nlp.load()))
    except Exception:  # no model: the ending tells
        return is_participle(first)
    at = ctx.article.body.find(located.sentence)
    if at < 0:
        return is_participle(first)
    span = doc.char_span(at + located.start, at + located.end, alignment_mode="expand")
    verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return is_participle(first)
    return "Part" in verbs[0].morph.get("VerbForm")


def _locate(ctx: Context, term: Term) -> TermInSentence | None:
    sentence = ctx.evidence(term.sentence)
    text = term.text.strip()
    if sentence is None or len(text) < 3 or term.pos.upper() == "PROPN":
        return None
    if sentence[:1].islower():
        return None  # a list item without the line that leads it: "les mairies des neuf ___ ;"
    found = _occurrences(sentence, text)
    if len(found) != 1:
        return None
    start, end = found[0]
    if (
        term.pos.upper() == "NOUN"
        and " " not in text
        and (
            _modifies_noun(ctx, sentence, start)
            or _DEGREE_BEFORE.search(sentence[:start])
            or (is_participle(text) and _AUXILIARY_BEFORE.search(sentence[:start]))
        )
    ):
        # "directrice générale déléguée": an adjective here, whatever the noun's definition
        # says ("une personne choisie pour représenter un groupe"); another sentence may use
        # the noun as a noun ("la déléguée CFDT Samia Berrada")
        elsewhere = _as_noun_elsewhere(ctx, text, sentence)
        if elsewhere is None:
            return None
        sentence, (start, end) = elsewhere
    for longer in ctx.glossary_in(sentence):
        inside = longer.start <= start and end <= longer.end
        longer_term = (longer.end - longer.start) > (end - start)
        if inside and longer_term and longer.form[0].isupper() and not text[0].isupper():
            return None  # part of a name: "le Conseil constitutionnel"
    at_start = not sentence[:start].strip()
    if sentence[start].isupper() and not at_start and not text[0].isupper():
        return None  # part of a name here ("la Nouvelle Démocratie")
    if _NAME_BEFORE.search(sentence[:start]) or _ACRONYM_AFTER.match(sentence[end:]):
        return None  # the end of a name: "la Direction générale de l'aviation civile (DGAC)"
    entry = entry_in_sentence(ctx, ctx.glossary.get(term.lemma), sentence)
    return TermInSentence(term, sentence, start, end, entry)


_AUXILIARY_BEFORE = re.compile(
    r"(?<![\w'’])(?:avoir|ai|as|a|avons|avez|ont|avait|avaient|aura|auront|ayant)\s+"
    r"(?:(?:en|y|pas|jamais|déjà|bien|longuement)\s+)?$",
    re.IGNORECASE,
)
"""A participle "noun" after "avoir" is the verb's ("Après en avoir délibéré" was given the
definition of the noun "le délibéré", the judges' deliberation)."""
_DEGREE_BEFORE = re.compile(r"(?<![\w'’])(?:trop|très|si|assez|aussi|tellement)\s+$", re.I)
"""A word right after "trop", "très" is an adjective whatever the tagger says ("paraît parfois
trop insistante", tagged a noun, got a bank of nouns it alone could not fill)."""


def _modifies_noun(ctx: Context, sentence: str, start: int) -> bool:
    """Whether the parse reads the word at `start` as a modifier of the noun before it
    ("directrice générale déléguée", "directeur général délégué chargé des opérations"), or as
    the verb of its clause ("Le prix repère du gaz baisse de 3,2 %": no noun "baisse" here)."""
    try:
        from tutor import nlp

        doc = ctx.remember("body_parse", lambda: nlp.analyse(ctx.article.body, nlp.load()))
    except Exception:  # no model: extraction says so; the word is taken as it is tagged
        return False
    at = ctx.article.body.find(sentence)
    span = doc.char_span(at + start, at + start + 1, alignment_mode="expand") if at >= 0 else None
    if not span:
        return False
    token = span[0]
    before = token.i - 1 >= 0 and doc[token.i - 1].pos_ == "DET"
    deps = {child.dep_ for child in token.children}
    if not before and "nsubj" in deps and "cop" not in deps:
        return True  # a noun with a subject and no "être": the tagger missed a verb
    return (
        token.dep_ in ("amod", "acl")
        and token.head.i < token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and not before
    )


def _as_noun_elsewhere(ctx: Context, text: str, avoided: str) -> tuple[str, tuple[int, int]] | None:
    """Another sentence of the article using `text` once, as a noun."""
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        if evidence is None or evidence == avoided:
            continue
        found = _occurrences(evidence, text)
        if (
            len(found) == 1
            and not _modifies_noun(ctx, evidence, found[0][0])
            and not _DEGREE_BEFORE.search(evidence[: found[0][0]])
            and not (is_participle(text) and _AUXILIARY_BEFORE.search(evidence[: found[0][0]]))
        ):
            return evidence, found[0]
    return None


_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿœ"
_NAME_ADJECTIVE = r"(?:al|ale|aux|ien|ienne|ais|aise|ique|é|ée|aire|el|elle|ieur|ieure)"
_NAME_BEFORE = re.compile(
    rf"(?<=[\w,]\s)[{_UPPER}][{_LOWER}-]+(?:\s[{_LOWER}-]+{_NAME_ADJECTIVE})?"
    r"\s(?:de\sla\s|de\sl['’]|du\s|des\s|d['’])$"
)
"""A capital inside the sentence (after a word), maybe an adjective, then "de la", "du"...:
the term ends a name ("la Coalition de la gauche radicale", "du Festival international de la
bande dessinée"); "procureurs de la République requérant des contrôles" is no name."""
_ACRONYM_AFTER = re.compile(rf"\s*\([{_UPPER}]{{2,}}")
"""The name's acronym right after the term: "l'aviation civile (DGAC)"."""


def _occurrences(sentence: str, text: str) -> list[tuple[int, int]]:
    """Where `text` occurs in `sentence` as whole words (case and apostrophes ignored)."""
    haystack, needle = french.fold(sentence), french.fold(text)
    if len(haystack) != len(sentence) or not needle:
        pattern = r"['’]".join(map(re.escape, re.split(r"['’]", text)))
        return [
            m.span() for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", sentence, re.IGNORECASE)
        ]
    out = []
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = haystack[at - 1] if at else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append((at, end))
        at = haystack.find(needle, at + 1)
    return out


def located_terms(ctx: Context) -> list[TermInSentence]:
    """Key terms, best first, each found exactly once in its sentence; one per lemma."""
    return list(ctx.remember("located_terms", lambda: _located_terms(ctx)))


def _located_terms(ctx: Context) -> list[TermInSentence]:
    out, seen = [], set()
    ranked = sorted(ctx.facts.terms, key=lambda t: (-t.score, t.lemma))[:TERMS_CONSIDERED]
    for term in ranked:
        key = french.fold(term.lemma)
        if key in seen:
            continue
        located = _locate(ctx, term)
        if located is not None:
            seen.add(key)
            out.append(located)
    return out


def glossary_terms(ctx: Context) -> list[tuple[str, GlossaryEntry, str]]:
    """(form in the text, entry, sentence) for glossary terms of the article: key terms first,
    then other glossary terms the text uses, longer expressions before single words."""
    return list(ctx.remember("glossary_terms", lambda: _find_glossary_terms(ctx)))


def _find_glossary_terms(ctx: Context) -> list[tuple[str, GlossaryEntry, str]]:
    found: dict[str, tuple[str, GlossaryEntry, str]] = {}
    for located in located_terms(ctx):
        if located.entry is not None and not _inside_longer(ctx, located.sentence, located):
            key = french.fold(located.entry.lemma)
            found.setdefault(key, (located.form, located.entry, located.sentence))
    extra: dict[str, tuple[str, GlossaryEntry, str]] = {}
    for sentence in ctx.sentences:
        for match in ctx.glossary_in(sentence):
            single = " " not in match.entry.lemma
            at_start = not sentence[: match.start].strip()
            name_like = match.form[0].isupper() and not match.entry.lemma[0].isupper()
            if single and name_like and not at_start and not match.form.isupper():
                continue  # "la Nouvelle Démocratie", "ministre de la Défense"
            key = french.fold(match.entry.lemma)
            if key in found or key in extra or not ctx.evidence(sentence):
                continue
            if _inside_longer(ctx, sentence, match):
                continue  # "émissaire" of "bouc émissaire", "taxe" of "taxe foncière"
            if single and not _as_tagged(ctx, match):
                continue  # "une réussite scientifique" is no "scientifique", a researcher
            entry = entry_in_sentence(ctx, match.entry, sentence)
            if entry is not None:  # a term with several senses, none clearly meant here
                extra[key] = (match.form, entry, sentence)
    ranked = sorted(extra.items(), key=lambda kv: (-kv[0].count(" "), -len(kv[0]), kv[0]))
    return list(found.values()) + [v for _, v in ranked]


def _as_tagged(ctx: Context, match: GlossaryMatch) -> bool:
    """Whether a one-word noun of the glossary is read as a noun in the article (always so
    without the model): a word that is a noun and an adjective ("scientifique", "critique")
    is defined only where the article uses the noun."""
    lexicon = ctx.lexicon
    if match.entry.pos != "NOUN" or lexicon.vocab is None:
        return True
    return french.fold(match.form) in lexicon.nouns


def _inside_longer(ctx: Context, sentence: str, span: TermInSentence | GlossaryMatch) -> bool:
    """Whether a longer glossary term of the sentence holds this one: the words of an
    expression do not mean there what they mean alone ("bouc émissaire" is no messenger)."""
    return any(
        other.start <= span.start
        and span.end <= other.end
        and other.end - other.start > span.end - span.start
        for other in ctx.glossary_in(sentence)
    )
