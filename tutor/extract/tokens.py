"""The token attributes of a parse read once into plain lists, for rules that visit every token."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from tutor.french_frequency import zipf_frequency

if TYPE_CHECKING:
    from tutor.nlp import Doc


class _Strings(Protocol):
    def __getitem__(self, key: int) -> str: ...


_COLUMNS = ("ORTH", "LOWER", "LEMMA", "POS", "ENT_TYPE", "DEP", "IDX", "SPACY", "SENT_START")
_COLUMNS += ("HEAD", "MORPH")
_WRAP = 1 << 64
_HALF = 1 << 63
"""`Doc.to_array` gives unsigned integers: a head before its token comes out wrapped."""


class TokenTable:
    """Text, lemma, part of speech, entity type, dependency, offset, spacing, sentence starts
    and heads of every token of a parse, as lists indexed like the doc.

    Reading `token.pos_` builds a Token and looks its string up on every call, and
    `token.morph.get(...)` parses the features again each time; term candidates read a dozen
    attributes of each token, several times over, so they read them here instead. Each string
    is looked up in the vocabulary's strings as the token's own attribute does, so rules read
    the same values either way, but for two tagging faults mended here (`_mend_infinitives`,
    `_mend_lower_case_names`).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array(list(_COLUMNS)).T.tolist() if len(doc) else [[]] * len(_COLUMNS)
        orth, lower, lemma, pos, ent, dep, idx, spacy, start, head, morph = columns
        strings = doc.vocab.strings
        self.orth: list[int] = orth
        """The id of each token's word: equal ids, equal words."""
        self.text = _strings(strings, orth)
        self.lower = _strings(strings, lower)
        self.lemma = _strings(strings, lemma)
        self.pos = _strings(strings, pos)
        self.ent_type = _strings(strings, ent)
        self.dep = _strings(strings, dep)
        self.idx: list[int] = idx
        self.whitespace = [" " if s else "" for s in spacy]
        self.sent_start = [s == 1 for s in start]
        """Whether the token starts a sentence (`token.is_sent_start` is true)."""
        self.head = [i + h if h < _HALF else i + h - _WRAP for i, h in enumerate(head)]
        self.spacy_pos = list(self.pos)
        """Each token's part of speech as the tagger gave it (`token.pos_`), not mended."""
        _mend_infinitives(self)
        _mend_lower_case_names(self)
        self._morph_ids: list[int] = morph
        self._morph: dict[int, str] = {}
        self._governs: list[bool] | None = None
        self._doc_text: str | None = None

    def __len__(self) -> int:
        return len(self.text)

    @property
    def doc_text(self) -> str:
        """`doc.text`, joined once: spaCy joins it anew, a Token per word, at each call."""
        if self._doc_text is None:
            self._doc_text = "".join(map(str.__add__, self.text, self.whitespace))
        return self._doc_text

    def hyphened_to_name(self, i: int) -> bool:
        """Whether token `i` is joined by a hyphen to a capitalised word ("Armor-Lait")."""
        if i + 1 >= len(self.text) or self.whitespace[i]:
            return False
        after = self.text[i + 1]
        if after == "-":
            joined = i + 2 < len(self.text) and not self.whitespace[i + 1]
            return joined and self.text[i + 2][:1].isupper()
        return after.startswith("-") and after[1:2].isupper()

    def end(self, i: int) -> int:
        """The offset just after token `i`."""
        return self.idx[i] + len(self.text[i])

    def morph(self, i: int, field: str) -> tuple[str, ...]:
        """The values of one morphological feature of token `i` (empty when it has none), like
        `token.morph.get(field)`."""
        key = self._morph_ids[i]
        if key not in self._morph:
            self._morph[key] = str(self.doc[i].morph)
        return _features(self._morph[key]).get(field, ())

    def governs_more_than_a_preposition(self, i: int) -> bool:
        """Whether token `i` has a dependent other than its "case" marker: "vigueur" in "en
        vigueur" has none, "capacité" in "à capacité nucléaire" has one."""
        if self._governs is None:
            self._governs = [False] * len(self.head)
            for j, (head, dep) in enumerate(zip(self.head, self.dep, strict=True)):
                if head != j and dep != "case":
                    self._governs[head] = True
        return self._governs[i]


