"""A child process forked before Qt is imported, and the pipe it talks over (no multiprocessing).

``verso ORIGINAL COPY`` starts its first child (``child_process.prestart``)
before Qt is imported, while the process is one thread: on Linux it is
forked then, and starts with the window's imports done. Forking it through
multiprocessing would cost the window ~20 ms of imports at start
(multiprocessing, its connection module, socket, tempfile, subprocess...) for
what two ``os.pipe`` and ``pickle`` do; spawned children (any later one, and
elsewhere than Linux) still go through multiprocessing.

:class:`Channel` has the four methods of multiprocessing's ``Connection``
that ``child_process`` uses (``send``, ``recv``, ``poll``, ``close``), and
:class:`ForkedProcess` the three of its ``Process`` (``is_alive``,
``terminate``, ``join``). No Qt here, and none in the child.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

HEADER = 8  # bytes of length before each pickle


def safe() -> bool:
    """Whether a child may be forked now: Linux, one thread, no Qt loaded."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1 and "PySide6" not in sys.modules)


class Channel:
    """One end of a duplex pipe (two ``os.pipe``) carrying pickles, each after its length."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._read = read_fd
        self._write = write_fd
        self._poller = select.poll()
        self._poller.register(read_fd, select.POLLIN)
        self.closed = False

    def send(self, obj: Any) -> None:
        """Pickle ``obj`` and write it (whole: nothing is written if it does not pickle)."""
        data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(HEADER, "little") + data)
        while view:
            view = view[os.write(self._write, view):]

    def recv(self) -> Any:
        """The next object sent from the other end; EOFError once that end is closed."""
        size = int.from_bytes(self._read_exactly(HEADER), "little")
        return pickle.loads(self._read_exactly(size))

    def poll(self, timeout: float | None = 0.0) -> bool:
        """Whether something (or the other end's closing) can be read within ``timeout`` seconds
        (None: wait for it)."""
        if self.closed:
            raise OSError("the channel is closed")
        return bool(self._poller.poll(None if timeout is None else max(0, int(timeout * 1000))))

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            for fd in (self._read, self._write):
                with contextlib.suppress(OSError):
                    os.close(fd)

    def _read_exactly(self, size: int) -> bytes:
        parts = []
        while size:
            chunk = os.read(self._read, min(size, 1 << 20))
            if not chunk:
                raise EOFError
            parts.append(chunk)
            size -= len(chunk)
        return b"".join(parts)


class ForkedProcess:
    """The window's handle on a forked child: alive?, end it, wait for it (it is reaped once)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._ended = False
        atexit.register(self._at_exit)  # as multiprocessing ends its daemon children

    def is_alive(self) -> bool:
        if self._ended:
            return False
        try:
            done, _status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            done = self.pid
        self._ended = done == self.pid
        return not self._ended

    def terminate(self) -> None:
        if self.is_alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)

    def join(self, timeout: float) -> None:
        end = time.monotonic() + timeout
        while self.is_alive() and time.monotonic() < end:
            time.sleep(0.005)

    def _at_exit(self) -> None:
        self.terminate()
        self.join(1.0)


def fork(serve: Callable[[Channel], None]) -> tuple[ForkedProcess, Channel]:
    """Fork a child that runs ``serve(channel)`` and exits; returns its handle and the window's
    end of the channel. Raises OSError if no process can be forked."""
    down_read, down_write = os.pipe()  # the window writes, the child reads
    up_read, up_write = os.pipe()  # and back
    for stream in (sys.stdout, sys.stderr):  # (else the child would have a copy of what is buffered)
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        for fd in (down_read, down_write, up_read, up_write):
            os.close(fd)
        raise
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(down_write)
            os.close(up_read)
            serve(Channel(down_read, up_write))
        except BaseException:  # a Ctrl+C in the terminal, a window gone mid-answer: quietly
            code = 1
        finally:
            os._exit(code)
    os.close(down_read)
    os.close(up_write)
    return ForkedProcess(pid), Channel(up_read, down_write)
