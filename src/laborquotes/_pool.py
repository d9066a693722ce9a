"""Worker processes for the command lines (``laborquotes`` and ``laborquotes report``).

:func:`run_parallel` maps a function over the inputs in worker processes and yields the
results in input order. It survives the death of a worker (SIGKILL, the OOM killer): the
input that killed it gets the caller's "died" result and the run goes on. Stopped early
(Ctrl-C, an error, the consumer closing the generator), it kills the workers and waits,
within a bound, for the executor's manager thread to end, so that nothing of the pool is
left running when the command returns its exit status.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from typing import Generic, TypeVar

from ._inputs import InputItem

__all__ = ["DIED", "run_parallel"]

R = TypeVar("R")

#: Test hook: a worker process kills itself (SIGKILL) on the input whose ``where`` is this.
DIE_ENV = "LABORQUOTES_TEST_DIE_ON"
DIED = "the worker process died while parsing this input (killed, or out of memory)"
#: How long a stopped pool's manager thread is waited for (it ends in milliseconds).
STOP_SECONDS = 10.0


def _init_worker() -> None:
    # The parent handles Ctrl-C and stops the pool; workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker's own errors come back to the parent as results (the caller's function
    # catches them). What a worker could still print is multiprocessing's traceback when
    # the pool is torn down under it (a sibling was killed: its queue closes mid-read),
    # which is noise next to the parent's one line per failed input: keep it off stderr.
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _maybe_die(item: InputItem) -> None:
    """The test hook of ``DIE_ENV``: only ever in a worker process."""
    target = os.environ.get(DIE_ENV)
    if target is not None and target == item.where and multiprocessing.parent_process():
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def _run_chunk(func: Callable[[InputItem], list[R]], chunk: Sequence[InputItem]) -> list[R]:
    """The results of a chunk of inputs (runs in a worker)."""
    results: list[R] = []
    for item in chunk:
        _maybe_die(item)
        results.extend(func(item))
    return results


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back for the duration; it is delivered at the end."""
    if (
        not hasattr(signal, "pthread_sigmask")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _stop(executor: ProcessPoolExecutor, *, kill: bool) -> None:
    """Shut *executor* down; with *kill*, kill its workers and wait for its manager thread.

    ``shutdown(wait=False)`` leaves the manager thread running, and the interpreter's exit
    then races it (Python 3.10 to 3.13 at least): ``concurrent.futures`` wakes the thread
    through a pipe that the thread itself is closing, and "Exception ignored in: <module
    'threading'> ... OSError" lands on stderr after the command's one line. Once the
    thread has ended, the wake-up at exit does nothing. The workers are dead, so it ends at
    once; the bound only keeps a wedged pool from hanging the caller (the interpreter would
    wait for it anyway).
    """
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown() clears it
    if kill:  # Ctrl-C or an error: stop now, not after the inputs in flight
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.kill()
    # (the manager thread may have closed its wake-up pipe as the pool broke: :class:`_Pool`)
    with contextlib.suppress(OSError):
        executor.shutdown(wait=not kill, cancel_futures=True)
    if isinstance(manager, threading.Thread):
        manager.join(STOP_SECONDS)


#: What a pool whose worker died raises (see :class:`_Pool`).
_BROKEN = (BrokenProcessPool, OSError)


class _Pool(Generic[R]):
    """A process pool that survives the death of a worker (SIGKILL, the OOM killer).

    When a worker dies, ``concurrent.futures`` fails every task in flight with
    ``BrokenProcessPool``. The pool is then replaced, and each input of a failed chunk is
    run again on its own: the one that kills its worker again gets ``died(item)``, the
    others give their results.

    A submit (or a shutdown) may also meet ``OSError: handle is closed``: the pool's
    manager thread closes its wake-up pipe as the pool breaks, between the check that the
    pipe is open and the write (Python 3.10 to 3.13). That is the broken pool too.
    """

    def __init__(
        self,
        workers: int,
        func: Callable[[InputItem], list[R]],
        died: Callable[[InputItem], list[R]],
        preload: Sequence[str],
    ) -> None:
        self.workers = workers
        self.func = func
        self.died = died
        self.preload = list(preload)
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        # forkserver: no fork() of a process that runs threads (the pool's own thread).
        context = None
        if "forkserver" in methods:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(self.preload)  # imported once, not per worker
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker)

    def _restart(self) -> None:
        _stop(self.executor, kill=True)
        self.executor = self._new()

    def _submit(self, chunk: list[InputItem]) -> Future[list[R]]:
        # A submit may start a worker: Ctrl-C waits until the pool knows the process (and
        # can kill it), or a half-started worker prints a traceback after we are gone.
        with _sigint_deferred():
            return self.executor.submit(_run_chunk, self.func, chunk)

    def submit(self, chunk: list[InputItem]) -> tuple[list[InputItem], Future[list[R]]]:
        try:
            return chunk, self._submit(chunk)
        except _BROKEN:
            self._restart()
            return chunk, self._submit(chunk)

    def collect(self, task: tuple[list[InputItem], Future[list[R]]]) -> list[R]:
        chunk, future = task
        try:
            return future.result()
        except BrokenProcessPool:
            return [result for item in chunk for result in self._alone(item)]

    def _alone(self, item: InputItem) -> list[R]:
        """Run *item* by itself (after a worker died); its own death gives ``died``."""
        for _ in range(2):
            try:
                return self._submit([item]).result()
            except _BROKEN:
                self._restart()  # the pool may have broken earlier, or on this item
        return self.died(item)

    def close(self, *, kill: bool) -> None:
        with _sigint_deferred():  # a second Ctrl-C must not leave the pool half stopped
            _stop(self.executor, kill=kill)


def run_parallel(
    items: Iterable[InputItem],
    func: Callable[[InputItem], list[R]],
    died: Callable[[InputItem], list[R]],
    *,
    workers: int,
    chunksize: int,
    preload: Sequence[str] = (),
) -> Generator[R, None, None]:
    """``func(item)`` for every input, in worker processes; the results in input order.

    *func* and *died* must pickle (module functions, or ``functools.partial`` of them).
    At most ``4 * workers`` chunks are in flight, so memory stays flat on an endless
    stream. *preload* names modules the worker processes import once, up front.
    """
    pool = _Pool(workers, func, died, preload)
    pending: deque[tuple[list[InputItem], Future[list[R]]]] = deque()
    done = False
    try:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.submit(chunk))
            while len(pending) >= 4 * workers:
                yield from pool.collect(pending.popleft())
        while pending:
            yield from pool.collect(pending.popleft())
        done = True
    finally:
        pool.close(kill=not done)
