"""The reader's review: project controller, verdicts, navigation, recovery, review actions."""
