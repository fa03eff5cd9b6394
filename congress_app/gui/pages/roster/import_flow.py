"""Importing a roster from the GUI, step by step:

file picker → read and check in the background → every problem listed (nothing imported)
or a preview of the changes with their effective date → import in the background with
progress → a notice and the change set published (``state.publish``). Cancelling at any step changes nothing.
Also writes the import template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.dialogs.roster_files import RosterFileDialog
from congress_app.gui.dialogs.roster_import import RosterPreviewDialog, RosterProblemsDialog
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.roster.common import report_error
from congress_app.gui.state import AppState
from congress_app.roster_file import RosterFile, read_roster
from congress_app.services.changes import Changes, run_service
from congress_app.services.roster import (
    ImportSummary,
    RosterPreview,
    file_sha256,
    import_roster,
    preview_roster,
)


@dataclass(frozen=True)
class RosterRead:
    """What the background read found: problems (preview None) or a preview."""

    path: Path
    roster: RosterFile
    preview: RosterPreview | None
    sha256: str


def read_and_preview(state: AppState, path: Path, progress) -> RosterRead:
    """Worker-thread part of step 1 (own session)."""
    progress(0, 3, "")
    roster = read_roster(path)
    if not roster.ok:
        return RosterRead(path, roster, None, "")
    progress(1, 3, "")
    sha = file_sha256(path)
    with state.db.session() as session:
        preview = preview_roster(session, roster)
    progress(3, 3, "")
    return RosterRead(path, roster, preview, sha)


class RosterImportFlow(QObject):
    notice = Signal(str)
    imported = Signal(object)  # ImportSummary
    finished = Signal()  # after every run, imported or not

    def __init__(self, state: AppState, widget: QWidget) -> None:
        super().__init__(widget)
        self.state = state
        self.widget = widget
        self.op: BackgroundOp | None = None
        self.busy = False

    # -- import --------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy:
            return
        path = RosterFileDialog.ask_roster_file(self.widget)
        if path is None:
            return
        self.busy = True
        self._run(
            self.tr("正在读取名册「{file}」…").format(file=path.name),
            lambda progress: read_and_preview(self.state, path, progress),
            self._read,
        )

    def _run(self, label: str, work, done) -> None:
        self.op = BackgroundOp(self.widget, label, work).success(done).failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        self._finish()
        report_error(self.widget, error)

    def _finish(self) -> None:
        self.busy = False
        self.finished.emit()

    def _read(self, result: RosterRead) -> None:
        name = result.path.name
        if result.preview is None:
            problems = result.roster.problems
            self.notice.emit(
                self.tr("「{file}」有 {count} 处问题，未导入任何数据。").format(
                    file=name, count=len(problems)
                )
            )
            RosterProblemsDialog.ask(self.widget, name, problems)
            self._finish()
            return
        preview = result.preview
        effective_on = RosterPreviewDialog.ask(self.widget, name, preview)
        if effective_on is not None and preview.needs_confirmation:
            effective_on = (
                effective_on
                if ConfirmDialog.ask(
                    self.widget,
                    self.tr("确认人员减少"),
                    self.tr(
                        "导入「{file}」后，现有 {total} 名在岗教职工中将有 {count} 名不再在岗或"
                        "不再列入名册，超过十分之一。名册可能不完整（例如只导出了部分单位）。\n\n"
                        "确实要导入吗？"
                    ).format(file=name, total=preview.on_duty_now, count=preview.ending_on_duty),
                    self.tr("确认导入（{count} 人不再在岗）").format(count=preview.ending_on_duty),
                )
                else None
            )
        if effective_on is None:
            self.notice.emit(self.tr("已取消导入「{file}」，数据库未改变。").format(file=name))
            self._finish()
            return
        allow = preview.needs_confirmation  # confirmed just above
        self._run(
            self.tr("正在导入名册「{file}」…").format(file=name),
            lambda progress: self._import(result, effective_on, progress, allow),
            self._imported,
        )

    def _import(
        self, result: RosterRead, effective_on: date, progress, allow_removals: bool = False
    ) -> tuple[ImportSummary, Changes]:
        with self.state.db.session() as session:  # on the worker thread
            return run_service(
                session,
                import_roster,
                result.roster,
                file_name=result.path.name,
                sha256=result.sha256,
                actor=self.state.actor,
                effective_on=effective_on,
                progress=progress,
                allow_removals=allow_removals,
            )

    def _imported(self, outcome: tuple[ImportSummary, Changes]) -> None:
        summary, changes = outcome
        self.notice.emit(
            self.tr(
                "已导入「{file}」：{rows} 行；新增 {added} 人，变动 {changed} 人，不再列入 {unlisted} 人，"
                "未变 {unchanged} 人；变动生效日期 {date}。"
            ).format(
                file=summary.file_name,
                rows=summary.rows,
                added=summary.added,
                changed=summary.changed,
                unlisted=summary.unlisted,
                unchanged=summary.unchanged,
                date=summary.effective_on.isoformat(),
            )
        )
        self._finish()
        self.imported.emit(summary)
        self.state.publish(changes)

    # -- template ------------------------------------------------------------------------
    def download_template(self) -> None:
        from congress_app.roster_file.template import write_template_csv, write_template_xlsx

        target = RosterFileDialog.ask_template_target(self.widget)
        if target is None:
            return
        writer = write_template_csv if target.suffix.lower() == ".csv" else write_template_xlsx

        def done(_result) -> None:
            self.notice.emit(self.tr("已保存导入模板：{path}。填好后点「导入名册…」。").format(path=target))

        self.op = (
            BackgroundOp(self.widget, self.tr("正在生成导入模板…"), lambda _progress: writer(target))
            .success(done)
            .run()
        )
