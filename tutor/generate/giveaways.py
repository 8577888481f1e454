"""What earlier items of a lesson show and ask on each sentence, so that a later item neither
shows their answers nor asks for what they show.

A cloze quotes its whole sentence: beside "Quand une nouvelle réunion de négociation doit-elle
se tenir … ?" its text "Une nouvelle réunion de ___ doit se tenir mercredi …" answers the date
question, and the date question's own words answer the cloze. A statement "X dit : « … »" or a
prompt "Relisez ces mots de X : « … »" answers "Qui a dit : « … » ?" and the match pairing
those words with X.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tutor.generate.french import fold

CONTEXT = 2
"""Words of the sentence next to an answer that tie a shown answer to its place."""
QUOTE_RUN = 4
"""Words of a quotation in a row that show which quotation a text is about."""


@dataclass
class Shown:
    """Per evidence sentence, the texts earlier items show and the answers they ask for; and
    the (words, speaker) pairs speaker items and statements ask a learner to link."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    answers: dict[str, list[str]] = field(default_factory=dict)
    said: list[tuple[str, str]] = field(default_factory=list)
    recorded: set[str] = field(default_factory=set)
    refused: int = 0
    """Items a family could not make for a giveaway alone: clozes take their place."""
    _placed: dict[str, set[tuple[str, ...]]] = field(default_factory=dict, repr=False)
    """Each answer with its context (see `placed_answers`), by its first word: a candidate text
    is read once, not once per earlier answer."""
    _joined: tuple[list[tuple[list[str], int]], tuple[str, ...]] | None = field(
        default=None, repr=False
    )
    """The words of every text in `texts`, and the lists (with their lengths) they were read
    from: see `_all_shown`."""

    def record(self, item: dict[str, Any]) -> None:
        if str(item.get("id")) in self.recorded:
            return
        self.recorded.add(str(item.get("id")))
        evidence = str(item.get("evidence", ""))
        self.texts.setdefault(evidence, []).extend(shown_texts(item))
        asked = answers(item)
        self.answers.setdefault(evidence, []).extend(asked)
        for answer in asked:
            for placed in placed_answers(tokens(answer), tokens(evidence)):
                self._placed.setdefault(placed[0], set()).add(placed)
        self.said.extend(said_pairs(item))

    def reveals(self, text: str) -> bool:
        """Whether a text shows what an earlier item asks: its answer beside its words in its
        evidence sentence, or words a speaker item asks about beside their speaker."""
        shown = tokens(text)
        placed = self._placed
        for i, word in enumerate(shown):
            if word in placed and any(shown[i : i + len(p)] == p for p in placed[word]):
                return True
        return any(shows_speaker(words, who, shown) for words, who in self.said)

    def shows_said(self, item: dict[str, Any], names: Names) -> bool:
        """Whether an earlier item's text shows words this item asks who said beside their
        speaker (any form of the name): the cloze "Pour le ___ Julien Saint-Aubin, …, Thalassa
        pourrait répondre à « l'une des plus grandes questions de la science »." answers the
        statement "Selon Julien Saint-Aubin, Thalassa pourrait répondre à « l'une des … »."."""
        pairs = [(words, name) for words, who in said_pairs(item) for name in names(who)]
        return bool(pairs) and any(
            shows_speaker(words, name, tokens(text))
            for texts in self.texts.values()
            for text in texts
            for words, name in pairs
        )

    def revealed(self, answer: str, evidence: str) -> bool:
        """Whether an earlier item's text on this sentence shows this answer in its place."""
        placed = placed_answers(tokens(answer), tokens(evidence))
        if not placed:
            return False
        # a match shows words of several sentences under the first one's evidence
        every = self._all_shown()
        return any(_holds(p, every) for p in placed)

    def _all_shown(self) -> tuple[str, ...]:
        """The words of every text earlier items show, one text after the other with a break
        between two texts that no word equals (a run of words found in it is found in one
        text); read again only when a text was added (asked some 80 times an article)."""
        state = [(texts, len(texts)) for texts in self.texts.values()]
        if self._joined is None or not _same_lists(self._joined[0], state):
            words: list[str] = []
            for texts in self.texts.values():
                for text in texts:
                    words.extend(tokens(text))
                    words.append(_BREAK)
            self._joined = (state, tuple(words))
        return self._joined[1]


_BREAK = " "
"""No token holds a space (see `_TOKEN`)."""


def _same_lists(before: list[tuple[list[str], int]], now: list[tuple[list[str], int]]) -> bool:
    return len(before) == len(now) and all(
        a is b and m == n for (a, m), (b, n) in zip(before, now, strict=True)
    )


