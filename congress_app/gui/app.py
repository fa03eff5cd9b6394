"""QApplication, translators, the open database and the main window, wired together."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from congress_app import __version__
from congress_app.gui import settings
from congress_app.gui.i18n import install_language
from congress_app.gui.main_window import MainWindow
from congress_app.gui.ops import BackgroundOp
from congress_app.gui.state import AppState
from congress_app.paths import resolve_db_url, resources_dir
from congress_app.services.database import open_database


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    style = resources_dir() / "styles" / "app.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


class Controller:
    """Owns the window; rebuilds it when the language changes so every text is retranslated."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        old = self.window
        window = MainWindow(self.state)
        window.language_changed.connect(self.switch_language)
        if old is not None:
            window.setGeometry(old.geometry())
            window.show_page(old.pages[old.stack.currentIndex()].nav_key)
            old.hide()
            old.deleteLater()
        else:
            geometry = settings.WINDOW_GEOMETRY.get()
            if geometry:
                window.restoreGeometry(QByteArray(geometry))
        window.show()
        self.window = window
        return window

    def switch_language(self, lang: str) -> None:
        install_language(lang)
        self.show()


def load_demo_in_background(window: MainWindow, state: AppState) -> BackgroundOp:
    from congress_app.services.demo import load_demo

    op = BackgroundOp(window, window.tr("正在生成演示学校…"),
                      lambda progress: load_demo(state.db, progress=progress))
    return op.success(lambda _summary: state.data_changed.emit()).run()


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    lang = args.lang if getattr(args, "lang", None) else settings.LANGUAGE.get()
    install_language(lang)
    if args.demo:
        from congress_app.launcher import demo_database_url

        url = demo_database_url()
    else:
        url = resolve_db_url(args.db, args.db_url)
    state = AppState(open_database(url))
    controller = Controller(state)
    window = controller.show()
    if args.demo:
        load_demo_in_background(window, state)
    return app.exec()
