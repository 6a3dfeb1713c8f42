"""The side panels: differences list, facts, annotations, note editor, summary bar."""