_TOKEN = re.compile(r"[^\W_]+|_{2,}")


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Folded words and numbers; a gap ("___") stays a token between its neighbours. Kept per
    text: every candidate item is checked against every earlier one."""
    return tuple(_TOKEN.findall(fold(text)))


def shown_texts(item: dict[str, Any]) -> list[str]:
    """What a learner reads of an item before answering it, one text per field or option."""
    texts = [str(item[k]) for k in ("prompt", "statement", "text") if k in item]
    texts += [str(o) for k in ("options", "bank", "distractors") for o in item.get(k) or ()]
    texts += [str(e["text"]) for e in item.get("events") or ()]
    if item.get("type") == "speakers":
        texts += [str(p["quote"]) for p in item["pairs"]]
    if item.get("type") == "choice":
        # "C'est la décision : dans l'article, « selon la décision » introduit cette
        # information." shows the article's words, which answer the cloze "selon la ___"
        texts += _ARTICLE_WORDS.findall(str(item.get("feedback", "")))
    who = _WHO_IS.match(str(item.get("prompt", "")))
    for role in _role(item):
        if who:
            # what the item teaches, read as the sentence says it: "Bernard Caron, ancien
            # infirmier" answers the cloze "Bernard Caron, ancien ___"
            texts.append(f"{who.group(1)}, {_ROLE_ARTICLE.sub('', role)}")
    return texts


_WHO_IS = re.compile(r"Qui est (.+?) \?$")
_ARTICLE_WORDS = re.compile(r"dans l'article, « ([^«»]+) »")
_ROLE_ARTICLE = re.compile(r"^(?:les?|la|l['’]|une?)\s*", re.IGNORECASE)


def answers(item: dict[str, Any]) -> list[str]:
    """What a choice, date or cloze item asks for."""
    if item.get("type") == "date":
        return [str(item["answer"]), *map(str, item.get("accept") or ())]
    if said_pairs(item):
        return []  # the name is no giveaway without the words: see said_pairs
    if item.get("type") in ("choice", "cloze"):
        answer = item["answer"]
        return [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]
    return []


_QUOTED = re.compile(r"«\s*(.+)\s*»")
_SAID_BY = re.compile(r"c'est (.+?) qui le dit")


def said_pairs(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(words, speaker) an item asks to link: each pair of a match, a "Qui a dit"."""
    if item.get("type") == "speakers":
        return [(str(p["quote"]), str(p["speaker"])) for p in item["pairs"]]
    prompt = str(item.get("prompt", ""))
    if item.get("type") == "choice" and re.match(
        r"(?:Qui a |D'après l'article, qui a dit)", prompt
    ):
        quoted = _QUOTED.search(prompt)
        return [(quoted.group(1) if quoted else prompt, str(item["answer"]))]
    said = _SAID_BY.search(fold(str(item.get("feedback", ""))))
    quoted = _QUOTED.search(str(item.get("statement", "")))
    if item.get("type") == "true_false" and said and quoted:
        return [(quoted.group(1), said.group(1))]  # "X dit : « … »", its true speaker
    return []


def shows_speaker(words: str, speaker: str, shown: Sequence[str]) -> bool:
    quote = tokens(words)
    runs = (quote[i : i + QUOTE_RUN] for i in range(max(1, len(quote) - QUOTE_RUN + 1)))
    return _holds(tokens(speaker), shown) and any(_holds(r, shown) for r in runs)


def _find(needle: Sequence[str], hay: Sequence[str]) -> Iterator[int]:
    """Where `needle` starts in `hay`, each place in order (jumping to its first word)."""
    size = len(needle)
    if not size:
        yield from range(len(hay) + 1)
        return
    at = 0
    while True:
        try:
            at = hay.index(needle[0], at)
        except ValueError:
            return
        if tuple(hay[at : at + size]) == tuple(needle):
            yield at
        at += 1


def _holds(needle: Sequence[str], hay: Sequence[str]) -> bool:
    """Whether `needle` (not empty) stands in `hay`, as `_find` would find it, without making a
    generator: asked some 6,000 times an article."""
    if not needle:
        return False
    first, size, wanted = needle[0], len(needle), tuple(needle)
    at = 0
    try:
        while True:
            at = hay.index(first, at)
            if tuple(hay[at : at + size]) == wanted:
                return True
            at += 1
    except ValueError:
        return False


@lru_cache(maxsize=8192)
def placed_answers(
    answer: tuple[str, ...], sentence: tuple[str, ...]
) -> frozenset[tuple[str, ...]]:
    """The answer with the CONTEXT words before it, and with those after it, at each place it
    has in its sentence (where the sentence has that many words there): a text shows the answer
    in its place when it holds one of these runs of words."""
    found = set()
    for i in _find(answer, sentence):
        left, right = sentence[max(0, i - CONTEXT) : i], sentence[i + len(answer) :][:CONTEXT]
        if len(left) == CONTEXT:
            found.add(left + answer)
        if len(right) == CONTEXT:
            found.add(answer + right)
    return frozenset(found)


_DATE_WORDS = frozenset({"le", "l", "en", "au", "a", "des", "depuis", "d", "ici", "jusqu", "du"})
"""Words around a date that say nothing of it ("en", "dès", "depuis"): "mars 2025" is the
answer of "en mars 2025", whatever comes before it in a hint."""
_ROLE_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une"})


@dataclass(frozen=True)
class ItemAnswers:
    """What a hint must not show of one item of the lesson: the (words, form of the speaker's
    name) pairs it asks to link, and each answer's runs of words in its place in its sentence
    with its bare words (see `placed_answers`, `_bare`)."""

    item: dict[str, Any]
    speakers: tuple[tuple[str, str], ...]
    runs: tuple[tuple[frozenset[tuple[str, ...]], tuple[str, ...]], ...]


