"""Whether the article itself writes a bank word where a cloze's gap is: in the same frame.

A frame is the nearest content word on one side of the gap and the small words between it and
the gap: "l'absence de ___" has the frame "absence de", "trois ___ attendent" the frame
"___ attendent". When the article writes a candidate in the gap's frame ("l'absence de réponse"
for the gap "l'absence de ___ de l'Assemblée"), the candidate fits the gap as the article's own
French, and a learner who picks it must not be marked wrong.

Words of quantity or lack before a bare "de" ("absence de", "manque de", "davantage de",
"plus de", "pas de") and "sans" make one frame: each takes any noun the others take, so
"davantage de transparence" makes "transparence" fit "l'absence de ___".

Numbers are small words of a frame, not its content word: "a recruté 240 ___" has the frame
"recruté NUM", so that any number in the article does not make a frame of its own.

Two frames are one when their small words are the same and their content words are forms of one
word or close in meaning (HEAD_SIMILARITY).

The frame before the gap is the one compared when there is one: the word before governs the gap.
The frame after it counts for a gap that opens its phrase, and only when it is the gap's
adjective or verb ("___ européenne", "___ sont privés"): a complement ("___ de la commune",
"___ en juin") says little of what the sentence makes of the noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tutor.generate import french
from tutor.generate.banks import plain

MAX_SMALL_WORDS = 3
"""Small words between a frame's content word and the gap; a longer run is no frame."""

ANCHOR_STEM = 6
"""Letters of a frame's content word that are compared: the forms of a verb differ after them."""
HEAD_SIMILARITY = 0.7
"""Two content words this close (word vectors) make one frame: "a dévoilé la fermeture" makes
"fermeture" fit "a annoncé la ___" (0.72), "une mobilisation internationale" fits "___
européenne" (0.81). Verbs of one form are about 0.65 apart whatever they mean ("passent",
"soutiennent"), colours too ("rouge", "noire"): below it."""

_SMALL = {
    **dict.fromkeys(("le", "la", "l'", "les"), ("le",)),
    **dict.fromkeys(("un", "une"), ("un",)),
    "des": ("des",),
    "du": ("de", "le"),
    "au": ("a", "le"),
    "aux": ("a", "le"),
    "de": ("de",),
    "d'": ("de",),
    **dict.fromkeys(
        french.wordset("son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos"), ("son",)
    ),
    **dict.fromkeys(("ce", "cet", "cette", "ces"), ("ce",)),
    **dict.fromkeys(("tout", "toute", "tous", "toutes"), ("tout",)),
    **{
        w: (w,)
        for w in french.wordset(
            """a en pour sans par sur dans avec contre entre vers chez sous ne n' se s' y
            quelques plusieurs chaque aucun aucune"""
        )
    },
    # auxiliaries: "___ sont privés" is framed by its participle
    **{
        plain(w): (plain(w),)
        for w in french.wordset(
            """est sont était étaient sera seront serait seraient ont avait avaient aura
            auront aurait auraient"""
        )
    },
}
"""Small words, as the frame compares them: articles, possessives and demonstratives by kind
("la" and "les" alike: the gap's own grammar is checked by `tutor.generate.banks`)."""

_NUMBER_WORDS = french.wordset(
    """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt trente quarante cinquante soixante cent cents mille"""
)


def _stem(word: str) -> str:
    """A word without accents, case or plural ending, for matching forms of one word."""
    bare = plain(word)
    return bare[:-1] if len(bare) > 4 and bare.endswith(("s", "x")) else bare


_QUANTITY = frozenset(
    _stem(w)
    for w in french.wordset(
        """absence manque défaut faute pénurie davantage plus moins beaucoup peu trop assez
        autant tant pas point"""
    )
)
"""Words of quantity or lack that take a bare "de" and any noun after it."""

_TOKEN = re.compile(
    r"\d[\d .,\u202f\u00a0]*\d|\d"  # "1 500", "3,4"
    r"|[^\W\d_]+['’](?=[^\W\d_])"  # an elided word: "l'", "d'"
    r"|[^\W\d_]+(?:-[^\W\d_]+)*"
    r"|[^\w\s]"
)
_UNRELATED = frozenset(
    plain(w)
    for w in french.wordset(
        """et ou mais qui que qu' dont où quand comme si il ils elle elles on nous vous je j'
        lui eux moi toi"""
    )
)
"""Words after which (or before which) any noun may come: a coordination, a relative, a
conjunction, a pronoun. They end a frame, as punctuation does."""
_NUMBER = "NUM"
_STOP = "STOP"


@dataclass(frozen=True)
class Frame:
    """The content word next to a gap (its stem, or "QTY" for a word of quantity or lack) and
    the small words between, in reading order; `word` is the content word as written."""

    anchor: str
    small: tuple[str, ...]
    word: str = field(default="", compare=False)


