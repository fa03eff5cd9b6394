"""Dialogs; each offers a classmethod ask() so tests can patch it."""