_RECENT_TABLES: list[TokenTable] = []
_RECENT_LOCK = threading.Lock()
_KEPT_TABLES = 4
"""Tables of the last few parses: rules called for one article reach its table from the doc
alone, and a table keeps its doc alive, so only a few are kept."""


def table_of(doc: Doc) -> TokenTable:
    """The TokenTable of a parse, read once while it is among the last few asked for."""
    last = _RECENT_TABLES[:1]  # rules on one token ask again and again for the same parse
    if last and last[0].doc is doc:
        return last[0]
    with _RECENT_LOCK:
        for table in _RECENT_TABLES:
            if table.doc is doc:
                return table
    table = TokenTable(doc)
    with _RECENT_LOCK:
        _RECENT_TABLES.insert(0, table)
        del _RECENT_TABLES[_KEPT_TABLES:]
    return table


def text_of(doc: Doc) -> str:
    """`doc.text` without building a Token per word at each call (see `TokenTable.doc_text`)."""
    return table_of(doc).doc_text


_OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’"})
_INFINITIVE = re.compile(r"[a-zà-ÿ]{2,}(?:er|ir|re|oir)$")


def _mend_infinitives(t: TokenTable) -> None:
    """ "pour la refroidir", "sans les prévenir": the tagger reads the object pronoun as an
    article and the infinitive as its noun, yet gives itself away, hanging the "article" on it
    as its object or "pour" on it as the marker of a clause (a noun takes "pour" as a case);
    that word is a verb ("pour la mer" is untouched)."""
    for i in range(2, len(t.pos)):
        clitic, lead = i - 1, i - 2
        if t.pos[i] != "NOUN" or t.lower[clitic] not in _OBJECT_CLITICS:
            continue
        if not _INFINITIVE.match(t.lower[i]) or t.head[clitic] != i:
            continue
        marked = t.head[lead] == i and t.dep[lead] == "mark"
        if marked or t.dep[clitic] in ("obj", "iobj"):
            t.pos[i], t.pos[clitic] = "VERB", "PRON"
            t.lemma[i] = t.lower[i]


_PARTICLES = "van von der den del della des dos das bin ben ibn abu los las san santa"
_NAME_PARTICLES = frozenset(_PARTICLES.split())
"""Lower-case words that belong to names ("Ludwig van Beethoven", "Ibn Khaldoun")."""


def _mend_lower_case_names(t: TokenTable) -> None:
    """ "un arrêté sécheresse", "les hommages se sont multipliés", "accordera guère de répit":
    the tagger reads a lower-case word as a proper noun now and then, and a term is then never
    a candidate. French writes no name in lower case: a word that French uses, outside any
    entity and not a particle of a name, is a common noun. On the 587 annotated key-term
    articles (session 20), lower-case PROPN outside an entity is about one token in 1,000."""
    for i, pos in enumerate(t.pos):
        if pos != "PROPN" or t.ent_type[i]:
            continue
        text = t.text[i]
        if len(text) < 3 or not text[0].islower() or not text.isalpha():
            continue
        if text in _NAME_PARTICLES or zipf_frequency(text, "fr") <= 0:
            continue
        t.pos[i] = "NOUN"


_NAMES: dict[int, str] = {}
"""Strings by id, across parses: an id is the hash of its string (or the number of a part of
speech), the same in every vocabulary, so the words of a batch are looked up once."""
_MOST_NAMES = 500_000


def _strings(strings: _Strings, ids: list[int]) -> list[str]:
    """The string of each id, looked up in the vocabulary's strings as Token attributes do."""
    try:
        return [_NAMES[key] for key in ids]
    except KeyError:
        if len(_NAMES) > _MOST_NAMES:
            _NAMES.clear()
        for key in set(ids).difference(_NAMES):
            _NAMES[key] = strings[key]
        return [_NAMES[key] for key in ids]


@lru_cache(maxsize=4096)
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    """ "Gender=Fem|Number=Plur,Sing" -> {"Gender": ("Fem",), "Number": ("Plur", "Sing")}."""
    out: dict[str, tuple[str, ...]] = {}
    for feature in morph.split("|"):
        field, sep, values = feature.partition("=")
        if sep:
            out[field] = tuple(values.split(","))
    return out
