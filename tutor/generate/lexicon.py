"""Word meaning and noun gender from the language model, to judge the distractors of a bank.

Extraction has already loaded the French model when an article is generated for real; reading
its word vectors and re-tagging the article costs a fraction of a second. The model is imported
on first use only (generation stays importable without spaCy), and without it `Lexicon` knows
nothing: banks then keep only words whose gender the article or the glossary shows.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tutor.generate import french
from tutor.generate.simplify import is_participle

if TYPE_CHECKING:
    import numpy as np


def _sum(values: np.ndarray) -> float:
    """The sum of an array added left to right, as Python's sum() adds floats: the scores stay
    those of the plain-Python cosine to the last bit, so banks do not change with the speed-up
    (a dot product adds in another order). numpy comes with the model, so it is imported only
    when there are vectors."""
    from numpy import add

    return float(add.accumulate(values)[-1])


def _norm(vector: np.ndarray) -> float:
    return math.sqrt(_sum(vector * vector))


@dataclass
class Lexicon:
    """What the model says about the words of one article.

    `genders` maps a folded noun form (and its folded lemma) to "m" or "f", by the majority of
    the article's tokens the tagger gave a gender. `finite` holds the lower-case forms the tagger
    read as a finite verb somewhere in the article ("arrive", "prennent", not "basé"): a clause
    cut from a sentence must keep one. `nominal` holds the sentences (folded, stripped) with
    neither a finite verb nor a subject ("Une première depuis 1986 pour ce club …"): no event
    to ask about or restate. `vocab` is the model's vocabulary, None without a model.
    """

    genders: dict[str, str] = field(default_factory=dict)
    vocab: Any = None
    finite: frozenset[str] = frozenset()
    nominal: frozenset[str] = frozenset()
    text: str = ""
    """The article as tagged: `predicates` index it."""
    predicates: tuple[int, ...] = ()
    """Where the tagger read a finite verb or a subject in `text` (sorted offsets)."""
    infinitives: frozenset[str] = frozenset()
    """The verbs the model's lemmatizer knows, to see a verb the tagger read as a noun."""
    nouns: frozenset[str] = frozenset()
    """The folded forms the tagger read as a noun somewhere in the article: "scientifique" in
    "une réussite scientifique" is an adjective, and no noun's definition fits it."""
    _vectors: dict[str, np.ndarray | None] = field(default_factory=dict)
    _norms: dict[str, float] = field(default_factory=dict)
    _similarities: dict[tuple[str, str], float | None] = field(default_factory=dict)
    """Each pair is asked again for every candidate of a bank (the answer against the words
    around the gap): worth remembering for the article."""

    def vector(self, text: str) -> np.ndarray | None:
        """The mean vector of a word or expression's words, None when the model has none.

        Small models prune their table: a rare word then shares the row of a frequent one, so
        two rare words can look identical; `similarity` says so with a value of 1.
        """
        if text not in self._vectors:
            self._vectors[text] = self._mean_vector(text)
        return self._vectors[text]

    def _mean_vector(self, text: str) -> np.ndarray | None:
        if self.vocab is None:
            return None
        rows = []
        for word in text.replace("’", "'").split():
            for form in (word, word.lower()):
                if self.vocab.has_vector(form):
                    rows.append(self.vocab.get_vector(form))
                    break
        if not rows:
            return None
        import numpy as np

        # in the model's single precision, row after row, as a column's sum() adds them
        total = np.array(rows[0], dtype=np.float32)
        for row in rows[1:]:
            total += row
        return (total / np.float32(len(rows))).astype(np.float64)

    def similarity(self, a: str, b: str) -> float | None:
        """Cosine similarity of two words' vectors; None when either has no vector."""
        if (a, b) not in self._similarities:
            self._similarities[(a, b)] = self._cosine(a, b)
        return self._similarities[(a, b)]

    def _cosine(self, a: str, b: str) -> float | None:
        va, vb = self.vector(a), self.vector(b)
        if va is None or vb is None:
            return None
        norm = self._norm(a, va) * self._norm(b, vb)
        return _sum(va * vb) / norm if norm else 0.0

    def _norm(self, text: str, vector: np.ndarray) -> float:
        if text not in self._norms:
            self._norms[text] = _norm(vector)
        return self._norms[text]

    def gender(self, noun: str) -> str | None:
        """The gender the tagger gave this noun (or its singular) in the article."""
        folded = french.fold(noun)
        single = folded[:-1] if folded.endswith(("s", "x")) else folded
        return self.genders.get(folded) or self.genders.get(single)


