"""The main window and its frame: layout and wiring, its parts (menus' handlers, find, stepping,
status texts), the action registry, find bar, banners, accessibility."""
