"""The window's handlers for the review actions (Review menu, File → project and report,
Edit → Undo/Redo); each forwards to the window's :class:`ReviewController`.

A mixin so the action registry can name them as window methods, while the
work lives in ``ui.review.controller``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.review.verdicts import VERDICT_ACTIONS

if TYPE_CHECKING:
    from ui.review.controller import ReviewController
    from ui.review.fact_reviewing import FactReviewing


class ReviewActions:
    """Handlers named in ``ui.shell.actions``; ``self.review`` is the ReviewController."""

    review: ReviewController
    fact_reviewing: FactReviewing

    def open_project(self) -> None:
        self.review.open_project_dialog()

    def save_project(self) -> None:
        self.review.save()

    def save_project_as(self) -> None:
        self.review.save_as()

    def export_html(self) -> None:
        self.review.export_report(pdf=False)

    def export_pdf(self) -> None:
        self.review.export_report(pdf=True)

    def export_docx(self) -> None:
        self.review.export_report(kind="docx")

    def print_report(self) -> None:
        self.review.print_report()

    def undo(self) -> None:
        self.review.undo()

    def redo(self) -> None:
        self.review.redo()

    def set_verdict(self, name: str) -> None:
        if self.fact_reviewing.active():  # the Facts tab in front, a fact selected: the fact's
            self.fact_reviewing.set_verdict(VERDICT_ACTIONS[name])
        else:
            self.review.set_verdict(VERDICT_ACTIONS[name])

    def edit_note(self) -> None:
        if self.fact_reviewing.active():
            self.fact_reviewing.edit_note()
        else:
            self.review.edit_note()

    def highlight_selection(self) -> None:
        self.review.highlight_selection()

    def next_unreviewed(self) -> None:
        self.review.next_unreviewed()
