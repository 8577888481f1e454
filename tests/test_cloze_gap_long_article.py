"""The cloze rule of `tutor validate` on a long article: a gap opening the text ('Le ___, …')
searched every 'le' of a 20,000-word article for up to four words before text the article
does not have (1.3 s for one item, inside tutor generate too); that text is looked for first.
The time is bench/long_inputs.py's figure; this test keeps the verdict on such an article."""

from __future__ import annotations

from long_texts import gap_opening_cloze, shipped_words

from tutor.exercise_io import normalise_for_search
from tutor.exercise_rules import item_rule_problems


def test_a_gap_before_text_the_article_lacks_is_not_searched_for() -> None:
    words = shipped_words()
    body = normalise_for_search(" ".join((words * 3)[:20_000]))
    item = gap_opening_cloze(" ".join(words[:12]))
    problems = list(item_rule_problems(item, body, normalise_for_search))
    assert [p for p in problems if p[0] == ("answer",)] == []
