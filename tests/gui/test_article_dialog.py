"""Rule ids in findings link to the article of the norms they rest on."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from congress_app.gui.dialogs.article import CITED_BACKGROUND, ArticleDialog, open_rule_link, rule_links
from congress_app.norms import paragraphs, rule_article_views


def _blocks(dialog: ArticleDialog) -> list[tuple[str, bool]]:
    """Each paragraph of the dialog's text and whether it is shown as cited (shaded, bold)."""
    found = []
    block = dialog.text.document().begin()
    while block.isValid():
        shaded = block.blockFormat().background().color() == QColor(CITED_BACKGROUND)
        fragment = block.begin().fragment()
        bold = fragment.isValid() and fragment.charFormat().fontWeight() >= QFont.Weight.Bold
        assert bold or not shaded, block.text()  # a cited piece is bold too (as the headings)
        found.append((block.text(), shaded))
        block = block.next()
    return found


def _dialog(qtbot, rule_id: str) -> ArticleDialog:
    dialog = ArticleDialog(None, rule_id, rule_article_views(rule_id))
    qtbot.addWidget(dialog)
    return dialog


def test_rule_ids_become_links_and_unknown_ones_stay_text() -> None:
    html = rule_links("教学人员代表 52 名，低于 60%（R13.5，第十三条）；R99.1 与 RA.1、R14")
    assert '<a href="rule:R13.5">R13.5</a>' in html
    assert '<a href="rule:RA.1">RA.1</a>' in html and '<a href="rule:R14">R14</a>' in html
    assert "R99.1" in html and 'href="rule:R99.1"' not in html


def test_the_dialog_shows_the_article(qtbot) -> None:
    dialog = _dialog(qtbot, "R14.3")
    assert dialog.windowTitle() == "R14.3 · 第十四条第二款"
    assert "候选人的赞成票超过本选举单位全体教职工的半数始得当选" in dialog.text.toPlainText()


def test_the_cited_paragraph_is_shaded_and_named_in_the_heading(qtbot) -> None:
    dialog = _dialog(qtbot, "R13.5")
    assert dialog.heading.text().startswith("<b>第十三条第二款</b>")
    blocks = _blocks(dialog)
    assert [text for text, cited in blocks if cited] == [paragraphs(13)[1].text]
    assert blocks[0] == ("第十三条", False) and len(blocks) == 1 + 3  # the heading, three paragraphs
    assert "底色标出" in dialog.note.text() and "R13.5" in dialog.note.text()


def test_a_cited_item_of_another_article_is_shaded_and_scrolled_into_view(qtbot) -> None:
    dialog = _dialog(qtbot, "R26.2")  # 第二十六条 and 第四十六条第五项
    assert dialog.heading.text().startswith("<b>第二十六条、第四十六条第五项</b>")
    assert [text for text, cited in _blocks(dialog) if cited] == ["5、选举大会主席团"]
    dialog.resize(420, 260)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)  # the item is far below the first article
    cursor = dialog.text.cursorForPosition(dialog.text.viewport().rect().center())
    assert cursor.block().blockNumber() >= 5  # among 第四十六条's items, not at the top


def test_a_whole_article_or_a_practice_rule_shades_nothing(qtbot) -> None:
    whole = _dialog(qtbot, "R17.1")
    assert not any(cited for _text, cited in _blocks(whole))
    assert whole.windowTitle() == "R17.1 · 第十七条" and "R17.1" in whole.note.text()
    practice = _dialog(qtbot, "R13.3")
    assert not any(cited for _text, cited in _blocks(practice))
    assert "惯例" in practice.note.text()


def test_ask_opens_the_dialog_of_the_rule(monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(ArticleDialog, "exec", lambda self: shown.append(self) or 0)  # never modal
    assert ArticleDialog.ask(None, "R24.1") is True
    (dialog,) = shown
    assert [text for text, cited in _blocks(dialog) if cited] == [paragraphs(24)[1].text]
    dialog.deleteLater()


def test_a_link_opens_the_dialog_of_its_rule(monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(ArticleDialog, "ask", classmethod(lambda cls, parent, rule: opened.append(rule)))
    open_rule_link(None, "rule:R13.6")
    open_rule_link(None, "https://example.invalid/")  # not ours: nothing opens
    assert opened == ["R13.6"]


def test_no_dialog_for_a_rule_without_an_article() -> None:
    assert ArticleDialog.ask(None, "R99.9") is False
