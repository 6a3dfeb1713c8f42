"""Run a plain function off the GUI thread and get its result back on the GUI thread.

For the project's slow steps (hashing the original files, re-reading and
re-comparing them). The function must not touch widgets; ``on_done`` gets
``(result, None)`` or ``(None, exception)`` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Bridge(QObject):
    done = Signal(object, object)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn = fn
        self.bridge = bridge

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread
            self.bridge.done.emit(None, exc)
            return
        self.bridge.done.emit(result, None)


class Background(QObject):
    """A small private pool; ``busy`` is True while any call runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._bridges: set[_Bridge] = set()

    @property
    def busy(self) -> bool:
        return bool(self._bridges)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]
            ) -> None:
        bridge = _Bridge(self)
        self._bridges.add(bridge)

        def finish(result: Any, error: BaseException | None) -> None:
            self._bridges.discard(bridge)
            bridge.deleteLater()
            on_done(result, error)

        bridge.done.connect(finish)
        self._pool.start(_Call(fn, bridge))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
