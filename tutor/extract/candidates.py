"""Candidate key terms read off the parse: content words, noun phrases ("base industrielle de
défense"), locutions ("en vigueur", "« au faciès »") and verb idioms ("porter plainte")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from tutor.extract.lexicon import NATIONALITIES, PLAIN_WORDS

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
_WORD = re.compile(r"^[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ'-]*[a-zà-öø-ÿœæ]$")
_NAMES = frozenset({"PER", "LOC", "ORG", "MISC"})

LINKS = frozenset({"de", "d'", "à", "du", "des", "au", "aux"})
"""Prepositions that join a noun to its complement in a term ("contrôle à l'exportation")."""
DETERMINED_LINKS = frozenset({"du", "des", "au", "aux", "la", "l'", "le", "les"})
"""Links that carry an article: "défense du logiciel" describes more often than it names."""
_LINK_DETS = frozenset({"l'", "la", "le", "les"})
_LOCUTION_PREPS = frozenset({"à", "en", "par", "sous", "sans"})
"""Prepositions of adverbial locutions built on a bare noun ("en vigueur", "par intérim")."""

_SHORT_QUOTE = re.compile(r"[«“]\s*([^«»“”\n]{3,60}?)\s*[»”]")
"""A few words between quotation marks: where a writer marks an expression as such."""

_RELATIONAL = re.compile(r"(ique|el|elle|al|ale|aire|if|ive|ier|ière|é|ée|libre|public)$")
"""Relational adjectives ("stratégique", "intellectuelle", "blindée") make terms with their noun;
qualitative ones ("inquiétant", "virile") make passing descriptions."""
_QUALITATIVE_WORDS = """
    crucial global principal essentiel actuel réel potentiel exceptionnel total final normal
    spécial vital fondamental éventuel habituel idéal brutal général particulier entier
    premier dernier fier cher inquiet complet rusé positif négatif
