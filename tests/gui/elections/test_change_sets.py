"""Saving a count on the elections page reloads the units and the one round once: not the
terms, not the candidates, not the other pages; nominating reloads the candidates."""

from __future__ import annotations

from sqlalchemy import event

from congress_app.gui.pages.elections import counting as totals_module
from congress_app.gui.pages.elections import data as unit_data
from congress_app.gui.pages.elections import page as elections_page
from congress_app.services import elections as el
from tests.gui.elections.helpers import nominate, open_round, type_figures

UNIT = "化工学院"


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_saving_a_count_reloads_only_what_shows_it(qtbot, page, answer, errors, monkeypatch) -> None:
    from congress_app.gui.pages.roster import RosterPage

    roster = RosterPage(page.state)  # another page on the same state, on screen
    qtbot.addWidget(roster)
    roster.show()
    names = nominate(page, answer, UNIT)
    open_round(page, answer)
    totals = page.detail.round.totals
    a, b, c, d, e, f = names
    type_figures(qtbot, totals, 9, 9, 0, {a: 8, b: 7, c: 6, d: 5, e: 5, f: 1})
    terms = _count_calls(monkeypatch, elections_page, "list_terms")
    overview = _count_calls(monkeypatch, el, "election_overview")
    candidates = _count_calls(monkeypatch, unit_data, "list_candidates")
    checks = _count_calls(monkeypatch, totals_module.counting, "check_figures")
    statements: list[str] = []
    engine = page.state.db.engine
    listener = lambda _c, _cur, sql, *_a: statements.append(sql)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    roster_before = roster.refreshes
    resets: list[int] = []
    page.overview.model.modelReset.connect(lambda: resets.append(1))
    try:
        assert totals.save()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert totals.state_label.text() == "已保存。"
    # the service checks the figures once; the screen does not check them again
    assert (len(terms), len(overview), len(candidates), len(checks)) == (0, 1, 0, 1)
    assert roster.refreshes == roster_before  # the roster shows no election records
    assert resets == [] and page.overview.current().unit == UNIT  # rows updated in place
    assert next(r for r in page.overview.model.rows() if r.unit == UNIT).state == el.STATE_COUNTING
    assert page.detail.data.open_round.issued == 9  # the round was read again
    assert len(statements) <= 30, statements
    assert not errors


def test_nominating_reloads_the_candidates(qtbot, page, answer, errors, monkeypatch) -> None:
    page.select_unit(UNIT)
    candidates = _count_calls(monkeypatch, unit_data, "list_candidates")
    terms = _count_calls(monkeypatch, elections_page, "list_terms")
    names = nominate(page, answer, UNIT)
    assert len(names) == 6 and page.detail.candidates.model.rowCount() == 6
    assert len(candidates) == 2  # once per write: the nomination, then the R12.1 confirmation
    assert terms == []
    assert not errors


def test_the_save_button_writes_off_the_gui_thread_and_keeps_later_typing(
    qtbot, page, answer, errors, monkeypatch
) -> None:
    import threading

    from congress_app.services import counting

    names = nominate(page, answer, UNIT)
    open_round(page, answer)
    totals = page.detail.round.totals
    a, b, c, d, e, f = names
    type_figures(qtbot, totals, 9, 9, 0, {a: 8, b: 7, c: 6, d: 5, e: 5, f: 1})
    threads: list[bool] = []
    real = counting.save_figures

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(counting, "save_figures", recorded)
    totals.save_button.click()
    assert totals.state_label.text() == "正在保存…"
    totals.yes[next(iter(totals.yes))].setValue(2)  # typed on before the save lands
    qtbot.waitUntil(lambda: totals.op is None, timeout=10000)
    assert threads == [False]  # written on the database worker
    assert totals.dirty and totals.state_label.text() == "有未保存的修改"
    assert page.detail.data.open_round.issued == 9  # the page took the saved figures
    totals.save_button.click()
    qtbot.waitUntil(lambda: totals.state_label.text() == "已保存。", timeout=10000)
    assert not totals.dirty and not errors
