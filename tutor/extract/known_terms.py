"""Terms a glossary knows, found where the parse alone would miss them: multi-word terms the
tagger splits ("zone euro", "secrétaire d'État") and verb phrases in any tense and person ("sont
pointées du doigt" for "pointer du doigt", "ne décolèrent pas" for "ne pas décolérer")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from tutor.extract.candidates import CONTENT_POS, Candidate, term_singular
from tutor.extract.tokens import TokenTable
from tutor.glossary import Glossary

_KNOWN_POS = CONTENT_POS | {"ADV"}
"""A listed adverbial locution is vocabulary too ("à l'unanimité", "en catimini"); connectors
among them rank low (terms.CONNECTORS)."""
_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET"})
_INFINITIVE = frozenset({"er", "ir", "re"})
"""An entry given without a part of speech is a verb phrase when it starts with an infinitive."""


class VerbPhrase(NamedTuple):
    """A glossary verb phrase as the matcher reads it: "ne pas tarir d'éloges" is the verb
    "tarir", the words ("d'", "éloges") after it, and the negation "pas"."""

    lemma: str
    rest: tuple[str, ...]
    negation: str = ""
    """ "pas" or "rien" for a phrase listed in the negative ("ne pas décolérer")."""
    reflexive: bool = False
    """Listed with "se" ("se pencher sur"): a reflexive pronoun comes before the verb."""


_VERB_PHRASES: dict[int, tuple[Glossary, dict[str, list[VerbPhrase]]]] = {}


def verb_phrases(glossary: Glossary) -> dict[str, list[VerbPhrase]]:
    """The glossary's verb phrases by their verb ("pointer du doigt" under "pointer", "ne pas
    décolérer" under "décolérer", "se pencher sur" under "pencher"), longest first, kept while
    the same glossary is in use."""
    kept = _VERB_PHRASES.get(id(glossary))
    if kept is not None and kept[0] is glossary:
        return kept[1]
    phrases: dict[str, list[VerbPhrase]] = {}
    for entry in glossary:
        words = entry.lemma.lower().replace("’", "'").replace("'", "' ").split()
        negation = ""
        if len(words) > 2 and words[0] == "ne" and words[1] in _LISTED_NEGATIONS:
            negation, words = words[1], words[2:]
        reflexive = len(words) > 1 and words[0] in ("se", "s'")
        if reflexive:
            words = words[1:]
        verbal = entry.pos == "VERB" or (entry.pos not in _UPOS and words[0][-2:] in _INFINITIVE)
        if verbal and (len(words) > 1 or negation):
            found = VerbPhrase(entry.lemma, tuple(words[1:]), negation, reflexive)
            phrases.setdefault(words[0], []).append(found)
    for listed in phrases.values():
        listed.sort(key=lambda p: (-len(p.rest), not p.negation))  # "ne pas ..." tried first
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
    shorter: list[tuple[int, int]] = []
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
            if pos == "VERB":
                kind = "idiom"  # like "porter plainte": its noun alone is no other term
            cand = found[lemma] = Candidate(lemma, pos, kind)
        if (start, end) not in cand.spans:
            cand.spans.append((start, end))
            cand.heads.append(first)
            cand.ranges.append((first, last))
        if pos == "VERB":
            shorter.append((start, end))
    if shorter:
        _drop_shorter_idioms(found, shorter)


def _drop_shorter_idioms(found: dict[str, Candidate], spans: list[tuple[int, int]]) -> None:
    """The parse reads a verb and its noun ("font appel") where the glossary reads a longer
    phrase from the same verb ("font appel à"): the longer one is what the sentence says, and
    the shorter one is not counted there."""
    starts: dict[int, int] = {}
    for start, end in spans:
        starts[start] = max(end, starts.get(start, end))
    for key, cand in list(found.items()):
        if cand.kind != "idiom" or not any(s in starts for s, _ in cand.spans):
            continue
        keep = [k for k, (s, e) in enumerate(cand.spans) if not e < starts.get(s, -1)]
        if len(keep) == len(cand.spans):
            continue
        if not keep:
            del found[key]
            continue
        cand.spans = [cand.spans[k] for k in keep]
        cand.heads = [cand.heads[k] for k in keep]
        cand.ranges = [cand.ranges[k] for k in keep]


def verb_phrase_spans(
    tokens: TokenTable, phrases: dict[str, list[VerbPhrase]]
) -> list[tuple[int, int, str, str]]:
    """Where the verb phrases of a glossary occur in any tense and person: "pointer du doigt"
    in "ont pointé du doigt", "clamer son innocence" in "clame toujours leur innocence",
    "franchir le cap" in "franchit un cap", "ne pas décolérer" in "ne décolèrent pas". Gives
    (start, end, lemma, "VERB") like glossary matches, the longest phrase at each verb."""
    out: list[tuple[int, int, str, str]] = []
    for i, pos in enumerate(tokens.pos):
        if pos not in ("VERB", "AUX"):
            continue
        for phrase in phrases.get(tokens.lemma[i].lower(), ()):
            span = _phrase_at(tokens, i, phrase)
            if span is not None:
                out.append((tokens.idx[span[0]], tokens.end(span[1]), phrase.lemma, "VERB"))
                break  # longest first: "faire appel à" rather than "faire appel"
    return out


def with_verb_phrases(
    literal: list[tuple[int, int, str, str]], spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The glossary's literal matches and its verb phrases in any tense, where a verb phrase
    replaces a literal verb entry it overlaps: "faire appel aux bénévoles" is "faire appel à",
    not also "faire appel"."""
    kept = [
        o
        for o in literal
        if o[3] != "VERB" or not any(s < o[1] and o[0] < e for s, e, _, _ in spans)
    ]
    return kept + spans


