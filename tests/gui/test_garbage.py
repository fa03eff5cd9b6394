"""Cyclic garbage is collected on the GUI thread, never automatically on a worker."""

from __future__ import annotations

import gc

from congress_app.gui.garbage import GuiThreadCollector


def test_collector_switches_automatic_collection_off_and_collects_cycles(qapp) -> None:
    collector = GuiThreadCollector(qapp)
    was_enabled = gc.isenabled()
    collector.start()
    try:
        assert not gc.isenabled()

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert collector.collect() >= 2
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
    assert gc.isenabled() or not was_enabled
