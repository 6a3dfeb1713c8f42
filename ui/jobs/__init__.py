"""Work off the GUI thread: the comparison job, child processes, background calls."""
