"""Whether an open answer is a long stretch of the article copied word for word, not an answer.

DELF accepts the text's own words in an answer: the right words taken from the right sentence
show the learner found the place. Copying a whole long sentence (or more) is another thing: the
keywords are in it because the sentence is, and the learner has not said what the question
asks. A teacher keeps the points the keywords earn and asks, next time, for a short answer in
the learner's own words; `scoring_parts.grade_open` adds that note. An answer is such a copy
when all of these hold:

- a stretch of at least COPIED_WORDS words is the item's evidence word for word (accents and
  case aside), and it makes up at least half the answer;
- the answer is long: more than LONG_ANSWER_WORDS words, or twice the model answer's;
- it copies more than the model answer itself does (by MODEL_COPY_MARGIN words, or a quarter
  of the model's copy when longer): many model answers quote the text ("Selon X, « … »"), and
  the example shown must not be found fault with.

Only the evidence is known to scoring (an item does not carry its article), so a pasted
paragraph counts when the evidence sentence is at least half of it.
"""

from __future__ import annotations

from tutor.model import OpenQuestion
from tutor.normalize import strip_accents
from tutor.scoring_keywords import answer_tokens

COPIED_WORDS = 12
"""The fewest words copied in a row that make a long copy."""
LONG_ANSWER_WORDS = 25
"""An answer longer than this is long, whatever the model answer's length."""
MODEL_COPY_MARGIN = 3
"""How many more words than the model answer copies the learner's copy must have."""
PASTED_WORDS = 120
"""An open answer longer than this that holds the evidence is the text pasted, not an answer:
the questions ask for two or three sentences, and the longest model answer has 75 words."""


def _words(text: str) -> list[str]:
    return [strip_accents(w) for w in answer_tokens(text)]


def longest_copied_run(text: list[str], source: list[str]) -> int:
    """The most words of `text` in a row that are also in a row in `source`."""
    places: dict[str, list[int]] = {}
    for j, word in enumerate(source):
        places.setdefault(word, []).append(j)
    best = 0
    previous: dict[int, int] = {}  # run length ending at source index j, for the last word
    for word in text:
        current = {j: previous.get(j - 1, 0) + 1 for j in places.get(word, ())}
        if current:
            best = max(best, *current.values())
        previous = current
    return best


def is_long_copy(item: OpenQuestion, answer: str) -> bool:
    """Whether the answer is a long word-for-word copy of the evidence (see the module's rules)."""
    given, evidence = _words(answer), _words(item.evidence)
    if len(given) < COPIED_WORDS or len(evidence) < COPIED_WORDS:
        return False
    model = _words(item.model_answer)
    if len(given) <= LONG_ANSWER_WORDS and len(given) < 2 * max(1, len(model)):
        return False
    copied = longest_copied_run(given, evidence)
    if copied < COPIED_WORDS or 2 * copied < len(given):
        return False
    model_copied = longest_copied_run(model, evidence)
    return copied > model_copied + max(MODEL_COPY_MARGIN, model_copied // 4)


def is_pasted_text(item: OpenQuestion, answer: str) -> bool:
    """Whether the answer is a stretch of the article pasted whole (more than PASTED_WORDS
    words, with the evidence copied in it): every keyword is in it because the text is, so it
    earns nothing, where a long copy of one sentence keeps its points (`is_long_copy`)."""
    given, evidence = _words(answer), _words(item.evidence)
    if len(given) <= PASTED_WORDS or len(evidence) < MIN_PASTED_PROOF:
        return False
    return longest_copied_run(given, evidence) >= min(COPIED_WORDS, len(evidence))


MIN_PASTED_PROOF = 6
"""Fewest words of evidence that, copied whole, show the answer is the text pasted."""
