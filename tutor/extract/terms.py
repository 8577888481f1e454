"""Key terms for a B1 learner: words and multi-word terms that are rare in everyday French and
matter in this article ("partenariat stratégique", "biens à double usage", "indéfectible").

Rarity comes from `wordfreq` (Zipf scale: 7 is "de", 3 is a word met once a month); topic words
that every learner knows ("pays", "visite") and names of people or places never qualify. Terms
that the news glossary defines are preferred: a teacher chose them, and they come with a
definition for the vocabulary exercises. The weights below were set on the development articles
of tests/data/gold (see tests/extract/test_gold_eval.py).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from tutor.extract.candidates import LINKS, Candidate, term_singular
from tutor.extract.dictionary_phrases import listed_phrase, phrase_occurrences
from tutor.extract.known_terms import (
    add_known_terms,
    verb_phrase_spans,
    verb_phrases,
    with_verb_phrases,
)
from tutor.extract.noun_frequency import noun_form_frequency
from tutor.extract.term_candidates import collect
from tutor.extract.term_choice import choose
from tutor.extract.term_features import TermContext
from tutor.extract.term_fields import FIELD_BOOST, FieldLexicon, field_lexicon
from tutor.extract.term_glosses import GLOSS_BOOST, explained, explained_ends, named_starts
from tutor.extract.term_idioms import is_idiom
from tutor.extract.term_pieces import (
    back_to_the_word,
    complete_pieces,
    glossary_entry,
    listed_locution,
)
from tutor.extract.term_ranker import rerank
from tutor.extract.term_rules_after import apply_rules_after_learning
from tutor.extract.term_topic import Topic
from tutor.extract.tokens import TokenTable
from tutor.extract.word_kinds import relational
from tutor.facts import Term
from tutor.french_frequency import word_frequency, zipf_frequency
from tutor.french_numbers import parse_french_ordinal
from tutor.glossary import Glossary, GlossaryEntry, GlossaryMatch, fold_term
from tutor.glossary_files import shipped_glossary, shipped_key_vocabulary

if TYPE_CHECKING:
    from tutor.extract.sentences import SentenceIndex
    from tutor.nlp import Doc

EVERYDAY_ZIPF = 5.8
"""Words this frequent (and more) are known to every learner: no rarity at all."""
RARITY_CAP = 1.2
"""Rarer than Zipf 2.8, a word is no more worth learning: it is rare for learners too."""
UNKNOWN_RARITY = 0.9
"""Words wordfreq does not know are rare but real ("dédiabolisation" is, "inopérance" too)."""
TOPIC_WEIGHT = 0.2
"""How much closeness to the article's subject counts against rarity alone."""
REPEAT_WEIGHT = 0.6
"""Bonus per doubling of the number of times the article uses the term."""
VERB_WEIGHT = 0.75
"""Verbs make fewer good exercises than nouns, and teachers rarely choose them: on the three
key-term corpora annotated after session 4, single verbs ranked 11 to 25 were a gold term 2
times in 26."""
ADJ_WEIGHT = 0.85
"""Adjectives alone, likewise (1 in 15 there)."""
PHRASE_BONUS = 0.6
"""A two-word term is rarer than its words: Zipf points taken off their mean frequency..."""
EXTRA_WORD_BONUS = 0.4
"""...and more for each further content word ("base industrielle de défense")."""
PHRASE_FLOOR = 0.75
"""What a noun joined to a bare complement is worth at least, made of everyday words as it may
be: "cours d'eau", "bras de fer", "droit de grève" are learnt as wholes, though each of their
words is known. A noun and its adjective get no such floor ("choix stratégique" describes as
often as "partie civile" names), nor does a complement with an article ("terme au conflit")."""
DETERMINED_WEIGHT = 0.85
"""A complement with an article ("défense du logiciel") names a thing less often than a bare one
("droit d'auteur")."""
PLURAL_COMPLEMENT_WEIGHT = 0.5
"""A plural complement ("famille de paysans") describes more often than it names."""
IDIOM_FLOOR = 1.0
"""What a verb idiom the glossary lists is worth at least: idioms are made of everyday words
("sortir de son lit", "céder au chantage", "tenir la route") and are learnt as wholes, like a
noun with a bare complement (PHRASE_FLOOR). Not a verb and its preposition ("inviter à"), nor
what only dictionaries list ("avoir lieu"). On the key-term corpora (session 6), 0.75 to 1.2
gain 1 to 3 terms over none; 1.0 and above do best."""
LONG_WEIGHT = 0.8
"""Three content words and more are harder to reuse than a short term."""
GLOSSARY_BOOST = 1.5
"""A term that the news glossary defines is worth half as much again."""
DICTIONARY_BOOST = 1.45
"""A multi-word term that French dictionaries list as a unit ("cours d'eau", "ordre du jour")
is a term, made of everyday words as it may be: worth nearly as much again as what the
glossary lists, a little less so that where both read a phrase ("mettre un terme à", "mettre
un terme") the teacher's entry wins (see dictionary_phrases.py). On the key-term corpora,
1.25 to 1.5 give the same recall within one term."""
TITLE_WEIGHT = 0.5
"""A term whose words are in the title is what the article is about: worth half as much again..."""
TITLE_MIN_WORTH = 0.5
"""...unless it is everyday French: a title's topic words ("visite", "gouvernement") are known,
and the article repeats them so often that repetition alone would rank them high..."""
TITLE_TOPIC_WEIGHT = 0.5
"""...so they keep only half their score."""
LONE_RELATIONAL_WEIGHT = 0.6
"""What a relational adjective alone keeps ("stratégique", "constitutionnel"): it classifies a
noun, and a learner meets it, and learns it, with that noun ("partenariat stratégique")."""
REPORTING_WEIGHT = 0.4
"""What an everyday verb of saying keeps, and a connector the glossary lists ("en revanche",
"néanmoins"): news uses them in every paragraph, they are taught apart from any subject, and
they would crowd out the article's own words."""

