"""Render the window on a pair whose copy borrows a little, at its first borrowed passage.

    python -m tools.screenshot_passages OUT ORIGINAL COPY [--dark]

Used for docs/screenshot-passages.png (a PAN 2013 pair: an article that pasted one
paragraph of a hotel page): the copy's header says what it borrowed, the link map
shades and brackets the passage, the overview brackets it along both texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.screenshot import open_compared, settle


def render(out: Path, original: Path, copy: Path, width: int = 1600, height: int = 1000,
           dark: bool = False) -> Path:
    """Open the pair, go to the first borrowed passage (Go → Next Borrowed Passage), save a grab."""
    app, window = open_compared(original, copy, width, height, dark)
    settle(app, 0.2)
    window.passage_steps.next_passage()
    settle(app)
    window.grab().save(str(out))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dark"]
    if len(args) != 3:
        sys.exit(__doc__)
    if Path(args[0]).suffix.lower() != ".png":  # OUT comes first: never write over a text given first
        sys.exit(f"OUT must be a .png file (got {args[0]}): python -m tools.screenshot_passages OUT ORIGINAL COPY")
    render(Path(args[0]), Path(args[1]), Path(args[2]), dark="--dark" in sys.argv)
