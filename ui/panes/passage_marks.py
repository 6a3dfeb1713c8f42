"""Borrowed passages as the link map and the overview outline them.

A copy that borrows a little (a press release inside an article) is mostly
its own text: its differences are "added" from top to bottom, and the
borrowed passages are easy to miss. The link map draws a faint band and a
bracket on each side for every passage, the overview a bracket beside each
column, in the palette's text colour (no kind's colour: a passage holds
identical, reworded and moved text alike), so they follow light, dark and
high-contrast themes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

FILL_ALPHA = 26     # the band between the panes: a shade, under the differences' bands
BRACKET_WIDTH = 2.0


def passage_colour(palette: QPalette, alpha: int = 255) -> QColor:
    """The passages' ink: the theme's text colour."""
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlpha(alpha)
    return colour


def bracket(x: float, top: float, bottom: float, tick: float) -> QPainterPath:
    """A square bracket from ``top`` to ``bottom`` at ``x``, its ticks ``tick`` wide (negative:
    pointing left)."""
    path = QPainterPath(QPointF(x + tick, top))
    path.lineTo(QPointF(x, top))
    path.lineTo(QPointF(x, bottom))
    path.lineTo(QPointF(x + tick, bottom))
    return path


def draw_bracket(painter: QPainter, palette: QPalette, path: QPainterPath) -> None:
    """Stroke a bracket in the passages' ink."""
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(passage_colour(palette), BRACKET_WIDTH))
    painter.drawPath(path)