_REPORTING_VERBS = """
    déclarer annoncer affirmer indiquer préciser expliquer ajouter estimer souligner rappeler
    assurer répondre raconter confirmer réagir évoquer considérer penser croire juger noter
    signaler remarquer poursuivre conclure insister commenter expliquer lancer interroger
"""
REPORTING_VERBS = frozenset(_REPORTING_VERBS.split())
_CONNECTORS = """
    en revanche|en outre|par ailleurs|néanmoins|toutefois|cependant|pourtant|d'ailleurs|en effet
    |de plus|en fait|au contraire|par conséquent|ainsi|donc|désormais|notamment|également
    |en particulier|d'une part|d'autre part|en somme|bref|du reste|certes|en définitive
    |finalement|en tout cas|de toute façon|malgré tout|en attendant|entre-temps|dès lors
    |en bref|somme toute|par contre|au moins|en plus|en tout|à l'inverse|de même|en réalité
"""
CONNECTORS = frozenset(c.strip() for c in _CONNECTORS.split("|"))
"""Words that join the article's sentences ("en revanche", "néanmoins"), not its subject."""


class RankTerms(Protocol):
    """Sets the final scores of the candidates still in the running (term_ranker.rerank)."""

    def __call__(self, pool: list[Candidate], context: TermContext) -> None: ...


