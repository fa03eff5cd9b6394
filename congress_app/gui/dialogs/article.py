"""条文: the articles of the norms a rule id rests on, opened from a link in a finding; the
paragraph (款) or item (项) the rule is decided to is shaded and scrolled into view. What is
cited comes from ``norms.rule_article_views``; the dialog only lays it out."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from congress_app.norms import TITLE, ArticleView, article_for_rule, is_practice_rule, rule_article_views

RULE_SCHEME = "rule:"
_RULE_ID = re.compile(r"\b(R(?:A|\d+)(?:\.\d+)?)\b")
CITED_BACKGROUND = "#fff1c2"  # the shade of the cited clause (as the seat comparison's)
CITED_TEXT = "#1a1a1a"  # dark on the light shade whatever the palette
CITED_ANCHOR = "cited"


def article_html(views: tuple[ArticleView, ...]) -> str:
    """The articles as rich text: each heading, its paragraphs, its items indented; the cited
    pieces bold on a shade, the first of them anchored for scrolling."""
    blocks: list[str] = []
    anchored = False
    for view in views:
        blocks.append(f'<p style="margin-top:6px;"><b>{escape(view.heading)}</b></p>')
        for part in view.parts:
            text = escape(part.text).replace("\n", "<br/>")
            # items close together under their paragraph, indented
            indent = "margin-left:18px;margin-top:1px;margin-bottom:1px;" if part.item is not None else ""
            if part.cited:
                anchor = "" if anchored else f'<a name="{CITED_ANCHOR}"></a>'
                anchored = True
                style = f"{indent}background-color:{CITED_BACKGROUND};color:{CITED_TEXT};"
                blocks.append(f'<p style="{style}">{anchor}<b>{text}</b></p>')
            else:
                blocks.append(f'<p style="{indent}">{text}</p>')
    return "".join(blocks)


class ArticleDialog(QDialog):
    def __init__(self, parent: QWidget | None, rule_id: str, views: tuple[ArticleView, ...]) -> None:
        super().__init__(parent)
        self.views = views
        citation = "、".join(v.citation for v in views)  # 第二十六条、第四十六条第五项
        self.setWindowTitle(self.tr("{rule} · {citation}").format(rule=rule_id, citation=citation))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("<b>{citation}</b>　{title}").format(citation=citation, title=TITLE))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.text = QTextBrowser()
        self.text.setHtml(article_html(views))
        layout.addWidget(self.text, 1)
        if is_practice_rule(rule_id):
            note = self.tr("{rule} 是惯例做法，规范中没有对应的款项；上面是相关的条文。")
        elif any(v.cited for v in views):
            note = self.tr("底色标出的是规则 {rule} 所依据的款、项。")
        else:
            note = self.tr("本软件按此条文计算的规则编号：{rule}。")
        self.note = QLabel(note.format(rule=rule_id))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self.scroll_to_cited)  # once the text is laid out at its size

    def scroll_to_cited(self) -> None:
        if any(v.cited for v in self.views):
            self.text.scrollToAnchor(CITED_ANCHOR)

    @classmethod
    def ask(cls, parent: QWidget | None, rule_id: str) -> bool:
        """Show the articles behind ``rule_id``; False when no article is known for it."""
        views = rule_article_views(rule_id)
        if not views:
            return False
        cls(parent, rule_id, views).exec()
        return True


def rule_links(html: str) -> str:
    """Every rule id in ``html`` (R13.5, RA.1, R14) that rests on an article, as a link to it."""
    return _RULE_ID.sub(
        lambda m: (
            f'<a href="{RULE_SCHEME}{m.group(1)}">{m.group(1)}</a>'
            if article_for_rule(m.group(1))
            else m.group(1)
        ),
        html,
    )


def open_rule_link(parent: QWidget | None, href: str) -> None:
    """The slot for ``linkActivated`` of a label whose text went through ``rule_links()``."""
    if href.startswith(RULE_SCHEME):
        ArticleDialog.ask(parent, href[len(RULE_SCHEME) :])