def lesson_answers(items: Sequence[dict[str, Any]], names: Names) -> list[ItemAnswers]:
    """The answers of every item, read once for all the hints of a lesson: each hint is checked
    against every other item, and reading the items again for each took most of that check.
    Only a hint may change between the checks, and no answer is read from a hint."""
    out = []
    for item in items:
        evidence = tokens(str(item.get("evidence", "")))
        out.append(
            ItemAnswers(
                item,
                tuple((words, n) for words, who in said_pairs(item) for n in names(who)),
                tuple(
                    (placed_answers(tokens(answer), evidence), _bare(answer, item))
                    for answer in answers(item)
                ),
            )
        )
    return out


def hint_gives_away(
    hint: str,
    item: dict[str, Any],
    items: Sequence[dict[str, Any]],
    names: Names,
    lesson: Sequence[ItemAnswers] | None = None,
) -> bool:
    """Whether a hint holds its item's answer, or another item's: in its place in its
    sentence, as bare words a learner would type or pick (a cloze, a date, a role), or a
    quotation's speaker with the words. `lesson` is `lesson_answers(items, names)`, when the
    caller checks several hints against the same items."""
    shown = tokens(hint)
    for _, who in said_pairs(item):
        if item.get("type") == "choice" and any(_holds(tokens(n), shown) for n in names(who)):
            return True  # "Qui a dit" answered by its own hint
        if item.get("type") == "choice" and _told_with(_role_words(shown), who, items, names):
            return True  # "Cette personne est la politologue." beside "Marta Lagos est …"
    if any(_holds(_bare(answer, item), shown) for answer in answers(item)):
        return True
    if names_verb(shown, item):
        return True
    for other in lesson_answers(items, names) if lesson is None else lesson:
        if other.item is item:
            continue
        if any(shows_speaker(words, n, shown) for words, n in other.speakers):
            return True
        for placed, bare in other.runs:
            if any(_holds(p, shown) for p in placed) or _holds(bare, shown):
                return True
    return False


_VERB_POS = frozenset({"verb", "participle"})
_STEM = 5
_ENDING = 3
"""A form of a verb keeps its stem and changes at most its last three letters: "rachetée",
"racheter"; "félicitent", "féliciter"; "rouvre", "rouvrir"."""


def names_verb(shown: tuple[str, ...], item: dict[str, Any]) -> bool:
    """Whether a text shows another form of a verb cloze's answer ("le verbe « racheter »"
    for "rachetée", "Accueillir …" for "accueille"): the learner has only to conjugate it, and
    the word is not found but given."""
    if item.get("type") != "cloze" or item.get("answer_pos") not in _VERB_POS:
        return False
    answer = item.get("answer")
    forms = [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]
    # the verb, not its complement: "se mettre d'accord" may define "parvenir à un accord"
    words = [next((w for w in tokens(form) if len(w) > _STEM), "") for form in forms]
    return any(
        _shared_start(word, other) >= max(_STEM, len(word) - _ENDING)
        for word in words
        for other in shown
        if len(other) >= _STEM
    )


def _shared_start(word: str, other: str) -> int:
    size = 0
    while size < min(len(word), len(other)) and word[size] == other[size]:
        size += 1
    return size


Names = Callable[[str], Sequence[str]]
"""The forms of a speaker's name ("Valentina Araya", "Mme Araya")."""


def _bare(answer: str, item: dict[str, Any]) -> tuple[str, ...]:
    """The words of an answer that give it away wherever a hint shows them: a cloze's or a
    role's words, a date without its preposition; nothing for a choice among figures or names,
    which options show anyway."""
    words = tokens(answer)
    if item.get("type") == "date":
        while words and words[0] in _DATE_WORDS:
            words = words[1:]
    elif item.get("type") == "choice" and _role(item):
        while words and words[0] in _ROLE_DETERMINERS:
            words = words[1:]
    elif item.get("type") != "cloze":
        return ()
    return words if any(len(w) >= 4 or w.isdigit() for w in words) else ()


def _role_words(shown: tuple[str, ...]) -> tuple[str, ...]:
    """The role a hint "Cette personne est la politologue." gives, without its article."""
    if shown[:3] != ("cette", "personne", "est"):
        return ()
    words = shown[3:]
    while words and words[0] in _ROLE_DETERMINERS:
        words = words[1:]
    return words


def _told_with(
    role: tuple[str, ...], who: str, items: Sequence[dict[str, Any]], names: Names
) -> bool:
    """Whether an item shows the role with the person's name: then the role names them."""
    return bool(role) and any(
        _holds(role, text) and any(_holds(tokens(n), text) for n in names(who))
        for other in items
        for text in map(tokens, shown_texts(other))
    )


def _role(item: dict[str, Any]) -> list[str]:
    """The answer of a "Qui est X ?": a role, which a hint "Cette personne est …" may show."""
    if item.get("type") == "choice" and str(item.get("prompt", "")).startswith("Qui est "):
        return [str(item["answer"])]
    return []
