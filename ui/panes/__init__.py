"""The two text panes and what is drawn with them: text views, gutter, link map, overview, inline view."""
