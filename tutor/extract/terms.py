"""Key terms for a B1 learner: words and multi-word terms that are rare in everyday French and
matter in this article ("partenariat stratégique", "biens à double usage", "indéfectible").

Rarity comes from `wordfreq` (Zipf scale: 7 is "de", 3 is a word met once a month); topic words
that every learner knows ("pays", "visite") and names of people or places never qualify.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from tutor.extract.lexicon import NATIONALITIES
from tutor.facts import Term

if TYPE_CHECKING:
    from tutor.extract.sentences import SentenceIndex
    from tutor.nlp import Doc, Token

_PLAIN_WORDS = """
    être avoir faire pouvoir devoir aller venir dire voir savoir vouloir falloir mettre prendre
    donner passer rester trouver parler sembler laisser tenir porter rendre arriver demander
    chose fois côté cas sorte façon manière part fait moment temps jour an année mois semaine
    personne gens homme femme monde pays lieu partie point nombre exemple question suite fin
    début sujet autre même tout seul premier dernier grand petit bon nouveau vrai certain
    plusieurs quelque aucun tel propre cher gros beau jeune vieux deux trois quatre cinq six
    dix cent mille lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars
    avril mai juin juillet août septembre octobre novembre décembre aujourd'hui hier demain
    heure minute seconde décennie siècle
"""
PLAIN_WORDS = frozenset(_PLAIN_WORDS.split())
"""Everyday words and calendar words: never a key term however the article uses them."""

_RELATIONAL = re.compile(r"(ique|el|elle|al|ale|aire|if|ive|ier|ière|é|ée|libre|public)$")
"""Relational adjectives ("stratégique", "intellectuelle", "blindée") make terms with their noun;
qualitative ones ("inquiétant", "virile") make passing descriptions."""
_QUALITATIVE_WORDS = """
    crucial global principal essentiel actuel réel potentiel exceptionnel total final normal
    spécial vital fondamental éventuel habituel idéal brutal général particulier entier
    premier dernier fier cher inquiet complet rusé
