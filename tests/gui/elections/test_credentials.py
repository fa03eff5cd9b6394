"""资格审查 over the term: each check with its rule and a plain explanation of failures,
approval with the publication date (a reason when a must-rule fails), the PDFs."""

from __future__ import annotations

import re
from datetime import date

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_approval import Approval, ApproveCredentialsDialog
from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.pages.elections.page import TAB_CREDENTIALS
from congress_app.services import credentials
from tests.gui.elections.helpers import shoot
from tests.gui.elections.test_models import credentials_view


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def show_credentials(qtbot, page):
    page.tabs.setCurrentIndex(TAB_CREDENTIALS)
    panel = page.credentials
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10000)
    return panel


def test_failed_checks_are_explained_and_block_approval_without_reason(
    qtbot, page, answer, errors, monkeypatch, shots
) -> None:
    monkeypatch.setattr(
        credentials, "review_credentials", lambda session, term_id, on=None: credentials_view()
    )
    panel = show_credentials(qtbot, page)
    assert [r[4] for r in panel.checks.rows()] == ["未通过", "未达到（提示）", "通过", "未通过"]
    assert [r[1] for r in panel.checks.rows()] == ["R13.5", "R13.5", "R13.5", "R13.6"]
    html = panel.failures.text()
    assert '<a href="rule:R13.5">R13.5</a>' in html  # rule ids link to the article (第十三条)
    text = plain(html)
    assert "教学人员代表 52 名，占 57.8%，低于 60%（须至少 54 名；R13.5，第十三条）" in text
    assert "校长不是正式代表" in text and "数学科学学院 李退：非在岗教职工（R12.1）" in text
    assert "数学科学学院：得票相同，须另行选举（R14.4）" in text
    assert "应选 90 名，已选出 90 名，其中符合资格 89 名" in panel.summary.text()
    assert panel.approve_button.isEnabled() and not panel.list_button.isEnabled()
    shoot(page, shots / "elections_credentials.png")
    asked = answer(ApproveCredentialsDialog, None)  # cancelled: nothing happens
    panel.approve_button.click()
    ((args, kwargs),) = asked
    assert kwargs["delegates"] == 89
    assert kwargs["failures"][0].startswith("教学人员代表 52 名") and len(kwargs["failures"]) == 3
    assert all("李退" not in f for f in kwargs["failures"])  # not confirmed (R15.1), not blocking
    assert all("女代表" not in f for f in kwargs["failures"])  # a "should" rule does not block


def test_approval_dialog_refuses_a_failed_must_and_takes_no_reason(qtbot) -> None:
    blocked = ApproveCredentialsDialog(None, delegates=50, failures=["教学人员代表 …"])
    qtbot.addWidget(blocked)
    assert not blocked.ok_button.isEnabled()  # R15.3: no free text overrides a must
    assert not hasattr(blocked, "reason_edit")
    clean = ApproveCredentialsDialog(None, delegates=50, failures=[])
    qtbot.addWidget(clean)
    assert clean.ok_button.isEnabled()


def test_review_is_printed_and_a_failed_must_refuses_approval(qtbot, page, answer, errors, tmp_path) -> None:
    panel = show_credentials(qtbot, page)
    leaders = next(r for r in panel.checks.rows() if r[1] == "R13.6")
    assert leaders[4] == "未通过" and "党委书记、校长、工会主席" in leaders[5]
    assert "化工学院：尚未选举" in plain(panel.failures.text())
    answer(ElectionFileDialog, tmp_path / "report.pdf", name="ask_credentials_report")
    panel.report_button.click()
    qtbot.waitUntil(lambda: "已生成资格审查报告" in panel.status.text(), timeout=20000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    answer(ApproveCredentialsDialog, Approval(date(2026, 12, 1)))
    answer(ConfirmDialog, True)
    panel.approve_button.click()  # units not yet elected, leaders not delegates: a must fails
    assert errors and errors[0].code == "credentials_blocking"
    assert "不能批准" in panel.status.text()
    assert panel.view.published_on is None and not panel.list_button.isEnabled()


def test_a_rule_link_and_a_check_row_open_the_article(qtbot, page, monkeypatch) -> None:
    from congress_app.gui.dialogs.article import ArticleDialog

    monkeypatch.setattr(
        credentials, "review_credentials", lambda session, term_id, on=None: credentials_view()
    )
    panel = show_credentials(qtbot, page)
    opened = []
    monkeypatch.setattr(ArticleDialog, "ask", classmethod(lambda cls, parent, rule: opened.append(rule)))
    panel.failures.linkActivated.emit("rule:R13.6")
    panel.checks_view.doubleClicked.emit(panel.checks.index(0, 0))
    assert opened == ["R13.6", "R13.5"]