"""
_QUALITATIVE = frozenset(_QUALITATIVE_WORDS.split())
"""Adjectives with a relational ending that still describe rather than classify."""


@dataclass
class Candidate:
    """One possible term and everywhere the article uses it."""

    lemma: str
    pos: str
    kind: str
    """ "word", "phrase" (noun + complements), "locution" ("en vigueur"), "quoted" ("au faciès"
    between quotation marks), "idiom" (verb + noun: "porter plainte")."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    """Token index of the head word of each occurrence."""
    ranges: list[tuple[int, int]] = field(default_factory=list)
    """First and last token of each occurrence."""
    forms: set[str] = field(default_factory=set)
    """Lower-case written forms of a single word, for its frequency across inflections."""
    determined: bool = False
    """The complement carries an article ("défense du logiciel"): less often a fixed term."""
    plural_complement: bool = False
    """ "famille de paysans", "régiment de parachutistes": a description more than a term."""
    score: float = 0.0

    @property
    def words(self) -> tuple[str, ...]:
        return _words(self.lemma)

    @property
    def content(self) -> tuple[str, ...]:
        """The words that carry meaning, without links and articles."""
        return _content_words(self.lemma)


@lru_cache(maxsize=8192)
def _words(lemma: str) -> tuple[str, ...]:
    return tuple(lemma.replace("'", "' ").split())


@lru_cache(maxsize=8192)
def _content_words(lemma: str) -> tuple[str, ...]:
    # Asked for every candidate at each step of the ranking: worth remembering per lemma.
    return tuple(
        w
        for w in _words(lemma)
        if w not in LINKS and w not in _LINK_DETS and w not in _LOCUTION_PREPS and len(w) > 2
    )


def usable(token: Token) -> bool:
    """A lower-case content word that is not part of a name."""
    if token.pos_ not in _CONTENT_POS or token.ent_type_ == "PER":
        return False
    text = token.text.lower()
    if not _WORD.match(text) or len(text) < 3:
        return False
    if token.text[0].islower():
        return True
    return token.is_sent_start and token.ent_type_ not in _NAMES


def _common_noun(token: Token) -> bool:
    """A noun a term can end on, even capitalised as an institution ("procureur de la
    République"), but never a name ("équipements de Bastion")."""
    if token.pos_ != "NOUN" or token.ent_type_ == "PER" or not _WORD.match(token.lower_):
        return False
    if token.text[0].islower():
        return True
    after_article = token.i > 0 and token.doc[token.i - 1].lower_ in _LINK_DETS
    return after_article and zipf_frequency(token.lower_, "fr") >= 3


def lemma_of(token: Token) -> str:
    """The lemma, unless the lemmatiser invented a word ("réciprocité" -> "réciprociter")."""
    return _checked_lemma(token.lemma_, token.text)


@lru_cache(maxsize=8192)
def _checked_lemma(lemma: str, text: str) -> str:
    lemma = lemma.lower().replace("’", "'")
    text = text.lower().replace("’", "'")
    if not _WORD.match(lemma) or (zipf_frequency(lemma, "fr") == 0 < zipf_frequency(text, "fr")):
        return text
    return lemma


def agreeing_form(token: Token) -> str:
    """An adjective or complement as it agrees with its noun, in the singular."""
    text = token.lower_.replace("’", "'")
    if "Plur" in token.morph.get("Number") and len(text) > 3 and text[-1] in "sx":
        return text[:-1]
    return text


def _reflexive(token: Token) -> bool:
    """ "se félicite", "se sont félicités"."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and doc[i].pos_ == "AUX":
        i -= 1
    return i >= 0 and doc[i].lower_ in ("se", "s'") and token.pos_ == "VERB"


def single(token: Token) -> tuple[str, str] | None:
    """(lemma, part of speech) of a content word worth considering alone."""
    if not usable(token):
        return None
    lemma = lemma_of(token)
    if lemma in PLAIN_WORDS or lemma in NATIONALITIES or token.dep_.startswith("aux"):
        return None
    if _reflexive(token):
        lemma = f"se {lemma}" if lemma[0] not in "aeéèêiouyh" else f"s'{lemma}"
    return lemma, token.pos_


def _adjective(token: Token) -> bool:
    """An adjective, or one the tagger took for an adverb ("séjour irrégulier")."""
    if token.pos_ == "ADV" and not token.lower_.endswith("ment") and token.lower_.endswith("ier"):
        return True
    return token.pos_ == "ADJ" and usable(token)


def relational(lemma: str) -> bool:
    """An adjective that classifies its noun ("brigade blindée") rather than describes it."""
    return bool(_RELATIONAL.search(lemma)) and lemma not in _QUALITATIVE


def _joined(words: list[str]) -> str:
    return " ".join(words).replace("' ", "'")


def phrases(doc: Doc, head: Token) -> Iterator[tuple[str, int, bool]]:
    """Multi-word terms that start at a noun: "missile balistique", "base industrielle de
    défense", "bien à double usage", "contrôle à l'exportation", "procureur de la République".
    Yields (lemma, last token, whether the complement carries an article)."""
    if head.pos_ != "NOUN" or not usable(head):
        return
    words = [lemma_of(head)]
    plain = words[0] in PLAIN_WORDS
    i = head.i + 1
    adjectives = 0
    while i < len(doc) and adjectives < 2 and _adjective(doc[i]):
        lemma = lemma_of(doc[i])
        if lemma in PLAIN_WORDS or lemma in NATIONALITIES or not relational(lemma):
            break
        words.append(agreeing_form(doc[i]))
        adjectives += 1
        if not plain:
            yield " ".join(words), i, False
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in LINKS:
        return
    if plain and adjectives == 0:
        return  # "question prioritaire de constitutionnalité", not "an de mobilisation"
    if doc[i].whitespace_ == "" and doc[i].lower_ != "d'":
        return
    link = [doc[i].lower_]
    j = i + 1
    if doc[j].lower_ in _LINK_DETS and link[0] in ("de", "à"):
        link.append(doc[j].lower_)
        j += 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and usable(doc[j]):
        link.append(doc[j].lower_)
        j += 1
    if j >= len(doc) or not _common_noun(doc[j]) or lemma_of(doc[j]) in PLAIN_WORDS:
        return
    determined = any(w in DETERMINED_LINKS for w in link)
    phrase = _joined([*words, *link, agreeing_form(doc[j])])
    yield phrase, j, determined
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is None or not _adjective(after):
        return
    lemma = lemma_of(after)
    if relational(lemma) and lemma not in NATIONALITIES:
        yield f"{phrase} {agreeing_form(after)}", j + 1, determined


def locution(token: Token) -> str | None:
    """ "en vigueur", "sous tutelle": a noun right after a preposition, with no article."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i == 0 or not usable(token):
        return None
    before = doc[token.i - 1]
    if before.lower_ not in _LOCUTION_PREPS or before.whitespace_ == "":
        return None
    if any(child.dep_ != "case" for child in token.children):
        return None  # "à capacité nucléaire" is a complement, not a locution
    return f"{before.lower_} {lemma_of(token)}"


def idiom(token: Token) -> tuple[str, int] | None:
    """A verb and the bare noun it governs: "porter plainte", "mettre en examen". Yields the
    lemma and the last token."""
    doc = token.doc
    if token.pos_ != "VERB" or token.dep_.startswith("aux") or not usable(token):
        return None
    j = token.i + 1
    prep = ""
    if j < len(doc) and doc[j].lower_ == "en":
        prep = "en "
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN" or doc[j].head.i != token.i:
        return None
    noun = doc[j]
    if not usable(noun) or lemma_of(noun) in PLAIN_WORDS or (not prep and noun.dep_ != "obj"):
        return None
    if any(c.dep_ != "case" for c in noun.children):
        return None  # "venus en provenance de Russie", "signé des accords"
    return f"{lemma_of(token)} {prep}{lemma_of(noun)}", j


def quoted_term(doc: Doc, start: int, end: int) -> tuple[str, int, int] | None:
    """A short expression the writer puts between quotation marks ("contrôles « au faciès »"):
    (lemma, first token, last token), or None for a quotation, a name or a single word."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 4 or tokens[0].pos_ in ("PRON", "PUNCT"):
        return None
    if any(t.is_punct or t.pos_ == "CCONJ" or t.ent_type_ == "PER" for t in tokens):
        return None  # "ennemis rusés et dangereux" is a description, not a term
    if not all(t.text[0].islower() for t in tokens):
        return None
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in tokens):
        return None
    if not any(t.pos_ in ("NOUN", "ADJ") and usable(t) for t in tokens):
        return None
    words = [agreeing_form(t) if t.pos_ in ("NOUN", "ADJ") else t.lower_ for t in tokens]
    return _joined(words), tokens[0].i, tokens[-1].i


def collect(doc: Doc) -> dict[str, Candidate]:
    """Every candidate term of the article, by lemma (single words by a looser key)."""
    found: dict[str, Candidate] = {}

    def add(key: str, lemma: str, pos: str, kind: str, first: int, last: int) -> Candidate:
        cand = found.setdefault(key, Candidate(lemma, pos, kind))
        cand.spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
        cand.heads.append(first)
        cand.ranges.append((first, last))
        return cand

    locutions: dict[str, list[str | None]] = {}
    for token in doc:
        one = single(token)
        if one is not None:
            lemma, pos = one
            key = merge_key(lemma)
            cand = add(key, lemma, pos, "word", token.i, token.i)
            if len(lemma) < len(cand.lemma):
                cand.lemma = lemma  # "bourgeois" over "bourgeoise"
            cand.forms.add(token.lower_.replace("’", "'"))
            locutions.setdefault(key, []).append(locution(token))
        verb_idiom = idiom(token)
        if verb_idiom is not None:
            add(verb_idiom[0], verb_idiom[0], "VERB", "idiom", token.i, verb_idiom[1])
        for phrase, last, determined in phrases(doc, token):
            cand = add(phrase, phrase, "NOUN", "phrase", token.i, last)
            cand.determined = cand.determined or determined
            complement = doc[last] if doc[last].pos_ != "ADJ" else doc[last - 1]
            if last > token.i + 1 and "Plur" in complement.morph.get("Number"):
                cand.plural_complement = True
    for quote in _SHORT_QUOTE.finditer(doc.text):
        fragment = quoted_term(doc, quote.start(1), quote.end(1))
        if fragment is not None:
            add(fragment[0], fragment[0], "NOUN", "quoted", fragment[1], fragment[2])
    for key, preps in locutions.items():
        cand = found[key]
        if preps[0] is not None and len(set(preps)) == 1:
            # "vigueur" is only ever "en vigueur": the locution is what a learner meets
            cand.lemma, cand.kind = preps[0], "locution"
            pairs = list(zip(cand.heads, cand.spans, cand.ranges, strict=True))
            cand.spans = [(doc[h - 1].idx, end) for h, (_, end), _ in pairs]
            cand.ranges = [(h - 1, last) for h, _, (_, last) in pairs]
    return found


def merge_key(lemma: str) -> str:
    """One entry for the forms the lemmatiser leaves apart ("bourgeoise", "petite-bourgeois")."""
    return re.sub(r"[sx]$", "", re.sub(r"e(?=-|$)", "", lemma))