"""
_QUALITATIVE = frozenset(_QUALITATIVE_WORDS.split())
"""Adjectives with a relational ending that still describe rather than classify."""
_LINKS = frozenset({"de", "d'", "à", "du"})
_LINK_DETS = frozenset({"l'", "la"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
_WORD = re.compile(r"^[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ'-]*[a-zà-öø-ÿœæ]$")


@dataclass
class _Candidate:
    lemma: str
    pos: str
    words: tuple[str, ...]
    spans: list[tuple[int, int]] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    plural_complement: bool = False
    score: float = 0.0


def _usable(token: Token) -> bool:
    """A lower-case content word that is not part of a name."""
    if token.ent_type_ in ("PER", "LOC") or token.pos_ not in _CONTENT_POS:
        return False
    text = token.text.lower()
    if not _WORD.match(text) or len(text) < 3:
        return False
    return token.text[0].islower() or token.is_sent_start


def _lemma(token: Token) -> str:
    """The lemma, unless the lemmatiser invented a word ("réciprocité" -> "réciprociter")."""
    lemma = token.lemma_.lower().replace("’", "'")
    text = token.text.lower().replace("’", "'")
    if not _WORD.match(lemma) or (zipf_frequency(lemma, "fr") == 0 < zipf_frequency(text, "fr")):
        return text
    return lemma


def _agreeing_form(token: Token) -> str:
    """An adjective or complement as it agrees with its noun, in the singular."""
    text = token.text.lower()
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


def _single(token: Token) -> tuple[str, str] | None:
    if not _usable(token):
        return None
    lemma = _lemma(token)
    if lemma in PLAIN_WORDS or lemma in NATIONALITIES or token.dep_.startswith("aux"):
        return None
    if _reflexive(token):
        lemma = f"se {lemma}" if lemma[0] not in "aeéèêiouyh" else f"s'{lemma}"
    return lemma, token.pos_


def _adjective(token: Token) -> bool:
    """An adjective, or one the tagger took for an adverb ("séjour irrégulier")."""
    if token.pos_ == "ADV" and not token.lower_.endswith("ment") and token.lower_.endswith("ier"):
        return True
    return token.pos_ == "ADJ" and _usable(token)


def _relational(lemma: str) -> bool:
    return bool(_RELATIONAL.search(lemma)) and lemma not in _QUALITATIVE


def _phrases(doc: Doc, head: Token) -> Iterator[tuple[str, int]]:
    """Multi-word terms that start at a noun: "missile balistique", "base industrielle de
    défense", "bien à double usage", "contrôle à l'exportation". Yields (lemma, last token)."""
    if head.pos_ != "NOUN" or not _usable(head) or _lemma(head) in PLAIN_WORDS:
        return
    words = [_lemma(head)]
    i = head.i + 1
    adjectives = 0
    while i < len(doc) and adjectives < 2 and _adjective(doc[i]):
        lemma = _lemma(doc[i])
        if lemma in PLAIN_WORDS or lemma in NATIONALITIES or not _relational(lemma):
            break
        words.append(_agreeing_form(doc[i]))
        adjectives += 1
        yield " ".join(words), i
        i += 1
    if (
        i + 1 >= len(doc)
        or doc[i].lower_ not in _LINKS
        or (doc[i].whitespace_ == "" and doc[i].lower_ != "d'")
    ):
        return
    link = [doc[i].lower_]
    j = i + 1
    if doc[j].lower_ in _LINK_DETS:
        link.append(doc[j].lower_)
        j += 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and _usable(doc[j]):
        link.append(doc[j].lower_)
        j += 1
    if j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or not _usable(doc[j]):
        return
    if doc[j].ent_type_ or not doc[j].text[0].islower():
        return
    if _lemma(doc[j]) in PLAIN_WORDS:
        return
    glue = "" if link[-1].endswith("'") else " "
    phrase = (
        " ".join(words) + " " + " ".join(link).replace("' ", "'") + glue + _agreeing_form(doc[j])
    )
    yield phrase.replace("' ", "'"), j
    after = doc[j + 1] if j + 1 < len(doc) else None
    relational = after is not None and _relational(_lemma(after))
    if relational and after.pos_ == "ADJ" and _usable(after) and _lemma(after) not in NATIONALITIES:
        yield f"{phrase} {_agreeing_form(after)}", j + 1


TOPIC_WEIGHT = 0.5
"""How much closeness to the article's subject counts against rarity alone."""
OTHER_POS_WEIGHT = 0.9
"""Verbs and adjectives make fewer exercises than nouns."""


def _rarity(zipf: float) -> float:
    """How worth learning a word of this frequency is: everyday words (Zipf 5.8 and up) not at
    all, rarer ones more, up to Zipf 2.8; words unknown to wordfreq count as rare but real."""
    if zipf <= 0:
        return 0.9
    return max(0.0, min(1.2, (5.8 - zipf) / 2.5))


def _centrality(candidate: _Candidate, doc: Doc, centroid: object) -> float:
    """How close the term's words are to what the article is about (cosine with the mean vector
    of its nouns), from the model's word vectors."""
    heads = [doc[doc_index] for doc_index in candidate.heads[:3]]
    sims = [float(_cosine(t.vector, centroid)) for t in heads if t.has_vector]
    return max(sims) if sims else 0.3


def _cosine(a: object, b: object) -> float:
    norm = float((a * a).sum() ** 0.5 * (b * b).sum() ** 0.5)  # type: ignore[operator]
    return float((a * b).sum()) / norm if norm else 0.0  # type: ignore[operator]


def _score(candidate: _Candidate, title: str, topic: float) -> float:
    content = [w for w in candidate.words if w not in _LINKS and w not in _LINK_DETS and len(w) > 2]
    zipfs = [zipf_frequency(w, "fr") for w in content] or [0.0]
    if len(candidate.words) == 1:
        rarity = _rarity(zipfs[0])
        weight = 1.0 if candidate.pos == "NOUN" else OTHER_POS_WEIGHT
    else:
        rarity = _rarity(sum(zipfs) / len(zipfs) - 0.6)
        bare = not any(w in _LINK_DETS or w == "du" for w in candidate.words)
        weight = (1.0 if bare else 0.7) * (0.8 if len(content) > 2 else 1.0)
        if candidate.plural_complement:
            weight *= 0.7  # "famille de paysans", "régiment de parachutistes": a description
    count = len(candidate.spans)
    in_title = any(w in title for w in content)
    repeated = 1 + 0.3 * math.log2(count) + (0.2 if in_title else 0.0)
    return round(rarity * weight * repeated * (1 - TOPIC_WEIGHT + TOPIC_WEIGHT * 2 * topic), 4)


