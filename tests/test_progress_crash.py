"""Kill -9 an app while it records answers: every answer it reported saved is still there.

A child process records answers in a loop and prints each id once `append` has returned; the
parent kills it at a random moment, 30 times over the same file. After each kill the file must
load (no corrupt copy), hold every id the child printed, and, once reopened for writing, be one
valid YAML document again. Takes about 20 seconds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import yaml

from tutor.progress import open_progress
from tutor.progress_check import progress_schema

ROOT = Path(__file__).resolve().parent.parent
RUNS = 30

CHILD = """
import sys
import time
from datetime import UTC, datetime
from tutor.model import Cloze, Skill
from tutor.progress import make_attempt, open_progress
from tutor.scoring import grade

folder, run = sys.argv[1], sys.argv[2]
item = Cloze(id="c", skill=Skill.VOCABULARY, prompt="?", evidence="e", text="___", answer="obus")
verdict = grade(item, "obus")
progress = open_progress("Zoé Martin", folder)
print("ready", flush=True)
n = 0
while True:
    attempt = make_attempt("crash.yaml", "sha256:0000000000000000", item, verdict,
                           f"réponse « {run}-{n} » " + "x" * (n % 300), when=datetime.now(UTC))
    attempt = attempt.__class__(**{**attempt.__dict__, "item_id": f"{run}-{n}"})
    progress.append(attempt)
    print(f"{run}-{n}", flush=True)
    n += 1
    time.sleep(0.001)  # a learner's pace, compressed; and spares the CPU other tests share
"""


def _run_and_kill(folder: Path, run: int, rng: random.Random) -> list[str]:
    """Start a recording child, kill it at a random moment, return the ids it reported saved."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first == b"ready\n", child.stderr.read() if child.stderr else first
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # A last id cut mid-print was not reported saved.
    return [line for line in out.decode("utf-8").split("\n")[:-1] if line]


def test_killed_writers_never_lose_a_reported_answer(tmp_path: Path) -> None:
    rng = random.Random(20240619)
    saved: list[str] = []
    torn_seen = 0
    for run in range(RUNS):
        saved += _run_and_kill(tmp_path, run, rng)
        reader = open_progress("Zoé Martin", tmp_path, read_only=True)
        ids = {a.item_id for a in reader.attempts}
        missing = [i for i in saved if i not in ids]
        assert not missing, f"run {run}: lost {missing[:5]}"
        torn_seen += any(w.kind == "torn_line" for w in reader.warnings)
        assert not list(tmp_path.glob("*.corrupt-*")), f"run {run}: file judged corrupt"
    writer = open_progress("Zoé Martin", tmp_path)  # cuts a torn tail, if any
    document = yaml.safe_load(writer.path.read_bytes())
    jsonschema.validate(document, progress_schema())
    assert len(document["attempts"]) >= len(saved) > RUNS
    print(f"\n{RUNS} kills, {len(saved)} answers reported saved, all kept; torn tails: {torn_seen}")
