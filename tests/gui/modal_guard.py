"""Fail a test the moment a modal dialog would block it.

A modal ``exec()`` (or a static ``QMessageBox.question``, ``QFileDialog.getOpenFileName`` …)
waits for a click that never comes offscreen: the test hangs until the timeout. The guard
replaces those entry points, at the Python level, with plain functions that record the dialog
and raise ``pytest.fail.Exception`` (a BaseException, so no ``except Exception`` in the app
swallows it). Tests answer dialogs by patching their ``ask()`` classmethods instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# class name -> static functions that open a modal dialog and wait
STATIC_MODALS: dict[str, tuple[str, ...]] = {
    "QMessageBox": ("question", "warning", "critical", "information", "about", "aboutQt"),
    "QFileDialog": (
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "getOpenFileUrl",
        "getOpenFileUrls",
        "getSaveFileUrl",
        "getExistingDirectoryUrl",
    ),
    "QInputDialog": ("getText", "getMultiLineText", "getInt", "getDouble", "getItem"),
    "QColorDialog": ("getColor",),
    "QFontDialog": ("getFont",),
}
# class name -> blocking methods (subclasses such as QMessageBox inherit QDialog.exec)
BLOCKING_METHODS: dict[str, tuple[str, ...]] = {
    "QDialog": ("exec", "exec_"),
    "QMenu": ("exec", "exec_"),
}


def _describe(target: Any, args: tuple[Any, ...]) -> str:
    parts = [type(target).__name__ if target is not None else ""]
    title = getattr(target, "windowTitle", None)
    if callable(title):
        try:
            parts.append(repr(title()))
        except RuntimeError:  # deleted C++ object
            pass
    texts = [repr(a) for a in args if isinstance(a, str)]
    return " ".join(p for p in parts + texts if p)


def install(monkeypatch: pytest.MonkeyPatch, opened: list[str]) -> None:
    from PySide6 import QtWidgets

    def refuse(where: str) -> Callable[..., Any]:
        def modal(*args: Any, **_kwargs: Any) -> Any:
            target = args[0] if args and isinstance(args[0], QtWidgets.QWidget) else None
            what = f"{where}: {_describe(target, args[1:])}"
            opened.append(what)
            raise pytest.fail.Exception(
                f"an unexpected modal dialog opened ({what}); patch the dialog's ask() instead"
            )

        return modal

    for cls_name, names in BLOCKING_METHODS.items():
        cls = getattr(QtWidgets, cls_name)
        for name in names:
            if hasattr(cls, name):
                monkeypatch.setattr(cls, name, refuse(f"{cls_name}.{name}"))
    for cls_name, names in STATIC_MODALS.items():
        cls = getattr(QtWidgets, cls_name)
        for name in names:
            if hasattr(cls, name):
                monkeypatch.setattr(cls, name, staticmethod(refuse(f"{cls_name}.{name}")))
