"""Rule ids in findings link to the article of the norms they rest on."""

from __future__ import annotations

from congress_app.gui.dialogs.article import ArticleDialog, open_rule_link, rule_links
from congress_app.norms import article_for_rule


def test_rule_ids_become_links_and_unknown_ones_stay_text() -> None:
    html = rule_links("教学人员代表 52 名，低于 60%（R13.5，第十三条）；R99.1 与 RA.1、R14")
    assert '<a href="rule:R13.5">R13.5</a>' in html
    assert '<a href="rule:RA.1">RA.1</a>' in html and '<a href="rule:R14">R14</a>' in html
    assert "R99.1" in html and 'href="rule:R99.1"' not in html


def test_the_dialog_shows_the_article(qtbot) -> None:
    dialog = ArticleDialog(None, "R14.3", article_for_rule("R14.3"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "R14.3 · 第十四条"
    assert "候选人的赞成票超过本选举单位全体教职工的半数始得当选" in dialog.text.toPlainText()


def test_a_link_opens_the_dialog_of_its_rule(monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(ArticleDialog, "ask", classmethod(lambda cls, parent, rule: opened.append(rule)))
    open_rule_link(None, "rule:R13.6")
    open_rule_link(None, "https://example.invalid/")  # not ours: nothing opens
    assert opened == ["R13.6"]


def test_no_dialog_for_a_rule_without_an_article() -> None:
    assert ArticleDialog.ask(None, "R99.9") is False
