"""At start, `audit verify` runs on the worker thread; if the hash chain or a sealed record
(a round's result, a credentials review, a delegate list) no longer holds, a warning says so
and lists each problem. The office can keep working; the papers' seals are the evidence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from congress_app.gui import settings


class AuditWarningDialog(QDialog):
    def __init__(self, parent: QWidget | None, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("数据核验未通过"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>本数据库有 {n} 处与审计记录或封存记录不一致。</b>").format(n=len(lines)))
        intro = QLabel(
            self.tr(
                "可能有人绕过本软件直接改动了数据库，或者文件已经损坏。已结束的选举结果、已批准的资格审查和"
                "已公布的代表名单，以纸面上打印的封存码为准。请先不要据此打印或公布新的材料，并请管理员核查"
                "（命令行：congress-app audit verify）。"
            )
        )
        for label in (heading, intro):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.problems = QPlainTextEdit("\n".join(lines))
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制问题清单"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(lines)))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        ok = buttons.addButton(self.tr("知道了"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, lines: list[str]) -> None:
        cls(parent, lines).exec()


class _Signals(QObject):
    done = Signal(object)


class StartupVerification(QObject):
    """Runs the check once on the shared worker thread (it serialises database access) and
    calls ``on_problems(lines)`` on the GUI thread when something does not hold."""

    finished = Signal(bool)  # True: all holds

    def __init__(self, parent: QObject | None, db, window: Callable[[], QWidget | None]) -> None:
        super().__init__(parent)
        self._db = db
        self._window = window
        self._signals = _Signals()
        self._signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.lines: list[str] | None = None

    def run(self) -> StartupVerification:
        from congress_app.gui.ops import worker_pool

        db, lang, signals = self._db, settings.LANGUAGE.get(), self._signals

        def work() -> None:  # worker thread
            try:
                from congress_app.services.verification import verify_records
                from congress_app.wording.audit import describe_problem

                with db.session() as session:
                    report = verify_records(session)
                lines = [describe_problem(p, lang) for p in report.problems]
            except Exception as error:  # noqa: BLE001 - a check that cannot run is a problem too
                lines = [f"{type(error).__name__}: {error}"]
            signals.done.emit(lines)

        worker_pool().start(work)
        return self

    def _done(self, lines: list[str]) -> None:
        self.lines = lines
        window = self._window()
        if lines:
            AuditWarningDialog.ask(window, lines)
        elif window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("数据核验通过：审计记录与封存记录均与数据一致。"), 8000)
        self.finished.emit(not lines)


def verify_at_start(parent: QObject, db, window: Callable[[], QWidget | None]) -> StartupVerification:
    return StartupVerification(parent, db, window).run()
