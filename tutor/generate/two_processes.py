"""A batch worked on by this process and a forked copy of it, each taking the next few jobs as
it becomes free: on two cores, both parse and generate all the time, instead of one parsing
while the other waits for its parses or for a pipe to empty.

The copy starts with everything this process has loaded (the model, the glossary, the caches
warmed by the first jobs), and sends each of its results back as soon as it has one, so that the
caller always knows what has been done, even when the batch stops early.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
"""A copy of a process with its model loaded exists only where processes fork (Linux, macOS)."""

_RESULT, _ERROR, _STOPPED, _DONE = b"R", b"E", b"I", b"D"
"""What the copy sends: one result, the exception that stopped it, Ctrl-C, the end."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (in either process) stopped the batch: the results finished before it."""

    def __init__(self, finished: dict[int, Any]) -> None:
        super().__init__()
        self.finished = finished


class _Claims:
    """The next jobs to do, shared by both processes: each takes `size` at a time."""

    def __init__(self, context: Any, total: int, size: int) -> None:
        self._next = context.Value("l", 0)
        self._total = total
        self._size = size

    def take(self) -> range:
        """The next jobs: `size` of them, fewer near the end (an eighth of what is left), so
        that neither process is left with a whole chunk to do while the other has finished."""
        with self._next.get_lock():
            start = self._next.value
            size = max(1, min(self._size, (self._total - start) // 8))
            end = self._next.value = min(self._total, start + size)
        return range(start, end)

    def give_up(self) -> None:
        """No job is taken any more (the batch is stopping)."""
        with self._next.get_lock():
            self._next.value = self._total


class SharedBatch(Generic[Job, Result]):
    """Run `work` on every job, in chunks of `chunk`, here and in a forked copy of this process.

    `work` gets a chunk of jobs and yields one picklable result per job, in order, each only
    once the job is finished (its file written, say). An exception from `work` in either
    process ends the batch and is raised to the caller; Ctrl-C in either process ends it with
    `Interrupted`, which holds the results finished before it.
    """

    def __init__(
        self, jobs: Sequence[Job], work: Callable[[Sequence[Job]], Iterator[Result]], chunk: int
    ) -> None:
        self.jobs = jobs
        self.work = work
        self.chunk = chunk

    def run(self) -> dict[int, Result]:
        """Every job's result, by the job's index."""
        context = multiprocessing.get_context("fork")
        claims = _Claims(context, len(self.jobs), self.chunk)
        finished: dict[int, Result] = {}
        try:
            # the first chunk is done here before the copy is made: the copy then starts with
            # the caches it filled (patterns compiled, word lists read) instead of filling its own
            self._work_on(claims.take(), finished)
            receiving, sending = context.Pipe(duplex=False)
            copy = context.Process(
                target=_work_in_copy,
                args=(self.jobs, self.work, claims, sending),
                name="tutor-generate-copy",
                daemon=True,
            )
            copy.start()
            sending.close()
        except KeyboardInterrupt:
            raise Interrupted(finished) from None
        try:
            with contextlib.closing(receiving):
                self._share(claims, receiving, finished)
        finally:
            if copy.is_alive():
                copy.terminate()
            copy.join()
        return finished

    def _share(self, claims: _Claims, receiving: Any, finished: dict[int, Result]) -> None:
        copy_done = False
        try:
            try:
                while chunk := claims.take():
                    self._work_on(chunk, finished)
                    copy_done = copy_done or _received(receiving, finished, wait=False)
                while not copy_done:
                    copy_done = _received(receiving, finished, wait=True)
            except _CopyLost:
                # the copy ended without a word (killed, out of memory): what it had taken and
                # not finished is done here
                copy_done = True
                claims.give_up()
                left = [i for i in range(len(self.jobs)) if i not in finished]
                for start in range(0, len(left), self.chunk):
                    self._work_on(left[start : start + self.chunk], finished)
        except KeyboardInterrupt:
            claims.give_up()
            # the copy had the same Ctrl-C (or will see the claims run out): what it finished
            # before stopping is on its way
            with contextlib.suppress(KeyboardInterrupt, Exception):
                while not copy_done and receiving.poll(5):
                    copy_done = _received(receiving, finished, wait=True)
            raise Interrupted(finished) from None
        except BaseException:
            claims.give_up()
            raise

    def _work_on(self, chunk: Sequence[int], finished: dict[int, Result]) -> None:
        if not chunk:
            return
        for index, result in zip(chunk, self.work([self.jobs[i] for i in chunk]), strict=True):
            finished[index] = result


class _CopyLost(Exception):
    """The copy's end of the pipe closed before it said it was done."""


def _received(receiving: Any, finished: dict[Any, Any], wait: bool) -> bool:
    """Take what the copy has sent (waiting for one message if `wait`); True once it has ended.
    Its exception is raised here; its Ctrl-C as KeyboardInterrupt."""
    while wait or receiving.poll():
        wait = False
        try:
            message = receiving.recv_bytes()
        except EOFError:
            raise _CopyLost from None
        kind, body = message[:1], message[1:]
        if kind == _RESULT:
            index, result = pickle.loads(body)  # from our own child process
            finished[index] = result
        elif kind == _ERROR:
            raise pickle.loads(body)
        elif kind == _STOPPED:
            raise KeyboardInterrupt
        else:
            return True
    return False


def _work_in_copy(
    jobs: Sequence[Any],
    work: Callable[[Sequence[Any]], Iterator[Any]],
    claims: _Claims,
    sending: Any,
) -> None:
    """The copy: chunks until none is left, each result sent as soon as it is finished."""
    try:
        while chunk := claims.take():
            results = work([jobs[i] for i in chunk])
            for index, result in zip(chunk, results, strict=True):
                sending.send_bytes(_RESULT + pickle.dumps((index, result)))
        sending.send_bytes(_DONE)
    except KeyboardInterrupt:
        claims.give_up()
        with contextlib.suppress(OSError):
            sending.send_bytes(_STOPPED)
    except BaseException as err:
        claims.give_up()
        try:
            message = pickle.dumps(err)
        except Exception:  # an exception that cannot be pickled: its message is kept
            message = pickle.dumps(RuntimeError(str(err)))
        with contextlib.suppress(OSError):  # the caller has gone
            sending.send_bytes(_ERROR + message)
    finally:
        sending.close()
