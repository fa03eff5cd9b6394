"""The English translation is complete and safe to .format(): every message of every .ts file
has a finished, non-empty translation with exactly the placeholders of its Chinese source, the
.ts holds every text of the GUI sources, and each context is one the code looks up at run time."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "congress_app" / "gui"
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("*.ts"))

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)")  # str.format fields, Qt's %1 and %n
ACCELERATOR = re.compile(r"&(?!&)\w")  # 文件(&F), &File; "&&" is a literal &


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def message_problems(root: ET.Element) -> list[str]:
    """Every untranslated message or broken placeholder of a parsed .ts file, worded."""
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"[{name}] {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no <translation>")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: translation is {kind}")
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            for text in forms:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(source):
                    problems.append(
                        f"{where}: placeholders {sorted(placeholders(text))} in "
                        f"{text!r}, the source has {sorted(placeholders(source))}"
                    )
                elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                    problems.append(f"{where}: the &-accelerator is lost or added in {text!r}")
    return problems


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_has_a_finished_translation_with_the_same_placeholders(ts: Path) -> None:
    problems = message_problems(ET.parse(ts).getroot())
    assert not problems, f"{len(problems)} problem(s) in {ts.name}:\n" + "\n".join(problems)


def test_the_check_catches_untranslated_and_broken_messages() -> None:
    root = ET.fromstring(
        "<TS><context><name>X</name>"
        "<message><source>共 {count} 人</source><translation>{n} in all</translation></message>"
        '<message><source>名额</source><translation type="unfinished"></translation></message>'
        "<message><source>设置</source><translation>  </translation></message>"
        "<message><source>文件(&amp;F)</source><translation>File</translation></message>"
        "<message><source>{a:.2f}%</source><translation>{a:.2f}%</translation></message>"
        "</context></TS>"
    )
    problems = message_problems(root)
    assert problems == [
        "[X] '共 {count} 人': placeholders ['{n}'] in '{n} in all', the source has ['{count}']",
        "[X] '名额': translation is unfinished",
        "[X] '名额': empty translation",
        "[X] '设置': empty translation",
        "[X] '文件(&F)': the &-accelerator is lost or added in 'File'",
    ]


def _lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    return tool


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_ts_file_holds_every_text_of_the_gui_sources(ts: Path, tmp_path: Path) -> None:
    """lupdate over the sources adds nothing new: scripts/update_translations.py has been run
    and every new text translated."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    def messages(path: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(path).getroot().iter("context")
            for m in c.iter("message")
        }

    added = messages(copy) - messages(ts)
    assert not added, (
        "texts missing from the .ts; run scripts/update_translations.py and "
        "translate them:\n" + "\n".join(f"[{c}] {s!r}" for c, s in sorted(added))
    )
    problems = message_problems(ET.parse(copy).getroot())
    assert not problems, "\n".join(problems)


def _runtime_contexts() -> set[str]:
    """Where the code looks texts up: its class names (self.tr) and the literal contexts of
    QCoreApplication.translate / QT_TRANSLATE_NOOP."""
    names: set[str] = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if called in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant):
                    names.add(first.value)
    return names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_context_is_one_the_code_looks_up(ts: Path) -> None:
    """lupdate files widget.tr("…") under the context "widget" and a bare tr("…") outside a class
    under "", yet at run time Qt looks those texts up under a class name: they never show."""
    known = _runtime_contexts()
    strays = sorted({c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")} - known)
    assert not strays, f"contexts no code looks up: {strays}"
