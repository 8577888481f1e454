"""Speed on long inputs: work that once grew faster than the text it reads.

Each figure was a timed test until session 23 (the project measures speed here, not in tests;
the tests keep what the user sees on the same inputs). Printed with the bound the test used
to assert and, where there was one, the time before the fix:

1. grading an open answer that is 5,000 characters of the article pasted (test bound 0.5 s);
2. the cloze rule of `tutor validate` for a gap opening the text ("Le ___, …") in a
   20,000-word article (bound 0.3 s; 1.3 s before);
3. extraction rules after the parse of one 20,000-word paragraph (bound 4.5 s; 7.9 s before);
4. list marks found after 40 long paragraphs (bound 0.5 s; about 5 s before);
5. `firm_named` for a bare "l'entreprise", against one pass over the article's Tokens (bound:
   under half of it; 0.65 ms before, 0.45 ms a pass).

Usage: python bench/long_inputs.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the frozen lessons and long texts the tests use

from frozen_lessons import frozen_lesson  # noqa: E402
from long_texts import gap_opening_cloze, shipped_words  # noqa: E402

from tutor.content import load_article  # noqa: E402
from tutor.exercise_io import normalise_for_search  # noqa: E402
from tutor.exercise_rules import item_rule_problems  # noqa: E402
from tutor.extract import facts_from_doc  # noqa: E402
from tutor.extract.firm_epithet import firm_named  # noqa: E402
from tutor.extract.sentences import _list_mark_length  # noqa: E402
from tutor.model import OpenQuestion  # noqa: E402
from tutor.nlp import analyse, load  # noqa: E402
from tutor.scoring import grade  # noqa: E402

REVIEW_12 = ROOT / "tests" / "generate" / "data" / "review_12" / "enquete-ehpad-groupe-solvea.txt"


def median_seconds(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def pasted_article(rounds: int) -> float:
    lesson = frozen_lesson("psa-suppressions-emplois")
    item = lesson.item("resume-article")
    assert isinstance(item, OpenQuestion)
    body = load_article(ROOT / "content" / lesson.article_path).body
    return median_seconds(lambda: grade(item, body[:5000]), rounds)


def gap_rule(rounds: int) -> float:
    words = shipped_words()
    body = normalise_for_search(" ".join((words * 3)[:20_000]))
    item = gap_opening_cloze(" ".join(words[:12]))
    return median_seconds(
        lambda: list(item_rule_problems(item, body, normalise_for_search)), rounds
    )


def long_paragraph(rounds: int, folder: Path) -> float:
    words = shipped_words()
    text = " ".join((words * (20_000 // len(words) + 1))[:20_000]).rstrip(".") + "."
    path = folder / "long.txt"
    path.write_text(f"Un long paragraphe\n\n{text}\n", "utf-8")
    article = load_article(path)
    doc = analyse(article.body, load())
    return median_seconds(lambda: facts_from_doc(article, doc), max(1, rounds // 5))


def list_marks(rounds: int) -> float:
    text = ("Les autorités appellent à la prudence " * 80 + ".\n\n") * 40
    text += "Quelques conseils :\n- boire de l'eau ;\n- rester au frais.\n"
    marks = (text.index("- boire"), text.index("- rester"))
    return median_seconds(lambda: [_list_mark_length(text, at) for at in marks], rounds)


def firm_rule(rounds: int) -> tuple[float, float]:
    doc = analyse(load_article(REVIEW_12).body, load())
    firm_named(doc, "l'entreprise")
    rule = median_seconds(lambda: firm_named(doc, "l'entreprise"), rounds * 10)
    tokens = median_seconds(lambda: [token.lower_ for token in doc], rounds * 10)
    return rule, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="runs per figure (median)")
    args = parser.parse_args()

    print("long inputs (median; the bound each timed test asserted):")
    print(f"  pasted article graded          {pasted_article(args.rounds) * 1000:8.3f} ms  (< 500)")
    print(f"  gap rule, 20,000 words          {gap_rule(args.rounds) * 1000:8.3f} ms  (< 300)")
    with tempfile.TemporaryDirectory() as folder:
        spent = long_paragraph(args.rounds, Path(folder))
    print(f"  rules, 20,000-word paragraph    {spent:8.2f} s   (< 4.5)")
    print(f"  list marks after 40 paragraphs  {list_marks(args.rounds) * 1000:8.3f} ms  (< 500)")
    rule, tokens = firm_rule(args.rounds)
    print(
        f"  firm_named / a Token pass       {rule * 1000:8.3f} / {tokens * 1000:.3f} ms"
        f"  (ratio {rule / tokens:.2f}, < 0.5)"
    )


if __name__ == "__main__":
    main()
