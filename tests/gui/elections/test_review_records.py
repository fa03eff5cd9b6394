"""审查与公布记录: the stored original review and list with their seals, then a by-election's
supplementary review approved and published as an 增补名单, reprinted from its record."""

from __future__ import annotations

import subprocess
from datetime import date

from sqlalchemy import select

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.election_approval import Approval, ApproveCredentialsDialog
from congress_app.gui.dialogs.election_files import ElectionFileDialog
from congress_app.gui.pages.elections.reviews import ReviewRecordsPanel
from congress_app.gui.state import AppState
from congress_app.storage.models import Term
from tests.gui.elections.helpers import shoot
from tests.services.records_fixtures import demo, demo_template  # noqa: F401
from tests.services.test_supplement_and_clerks import SUPPLEMENT_ON, _by_election


def test_original_then_supplement_with_their_seals(qtbot, demo, monkeypatch, tmp_path, shots) -> None:
    panel = ReviewRecordsPanel(AppState(demo))
    qtbot.addWidget(panel)
    panel.resize(1024, 500)
    with demo.session() as session:
        term_id = session.scalar(select(Term.id).where(Term.number == 9))
    panel.load(term_id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.pending is not None, timeout=15000)
    row = [panel.model.data(panel.model.index(0, c)) for c in range(6)]
    assert row[0] == "代表资格审查（代表名单）" and row[1] == "2025-12-05" and len(row[4]) == 19
    demo_supplement = [panel.model.data(panel.model.index(1, c)) for c in range(6)]
    assert demo_supplement[0] == "补选代表资格审查（增补名单）" and demo_supplement[3] == "1"
    assert not panel.supplement_button.isEnabled() and "没有待审查" in panel.note.text()
    with demo.session() as session:
        _term, winner = _by_election(session)
    panel.load(term_id)
    qtbot.waitUntil(lambda: panel.pending is not None and len(panel.pending.delegates) == 1, timeout=15000)
    assert panel.supplement_button.isEnabled() and "新当选 1 名" in panel.note.text()
    monkeypatch.setattr(
        ApproveCredentialsDialog, "ask", classmethod(lambda cls, parent, **kw: Approval(SUPPLEMENT_ON))
    )
    asked = []
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, text, confirm: asked.append(text) or True),
    )
    panel.supplement_button.click()
    assert winner in asked[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=15000)
    qtbot.waitUntil(lambda: panel.pending is not None and not panel.pending.delegates, timeout=15000)
    second = [panel.model.data(panel.model.index(2, c)) for c in range(6)]
    assert second[0] == "补选代表资格审查（增补名单）" and second[1] == SUPPLEMENT_ON.isoformat()
    assert second[3] == "1" and not panel.supplement_button.isEnabled()
    shoot(panel, shots / "elections_review_records.png")
    out = tmp_path / "增补代表名单.pdf"
    monkeypatch.setattr(ElectionFileDialog, "ask_delegate_list", classmethod(lambda cls, parent, s: out))
    panel.table.selectRow(2)
    panel.list_button.click()
    qtbot.waitUntil(lambda: "已生成代表名单" in panel.status.text(), timeout=15000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "增补代表名单" in text and winner in text and f"封存码：{second[5]}" in text.replace("\n", "")
    assert date.fromisoformat(second[1]) == SUPPLEMENT_ON
