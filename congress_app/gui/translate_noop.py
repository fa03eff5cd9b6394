"""``QT_TRANSLATE_NOOP`` typed as returning text (no imports: light enough for navigation)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` and returns it unchanged, as PySide6's own
    does; that one is typed as returning ``object``, so tables of these texts would not be
    typed as text. pyside6-lupdate finds the calls by this name, wherever it is imported from."""
    return text
