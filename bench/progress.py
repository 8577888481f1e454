"""Time to record one answer with 100, 1,000 and 10,000 attempts already on file (target: 10 ms).

Run: .venv/bin/python bench/progress.py
For each history size it prints the file size, the median time of `LearnerProgress.append`
(lock, catch-up check, one O_APPEND write, fsync), what serialising and atomically rewriting the
whole file would cost instead, the time to open the file, and the time to build the review queue.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tutor.attempt import make_attempt
from tutor.model import Cloze, Skill
from tutor.progress import open_progress
from tutor.progress_file import attempt_line, header_text, write_atomically
from tutor.review import review_queue
from tutor.scoring import grade

SIZES = (100, 1_000, 10_000)
RECORDS = 200
REWRITES = 20
TARGET_MS = 10.0
START = datetime(2024, 1, 1, tzinfo=UTC)


def _attempt(n: int) -> object:
    item = Cloze(
        id=f"item-{n % 150}",
        skill=Skill.VOCABULARY,
        prompt="Complétez la phrase.",
        evidence="La Russie apporte un soutien indéfectible à la Corée du Nord.",
        text="Un soutien ___.",
        answer="indéfectible",
    )
    typed = ("indéfectible", "indefectible", "indéfectibel", "inébranlable")[n % 4]
    verdict = grade(item, typed)
    when = START + timedelta(hours=n)
    return make_attempt(
        "poutine-coree-du-nord.yaml", "sha256:78159cdc5d59b892", item, verdict, typed, when=when
    )


def _history(folder: Path, size: int) -> Path:
    path = folder / "Zoé Martin.yaml"
    head = header_text({"format": 1, "learner": "Zoé Martin", "created": "2024-01-01T00:00:00Z"})
    body = b"".join(attempt_line(_attempt(n).to_record()) for n in range(size))  # type: ignore[attr-defined]
    path.write_bytes(head.encode("utf-8") + body)
    return path


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=Path.home()) as name:
        folder = Path(name)
        path = _history(folder, size)
        file_size = path.stat().st_size
        t0 = time.perf_counter()
        progress = open_progress("Zoé Martin", folder)
        open_ms = (time.perf_counter() - t0) * 1000
        assert len(progress.attempts) == size
        new = [_attempt(size + n) for n in range(RECORDS)]
        samples = []
        for attempt in new:
            t0 = time.perf_counter()
            progress.append(attempt)  # type: ignore[arg-type]
            samples.append(time.perf_counter() - t0)
        head = header_text({"format": 1, "learner": "Zoé Martin"}).encode("utf-8")
        rewrites = []
        for _ in range(REWRITES):
            t0 = time.perf_counter()
            body = b"".join(attempt_line(a.to_record()) for a in progress.attempts)
            write_atomically(path, head + body)
            rewrites.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        review_queue(progress, START + timedelta(days=3650))
        queue_ms = (time.perf_counter() - t0) * 1000
        assert len(open_progress("Zoé Martin", folder).attempts) == size + RECORDS
    return {
        "size_kb": file_size / 1024,
        "record_ms": _median_ms(samples),
        "record_p95_ms": sorted(samples)[int(len(samples) * 0.95)] * 1000,
        "rewrite_ms": _median_ms(rewrites),
        "open_ms": open_ms,
        "queue_ms": queue_ms,
    }


def main() -> int:
    print(f"Recording one answer ({RECORDS} records per size; target <= {TARGET_MS:g} ms)")
    header = (
        f"{'attempts':>9} {'file':>10} {'record':>10} {'p95':>9} "
        f"{'rewrite':>10} {'ratio':>7} {'open':>9} {'queue':>9}"
    )
    print(header)
    worst = 0.0
    for size in SIZES:
        r = measure(size)
        worst = max(worst, r["record_ms"])
        print(
            f"{size:>9,} {r['size_kb']:>8.0f}KB {r['record_ms']:>8.2f}ms "
            f"{r['record_p95_ms']:>7.2f}ms "
            f"{r['rewrite_ms']:>8.2f}ms {r['rewrite_ms'] / r['record_ms']:>6.1f}x "
            f"{r['open_ms']:>7.0f}ms {r['queue_ms']:>7.0f}ms"
        )
    verdict = "OK" if worst <= TARGET_MS else "OVER TARGET"
    print(f"median record time, worst size: {worst:.2f} ms -> {verdict}")
    print("record = append (lock, catch-up, write, fsync); rewrite = serialise + atomic rewrite")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
