"""The Qt window of Verso, in rooms by role (docs/architecture.md).

- ``main``: the launcher (``verso``'s window side); ``settings``, ``palette``,
  ``themes``, ``style``, ``translations``: what every room reads;
  ``documents_io``: files and pasted text into Documents; ``report_pdf``: the
  PDF exporter of the report.
- ``shell/``: the main window and its frame (layout, wiring, actions, menus).
- ``panes/``: the two text panes and what is drawn with them.
- ``panels/``: the side panels (differences, facts, annotations, notes, summary).
- ``review/``: the reader's review (project, verdicts, navigation, recovery).
- ``jobs/``: work off the GUI thread.
- ``dialogs/``: dialogs the window opens.
"""
