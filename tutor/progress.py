"""A learner's record: every answer kept in one YAML file, appended durably, read back safely.

Why this design (see `progress_file` for the bytes):
- One file per learner, attempts appended one line each (O_APPEND, fsync) at the end of one valid
  YAML document. Recording an answer costs one small write whatever the history's length; a
  full rewrite of 10,000 attempts would cost a hundred times the 10 ms budget.
- Nothing else is stored: the review schedule of an item is replayed from its attempts
  (`tutor.review`), so there is no second copy of the truth to fall out of step, and an item whose
  content changed (`item_fingerprint`) simply starts again while unchanged items keep their past.
- Every write holds an flock on a side file; before appending, a writer reads whatever other
  processes appended since it last looked, so two apps open on the same learner both keep every
  answer. A torn last line (the app was killed mid-write) is dropped with a report and cut off;
  a file that is not progress at all is moved aside as `<name>.corrupt-<time>.yaml`, the answers
  that can still be read are kept, and the learner is told.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tutor import messages
from tutor.atomic_files import fsync_directory, write_atomically
from tutor.attempt import Attempt, item_fingerprint, make_attempt, utc_text
from tutor.learners import learner_file, progress_dir
from tutor.model import ExerciseSet, Item
from tutor.progress_check import attempt_problem, header_problem
from tutor.progress_file import (
    FileLock,
    ParsedFile,
    ProgressFormatError,
    append_durably,
    attempt_line,
    cut_torn_tail,
    damaged_lines,
    header_text,
    parse_file,
    parse_line,
    parse_lines,
)
from tutor.verdict import Verdict

__all__ = [
    "Attempt",
    "LearnerProgress",
    "ProgressFileError",
    "ProgressWarning",
    "item_fingerprint",
    "make_attempt",
    "open_progress",
    "open_progress_file",
]

FORMAT = 1


@dataclass(frozen=True)
class ProgressWarning:
    """Something the app must tell the learner about their file; `message` is in French.

    `kind` is "torn_line" (the last answer was cut by a crash and dropped), "corrupt" (the
    file was moved aside to `copy` and `kept` of `found` answers were saved) or, read-only,
    "damaged" (`kept` of `found` answers read, the file left as it is; `lines` are the damaged
    ones; for the teacher's commands, so `message` is empty).
    """

    kind: str
    message: str
    path: Path
    copy: Path | None = None
    kept: int = 0
    found: int = 0
    lines: tuple[int, ...] = ()


class ProgressFileError(Exception):
    """A progress file that cannot be used as it is; the message (English) says what to do.

    `newer` is set for a file of a later format: it is never moved aside nor repaired (its
    answers are fine, this version cannot read them), so the advice is to update tutor.
    """

    def __init__(self, path: Path, problem: str, *, newer: bool = False) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.newer = newer


def _corrupt_copy_name(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f"{path.stem}.corrupt-{stamp}.yaml")


@dataclass
class LearnerProgress:
    """One learner's attempts in memory, kept in step with their file.

    Open it with `open_progress`. `warnings` collects what went wrong while reading, for the
    UI to show. With `read_only`, nothing on disk is ever changed (reports, the CLI); a file
    that cannot be read raises ProgressFileError, or with `salvage` gives the answers that can
    still be read and a "damaged" warning.
    """

    learner: str
    path: Path
    read_only: bool = False
    salvage: bool = False
    attempts: list[Attempt] = field(default_factory=list)
    warnings: list[ProgressWarning] = field(default_factory=list)
    created: str = ""
    _end: int = 0
    _identity: tuple[int, int] | None = None
    _needs_rewrite: bool = False
    _lock: FileLock | None = None

    def __post_init__(self) -> None:
        self._lock = FileLock(self.path.with_name(f".{self.path.stem}.lock"))

    # -- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the file from scratch (under a shared lock when only reading)."""
        assert self._lock is not None
        with self._lock.hold(shared=self.read_only):
            self._load_locked()

    def _load_locked(self) -> None:
        self.attempts, self._end, self._identity, self._needs_rewrite = [], 0, None, False
        if not self.read_only:
            # Rewrites happen under this lock: a temporary file seen now is a crash's leftover.
            for leftover in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
                leftover.unlink(missing_ok=True)
        try:
            data = self.path.read_bytes()
            stat = os.stat(self.path)
        except FileNotFoundError:
            return
        self._identity = (stat.st_ino, stat.st_dev)
        try:
            parsed = parse_file(data)
            problem = header_problem(parsed.header)
            if problem is None:
                problem = next(filter(None, map(attempt_problem, parsed.records)), None)
            if problem is not None:
                raise ProgressFormatError(problem)
        except ProgressFormatError as err:
            version = _newer_format(data)
            if version is not None:
                raise ProgressFileError(
                    self.path,
                    f"written by a newer version of tutor (format {version}, this one reads "
                    f"format {FORMAT}); update tutor to read it",
                    newer=True,
                ) from err
            if self.read_only:
                if not (self.salvage and self._read_damaged(data)):
                    raise ProgressFileError(
                        self.path, f"not a readable progress file ({err})"
                    ) from err
                return
            self._recover(data)
            return
        self._accept(parsed)

    def _accept(self, parsed: ParsedFile) -> None:
        self.created = str(parsed.header.get("created", ""))
        self.learner = str(parsed.header.get("learner") or self.learner)
        self.attempts = [Attempt.from_record(r) for r in parsed.records]
        self._end = parsed.end
        self._needs_rewrite = not parsed.appendable
        if parsed.torn:
            self.warnings.append(
                ProgressWarning("torn_line", messages.PROGRESS_TORN_LINE, self.path)
            )
            if not self.read_only:
                cut_torn_tail(self.path, parsed.end)

    def _recover(self, data: bytes) -> None:
        """Move a broken file aside, keep every attempt line that still reads, and report it."""
        copy = _corrupt_copy_name(self.path)
        os.replace(self.path, copy)
        fsync_directory(self.path.parent)
        kept, found = _readable_records(data)
        kept_records = len(kept)
        self.attempts = [Attempt.from_record(r) for r in kept]
        self._rewrite()
        message = messages.PROGRESS_CORRUPT.format(
            learner=self.learner, copy=copy, kept=kept_records, found=found
        )
        self.warnings.append(
            ProgressWarning("corrupt", message, self.path, copy, kept_records, found)
        )

    def _read_damaged(self, data: bytes) -> bool:
        """Read-only, take the answers a broken file still holds, as the app would keep them
        when it repairs the file, and say which lines are damaged: one bad line took the
        learner out of a teacher's report. False when no answer can be read."""
        kept, found = _readable_records(data)
        if not kept:
            return False
        self.attempts = [Attempt.from_record(r) for r in kept]
        lines = damaged_lines(data, lambda record: attempt_problem(record) is None)
        self.warnings.append(
            ProgressWarning("damaged", "", self.path, None, len(kept), found, tuple(lines))
        )
        return True

    def _rewrite(self) -> None:
        """Write the whole file in the append-ready layout (atomically)."""
        self.created = self.created or utc_text(datetime.now(UTC))
        head = header_text({"format": FORMAT, "learner": self.learner, "created": self.created})
        body = b"".join(attempt_line(a.to_record()) for a in self.attempts)
        data = head.encode("utf-8") + body
        write_atomically(self.path, data)
        stat = os.stat(self.path)
        self._identity, self._end, self._needs_rewrite = (
            (stat.st_ino, stat.st_dev),
            len(data),
            False,
        )

    def refresh(self) -> None:
        """Pick up what other processes appended since this one last looked."""
        assert self._lock is not None
        with self._lock.hold(shared=self.read_only):
            self._sync_locked()

    def _sync_locked(self) -> None:
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            self.attempts, self._end, self._identity = [], 0, None
            return
        if (stat.st_ino, stat.st_dev) != self._identity or stat.st_size < self._end:
            self._load_locked()
            return
        if stat.st_size == self._end:
            return
        with open(self.path, "rb") as handle:
            handle.seek(self._end)
            tail = handle.read(stat.st_size - self._end)
        try:
            records, used, torn, _ = parse_lines(tail, 0)
            problem = next(filter(None, map(attempt_problem, records)), None)
        except ProgressFormatError:
            problem = "unreadable lines"
        if problem is not None:
            self._load_locked()
            return
        self.attempts.extend(Attempt.from_record(r) for r in records)
        self._end += used
        if torn:
            self.warnings.append(
                ProgressWarning("torn_line", messages.PROGRESS_TORN_LINE, self.path)
            )
            if not self.read_only:
                cut_torn_tail(self.path, self._end)

    # -- writing -------------------------------------------------------------------------------

    def append(self, attempt: Attempt) -> None:
        """Record one attempt durably: when this returns, it is on disk."""
        if self.read_only:
            raise ProgressFileError(self.path, "opened read-only")
        assert self._lock is not None
        line = attempt_line(attempt.to_record())
        with self._lock.hold():
            self._sync_locked()
            if self._identity is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.attempts.append(attempt)
                self._rewrite()
                return
            if self._needs_rewrite:
                self._rewrite()
            append_durably(self.path, line)
            self._end += len(line)
            self.attempts.append(attempt)

    def record(
        self,
        exercise_set: ExerciseSet,
        item: Item,
        verdict: Verdict,
        answer: object,
        *,
        hint_used: bool = False,
        when: datetime | None = None,
        seconds: float | None = None,
    ) -> Attempt:
        """Record a graded answer to an item of an exercise set; returns what was written."""
        attempt = make_attempt(
            exercise_set.path.name,
            exercise_set.article_hash,
            item,
            verdict,
            answer,
            hint_used=hint_used,
            when=when,
            seconds=seconds,
        )
        self.append(attempt)
        return attempt

    def close(self) -> None:
        """Release the lock file's descriptor."""
        if self._lock is not None:
            self._lock.close()


def _readable_records(data: bytes) -> tuple[list[dict[str, Any]], int]:
    """The attempt lines of a broken file that still read (spaces and tabs around them
    ignored), and how many attempt lines there were."""
    found = 0
    kept: list[dict[str, Any]] = []
    for raw in data.split(b"\n"):
        line = raw.decode("utf-8", "replace").strip()
        if not line.startswith("- "):
            continue
        found += 1
        record = parse_line(line)
        if record is not None and attempt_problem(record) is None:
            kept.append(record)
    return kept, found


def _newer_format(data: bytes) -> int | None:
    """The format a file says it has when it is a later one (never move such a file aside),
    else None."""
    for raw in data.split(b"\n", 20)[:20]:
        if raw.startswith(b"format:"):
            try:
                version = int(raw.split(b":", 1)[1].split(b"#")[0].strip())
            except ValueError:
                return None
            return version if version > FORMAT else None
    return None


def open_progress(
    learner: str,
    directory: str | Path | None = None,
    *,
    read_only: bool = False,
) -> LearnerProgress:
    """The progress of a learner (an empty record if they have none yet).

    `directory` overrides the default folder (see `learners.progress_dir`). Read-only opening
    never changes a file and raises ProgressFileError on one it cannot read; otherwise a broken
    file is moved aside and reported in `warnings`.
    """
    folder = progress_dir(directory)
    if not read_only:
        folder.mkdir(parents=True, exist_ok=True)
    progress = LearnerProgress(
        learner=learner, path=learner_file(folder, learner), read_only=read_only
    )
    progress.load()
    return progress


def open_progress_file(path: Path, *, salvage: bool = False) -> LearnerProgress:
    """A progress file read as it is (read-only), for reports over many learners; with
    `salvage`, a damaged file gives the answers it still holds (see LearnerProgress)."""
    progress = LearnerProgress(learner=path.stem, path=path, read_only=True, salvage=salvage)
    if not path.is_file():
        raise ProgressFileError(path, "no such progress file")
    progress.load()
    return progress
