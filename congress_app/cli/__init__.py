"""Command-line front: the same services as the GUI, with --json output for scripts."""
