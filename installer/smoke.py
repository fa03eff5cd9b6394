"""Smoke test run INSIDE the frozen bundle (`congress-smoke OUT_DIR`): everything the bundle
must find when frozen. Opens a database, loads the demo, starts the window offscreen, loads
the English translation, writes a PDF and a screenshot, and prints a JSON summary.
Exit status 0 only if every check passed. Not installed by the Windows installer."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CONGRESS_DATA_DIR"] = str(out / "data")
    out.mkdir(parents=True, exist_ok=True)
    from congress_app import paths

    bundle = Path(getattr(sys, "_MEIPASS", "")).resolve()
    checks: dict[str, object] = {
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources_in_bundle": paths.resources_dir().resolve().is_relative_to(bundle),
        "migrations_in_bundle": paths.migrations_dir().resolve().is_relative_to(bundle),
    }
    from congress_app.services.database import open_database
    from congress_app.services.demo import load_demo

    started = time.perf_counter()
    db = open_database(paths.sqlite_url(out / "smoke.db"))
    load_demo(db)
    checks["demo_seconds"] = round(time.perf_counter() - started, 1)

    from PySide6.QtCore import QEventLoop, QTimer

    from congress_app.gui.app import Controller, make_application
    from congress_app.gui.i18n import install_language
    from congress_app.gui.state import AppState

    app = make_application([sys.argv[0]])
    checks["english_translation"] = install_language("en")
    install_language("zh")
    controller = Controller(AppState(db))
    window = controller.show()
    window.resize(1024, 700)
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)
    loop.exec()
    shot = out / "window.png"
    checks["screenshot"] = window.grab().save(str(shot)) and shot.stat().st_size > 10_000

    from congress_app.services.seat_reports import export_seat_allocation

    pdf = out / "seat-plan.pdf"
    with db.session() as session:
        export_seat_allocation(session, pdf, "pdf")
    checks["pdf_bytes"] = pdf.stat().st_size if pdf.exists() else 0
    from congress_app.reports import deflate

    checks["pdf_streams_by_zlib_ng"] = deflate.ENGINE == "zlib-ng"  # the frozen bundle has it
    window.close()
    app.processEvents()
    db.close()
    print(json.dumps(checks, ensure_ascii=False))
    ok = all(v for k, v in checks.items() if k != "demo_seconds")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: congress-smoke OUT_DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
