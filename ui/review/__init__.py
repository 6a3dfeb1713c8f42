"""The reader state (what the window shows) and the review: its controller and jobs (project file,
annotating with undo, exports, verdicts on facts), verdicts, navigation, recovery."""
