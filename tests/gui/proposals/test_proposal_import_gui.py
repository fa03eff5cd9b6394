"""The 提案 page's paper forms: the template is written, a filled one is imported off the GUI
thread and the page refreshes; a file with problems lists them by row and saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from congress_app.gui.dialogs.proposal_import import ImportProblemsDialog
from congress_app.gui.dialogs.proposal_steps import ProposalFiles
from congress_app.reports.proposal_template import COLUMNS, SHEET
from tests.gui.proposals.test_proposals_page import congress, errors, page  # noqa: F401

TODAY = date.today()


def _fill(template, path, rows):
    wb = openpyxl.load_workbook(template)
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            wb[SHEET].cell(row=r, column=c, value=row.get(column.key))
    wb.save(path)
    return path


def _row(title, seconders="D002、D003、D004"):
    return {
        "title": title,
        "kind": "一般",
        "proposers": "D001",
        "seconders": seconders,
        "filed_on": TODAY,
        "category": "校园建设",
    }


@pytest.fixture
def template(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(ProposalFiles, "ask_save", classmethod(lambda cls, *a, **k: target))
    page.template_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "模板" in page.count_label.text(), timeout=10_000)
    return target


def test_a_filled_template_is_imported_and_the_page_refreshes(
    page, qtbot, monkeypatch, template, tmp_path, errors
):  # noqa: F811
    assert page.import_button.isEnabled() and page.model.rowCount() == 0
    source = _fill(
        template, tmp_path / "forms.xlsx", [_row("关于增加停车位的建议"), _row("关于改善食堂的建议")]
    )
    monkeypatch.setattr(ProposalFiles, "ask_import", classmethod(lambda cls, parent: source))
    shown: list = []
    monkeypatch.setattr(ImportProblemsDialog, "show_problems", classmethod(lambda cls, *a: shown.append(a)))
    page.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert shown == [] and errors == []
    assert "2 份" in page.count_label.text()
    page.refresh()
    assert sorted(page.model.row_at(i).title for i in range(2)) == [
        "关于增加停车位的建议",
        "关于改善食堂的建议",
    ]
    page.table.selectRow(0)
    assert "纸质表导入" in page.detail.text.text() and "forms.xlsx 第 " in page.detail.text.text()


def test_problems_are_listed_by_row_and_nothing_is_imported(
    page, qtbot, monkeypatch, template, tmp_path, errors
):  # noqa: F811
    source = _fill(
        template,
        tmp_path / "forms.xlsx",
        [_row("关于增加停车位的建议"), _row("关于食堂的建议", seconders="D002、D003"), _row("")],
    )
    monkeypatch.setattr(ProposalFiles, "ask_import", classmethod(lambda cls, parent: source))
    shown: list = []
    monkeypatch.setattr(ImportProblemsDialog, "show_problems", classmethod(lambda cls, *a: shown.append(a)))
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    _parent, file_name, problems = shown[0]
    assert file_name == "forms.xlsx"
    assert [(p.row, p.field) for p in problems] == [(3, "seconders"), (4, "title")]
    assert page.model.rowCount() == 0 and errors == []
    dialog = ImportProblemsDialog(page, file_name, problems)  # what the office would see
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "3" and dialog.table.item(0, 1).text() == "附议人"
    assert "还差 1 名" in dialog.table.item(0, 2).text()
    assert dialog.table.item(1, 2).text() == "「标题」不能为空。"


def test_the_import_button_waits_for_a_collection(qtbot, db, errors):  # noqa: F811
    from congress_app.gui.pages.proposals.page import ProposalsPage
    from congress_app.gui.state import AppState
    from tests.proposals.conftest import build_congress

    build_congress(db, held=TODAY + timedelta(days=40), opens=TODAY - timedelta(days=1), window=False)
    page = ProposalsPage(AppState(db))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.import_button.isEnabled() and page.template_button.isEnabled()
