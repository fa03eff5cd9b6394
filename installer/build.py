"""Build the one-folder bundle of Congress Desk and smoke-test it.

    .venv/bin/pip install -e ".[dev]"
    .venv/bin/python installer/build.py            # build + smoke test -> dist/CongressDesk
    .venv/bin/python installer/build.py --smoke-only

Steps: compile the .qm translations, draw the icon, run PyInstaller on
installer/congress_desk.spec, then run the bundle as a user would (offscreen): its self-test
(database, demo, window, English, PDF), the command line (demo, info), and the window
program for a few seconds. Prints the bundle's size. On Windows, then run
``iscc /DAppVersion=<version> installer\\congress_desk.iss`` for the installer.
Not run by .ci/run (it takes minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
BUNDLE = DIST / "CongressDesk"
EXE = ".exe" if os.name == "nt" else ""


def step(text: str) -> None:
    print(f"== {text}", flush=True)


def compile_translations() -> Path:
    qm_dir = BUILD / "qm"
    qm_dir.mkdir(parents=True, exist_ok=True)
    tool = Path(sys.executable).with_name("pyside6-lrelease" + EXE)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm_dir / (ts.stem + ".qm"))], check=True)
    return qm_dir


def draw_icon() -> Path:
    """The app icon (a red seal with 教), drawn with Qt and the shipped font: ICO and PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b71c1c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 40, 40)
    painter.setPen(QColor("white"))
    painter.setFont(QFont(family, 120, QFont.Weight.Bold))
    painter.drawText(QRectF(8, 0, 240, 248), Qt.AlignmentFlag.AlignCenter, "教")
    painter.end()
    BUILD.mkdir(parents=True, exist_ok=True)
    ico, png = BUILD / "congress-desk.ico", BUILD / "congress-desk.png"
    image.save(str(png))
    if not image.save(str(ico), "ICO"):
        print("   (no ICO writer in this Qt: the programs get no icon)")
    del app
    return ico


def run_pyinstaller(qm_dir: Path, icon: Path) -> None:
    env = dict(os.environ, CONGRESS_QM_DIR=str(qm_dir), CONGRESS_ICON=str(icon))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "work"),
            str(ROOT / "installer" / "congress_desk.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    # the compiled translations must not look older than their .ts sources (gui/i18n.py)
    now = time.time()
    for qm in BUNDLE.rglob("congress_app_*.qm"):
        os.utime(qm, (now, now))


def _run(args: list[str], **kwargs) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"FAILED {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def smoke_test() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CONGRESS_DB_URL", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="congress-smoke-") as tmp:
        work = Path(tmp)
        env["CONGRESS_DATA_DIR"] = str(work / "data")
        step("self-test inside the bundle (database, demo, window, English, PDF)")
        checks = json.loads(
            _run([str(BUNDLE / f"congress-smoke{EXE}"), str(work / "self")], env=env, cwd=work)
            .strip()
            .splitlines()[-1]
        )
        print("  ", checks)
        pdf = work / "self" / "seat-plan.pdf"
        if shutil.which("pdffonts"):
            fonts = _run(["pdffonts", str(pdf)]).splitlines()[2:]
            assert fonts and all(" yes " in row for row in fonts), fonts
            print(f"   PDF {pdf.stat().st_size:,} bytes, {len(fonts)} font(s), all embedded")
        if shutil.which("pdftotext"):
            text = _run(["pdftotext", str(pdf), "-"])
            assert "名额分配" in text, text[:300]

        step("command line: congress-app --db x.db demo / info")
        cli = str(BUNDLE / f"congress-app{EXE}")
        print("  ", _run([cli, "--version"], env=env, cwd=work).strip())
        _run([cli, "--db", "x.db", "demo"], env=env, cwd=work)
        info = json.loads(_run([cli, "--db", "x.db", "info", "--json"], env=env, cwd=work))
        assert info["staff"] > 0 and info["delegates"] > 0, info
        print(
            f"   info: {info['staff']} staff, {info['delegates']} delegates, "
            f"{info['audit_entries']} audit entries"
        )

        step("window program: starts offscreen on that database and keeps running")
        gui = subprocess.Popen(
            [str(BUNDLE / f"CongressDesk{EXE}"), "--db", "x.db"],
            env=env,
            cwd=work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            gui.wait(timeout=10)
            raise SystemExit(f"FAILED: the window program exited ({gui.returncode}):\n{gui.stderr.read()}")
        except subprocess.TimeoutExpired:
            gui.terminate()
            _out, err = gui.communicate(timeout=30)
        assert "Traceback" not in err, err
        print("   ran 10 s without an error")


def size_report() -> None:
    def size(path: Path) -> int:  # symlinks (PyInstaller links libraries) count once
        if path.is_symlink():
            return 0
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
        return path.stat().st_size

    total = size(BUNDLE)
    smoke = size(BUNDLE / f"congress-smoke{EXE}")
    step(
        f"bundle {BUNDLE.relative_to(ROOT)}: {total / 2**20:.0f} MB "
        f"({(total - smoke) / 2**20:.0f} MB installed: without congress-smoke)"
    )
    dangling = [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to libraries left out: {dangling}"
    internal = BUNDLE / "_internal"
    parts = sorted(((size(p), p.name) for p in internal.iterdir()), reverse=True)[:8]
    for n, name in parts:
        print(f"   {n / 2**20:7.1f} MB  _internal/{name}")
    qt_libs = internal / "PySide6" / "Qt" / "lib"
    if qt_libs.is_dir():
        print("   Qt libraries:", " ".join(sorted(p.name.split(".")[0] for p in qt_libs.glob("libQt6*.so*"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the Congress Desk bundle.")
    parser.add_argument("--smoke-only", action="store_true", help="test the existing dist/CongressDesk")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.smoke_only:
        step("translations")
        qm_dir = compile_translations()
        step("icon")
        icon = draw_icon()
        step("PyInstaller (a few minutes)")
        run_pyinstaller(qm_dir, icon)
    smoke_test()
    size_report()
    step(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
