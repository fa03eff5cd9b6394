"""QApplication, translators, the open database and the main window, wired together.

Start-up shows the window first and opens the database (and imports SQLAlchemy) on the
worker thread, so the office sees the app at once; the pages appear when the data is ready.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import QApplication

from congress_app import __version__
from congress_app.gui import settings
from congress_app.gui.i18n import install_language
from congress_app.gui.main_window import MainWindow
from congress_app.gui.ops import BackgroundOp

if TYPE_CHECKING:
    from congress_app.gui.demo_folder import DemoFolder
    from congress_app.gui.state import AppState


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(
        QApplication,  # instance() is typed as the QCoreApplication base
        QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1]),
    )
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    from congress_app.paths import resources_dir

    style = resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


class Controller:
    """Owns the window; rebuilds it when the language changes so every text is retranslated."""

    def __init__(self, state: AppState | None = None) -> None:
        self.state = state
        self.window: MainWindow | None = None
        self.demo: DemoFolder | None = None  # the temporary folder of a --demo run

    def show(self) -> MainWindow:
        old = self.window
        window = MainWindow(self.state)
        window.language_changed.connect(self.switch_language)
        window.state_attached.connect(self._attached)
        if old is not None:
            window.setGeometry(old.geometry())
            current = old.current_page()
            if current is not None and window.pages:
                window.show_page(current.nav_key)
            old.hide()
            old.deleteLater()
        else:
            geometry = settings.WINDOW_GEOMETRY.get()
            if geometry:
                window.restoreGeometry(QByteArray(geometry))
        if self.demo is not None:
            self.demo.announce(window)
        window.show()
        self.window = window
        return window

    def _attached(self, state: AppState) -> None:
        self.state = state

    def attach(self, state: AppState) -> None:
        self.state = state
        if self.window is not None:
            self.window.attach(state)

    def switch_language(self, lang: str) -> None:
        install_language(lang)
        self.show()


def _open(url: str, demo: bool, create: bool = True):
    """Worker thread: open (create/upgrade) the database, and fill it for --demo."""
    from congress_app.services.database import open_database

    db = open_database(url, create=create)
    if demo:
        from congress_app.services.demo import load_demo

        load_demo(db)
    return db


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    lang = args.lang if getattr(args, "lang", None) else settings.LANGUAGE.get()
    install_language(lang)
    from congress_app.paths import resolve_db_url

    demo = None
    if args.demo:
        from congress_app.gui.demo_folder import DemoFolder

        demo = DemoFolder()
        url = demo.url
    else:
        url = resolve_db_url(args.db, args.db_url)
    # only the per-user default database (first start) and --demo are created; a mistyped
    # --db is refused with a message instead of silently becoming an empty database
    create = bool(args.demo) or url == resolve_db_url(None, None)
    from congress_app.gui.garbage import GuiThreadCollector

    GuiThreadCollector(app).start()
    controller = Controller()
    controller.demo = demo
    window = controller.show()

    def opened(db) -> None:
        from congress_app.gui.state import AppState

        state = AppState(db)
        if getattr(args, "operator", None):  # --operator: this run only, not saved in 设置
            state.actor = args.operator
        controller.attach(state)
        from congress_app.gui.audit_warning import verify_at_start

        verify_at_start(app, db, lambda: controller.window)  # audit verify, off the GUI thread
        if not args.demo and controller.window is not None:
            from congress_app.gui.first_run import ask_for_the_school

            ask_for_the_school(controller.window, state)  # before anything prints

    def open_failed(error: BaseException) -> None:
        if controller.window is not None:
            controller.window.open_failed(error)

    label = (
        QCoreApplication.translate("app", "正在生成演示学校…")
        if args.demo
        else QCoreApplication.translate("app", "正在打开数据库…")
    )
    BackgroundOp(window, label, lambda _progress: _open(url, args.demo, create)).success(opened).failure(
        open_failed
    ).run()
    code = app.exec()
    if demo is not None:  # the demo's temporary folder goes with it
        from congress_app.gui.ops import worker_pool

        # work still running on the database worker (the start-up check, a save) finishes first:
        # removing the folder under it would leave the folder behind and fail that work
        worker_pool().waitForDone(30000)
        demo.remove(controller.state.db if controller.state is not None else None)
    return code
