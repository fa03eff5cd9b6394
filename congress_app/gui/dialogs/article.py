"""条文: the article of the norms a rule id rests on, opened from a link in a finding."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from congress_app.norms import TITLE, Article, article_for_rule

RULE_SCHEME = "rule:"
_RULE_ID = re.compile(r"\b(R(?:A|\d+)(?:\.\d+)?)\b")


class ArticleDialog(QDialog):
    def __init__(self, parent: QWidget | None, rule_id: str, article: Article) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{rule} · {heading}").format(rule=rule_id, heading=article.heading))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>{heading}</b>　{title}").format(heading=article.heading, title=TITLE))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QTextBrowser()
        self.text.setPlainText(article.text)
        layout.addWidget(self.text, 1)
        note = QLabel(self.tr("本软件按此条文计算的规则编号：{rule}。").format(rule=rule_id))
        note.setStyleSheet("color: #555555;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, rule_id: str) -> bool:
        """Show the article behind ``rule_id``; False when no article is known for it."""
        article = article_for_rule(rule_id)
        if article is None:
            return False
        cls(parent, rule_id, article).exec()
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
