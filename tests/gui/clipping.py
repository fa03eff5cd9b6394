"""Finds text that a window cuts off: a button, label, tab or column header narrower than its
text. Used by the screenshot tests and scripts/layout_check.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """What is visible under ``root`` and narrower than its text (one line each)."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or "<" in label.text():
            continue
        need = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
        margins = label.contentsMargins()
        room = label.contentsRect().width() + 1
        if need > room and label.minimumSizeHint().width() > label.width():
            found.append(f"label {label.text()!r}: {need}px in {room}px (+{margins.left()})")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button.parent(), QTabBar):
            continue
        if button.sizeHint().width() > button.width() + 2:
            found.append(
                f"button {button.text()!r}: wants {button.sizeHint().width()}px, has {button.width()}px"
            )
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            need = bar.fontMetrics().horizontalAdvance(_plain(bar.tabText(i)))
            if need > bar.tabRect(i).width() - 8:
                found.append(f"tab {bar.tabText(i)!r}: {need}px in {bar.tabRect(i).width()}px")
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation().name != "Horizontal" or header.model() is None:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            need = header.fontMetrics().horizontalAdvance(text) + 2
            if text and need > header.sectionSize(section):
                found.append(f"column {text!r}: {need}px in {header.sectionSize(section)}px")
    return found
