"""Scanning: one original against many documents, ranked by how much each borrowed.

- ``candidates``: the original's fingerprint and the cheap screen of a document
- ``pairs``: the per-document work (read, screen, compare), pure functions over batches
- ``passages``: borrowed passages of one comparison
- ``runner``: the folder walk, a process pool, results as they arrive, the ranked report
- ``render`` / ``html_page``: text, CSV, JSON and the standalone HTML table
- ``command``: ``verso scan`` (wired into app/cli.py)

docs/scan-format.md describes the JSON; docs/scaling.md how the same
functions run on Dask or Spark.
"""