def article_lexicon(text: str) -> Lexicon:
    """The lexicon of an article; empty when the language model cannot be loaded."""
    try:
        from tutor import nlp
    except ImportError:
        return Lexicon()
    try:
        model = nlp.load()
        doc = nlp.analyse(text, model)
    except Exception:  # a missing model is reported by extraction, not here
        return Lexicon()
    votes: dict[str, Counter[str]] = {}
    strings = doc.vocab.strings
    # the parts of speech read in one array: a Token is built for the nouns only
    parts = doc.to_array(["POS"]).tolist() if len(doc) else []
    nouns = {pos for pos in set(parts) if strings[pos] == "NOUN"}
    for i, pos in enumerate(parts):
        if pos not in nouns:
            continue
        token = doc[i]
        found = token.morph.get("Gender")
        if len(found) != 1 or found[0] not in ("Masc", "Fem"):
            continue
        gender = "m" if found[0] == "Masc" else "f"
        for key in {french.fold(token.text), french.fold(token.lemma_)}:
            votes.setdefault(key, Counter())[gender] += 1
    genders = {}
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n > rest[0][1]:
            genders[key] = best
    verbs = {pos for pos in set(parts) if strings[pos] in ("VERB", "AUX")}
    finite = frozenset(
        doc[i].text.lower().replace("’", "'")
        for i, pos in enumerate(parts)
        if pos in verbs and "Fin" in doc[i].morph.get("VerbForm") and doc[i].text.islower()
    )  # a capitalised word is a name the tagger misread ("Cyclavia"), not a verb
    predicates = tuple(
        t.idx for t in doc if "Fin" in t.morph.get("VerbForm") or t.dep_.startswith("nsubj")
    )
    return Lexicon(
        genders,
        model.vocab,
        nouns=frozenset(french.fold(doc[i].text) for i, pos in enumerate(parts) if pos in nouns),
        finite=finite,
        nominal=_nominal_sentences(doc),
        text=text,
        predicates=predicates,
        infinitives=_infinitives(model),
    )


def _infinitives(model: Any) -> frozenset[str]:
    """The verbs of the model's lemmatizer tables (empty when it has none)."""
    try:
        table = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table.get("verb") or ())
    except (KeyError, AttributeError):
        return frozenset()


def _nominal_sentences(doc: Any) -> frozenset[str]:
    """Sentences with no finite verb and no subject. A verb the tagger misses ("une directive
    européenne demande aux pilotes", read as a noun) still leaves its subject ("directive",
    nsubj): that sentence is a clause, and is not counted."""
    found = set()
    for sentence in doc.sents:
        if any("Fin" in t.morph.get("VerbForm") or t.dep_.startswith("nsubj") for t in sentence):
            continue
        found.add(french.fold(sentence.text.strip()))
    return frozenset(found)


def is_nominal(lexicon: Lexicon, sentence: str) -> bool:
    """Whether a sentence of the article has no verb: no finite verb nor subject in the tagger's
    reading of its own words, wherever the parser cut the article (a list item "les mairies des
    neuf arrondissements ;" lies inside a longer parsed sentence, and was not looked at), and no
    verb the tagger took for a noun after its subject ("Le refuge compte 120 places", "Les
    gendarmes contrôlent au départ du sentier" were read as verbless)."""
    text = sentence.strip()
    start = lexicon.text.find(text) if text else -1
    if start < 0:
        if french.fold(text) not in lexicon.nominal:
            return False
    else:
        first = bisect_left(lexicon.predicates, start)
        if first < len(lexicon.predicates) and lexicon.predicates[first] < start + len(text):
            return False
    return not _verb_after_subject(text, lexicon.infinitives)


_SUBJECT_THEN_WORD = re.compile(
    r"^(?:(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|l['’])"
    r"(?P<noun>[^\W\d_]+)\s+(?P<word>[^\W\d_]+)\b",
    re.IGNORECASE,
)


def _verb_after_subject(sentence: str, infinitives: frozenset[str]) -> bool:
    """Whether the word after a sentence's opening noun is a present tense agreeing with it,
    of a verb of the first group ("Le groupe compte", "Les gendarmes contrôlent"): a noun
    there would be plural after a plural, an adjective would not end in "-ent"."""
    found = _SUBJECT_THEN_WORD.match(sentence)
    if found is None:
        return False
    noun, word = found["noun"].lower(), found["word"].lower()
    ending = "ent" if noun.endswith(("s", "x")) else "e"
    return word.endswith(ending) and word[: -len(ending)] + "er" in infinitives


@lru_cache(maxsize=64)
def verb_forms(text: str) -> frozenset[str]:
    """The lower-case words the tagger reads as conjugated verbs in a short text (a title:
    "Bourges arrache l'EuroCoupe", "un orage … ravage vignes et toitures"; the tagger calls
    "ravage" a participle, so a participle's look decides, not its tag: "huit prévenus
    condamnés" keeps its participle); empty without the model. Kept per text: the summary
    question asks for its title's verbs twice, and the tagger takes 2 ms a title."""
    try:
        from tutor import nlp

        doc = nlp.tag(text, nlp.load())  # parts of speech are all it needs
    except Exception:  # a missing model is reported by extraction, not here
        return frozenset()
    return frozenset(
        t.text.lower()
        for t in doc
        if t.pos_ in ("VERB", "AUX")
        and t.text.islower()
        and not is_participle(t.text)
        # "un négociant jugé pour avoir vendu …": an infinitive is no conjugated verb
        and "Inf" not in t.morph.get("VerbForm")
    )
