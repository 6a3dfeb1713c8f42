"""A Qt-free undo/redo history of immutable snapshots.

The window keeps one :class:`History` per open project and replaces it on
every change (it is immutable too)::

    history = History(project.annotations)            # on open
    history = history.record(new_annotations, "Set verdict: Error")
    history = history.undo()        # Ctrl+Z        -> show history.present
    history = history.redo()        # Ctrl+Shift+Z  -> show history.present
    history = history.mark_saved()  # after Save    -> history.dirty is False

``undo_label``/``redo_label`` feed the Edit menu ("Undo Set verdict: Error").
Typing in a note should not make one undo step per key: pass the same
``merge_key`` (e.g. ``("note", difference_id)``) and consecutive records
with that key collapse into one step, like ``QUndoCommand.mergeWith``.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

#: How many undo steps are kept.
DEFAULT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class Step(Generic[T]):
    """One state in the history and the label of the change that produced it."""

    state: T
    label: str = ""
    merge_key: Hashable | None = None


@dataclass(frozen=True, slots=True)
class History(Generic[T]):
    """Past, present and future states; every method returns a new History."""

    _steps: tuple[Step[T], ...]
    _index: int = 0
    _saved_index: int | None = 0
    limit: int = DEFAULT_LIMIT

    def __init__(self, initial: T, limit: int = DEFAULT_LIMIT) -> None:
        object.__setattr__(self, "_steps", (Step(initial),))
        object.__setattr__(self, "_index", 0)
        object.__setattr__(self, "_saved_index", 0)
        object.__setattr__(self, "limit", max(1, limit))

    @property
    def present(self) -> T:
        """The current state."""
        return self._steps[self._index].state

    @property
    def can_undo(self) -> bool:
        """True if there is a change to undo."""
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        """True if there is an undone change to redo."""
        return self._index < len(self._steps) - 1

    @property
    def undo_label(self) -> str:
        """The label of the change Undo would revert ('' if none)."""
        return self._steps[self._index].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        """The label of the change Redo would re-apply ('' if none)."""
        return self._steps[self._index + 1].label if self.can_redo else ""

    @property
    def dirty(self) -> bool:
        """True when the present state is not the one last marked saved."""
        if self._saved_index == self._index:
            return False
        if self._saved_index is None:
            return True
        return bool(self._steps[self._saved_index].state != self.present)

    def record(self, state: T, label: str, merge_key: Hashable | None = None) -> History[T]:
        """Make ``state`` the present after a change called ``label``; drops the redo future.

        Recording a state equal to the present changes nothing.
        """
        if state == self.present:
            return self
        top = self._steps[self._index]
        steps = self._steps[: self._index + 1]
        saved = self._saved_index
        if saved is not None and saved > self._index:
            saved = None  # the saved state was in the discarded future
        if merge_key is not None and top.merge_key == merge_key and self._index > 0:
            if saved == self._index:
                saved = None  # the saved state is replaced by the merge
            steps = (*steps[:-1], Step(state, label, merge_key))
        else:
            steps = (*steps, Step(state, label, merge_key))
        overflow = max(0, len(steps) - (self.limit + 1))
        if overflow:
            steps = steps[overflow:]
            saved = None if saved is None or saved < overflow else saved - overflow
        return self._with(steps, len(steps) - 1, saved)

    def undo(self) -> History[T]:
        """Go one step back (no change if there is nothing to undo)."""
        return self._with(self._steps, self._index - 1, self._saved_index) \
            if self.can_undo else self

    def redo(self) -> History[T]:
        """Go one step forward (no change if there is nothing to redo)."""
        return self._with(self._steps, self._index + 1, self._saved_index) \
            if self.can_redo else self

    def mark_saved(self) -> History[T]:
        """Remember the present as the saved state (after a successful save)."""
        return self._with(self._steps, self._index, self._index)

    def _with(self, steps: tuple[Step[T], ...], index: int, saved: int | None) -> History[T]:
        new: History[T] = object.__new__(History)
        object.__setattr__(new, "limit", self.limit)
        object.__setattr__(new, "_steps", steps)
        object.__setattr__(new, "_index", index)
        object.__setattr__(new, "_saved_index", saved)
        return new
