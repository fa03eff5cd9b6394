"""Background work with progress, results back on the GUI thread (one pattern, used everywhere).

    BackgroundOp(parent, label, work).success(on_done).failure(on_error).run()

``work(progress)`` runs on a worker thread and gets a ``progress(done, total, text)`` callable.
A write uses ``WriteOp(parent, label, state, work)``: ``work(session, progress)`` runs in a
session whose changes are recorded, and after the success callback the change set is published
on the GUI thread (``state.publish``), so each page reloads only what it shows.

``.cancellable()`` adds a cancel button to the dialog; the work asks ``progress.cancelled()``
(thread-safe) and stops by itself (its success or failure callback runs as usual). Without
``.cancellable()`` nothing changes: no button, ``progress.cancelled()`` is always false.
One worker thread serialises database access (Anki's taskman idea). A QProgressDialog shows
while the work runs; it appears only if the job takes longer than a moment.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

Progress = Callable[[int, int, str], None]

_pool: QThreadPool | None = None


def worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class Reporter:
    """The ``progress`` handed to the work: call it to report, ask ``cancelled()`` to see
    whether the user pressed cancel (a threading.Event, safe from the worker thread)."""

    def __init__(self, signals: _Signals, stop: threading.Event) -> None:
        self._signals = signals
        self._stop = stop

    def __call__(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._stop.is_set()


def _job(
    work: Callable[[Progress], Any], signals: _Signals, stop: threading.Event | None = None
) -> Callable[[], None]:
    """The worker-thread half. A plain callable, not a QRunnable subclass: a Python-owned
    runnable that Qt auto-deletes after run() can be freed twice (seen as a rare crash)."""

    progress = Reporter(signals, stop if stop is not None else threading.Event())

    def run() -> None:  # worker thread
        try:
            result = work(progress)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread
            signals.failed.emit(error, traceback.format_exc())
        else:
            signals.succeeded.emit(result)

    return run


class BackgroundOp(QObject):
    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._work = work
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] | None = None
        self._signals = _Signals()
        self._dialog: QProgressDialog | None = None
        self._cancel_text: str | None = None
        self._stop = threading.Event()
        self.finished.connect(self.deleteLater)

    def cancellable(self, button_text: str | None = None) -> BackgroundOp:
        """Show a cancel button; pressing it sets ``progress.cancelled()`` for the work."""
        self._cancel_text = button_text or self.tr("取消")
        return self

    def cancel(self) -> None:
        """Ask the work to stop (what the cancel button does)."""
        if self._cancel_text is None or self._stop.is_set():
            return
        self._stop.set()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("正在取消…"))

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def run(self) -> BackgroundOp:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("请稍候"))
        if self._cancel_text is None:
            dialog.setCancelButton(None)
        else:
            button = QPushButton(self._cancel_text)
            dialog.setCancelButton(button)
            # the button asks the work to stop; the dialog stays until the work returns
            dialog.canceled.disconnect()
            dialog.canceled.connect(self.cancel)
            button.clicked.connect(lambda: button.setEnabled(False))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._dialog = dialog
        self._signals.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        worker_pool().start(_job(self._work, self._signals, self._stop))
        return self

    def _progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        # the label first: a modal QProgressDialog's setValue processes events, and the job's
        # success may close the dialog (self._dialog = None) inside that call
        if self._stop.is_set():
            return  # "正在取消…" stays
        if text:
            dialog.setLabelText(f"{self._label}\n{text}")
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _succeeded(self, result: Any) -> None:
        self._close()
        try:
            self._on_success(result)
        finally:
            self.finished.emit()

    def _failed(self, error: Exception, trace: str) -> None:
        self._close()
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                from congress_app.gui.errors import show_error

                show_error(self._parent, error, trace)
        finally:
            self.finished.emit()


class WriteOp(BackgroundOp):
    """A BackgroundOp that writes: ``work(session, progress)`` in one session on the worker,
    what it changed recorded there and published (``state.publish``) after the success
    callback, on the GUI thread."""

    def __init__(
        self, parent: QWidget | None, label: str, state: Any, work: Callable[[Any, Progress], Any]
    ) -> None:
        def recorded(progress: Progress) -> tuple[Any, Any]:
            from congress_app.services.changes import recording

            with state.db.session() as session, recording(session) as changes:
                result = work(session, progress)
            return result, changes.changes

        super().__init__(parent, label, recorded)
        self._state = state

    def _succeeded(self, result: Any) -> None:
        value, changes = result
        try:
            super()._succeeded(value)
        finally:
            self._state.publish(changes)