def find_terms(
    doc: Doc,
    body: str,
    sentences: SentenceIndex,
    title: str = "",
    limit: int = 40,
    glossary: Glossary | None = None,
    tokens: TokenTable | None = None,
    lexicon: FieldLexicon | None = None,
    rank: RankTerms | None = rerank,
) -> list[Term]:
    """The article's key terms, best first, at most `limit`, each with the form and sentence of
    its first occurrence. A word met only inside a chosen longer term is not listed again, and a
    word of the same family as a chosen one ranks lower. `glossary` defaults to the shipped one;
    pass an empty Glossary to rank on rarity and topic alone. `tokens` is the doc's token table,
    when the caller has it. `lexicon` adds the thematic lexicon's terms of the article's own
    field (see term_fields.py); with the shipped glossary, the shipped lexicon is the default.
    `rank` gives the final order (the learned one, see term_ranker.py); None keeps the order of
    the hand-made score."""
    tokens = TokenTable(doc) if tokens is None else tokens
    found = collect(doc, tokens)
    known = shipped_key_vocabulary() if glossary is None else glossary
    lexicon = field_lexicon() if lexicon is None and glossary is None else lexicon
    occurrences = []
    field_terms = Glossary()
    shares: dict[str, float] = {}
    if len(known):
        matches = known.find_in(body)
        occurrences = _occurrences(matches)
        if lexicon is not None:
            field_terms, shares = _field_terms(lexicon, matches, body, known)
            occurrences += _not_inside(_occurrences(field_terms.find_in(body)), occurrences)
        spans = verb_phrase_spans(tokens, verb_phrases(known))
        occurrences = with_verb_phrases(occurrences, spans)
    # the glossary's reading of a phrase ("mettre un terme à") before the dictionary's
    occurrences += _not_inside(phrase_occurrences(tokens), occurrences)
    add_known_terms(found, tokens, occurrences)
    title_words = {term_singular(w) for w in _TITLE_WORD.findall(title.lower().replace("’", "'"))}
    topic = Topic(tokens)
    gloss_ends, gloss_starts = explained_ends(body), named_starts(body)
    teachers = _teachers_entries(known) if glossary is not None else frozenset()
    taught: set[int] = set()
    listed: set[int] = set()
    for cand in found.values():
        entry = glossary_entry(cand, known, body) if len(known) else None
        if _named(cand, tokens) and (entry is None or not entry.lemma[:1].isupper()):
            # "le Parlement européen" is a name; "États membres" a term the glossary writes so
            cand.score = 0.0
            continue
        if cand.kind == "locution" and len(cand.spans) == 1 and entry is None and _bare(cand):
            back_to_the_word(cand, tokens)
            entry = glossary_entry(cand, known, body) if len(known) else None
        elif cand.kind == "word" and entry is None and len(known):
            entry = listed_locution(cand, tokens, known)
        if entry is not None and entry.lemma != cand.lemma and entry.lemma.lower() == cand.lemma:
            cand.lemma = entry.lemma  # "procureur de la République", as the glossary writes it
        if entry is not None and entry.pos and cand.kind != "word":
            if entry.pos in ("ADP", "SCONJ"):  # "à l'issue de", "dès lors que": grammar
                cand.score = 0.0
                continue
            cand.pos = entry.pos  # "en catimini" read as a noun's locution is an adverb
        if entry is not None:
            listed.add(id(cand))
            if fold_term(entry.lemma) in teachers:
                taught.add(id(cand))
        in_dictionary = entry is None and _in_dictionary(cand, body)
        cand.fixed = cand.kind != "word" and (entry is not None or in_dictionary)
        cand.score = _score(cand, title_words, topic.centrality(cand), entry, in_dictionary)
        if entry is not None and shares and lexicon is not None:
            cand.score = round(cand.score * lexicon.share_boost(entry.lemma, shares), 4)
        if entry is None and len(field_terms) and glossary_entry(cand, field_terms, body):
            cand.fixed = cand.kind != "word"
            cand.score = round(cand.score * FIELD_BOOST, 4)
        if (gloss_ends or gloss_starts) and explained(cand, gloss_ends, gloss_starts):
            cand.score = round(cand.score * GLOSS_BOOST, 4)
    complete_pieces(list(found.values()))
    pool = [c for c in found.values() if c.score > 0 and not _ordinal(c.lemma)]
    if rank is not None:
        rank(pool, TermContext(tokens, sentences, title, known, shipped_glossary()))
        apply_rules_after_learning(pool, taught, listed, _not_the_subject, REPORTING_WEIGHT)
    chosen = choose(pool, limit)
    terms = []
    for cand in chosen:
        start, end = cand.spans[0]
        terms.append(
            Term(cand.lemma, body[start:end], sentences.at(start).text, cand.score, cand.pos)
        )
    return terms


