"""归档: for the chosen session, the nine groups of 第四十八条 as a checklist (present or
missing, with counts), the register (add a file, remove one, open one), export into a folder
(off the GUI thread, with progress) and verify an exported folder (problems listed)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui import settings
from congress_app.gui.dialogs.archive_dialogs import (
    AddArchiveFileDialog,
    ArchiveFolderDialog,
    RetentionDialog,
)
from congress_app.gui.dialogs.confirm import ConfirmDialog
from congress_app.gui.errors import as_service_error, show_error
from congress_app.gui.models.archive_tables import (
    COL_AUTHOR,
    COL_NUMBER,
    COL_TITLE,
    ArchiveGroupsModel,
    ArchiveRegisterModel,
    retention_label,
)
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.pages.base import WorkflowPage
from congress_app.gui.widgets.common import fitted_table, hint_label
from congress_app.gui.widgets.readable_column import ReadableColumn
from congress_app.services.errors import ServiceError


class ArchivePage(WorkflowPage):
    nav_key = "archive"

    def title(self) -> str:
        return self.tr("归档")

    def purpose_text(self) -> str:
        return self.tr(
            "按第四十八条收齐每次会议的九类文件，按 DA/T 22-2015 编档号、加盖归档章，"
            "导出带清单（SHA-256）的档案包，并可随时核验。"
        )

    def build(self) -> None:
        self.op: BackgroundOp | None = None
        self._sessions: list = []
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("会议")))
        self.session_combo = QComboBox()
        self.session_combo.setMinimumWidth(280)
        self.session_combo.currentIndexChanged.connect(self._load)
        bar.addWidget(self.session_combo)
        self.collect_button = QPushButton(self.tr("收集系统生成的文件"))
        self.collect_button.clicked.connect(self.collect)
        self.export_button = QPushButton(self.tr("导出归档…"))
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton(self.tr("核验归档…"))
        self.verify_button.clicked.connect(self.verify)
        for button in (self.collect_button, self.export_button, self.verify_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.body.addLayout(bar)

        split = QSplitter()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.groups_model = ArchiveGroupsModel(self)
        self.groups_view = fitted_table(self.groups_model)
        self.groups_view.setWordWrap(True)
        # the titles wrap inside the pane; no sideways scrolling
        self.groups_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMinimumWidth(300)
        self.groups_summary = hint_label()
        left_box.addWidget(self.groups_view, 1)
        left_box.addWidget(self.groups_summary)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.register_model = ArchiveRegisterModel(self)
        self.register_view = fitted_table(self.register_model, single_line=True)
        header = self.register_view.horizontalHeader()
        # the title takes what the other columns leave, never less than a dozen characters
        ReadableColumn(self.register_view, COL_TITLE, header.fontMetrics().horizontalAdvance("题" * 12) + 12)
        header.setSectionResizeMode(COL_AUTHOR, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Interactive)
        for column, width in ((COL_AUTHOR, 110), (COL_NUMBER, 90)):  # at least the header's words
            words = str(self.register_model.headerData(column, Qt.Orientation.Horizontal))
            fitted = header.fontMetrics().horizontalAdvance(words) + 24
            self.register_view.setColumnWidth(column, max(width, fitted))
        self.register_view.doubleClicked.connect(lambda _index: self.open_item())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.add_button.clicked.connect(self.add_file)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.clicked.connect(self.remove_item)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(self.open_item)
        self.retention_button = QPushButton(self.tr("保管期限…"))
        self.retention_button.clicked.connect(self.change_retention)
        for button in (self.add_button, self.remove_button, self.open_button, self.retention_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_box.addLayout(buttons)
        right_box.addWidget(self.register_view, 1)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.setPlaceholderText(self.tr("核验结果显示在这里。"))
        right_box.addWidget(self.problems)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 700])
        self.body.addWidget(split, 1)
        self.feedback = hint_label()
        self.body.addWidget(self.feedback)

    # -- data ---------------------------------------------------------------------------

    def session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        from congress_app.services.archive_register import latest_session_with_documents
        from congress_app.services.meetings import list_meetings

        with self.state.db.session() as session:
            meetings = list_meetings(session)
            latest = latest_session_with_documents(session)
        chosen = self.session_id() or latest
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for m in meetings:
            text = self.tr("第{term}届第{number}次会议（{day}）").format(
                term=m.term_number, number=m.number, day=m.held_on.isoformat()
            )
            self.session_combo.addItem(text, m.session_id)
        index = self.session_combo.findData(chosen) if chosen is not None else -1
        self.session_combo.setCurrentIndex(index if index >= 0 else self.session_combo.count() - 1)
        self.session_combo.blockSignals(False)
        self._load()

    def _load(self) -> None:
        from congress_app.services.archive_register import group_checklist, list_items

        session_id = self.session_id()
        has = session_id is not None
        for button in (
            self.collect_button,
            self.export_button,
            self.add_button,
            self.remove_button,
            self.open_button,
            self.retention_button,
        ):
            button.setEnabled(has)
        if session_id is None:
            self.groups_model.set_rows([])
            self.register_model.set_rows([])
            self.groups_summary.setText(self.tr("还没有会议。"))
            return
        with self.state.db.session() as session:
            groups = group_checklist(session, session_id)
            items = list_items(session, session_id)
        self.groups_model.set_rows(groups)
        self.register_model.set_rows(items)
        self.groups_view.resizeRowsToContents()
        missing = [str(g.number) for g in groups if not g.present]
        self.groups_summary.setText(
            self.tr("九类材料已齐全，共 {n} 件。").format(n=len(items))
            if not missing
            else self.tr("共 {n} 件；尚缺第 {groups} 类。").format(
                n=len(items), groups=self.tr("、").join(missing)
            )
        )

    def _selected(self):
        rows = self.register_view.selectionModel().selectedRows()
        return self.register_model.rows()[rows[0].row()] if rows else None

    def _say(self, text: str) -> None:
        self.feedback.setText(text)

    # -- actions ------------------------------------------------------------------------

    def collect(self) -> None:
        from congress_app.services.archive_register import collect_generated

        session_id = self.session_id()
        if session_id is None:
            return
        db, actor = self.state.db, self.state.actor

        def work(progress):
            with db.session() as session:
                return collect_generated(
                    session, session_id, actor=actor, progress=lambda n, total: progress(n, total, "")
                )

        def done(result) -> None:
            self._say(
                self.tr("已收集：新增 {added} 件，更新 {replaced} 件，{unchanged} 件未变。").format(
                    added=result.added, replaced=result.replaced, unchanged=result.unchanged
                )
            )
            self.state.data_changed.emit()

        self.op = (
            BackgroundOp(self, self.tr("正在生成并登记文件…"), work)
            .success(done)
            .failure(lambda error: show_error(self, as_service_error(error)))
            .run()
        )

    def add_file(self) -> None:
        from congress_app.services.archive_register import add_file
        from congress_app.services.meetings import meeting_info

        session_id = self.session_id()
        if session_id is None:
            return
        with self.state.db.session() as session:
            held_on = meeting_info(session, session_id).held_on
        chosen = AddArchiveFileDialog.ask(self, held_on)
        if chosen is None:
            return
        try:
            data = chosen.path.read_bytes()
            with self.state.db.session() as session:
                add_file(
                    session,
                    session_id,
                    group=chosen.group,
                    title=chosen.title,
                    filename=chosen.path.name,
                    data=data,
                    author=chosen.author,
                    doc_number=chosen.doc_number,
                    day=chosen.day,
                    retention=chosen.retention,
                    actor=self.state.actor,
                )
        except (ServiceError, OSError) as error:
            show_error(self, error)
            return
        self._say(self.tr("已添加：{title}").format(title=chosen.title))
        self.state.data_changed.emit()

    def remove_item(self) -> None:
        from congress_app.services.archive_register import remove_item

        item = self._selected()
        if item is None:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("删除归档文件"),
            self.tr("从本次会议的归档中删除「{title}」？").format(title=item.title),
            self.tr("删除"),
        ):
            return
        try:
            with self.state.db.session() as session:
                remove_item(session, item.item_id, actor=self.state.actor)
        except ServiceError as error:
            show_error(self, error)
            return
        self._say(self.tr("已删除：{title}").format(title=item.title))
        self.state.data_changed.emit()

    def change_retention(self) -> None:
        """R48.2: the school sets an item's retention period (the archival code follows)."""
        from congress_app.services.archive_register import set_retention

        item = self._selected()
        if item is None:
            self._say(self.tr("请先在登记表中选择一件文件。"))
            return
        chosen = RetentionDialog.ask(self, item.title, item.retention)
        if chosen is None or chosen == item.retention:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("更改保管期限"),
            self.tr("把「{title}」的保管期限由「{old}」改为「{new}」？档号随之改变。").format(
                title=item.title, old=retention_label(item.retention), new=retention_label(chosen)
            ),
            self.tr("更改"),
        ):
            return
        try:
            with self.state.db.session() as session:
                set_retention(session, item.item_id, chosen, actor=self.state.actor)
        except ServiceError as error:
            show_error(self, error)
            return
        self._say(
            self.tr("已更改保管期限：{title} → {label}").format(
                title=item.title, label=retention_label(chosen)
            )
        )
        self.state.data_changed.emit()

    def open_item(self) -> None:
        from congress_app.services.archive_register import item_content

        item = self._selected()
        if item is None:
            return
        with self.state.db.session() as session:
            data = item_content(session, item.item_id)
        folder = Path(tempfile.mkdtemp(prefix="congress-archive-"))
        path = folder / Path(item.filename).name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export(self) -> None:
        from congress_app.services.archive_export import INCOMPLETE, export_archive

        session_id = self.session_id()
        if session_id is None:
            return
        parent = ArchiveFolderDialog.ask_export(self)
        if parent is None:
            return
        with self.state.db.session() as session:
            from congress_app.services.meetings import meeting_info

            m = meeting_info(session, session_id)
        out = parent / f"归档-第{m.term_number}届第{m.number}次会议-{m.held_on.isoformat()}"
        db, actor = self.state.db, self.state.actor

        def work(progress):
            with db.session() as session:
                return export_archive(
                    session, session_id, out, actor=actor, progress=progress, cancelled=progress.cancelled
                )

        def done(result) -> None:
            note = "" if result.pdfa else self.tr("（导入的 PDF 未能转为 PDF/A：本机没有 Ghostscript）")
            self._say(self.tr("已导出 {n} 件到 {path}").format(n=result.items, path=result.path) + note)
            self.state.data_changed.emit()

        def failed(raised: Exception) -> None:
            error = as_service_error(raised)
            if isinstance(error, ServiceError) and error.code == "archive_cancelled":
                self._say(self.tr("归档导出已取消，未留下任何文件。"))
                return
            left = out.with_name(out.name + INCOMPLETE)
            if left.exists():
                text = self.tr("导出中断：未完成的文件夹 {path} 已标明“未完成”，请删除后重新导出。")
                self._say(text.format(path=left))
            show_error(self, error)

        op = BackgroundOp(self, self.tr("正在导出归档…"), work).cancellable()
        self.op = op.success(done).failure(failed).run()

    def verify(self) -> None:
        from congress_app.services.archive_verify import verify_archive
        from congress_app.wording.archive import describe_problem

        folder = ArchiveFolderDialog.ask_verify(self)
        if folder is None:
            return
        db = self.state.db
        lang = settings.LANGUAGE.get()

        def work(_progress):
            with db.session() as session:
                return verify_archive(folder, session)

        def done(result) -> None:
            if result.intact:
                self.problems.setPlainText(
                    self.tr("核验通过：{n} 个文件与清单一致，封存码与数据库一致。").format(n=result.files)
                )
            else:
                lines = [describe_problem(p.code, p.file, lang) for p in result.problems]
                self.problems.setPlainText(
                    self.tr("核验未通过：{n} 处问题").format(n=len(lines)) + "\n" + "\n".join(lines)
                )
            self._say(str(folder))

        self.op = (
            BackgroundOp(self, self.tr("正在核验归档…"), work)
            .success(done)
            .failure(lambda error: show_error(self, as_service_error(error)))
            .run()
        )
