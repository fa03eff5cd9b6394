"""Python's cyclic garbage collector, run on the GUI thread only (Anki's GarbageCollector idea).

Left automatic, the collector runs in whichever thread happens to allocate — often the worker
of a BackgroundOp — and a Qt object freed there is destroyed off its own thread, which crashes
(seen here as a segfault "Garbage-collecting" inside a service call on the worker). So the
application switches automatic collection off and collects on a GUI-thread timer instead;
reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection, after a full pass here on the GUI thread."""
        self._timer.stop()
        gc.collect()
        gc.enable()

    @staticmethod
    def collect() -> int:
        # a young-generation pass is cheap; older generations only when they have grown
        found = gc.collect(0)
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[1] >= thresholds[1]:
            found += gc.collect(1)
        if counts[2] >= thresholds[2]:
            found += gc.collect(2)
        return found
