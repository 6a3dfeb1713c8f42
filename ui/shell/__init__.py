"""The main window and its frame: layout and wiring, actions and menus, find bar, banner, accessibility."""