def _teachers_entries(known: Glossary) -> frozenset[str]:
    """The terms a teacher's own glossary adds to the shipped key vocabulary: the class studies
    them, so they stay ahead of what the learned ranking alone would give them."""
    shipped = shipped_key_vocabulary().entries
    return frozenset(k for k in known.entries if k not in shipped)


def _not_the_subject(cand: Candidate) -> bool:
    """A verb of saying or a connector (REPORTING_WEIGHT): news uses them in every article."""
    return (cand.kind == "word" and cand.lemma in REPORTING_VERBS) or cand.lemma in CONNECTORS


def _ordinal(lemma: str) -> bool:
    """An ordinal written in words ("deux-centième", "troisième") is no word to learn: review 15
    asked "sert son ___ café de la nuit" with "deux-centième" in a bank of nouns."""
    return lemma.endswith("ième") and parse_french_ordinal(lemma) is not None


def _field_terms(
    lexicon: FieldLexicon, matches: list[GlossaryMatch], body: str, known: Glossary
) -> tuple[Glossary, dict[str, float]]:
    """The thematic lexicon's terms of the article's field that the article uses and the key
    vocabulary does not list, and each field's share of the article's listed terms."""
    found = [m for m in lexicon.themes.find_in(body) if m.entry.lemma not in known]
    lemmas = [m.entry.lemma for m in [*matches, *found]]
    field = lexicon.article_field(lemmas)
    own = Glossary(
        {fold_term(m.entry.lemma): m.entry for m in found if lexicon.in_field(m.entry.lemma, field)}
    )
    return own, lexicon.field_shares(lemmas)


def _occurrences(matches: list[GlossaryMatch]) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.entry.lemma, m.entry.pos or "NOUN") for m in matches]