def find_terms(
    doc: Doc, body: str, sentences: SentenceIndex, title: str = "", limit: int = 40
) -> list[Term]:
    """The article's key terms, best first, at most `limit`, each with the form and sentence of
    its first occurrence. A word met only inside a chosen longer term is not listed again."""
    candidates: dict[str, _Candidate] = {}
    for token in doc:
        single = _single(token)
        if single is not None:
            lemma, pos = single
            cand = candidates.setdefault(_merge_key(lemma), _Candidate(lemma, pos, (lemma,)))
            if len(lemma) < len(cand.lemma):
                cand.lemma, cand.words = lemma, (lemma,)  # "bourgeois" over "bourgeoise"
            cand.spans.append((token.idx, token.idx + len(token.text)))
            cand.heads.append(token.i)
        for phrase, last in _phrases(doc, token):
            cand = candidates.setdefault(phrase, _Candidate(phrase, "NOUN", tuple(phrase.split())))
            cand.spans.append((token.idx, doc[last].idx + len(doc[last].text)))
            cand.heads.append(token.i)
            complement = doc[last] if doc[last].pos_ != "ADJ" else doc[last - 1]
            if last > token.i + 1 and "Plur" in complement.morph.get("Number"):
                cand.plural_complement = True
    lowered_title = title.lower()
    nouns = [t.vector for t in doc if t.pos_ == "NOUN" and t.has_vector]
    centroid = sum(nouns) / len(nouns) if nouns else None
    for cand in candidates.values():
        topic = _centrality(cand, doc, centroid) if centroid is not None else 0.3
        cand.score = _score(cand, lowered_title, topic)
    chosen: list[_Candidate] = []
    for cand in sorted(candidates.values(), key=lambda c: (-c.score, c.spans[0][0])):
        if cand.score <= 0 or _covered(cand, chosen):
            continue
        chosen.append(cand)
        if len(chosen) >= limit:
            break
    terms = []
    for cand in chosen:
        start, end = cand.spans[0]
        terms.append(
            Term(cand.lemma, body[start:end], sentences.at(start).text, cand.score, cand.pos)
        )
    return terms


def _merge_key(lemma: str) -> str:
    """One entry for the forms the lemmatiser leaves apart ("bourgeoise", "petite-bourgeois")."""
    return re.sub(r"[sx]$", "", re.sub(r"e(?=-|$)", "", lemma))


def _covered(cand: _Candidate, chosen: list[_Candidate]) -> bool:
    """A word met only as the head of a chosen term ("partenariat" of "partenariat stratégique"),
    or a term overlapping a chosen one everywhere ("accord de partenariat"), adds nothing."""
    phrases = [c for c in chosen if len(c.words) > 1]
    taken = [span for c in phrases for span in c.spans]
    if len(cand.words) == 1:
        # "partenariat" of "partenariat stratégique"; a noun in "N de N" still stands alone.
        heads = {h for c in phrases if c.words[1] not in _LINKS for h in c.heads}
        if cand.pos == "ADJ" and zipf_frequency(cand.lemma, "fr") >= 3.5:
            # "stratégique" inside "partenariat stratégique"; a rare one ("répressif") stays.
            return all(any(s < b and a < e for s, e in taken) for a, b in cand.spans)
        return all(h in heads for h in cand.heads)
    singles = {c.heads[0] for c in chosen if len(c.words) == 1 for _ in c.heads[:1]}
    chosen_heads = {h for c in chosen if len(c.words) == 1 for h in c.heads}
    if len(cand.spans) == 1 and cand.heads[0] in chosen_heads and singles:
        return True  # "sanction internationale" once, after "sanction": nothing new
    return all(any(s < b and a < e for s, e in taken) for a, b in cand.spans)
