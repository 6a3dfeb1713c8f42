"""The prose comparison engine: segmentation, alignment, word-level edits."""