Kind = tuple[str, ...] | str
"""What a token is to a frame: the small words it stands for, NUM, STOP, or a content word's
stem."""


def _kind(token: str) -> Kind:
    if token[:1].isdigit() or plain(token) in _NUMBER_WORDS:
        return (_NUMBER,)
    bare = plain(token)
    if not token[:1].isalpha() or bare in _UNRELATED:
        return _STOP
    if bare in _SMALL:
        return _SMALL[bare]
    return _stem(token)


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[tuple[Kind, str], ...]:
    """Each token of a text with its kind."""
    return tuple((_kind(t), t) for t in _TOKEN.findall(french.fold(text)))


def _frame(tokens: Sequence[tuple[Kind, str]], forward: bool) -> Frame | None:
    """The frame read from the tokens next to the gap, nearest first."""
    small: list[str] = []
    for count, (kind, token) in enumerate(tokens):
        if count > MAX_SMALL_WORDS or kind == _STOP:
            return None
        if isinstance(kind, tuple):
            small.extend(kind if forward else reversed(kind))
            continue
        words = tuple(small if forward else reversed(small))
        if not forward and kind in _QUANTITY and words == ("de",):
            return Frame("QTY", ("de",), token)
        # "a annoncé la ___" and "annonce la fermeture", "recruter" and "recrutent": one
        # verb's forms (a noun and a verb of one stem take the same small words rarely)
        return Frame(kind[:ANCHOR_STEM], words, token)
    return None


def _before(tokens: Sequence[tuple[Kind, str]]) -> Frame | None:
    if tokens and tokens[-1][0] == ("sans",):
        return Frame("QTY", ("de",), "sans")
    return _frame(list(reversed(tokens)), forward=False)


_VERB_SMALL = frozenset(
    plain(w)
    for w in french.wordset(
        """ne n' se s' y est sont était étaient sera seront serait seraient ont avait avaient
        aura auront aurait auraient"""
    )
)


def _after(tokens: Sequence[tuple[Kind, str]]) -> Frame | None:
    """The frame after a gap, when it is the gap's adjective or verb: a complement ("___ de la
    commune", "___ en juin") says little of what the sentence makes of the gap's noun."""
    frame = _frame(tokens, forward=True)
    if frame is None or not all(w in _VERB_SMALL for w in frame.small):
        return None
    return frame


@dataclass(frozen=True)
class GapFrames:
    """The frames on each side of a gap."""

    before: Frame | None
    after: Frame | None


def gap_frames(before_gap: str, after_gap: str) -> GapFrames:
    """The frames of a gap, from the sentence's words on each side of it."""
    return GapFrames(_before(_tokens(before_gap)), _after(_tokens(after_gap)))


Similarity = Callable[[str, str], float | None]


def _same(gap: Frame | None, there: Frame | None, similarity: Similarity | None) -> bool:
    if gap is None or there is None or gap.small != there.small:
        return False
    if gap.anchor == there.anchor:
        return True
    if similarity is None or "QTY" in (gap.anchor, there.anchor):
        return False
    close = similarity(gap.word, there.word)
    return close is not None and close >= HEAD_SIMILARITY


def written_in_frame(
    candidate: str, frames: GapFrames, body: str, similarity: Similarity | None = None
) -> bool:
    """Whether the article writes `candidate` (any of its forms) in one of the gap's frames;
    `similarity` (of two words, see `tutor.generate.lexicon`) lets close content words make
    one frame."""
    if frames.before is None and frames.after is None:
        return False
    tokens = _tokens(body)
    wanted = tuple(_kind(t) for t in _TOKEN.findall(french.fold(candidate)))
    if not wanted or any(not isinstance(k, str) or k == _STOP for k in wanted):
        return False
    size = len(wanted)
    for at in _index(body).get(wanted[0], ()):  # type: ignore[call-overload]
        if tuple(kind for kind, _ in tokens[at : at + size]) != wanted:
            continue
        if frames.before is not None:
            # the word before the gap governs it ("lunettes à ___ rouge": a thing with a
            # colour is not therefore a thing of glasses); the frame after is for a gap that
            # opens its phrase ("300 000 ___ sont privés")
            there = _before(tokens[max(0, at - 8) : at])
            if _same(frames.before, there, similarity):
                return True
        elif _same(frames.after, _after(tokens[at + size : at + size + 8]), similarity):
            return True
    return False


@lru_cache(maxsize=16)
def _index(body: str) -> dict[str, tuple[int, ...]]:
    """Where each content word's stem is in the text."""
    where: dict[str, list[int]] = {}
    for i, (kind, _) in enumerate(_tokens(body)):
        if isinstance(kind, str):
            where.setdefault(kind, []).append(i)
    return {k: tuple(v) for k, v in where.items()}
