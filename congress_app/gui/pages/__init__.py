"""One page per workflow, shown in the main window's navigation."""