def _not_inside(
    more: list[tuple[int, int, str, str]], occurrences: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The occurrences of `more` that no occurrence already found contains: the glossary's
    reading of a phrase ("mettre un terme à") comes before the dictionary's."""
    return [o for o in more if not any(s <= o[0] and o[1] <= e for s, e, _, _ in occurrences)]


def _in_dictionary(cand: Candidate, body: str) -> bool:
    """A multi-word term that French dictionaries list as a unit ("cours d'eau", "feu vert")."""
    if cand.kind == "word":
        return False
    start, end = cand.spans[0]
    return listed_phrase(cand.lemma) is not None or listed_phrase(body[start:end]) is not None


def _bare(cand: Candidate) -> bool:
    """A locution of a preposition and its noun alone ("en bourse"), not one whose adjective
    shows it is fixed ("à ciel ouvert")."""
    return len(cand.words) == 2


def _bare_link(cand: Candidate) -> bool:
    """A noun joined to a bare complement ("cours d'eau", "bras de fer")."""
    return cand.words[1] in LINKS and not cand.determined


def _rarity(zipf: float) -> float:
    """How worth learning a word of this frequency is: everyday words not at all, rarer ones
    more, up to Zipf 2.8."""
    if zipf <= 0:
        return UNKNOWN_RARITY
    return max(0.0, min(RARITY_CAP, (EVERYDAY_ZIPF - zipf) / 2.5))


def lexeme_zipf(cand: Candidate) -> float:
    """Zipf frequency of a word across the forms the article writes it in: "concerne" is
    common even though the infinitive "concerner" is not."""
    words = {cand.content[0], *cand.forms} if cand.content else set(cand.forms)
    frequency = noun_form_frequency if cand.pos == "NOUN" else _any_word_frequency
    total = sum(frequency(w) for w in words)
    return round(math.log10(total * 1e9), 2) if total else 0.0


def _any_word_frequency(word: str) -> float:
    return word_frequency(word, "fr")


@lru_cache(maxsize=8192)
def _word_zipf(word: str) -> float:
    """A word of a multi-word term, singular or plural ("munition" is rarer than "munitions")."""
    return max(zipf_frequency(word, "fr"), zipf_frequency(word + "s", "fr"))


def value(cand: Candidate, listed: bool = False) -> float:
    """How worth learning the term is, whatever the article. A term the glossary lists is a
    term whatever its shape: the marks against descriptions ("famille de paysans") spare it
    ("appel d'offres", "conflit d'intérêts")."""
    if cand.kind == "word":
        return _rarity(lexeme_zipf(cand)) * _POS_WEIGHTS.get(cand.pos, 1.0)
    zipfs = [_word_zipf(w) for w in cand.content] or [0.0]
    extra = max(0, len(cand.content) - 2)
    rarity = _rarity(sum(zipfs) / len(zipfs) - PHRASE_BONUS - EXTRA_WORD_BONUS * extra)
    if len(cand.content) == 2 and cand.kind == "phrase" and _bare_link(cand):
        rarity = max(rarity, PHRASE_FLOOR)
    if listed:
        return rarity
    if cand.determined:
        rarity *= DETERMINED_WEIGHT
    if cand.plural_complement:
        rarity *= PLURAL_COMPLEMENT_WEIGHT
    if len(cand.content) > 2:
        rarity *= LONG_WEIGHT
    return rarity


_POS_WEIGHTS = {"VERB": VERB_WEIGHT, "ADJ": ADJ_WEIGHT}


_TITLE_WORD = re.compile(r"[\w'-]+")


def _in_title(cand: Candidate, title_words: set[str]) -> bool:
    words = cand.content or cand.words
    return (bool(words) and all(term_singular(w) in title_words for w in words)) or any(
        term_singular(f) in title_words for f in cand.forms
    )


def _score(
    cand: Candidate,
    title_words: set[str],
    topic: float,
    entry: GlossaryEntry | None,
    in_dictionary: bool = False,
) -> float:
    listed = entry is not None
    worth = raw = value(cand, listed or in_dictionary)
    if listed and cand.pos == "VERB" and is_idiom(cand):
        worth = raw = max(raw, IDIOM_FLOOR)
    if listed:
        worth *= GLOSSARY_BOOST
    elif in_dictionary:
        worth *= DICTIONARY_BOOST
    relevance = 1 + REPEAT_WEIGHT * math.log2(len(cand.spans))
    relevance *= 1 - TOPIC_WEIGHT + TOPIC_WEIGHT * 2 * topic
    if _in_title(cand, title_words):
        known_topic = raw < TITLE_MIN_WORTH and cand.kind == "word"
        relevance *= TITLE_TOPIC_WEIGHT if known_topic else 1 + TITLE_WEIGHT
    if _not_the_subject(cand):
        relevance *= REPORTING_WEIGHT
    if cand.kind == "word" and cand.pos == "ADJ" and _lone_relational(cand.lemma):
        relevance *= LONE_RELATIONAL_WEIGHT
    return round(worth * relevance, 4)


def _lone_relational(lemma: str) -> bool:
    """A relational adjective ("stratégique", "constitutionnel"); not a participle ("erroné",
    "blindé"), which alone still describes, nor a word of a movement ("frontiste"), which names
    its people too: both are worth learning as they are."""
    return relational(lemma) and not lemma.endswith(("é", "ée", "iste"))


def _named(cand: Candidate, tokens: TokenTable) -> bool:
    """A multi-word term written with a capital inside a sentence ("le Parlement européen",
    "le Conseil constitutionnel") is the name of an institution: a name, not vocabulary. Once
    is enough: an article that also writes "la commission européenne" still means the
    institution."""
    if cand.kind == "word" or cand.pos == "VERB":
        return False  # a verb phrase is no name, capital or not (« Céder au chantage, ...)
    return any(
        tokens.text[first][:1].isupper() and not tokens.sent_start[first]
        for first, _ in cand.ranges
    )
