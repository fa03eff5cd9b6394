"""Translations the Qt way: resources/i18n/*.ts are the sources; the .qm files are built
with pyside6-lrelease at start (into the user cache) and never committed.

The source strings are Chinese, so Chinese needs no translator of ours; English loads one.
Qt's own texts (the buttons of message boxes and file dialogs, context menus) come from the
``qtbase_<lang>.qm`` that PySide6 ships: Chinese loads ``qtbase_zh_CN``, else they stay English.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from congress_app.paths import APP_NAME, resources_dir

_installed: list[QTranslator] = []


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def compiled_translation(lang: str) -> Path | None:
    """The .qm for ``lang``, built from its .ts if missing or older. None if unavailable."""
    source = resources_dir() / "i18n" / f"congress_app_{lang}.ts"
    if not source.exists():
        return None
    shipped = source.with_suffix(".qm")  # a frozen build ships the compiled file
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    # keyed by the source's content: checkouts of different versions share the user cache
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:12]
    target = Path(user_cache_dir(APP_NAME)) / "i18n" / f"congress_app_{lang}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return target if target.exists() else None


QT_LOCALES = {"zh": "zh_CN", "en": "en"}


def _install(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(lang: str) -> bool:
    """Install the translators for ``lang`` (removing the previous ones). True if the app's
    own texts are in ``lang`` (Chinese always is)."""
    app = QCoreApplication.instance()
    assert app is not None  # called once the QApplication exists
    while _installed:
        app.removeTranslator(_installed.pop())
    # dates, sizes and the widget-based file dialog's texts follow the chosen language,
    # not the machine's
    QLocale.setDefault(QLocale(QT_LOCALES.get(lang, lang)))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = Path(qt_dir) / f"qtbase_{QT_LOCALES.get(lang, lang)}.qm"
    if qtbase.exists():
        _install(app, str(qtbase))
    if lang == "zh":
        return True
    qm = compiled_translation(lang)
    return qm is not None and _install(app, str(qm))
