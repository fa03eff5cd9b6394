"""Verify an exported archive (R48.2): every file missing from, added to or altered against
``manifest.json`` (by SHA-256), and — with a database — every item whose register entry or
source seal no longer matches it. One :class:`Problem` per file and finding."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from congress_app.rules.archive import sha256_hex, verify_manifest
from congress_app.services.archive_export import INCOMPLETE, INCOMPLETE_NOTE, MANIFEST
from congress_app.services.errors import InvalidInput
from congress_app.storage.models import ArchiveItem

WORK_ENDINGS = (INCOMPLETE, ".files" + INCOMPLETE)  # as export_archive names its work in progress


@dataclass(frozen=True)
class Problem:
    code: str  # file_missing, file_changed, file_unlisted, register_missing, register_changed,
    #            seal_mismatch, source_changed, export_incomplete, manifest_missing,
    #            manifest_unreadable
    file: str


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    files: int
    problems: tuple[Problem, ...]
    checked_database: bool

    @property
    def intact(self) -> bool:
        return not self.problems


def _read_folder(path: Path) -> dict[str, bytes]:
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}
    return {
        str(p.relative_to(path)).replace("\\", "/"): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_manifest(raw: bytes) -> dict[str, Any] | None:
    """The parsed manifest, or ``None`` when it is not JSON with a ``files`` list of entries
    naming their ``file`` (and the session's and entries' ids, where given, whole numbers)."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
            return None
        if not all(isinstance(e, dict) and "file" in e for e in manifest["files"]):
            return None
    except ValueError:
        return None
    meeting = manifest.get("session", {})
    if not isinstance(meeting, dict) or ("id" in meeting and not _whole(meeting["id"])):
        return None
    if not all(_whole(e["register_id"]) for e in manifest["files"] if "register_id" in e):
        return None
    return manifest


def verify_archive(folder: Path, session: Session | None = None) -> VerifyResult:
    """Check the export at ``folder`` against its manifest and, given a database session,
    against the register and the sealed records. An interrupted export (``DIR.incomplete``,
    or ``DIR`` absent with ``DIR.incomplete`` — for a ZIP ``DIR.files.incomplete`` — beside
    it) is reported ``export_incomplete``; a
    missing or unreadable manifest is ``manifest_missing`` / ``manifest_unreadable`` (the
    files cannot be checked then). ``archive_not_found`` when there is nothing at ``folder``."""
    path = Path(folder)
    problems: list[Problem] = []
    if not path.exists():
        # what export_archive leaves when interrupted: DIR.incomplete (a ZIP's: its folder of files)
        left = next(
            (p for p in (path.with_name(path.name + end) for end in WORK_ENDINGS) if p.exists()), None
        )
        if left is None:
            raise InvalidInput("archive_not_found", field="path", path=str(path))
        problems.append(Problem("export_incomplete", str(left)))
        path = left
    elif path.name.endswith(INCOMPLETE):
        problems.append(Problem("export_incomplete", str(path)))
    files = _read_folder(path)
    if problems:
        files.pop(INCOMPLETE_NOTE, None)  # the note that says so is not one of the archive's files
    raw = files.pop(MANIFEST, None)
    manifest = read_manifest(raw) if raw is not None else None
    if manifest is None:
        problems.append(Problem("manifest_missing" if raw is None else "manifest_unreadable", MANIFEST))
        return VerifyResult(path, len(files), tuple(problems), False)
    expected = {str(e["file"]): str(e.get("sha256", "")) for e in manifest["files"]}
    actual = {name: sha256_hex(data) for name, data in files.items()}
    problems += [Problem(f.code, str(f.subject)) for f in verify_manifest(expected, actual)]
    if session is not None:
        problems += _database_problems(session, manifest)
    return VerifyResult(path, len(files), tuple(problems), session is not None)


def _database_problems(session: Session, manifest: dict[str, Any]) -> list[Problem]:
    from congress_app.services.archive_sources import current_seals

    session_id = int(manifest.get("session", {}).get("id", 0))
    current_seal = current_seals(session, session_id)
    filed = {
        item_id: (sha, source)
        for item_id, sha, source in session.execute(
            select(ArchiveItem.id, ArchiveItem.sha256, ArchiveItem.source).where(
                ArchiveItem.session_id == session_id
            )
        )
    }
    problems = []
    for entry in manifest["files"]:
        if "register_id" not in entry:
            continue
        name = str(entry["file"])
        found = filed.get(int(entry["register_id"]))
        if found is None:
            problems.append(Problem("register_missing", name))
            continue
        if found[0] != entry.get("register_sha256"):
            problems.append(Problem("register_changed", name))
        seal = str(entry.get("source_seal", ""))
        if entry.get("kind") == "generated" and seal:
            now = current_seal(str(entry.get("source", "")))
            kind = str(entry.get("source", "")).partition(":")[0]
            if now != seal:
                problems.append(
                    Problem(
                        "seal_mismatch" if kind in ("round", "review", "list") else "source_changed", name
                    )
                )
    return problems
