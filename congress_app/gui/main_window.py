"""The main window: navigation, pages, File menu and status bar. A shell only.

It shows at once with the navigation and a "opening the database" note; ``attach(state)``
builds the pages when the database is open (see app.py), so a cold start shows a window
before SQLAlchemy and the pages are even imported.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from congress_app.gui import settings
from congress_app.gui.dialogs.about import AboutDialog
from congress_app.gui.dialogs.files import DatabaseFileDialog
from congress_app.gui.navigation import NAV_ITEMS, nav_title
from congress_app.gui.ops import BackgroundOp

if TYPE_CHECKING:
    from congress_app.gui.pages.base import WorkflowPage
    from congress_app.gui.state import AppState


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    state_attached = Signal(object)  # an AppState, when a database opens after a failed start

    def __init__(self, state: AppState | None = None) -> None:
        super().__init__()
        self.state: AppState | None = None
        self.pages: list[WorkflowPage] = []
        self.setWindowTitle(self.tr("教代会工作台"))
        self.resize(1200, 780)
        self.setMinimumSize(900, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        for _key, title in NAV_ITEMS:
            self.nav.addItem(QListWidgetItem(nav_title(title)))
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("正在打开数据库…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._set_ready(False)
        if state is not None:
            self.attach(state)

    def attach(self, state: AppState) -> None:
        """Build the pages over the open database."""
        from congress_app.gui.pages.registry import build_pages

        self.state = state
        self.pages = build_pages(state)
        self.stack.removeWidget(self.loading)
        for page in self.pages:
            self.stack.addWidget(page)
            if hasattr(page, "language_changed"):
                page.language_changed.connect(self.language_changed)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self._show_database()
        state.database_changed.connect(self._show_database)
        self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        self.nav.setEnabled(ready)
        for action in (self.new_action, self.open_action, self.backup_action, self.restore_action):
            action.setEnabled(ready)

    def open_failed(self, error: BaseException) -> None:
        """The database could not be opened at start: say why, and stay usable (the office
        can open another database or create a new one from the 文件 menu)."""
        from congress_app.gui.errors import error_text, show_error

        self.loading.setText(
            self.tr(
                "未能打开数据库：{reason}\n\n请用“文件 → 打开数据库…”选择另一个数据库，"
                "或用“文件 → 新建数据库…”新建一个。"
            ).format(reason=error_text(error))
        )
        self.loading.setWordWrap(True)
        self.new_action.setEnabled(True)
        self.open_action.setEnabled(True)
        show_error(self, error)

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_action = self._action(
            self.tr("新建数据库…"), self.new_database, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("打开数据库…"), self.open_database, QKeySequence.StandardKey.Open
        )
        self.backup_action = self._action(self.tr("备份数据库…"), self.backup_database)
        self.restore_action = self._action(self.tr("从备份恢复…"), self.restore_backup)
        quit_action = self.quit_action = self._action(self.tr("退出"), self.close)
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )  # some platforms define none
        for action in (self.new_action, self.open_action, self.backup_action, self.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于教代会工作台"), lambda: AboutDialog.ask(self)))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- navigation ----------------------------------------------------------------------
    def show_page(self, nav_key: str) -> WorkflowPage:
        for row, page in enumerate(self.pages):
            if page.nav_key == nav_key:
                self.nav.setCurrentRow(row)
                return page
        raise KeyError(nav_key)

    @property
    def _state(self) -> AppState:
        """The state, for the actions that run only once a database is open."""
        assert self.state is not None
        return self.state

    def current_page(self) -> WorkflowPage | None:
        return self.pages[self.stack.currentIndex()] if self.pages else None

    def _show_database(self) -> None:
        where = self._state.db.describe()
        self.db_label.setText(self.tr("数据库：{where}").format(where=where))
        self.setWindowTitle(self.tr("教代会工作台 — {where}").format(where=where))

    # -- database files ------------------------------------------------------------------
    def new_database(self) -> None:
        path = DatabaseFileDialog.ask_new(self)
        if path is not None:
            if path.exists():
                QMessageBox.warning(
                    self, self.tr("新建数据库"), self.tr("文件已存在，请换一个名称：{path}").format(path=path)
                )
                return
            self._switch_to(path, create=True)

    def open_database(self) -> None:
        path = DatabaseFileDialog.ask_open(self)
        if path is not None:
            self._switch_to(path, create=False)

    def _is_open(self, path: Path) -> bool:
        """Whether ``path`` is the database open now. Checked by name, never by opening the
        file: opening and closing it would drop this process's SQLite locks (DESIGN traps)."""
        current = self.state.db.file if self.state is not None else None
        return current is not None and bool(current) and Path(current).resolve() == Path(path).resolve()

    def _switch_to(self, path: Path, *, create: bool = False) -> None:
        from congress_app.paths import sqlite_url
        from congress_app.services.database import open_database

        if self._is_open(path):
            self.statusBar().showMessage(self.tr("这个数据库已经打开：{path}").format(path=path), 5000)
            return
        url = sqlite_url(path)

        def done(db) -> None:
            if self.state is None:  # the start-up database had failed to open
                from congress_app.gui.state import AppState

                state = AppState(db)
                self.attach(state)
                self.state_attached.emit(state)
            else:
                self.state.replace_database(db)
            settings.LAST_DATABASE.set(str(path))
            self.statusBar().showMessage(self.tr("已打开 {path}").format(path=path), 5000)

        BackgroundOp(self, self.tr("正在打开数据库…"), lambda _p: open_database(url, create=create)).success(
            done
        ).run()

    def backup_database(self) -> None:
        from congress_app.services.backup import backup_database

        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        target = DatabaseFileDialog.ask_backup_target(self, f"congress-backup-{stamp}.db")
        if target is None:
            return

        def done(out: Path) -> None:
            self.statusBar().showMessage(self.tr("已备份到 {path}").format(path=out), 8000)

        BackgroundOp(
            self, self.tr("正在备份数据库…"), lambda _p: backup_database(self._state.db, target)
        ).success(done).run()

    def restore_backup(self) -> None:
        """文件 → 从备份恢复…: pick a backup, confirm, replace the open database by it (the
        current one is kept as a dated copy beside it), then reopen."""
        from congress_app.gui.dialogs.confirm import ConfirmDialog
        from congress_app.paths import sqlite_url
        from congress_app.services.backup import restore_database
        from congress_app.services.database import open_database
        from congress_app.services.errors import InvalidInput

        source = DatabaseFileDialog.ask_restore_source(self)
        if source is None:
            return
        if not ConfirmDialog.ask(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "用备份 {source} 替换当前数据库 {db}？\n当前数据库会先另存为带日期的副本，放在它旁边。"
            ).format(source=source, db=self._state.db.describe()),
            self.tr("恢复"),
        ):
            return
        current = self._state.db.file

        def work(_progress):
            if current is None:
                raise InvalidInput("backup_needs_sqlite", url=self._state.db.describe())
            result = restore_database(Path(current), source)
            return result, open_database(sqlite_url(current), create=False)

        def done(outcome) -> None:
            result, db = outcome
            self._state.replace_database(db)
            self.statusBar().showMessage(
                self.tr("已从 {source} 恢复；恢复前的数据库另存为 {copy}").format(
                    source=result.restored_from, copy=result.previous_copy
                ),
                15000,
            )

        BackgroundOp(self, self.tr("正在从备份恢复…"), work).success(done).run()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.settle_unsaved_changes():
            event.ignore()
            return
        settings.WINDOW_GEOMETRY.set(bytes(self.saveGeometry().data()))
        self.automatic_backup()
        super().closeEvent(event)

    def automatic_backup(self) -> Path | None:
        """A backup at each close; the newest N (设置) are kept. A failure never blocks closing."""
        from congress_app.gui.state import automatic_backup_folder
        from congress_app.services.backup import automatic_backup

        if self.state is None:
            return None
        try:
            return automatic_backup(self.state.db, automatic_backup_folder(), settings.BACKUP_KEEP.get())
        except Exception as error:  # noqa: BLE001 - closing goes on; say it on stderr
            import sys

            sys.stderr.write(f"automatic backup failed: {error}\n")
            return None

    def settle_unsaved_changes(self) -> bool:
        """Ask save / discard / cancel when input is unsaved; True when the window may close."""
        from congress_app.gui.dialogs.unsaved import (
            CANCEL,
            SAVE,
            UnsavedChangesDialog,
            widgets_with_unsaved_changes,
        )

        pending = widgets_with_unsaved_changes(self)
        if not pending:
            return True
        answer = UnsavedChangesDialog.ask(self, [w.unsaved_changes() or "" for w in pending])
        if answer == CANCEL:
            return False
        for widget in pending:
            if answer == SAVE:
                if not widget.save_unsaved():  # the widget says why beside its fields
                    return False
            else:
                widget.discard_unsaved()
        return True