def _phrase_at(tokens: TokenTable, i: int, phrase: VerbPhrase) -> tuple[int, int] | None:
    """The first and last token of the phrase whose verb is token `i`, if it is there. Up to
    two adverbs may come between the verb and the rest ("porte désormais plainte"), but not a
    negation: "ne cède pas au chantage" says the opposite, and a phrase listed in the negative
    is another entry ("ne pas passer inaperçu"). A listed possessive stands for any ("clame
    leur innocence"), a listed article for the other ones of its number ("franchir un cap" in
    "a franchi le cap")."""
    n = len(tokens)
    first, j = i, i + 1
    if phrase.reflexive and _before(tokens, i, _REFLEXIVE) is None:
        return None
    if phrase.negation:
        ne = _before(tokens, i, _NE)
        if ne is None:
            return None
        first = ne
        particles = _NEGATIONS[phrase.negation]
        if not any(tokens.lower[k] in particles for k in range(ne + 1, i)):
            if j >= n or tokens.lower[j] not in particles:
                return None  # "ne décolèrent pas": the particle follows the verb
            j += 1
    last = j - 1
    for w, word in enumerate(phrase.rest):
        skipped = 0
        while j < n and not _same_word(tokens, j, word):
            if w > 0 or skipped == _MOST_ADVERBS or tokens.pos[j] != "ADV":
                return None
            if tokens.lower[j] in _NEGATIONS["pas"]:
                return None
            skipped += 1
            j += 1
        if j >= n:
            return None
        if word == "des" and tokens.pos[j] == "NUM":
            while j + 1 < n and tokens.pos[j + 1] == "NUM":
                j += 1  # "supprimer 1 200 postes" for "supprimer des postes"
        last = j
        j += 1
    if phrase.rest and tokens.lower[last] in _CONTRACTED.get(phrase.rest[-1], ()):
        last -= 1  # "mis un terme au conflit": the article is not the phrase's
    return first, last


def _before(tokens: TokenTable, i: int, words: frozenset[str]) -> int | None:
    """The nearest of `words` before the verb `i`, with only pronouns, auxiliaries and adverbs
    between ("ne s'est pas encore porté"): the "ne" or the "se" of the verb's own clause."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if tokens.lower[k].replace("’", "'") in words:
            return k
        if tokens.pos[k] not in ("PRON", "AUX", "ADV"):
            return None
    return None


_MOST_ADVERBS = 2
_LISTED_NEGATIONS = frozenset({"pas", "rien", "plus", "jamais"})
_NEGATIONS = {
    "pas": frozenset({"pas", "plus", "jamais", "guère", "point"}),
    "plus": frozenset({"pas", "plus", "jamais", "guère", "point"}),
    "jamais": frozenset({"pas", "plus", "jamais", "guère", "point"}),
    "rien": frozenset({"rien"}),
}
"""What a listed negation matches: "ne pas décolérer" in "ne décolèrent plus" too."""
_NE = frozenset({"ne", "n'"})
_REFLEXIVE = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous"})
_POSSESSIVES = frozenset(
    {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"}
)
_SINGULAR_ARTICLES = frozenset({"le", "la", "l'", "un", "une"})
_PLURAL_ARTICLES = frozenset({"les", "des"})
_ARTICLES = dict.fromkeys(_SINGULAR_ARTICLES, _SINGULAR_ARTICLES)
_ARTICLES.update(dict.fromkeys(_PLURAL_ARTICLES, _PLURAL_ARTICLES))
"""A listed article stands for the other ones of its number: gender and elision are the
noun's ("franchir le cap", "franchir un cap"; "garder l'anonymat")."""
_INDEFINITE = frozenset({"un", "une"})
_TIME_NOUNS = frozenset({"jour", "fois", "moment", "temps", "instant", "matin", "soir", "nuit"})
"""An indefinite article and a noun of time make an adverb ("un jour", "une fois"), not the
object of a phrase listed with another article: "voir un jour naître" is "someday see"."""


def _time_noun(tokens: TokenTable, j: int) -> bool:
    return j < len(tokens) and tokens.lower[j] in _TIME_NOUNS


_CONTRACTED = {"à": frozenset({"au", "aux"}), "de": frozenset({"d'", "du", "des"})}
"""A glossary phrase ends on its bare preposition ("mettre un terme à", "faire preuve de"); the
text contracts it with what follows ("a mis un terme au conflit", "fait preuve d'audace")."""


def _same_word(tokens: TokenTable, j: int, listed: str) -> bool:
    written = tokens.lower[j].replace("’", "'")
    if written == listed or written in _CONTRACTED.get(listed, ()):
        return True
    if listed in _POSSESSIVES:
        return written in _POSSESSIVES
    if listed in _ARTICLES:
        if written in _INDEFINITE and written != listed and _time_noun(tokens, j + 1):
            return False  # "voir un jour naître un éléphant" is no "voir le jour"
        return written in _ARTICLES[listed] or (listed == "des" and tokens.pos[j] == "NUM")
    if written in _POSSESSIVES or written in _ARTICLES:
        return False
    singular, listed_singular = term_singular(written), term_singular(listed)
    # "restent mobilisées" for "rester mobilisé"
    return singular in (listed_singular, listed_singular + "e")
