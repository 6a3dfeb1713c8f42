"""Dialogs the window opens: keyboard shortcuts, About, user guide."""
