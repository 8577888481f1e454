"""Terms a glossary knows, found where the parse alone would miss them: multi-word terms the
tagger splits ("zone euro", "secrétaire d'État") and verb phrases in any tense ("sont pointées du
doigt" for "pointer du doigt")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from tutor.extract.candidates import CONTENT_POS, Candidate, term_singular
from tutor.extract.tokens import TokenTable
from tutor.glossary import Glossary

_KNOWN_POS = CONTENT_POS | {"ADV"}
"""A listed adverbial locution is vocabulary too ("à l'unanimité", "en catimini"); connectors
among them rank low (terms.CONNECTORS)."""
_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})
_INFINITIVE = frozenset({"er", "ir", "re"})
"""An entry given without a part of speech is a verb phrase when it starts with an infinitive."""
_VERB_PHRASES: dict[int, tuple[Glossary, dict[str, list[tuple[str, tuple[str, ...]]]]]] = {}


def verb_phrases(glossary: Glossary) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The glossary's verb phrases by their verb ("pointer du doigt" under "pointer"), kept
    while the same glossary is in use."""
    kept = _VERB_PHRASES.get(id(glossary))
    if kept is not None and kept[0] is glossary:
        return kept[1]
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for entry in glossary:
        words = entry.lemma.lower().replace("’", "'").replace("'", "' ").split()
        verbal = entry.pos == "VERB" or (entry.pos not in _UPOS and words[0][-2:] in _INFINITIVE)
        if verbal and len(words) > 1 and words[0] not in ("se", "s'"):
            phrases.setdefault(words[0], []).append((entry.lemma, tuple(words[1:])))
    _VERB_PHRASES.clear()
    _VERB_PHRASES[id(glossary)] = (glossary, phrases)
    return phrases


def add_known_terms(
    found: dict[str, Candidate], tokens: TokenTable, known: list[tuple[int, int, str, str]]
) -> None:
    """Add the multi-word terms a glossary knows ("zone euro", "secrétaire d'État", "droit
    d'auteur") where the parse did not read them as a term: a tagger that takes "euro" for a
    name or "d'État" for a place must not hide a term a teacher listed. `known` holds (start,
    end, lemma, part of speech) of each occurrence; a name's words are never a term, and
    neither is a conjunction or a preposition ("tandis que", "à l'issue de")."""
    present = {term_singular(c.lemma) for c in found.values()}
    for start, end, lemma, pos in known:
        if pos not in _KNOWN_POS:
            continue
        first = bisect_right(tokens.idx, start) - 1
        last = bisect_left(tokens.idx, end) - 1
        if first == last or (" " not in lemma and "'" not in lemma and "-" not in lemma):
            continue  # single words: the parse's reading (and part of speech) is the better one
        if first < 0 or any(tokens.ent_type[i] == "PER" for i in range(first, last + 1)):
            continue
        if term_singular(lemma.lower()) in present:
            continue  # the parse read it: its spans are already counted
        cand = found.get(lemma)
        if cand is None:
            kind = "phrase" if " " in lemma or "'" in lemma else "compound"  # "start-up"
            cand = found[lemma] = Candidate(lemma, pos, kind)
        if (start, end) not in cand.spans:
            cand.spans.append((start, end))
            cand.heads.append(first)
            cand.ranges.append((first, last))


def verb_phrase_spans(
    tokens: TokenTable, phrases: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> list[tuple[int, int, str, str]]:
    """Where the verb phrases of a glossary occur in any tense: "pointer du doigt" in "ont
    pointé du doigt", "mettre en cause" in "met en cause". `phrases` maps a verb's infinitive to
    (lemma, following words) pairs. Gives (start, end, lemma, "VERB") like glossary matches;
    pronominal ones ("se féliciter") are left to the parse."""
    out: list[tuple[int, int, str, str]] = []
    n = len(tokens)
    for i in range(n):
        if tokens.pos[i] not in ("VERB", "AUX"):
            continue
        for lemma, rest in phrases.get(tokens.lemma[i].lower(), ()):
            j = i + 1
            for word in rest:
                if j >= n or not _same_word(tokens.lower[j].replace("’", "'"), word):
                    break
                j += 1
            else:
                last = j - 1
                if tokens.lower[last] in _CONTRACTED.get(rest[-1], ()):
                    last -= 1  # "mis un terme" of "mis un terme au conflit": the article is not
                out.append((tokens.idx[i], tokens.end(last), lemma, "VERB"))
    return out


_CONTRACTED = {"à": frozenset({"au", "aux"}), "de": frozenset({"d'", "du", "des"})}
"""A glossary phrase ends on its bare preposition ("mettre un terme à", "faire preuve de"); the
text contracts it with what follows ("a mis un terme au conflit", "fait preuve d'audace")."""


def _same_word(written: str, listed: str) -> bool:
    if written in _CONTRACTED.get(listed, ()):
        return True
    return term_singular(written) == term_singular(listed)
