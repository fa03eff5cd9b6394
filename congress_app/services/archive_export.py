"""Export a session's archive (R48.2): the items named by archival code (档号), each PDF
stamped on page 1 (归档章) and made PDF/A-2b (the app's own PDFs in the stamp's pypdf update,
imported PDFs through Ghostscript where it is present), the catalogue
(归档文件目录) as PDF and XLSX, and ``manifest.json`` with every file's SHA-256.

The export is written into ``DIR.incomplete`` (with ``INCOMPLETE.txt`` saying so) and renamed
to ``DIR`` only at the end, so an interrupted export is plainly marked incomplete (and
``archive verify`` says so); a cancelled one is removed.
:func:`verify_archive` lives in :mod:`congress_app.services.archive_verify`.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from congress_app.rules.archive import (
    ARCHIVE_GROUPS,
    ArchivalCode,
    CatalogueRow,
    sha256_hex,
)
from congress_app.services.archive_register import (
    GENERATED,
    PDF,
    RegisterItem,
    collect_generated,
    items_content,
    latest_session_with_documents,
    list_items,
)
from congress_app.services.errors import InvalidInput, NotFound, ServiceError
from congress_app.services.school import school_info
from congress_app.wording.archive import CATALOGUE_TITLE

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "congress-desk-archive/1"
CATALOGUE_PDF, CATALOGUE_XLSX = "catalogue.pdf", "catalogue.xlsx"
INCOMPLETE = ".incomplete"
STAMP_CHUNK = 256  # PDFs held open at once while their stamps are drawn (one overlay) …
STAMP_CHUNK_BYTES = 64 * 1024 * 1024  # … and at most this many bytes of them
INCOMPLETE_NOTE = "INCOMPLETE.txt"  # inside DIR.incomplete while the export runs
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SUFFIX_OF = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}

Progress = Callable[[int, int, str], None]  # (done, total, file name)


class ExportCancelled(ServiceError):
    code = "archive_cancelled"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    session_id: int
    items: int
    files: int
    pages: int
    pdfa: bool
    missing_groups: tuple[int, ...]


def _code(fonds: str, org: str, held_on: date, item: RegisterItem, number: int) -> ArchivalCode:
    return ArchivalCode(
        fonds=fonds, year=held_on.year, retention=item.retention, item=number, org=org or None
    )


def stamp_cells(code: ArchivalCode, pages: int) -> list[str]:
    """R48.2: the 归档章 in two rows: 全宗号 年度 件号 / 机构代码 保管期限 页数."""
    cells = dict(code.stamp(pages).cells())
    return [
        cells["fonds"],
        cells["year"],
        cells["item"],
        cells.get("org", ""),
        cells["retention"],
        cells["pages"],
    ]


def resolve_session(session: Session, session_id: int | None) -> int:
    if session_id is not None:
        return session_id
    found = latest_session_with_documents(session)
    if found is None:
        raise NotFound("archive_no_documents")
    return found


def export_archive(
    session: Session,
    session_id: int | None,
    out: Path,
    *,
    actor: str,
    as_zip: bool = False,
    collect: bool = True,
    pdfa: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the archive of ``session_id`` (None: the latest session with documents) to the
    folder ``out`` (or the ZIP file ``out`` with ``as_zip``). ``collect`` first files the
    generated documents not yet registered. Refusals: ``archive_no_documents``,
    ``archive_no_fonds``, ``archive_out_exists``; ``archive_cancelled`` when ``cancelled()``
    turns true (nothing is left behind)."""
    from pypdf import PdfReader

    from congress_app.reports.archive_catalogue import (
        CatalogueData,
        build_catalogue_pdf,
        build_catalogue_xlsx,
    )
    from congress_app.reports.archive_stamp import (
        Prepared,
        apply_stamp,
        make_pdfa,
        page_count,
        pdfa_qualifies,
        prepare_stamp,
        stamp_pages,
    )
    from congress_app.services.archive_pdfa import convert_to_pdfa
    from congress_app.services.meeting_papers import meeting_title
    from congress_app.services.meetings import meeting_info
    from congress_app.storage.base import utcnow

    out = Path(out)
    if out.exists() and (out.is_file() or any(out.iterdir())):
        raise InvalidInput("archive_out_exists", field="out", path=str(out))
    school = school_info(session)
    if not school.fonds_no:
        raise InvalidInput("archive_no_fonds", field="fonds_no")
    session_id = resolve_session(session, session_id)
    if collect:
        collect_generated(session, session_id, actor=actor)
    items = list_items(session, session_id)
    if not items:
        raise NotFound("archive_no_documents")
    info = meeting_info(session, session_id)
    _school, title = meeting_title(session, session_id)
    work = out.with_name(out.name + INCOMPLETE)
    if work.exists():
        shutil.rmtree(work) if work.is_dir() else work.unlink()
    folder = work if not as_zip else out.with_name(out.name + ".files" + INCOMPLETE)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    # an interrupted export stays as DIR.incomplete with this note in it
    from congress_app.wording.archive import INCOMPLETE_NOTE_TEXT

    (folder / INCOMPLETE_NOTE).write_text(INCOMPLETE_NOTE_TEXT, encoding="utf-8")
    total = len(items) + 2
    try:
        entries, rows = [], []
        pdfs: list[Path] = []  # PDFs for Ghostscript's PDF/A pass (imported ones)
        own_pdfa: list[Path] = []  # PDFs made PDF/A-2b here
        codes = [
            _code(school.fonds_no, school.org_code, info.held_on, item, number)
            for number, item in enumerate(items, start=1)
        ]
        # R48.2: every PDF item's 归档章; each chunk of items is opened once (placement, PDF/A
        # check, stamp in one pypdf writer) and its stamps drawn at once (one overlay page each)
        numbered = list(enumerate(zip(codes, items, strict=True), start=1))
        chunks: list[list[tuple[int, tuple[ArchivalCode, RegisterItem]]]] = [[]]
        held = 0
        for position in numbered:
            size = position[1][1].size
            if chunks[-1] and (len(chunks[-1]) >= STAMP_CHUNK or held + size > STAMP_CHUNK_BYTES):
                chunks.append([])
                held = 0
            chunks[-1].append(position)
            held += size
        digests: dict[str, str] = {}  # files written here and not rewritten after: their SHA-256
        for chunk in chunks:
            contents: dict[int, bytes] = {}
            ready: dict[int, tuple[Prepared, int]] = {}
            stamps: list[tuple[list[str], tuple[float, float], tuple[float, float]]] = []
            stored = items_content(session, [item.item_id for _number, (_code, item) in chunk])
            for _number, (code, item) in chunk:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                data = stored.pop(item.item_id, None)
                if data is None:
                    raise NotFound("archive_item_missing", item=item.item_id)
                if item.media_type == PDF:
                    prepared = prepare_stamp(
                        data, pdfa_check=pdfa and item.kind == GENERATED, corner_kept=item.stamp_corner
                    )
                    ready[item.item_id] = (prepared, len(stamps))
                    stamps.append((stamp_cells(code, prepared.pages), prepared.size, prepared.at))
                else:
                    contents[item.item_id] = data
            overlay = PdfReader(io.BytesIO(stamp_pages(stamps))) if stamps else None
            for number, (code, item) in chunk:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                pages = item.pages
                suffix = SUFFIX_OF.get(item.media_type, Path(item.filename).suffix.lower())
                name = f"{code.format()}{suffix}"
                if overlay is not None and item.item_id in ready:
                    # our own PDFs get the PDF/A-2b parts in the stamp's update; others: Ghostscript
                    prepared, index = ready.pop(item.item_id)
                    data = apply_stamp(prepared, overlay.pages[index], pdfa=prepared.pdfa)
                    (own_pdfa if prepared.pdfa else pdfs).append(folder / name)
                else:
                    data = contents.pop(item.item_id)
                (folder / name).write_bytes(data)
                digests[name] = sha256_hex(data)
                rows.append(
                    CatalogueRow(
                        number,
                        code,
                        item.title,
                        item.day,
                        pages,
                        author=item.author,
                        doc_number=item.doc_number,
                        remarks="" if item.media_type == PDF else suffix[1:].upper(),
                    )
                )
                entries.append(
                    {
                        "file": name,
                        "code": code.format(),
                        "title": item.title,
                        "group": item.group,
                        "pages": pages,
                        "media_type": item.media_type,
                        "kind": item.kind,
                        "register_id": item.item_id,
                        "register_sha256": item.sha256,
                        "source": item.source,
                        "source_seal": item.source_seal,
                    }
                )
                if progress is not None:
                    progress(number, total, name)
        counts = {g.number: 0 for g in ARCHIVE_GROUPS}
        for item in items:
            counts[item.group] += 1
        catalogue = CatalogueData(
            school.name,
            school.fonds_no,
            title,
            info.held_on.year,
            date.today(),
            tuple(r.cells() for r in rows),
            tuple((g.number, g.title_zh, counts[g.number]) for g in ARCHIVE_GROUPS),
        )
        build_catalogue_pdf(catalogue, folder / CATALOGUE_PDF)
        build_catalogue_xlsx(catalogue, folder / CATALOGUE_XLSX)
        catalogue_pdf = (folder / CATALOGUE_PDF).read_bytes()
        if pdfa and pdfa_qualifies(catalogue_pdf):
            (folder / CATALOGUE_PDF).write_bytes(make_pdfa(catalogue_pdf))
            own_pdfa.append(folder / CATALOGUE_PDF)
        else:
            pdfs.append(folder / CATALOGUE_PDF)
        if progress is not None:
            progress(total - 1, total, CATALOGUE_PDF)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        by_gs = (convert_to_pdfa(pdfs) if pdfs else True) if pdfa else False
        converted = pdfa and by_gs
        if not pdfa:
            pdfa_note = "not PDF/A: not asked for"
        elif converted:
            pdfa_note = (
                f"PDF/A-2b: {len(own_pdfa)} made in-process (XMP, sRGB output intent)"
                f", {len(pdfs)} by Ghostscript"
            )
        else:
            pdfa_note = (
                f"not PDF/A: {len(own_pdfa)} made PDF/A-2b in-process; {len(pdfs)} imported "
                "PDF(s) could not be converted (Ghostscript unavailable or failed)"
            )
        rewritten = {path.name for path in pdfs} if pdfa else set()  # Ghostscript may replace them
        for entry in entries:
            name = str(entry["file"])
            known = digests.get(name) if name not in rewritten else None
            entry["sha256"] = known if known is not None else sha256_hex((folder / name).read_bytes())
        for name, label in ((CATALOGUE_PDF, CATALOGUE_TITLE), (CATALOGUE_XLSX, CATALOGUE_TITLE)):
            data = (folder / name).read_bytes()
            entries.append(
                {
                    "file": name,
                    "code": "catalogue",
                    "title": label,
                    "group": 0,
                    "pages": page_count(data) if name.endswith(".pdf") else 0,
                    "media_type": PDF if name.endswith(".pdf") else XLSX,
                    "kind": "catalogue",
                    "sha256": sha256_hex(data),
                }
            )
        missing = tuple(n for n, k in counts.items() if k == 0)
        manifest = {
            "format": MANIFEST_FORMAT,
            "school": {"name": school.name, "fonds_no": school.fonds_no, "org_code": school.org_code},
            "session": {
                "id": session_id,
                "term": info.term_number,
                "number": info.number,
                "held_on": info.held_on.isoformat(),
                "title": title,
            },
            "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
            "pdfa": converted,
            "pdfa_note": pdfa_note,
            "missing_groups": list(missing),
            "files": entries,
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        if progress is not None:
            progress(total, total, MANIFEST)
        (folder / INCOMPLETE_NOTE).unlink()
        if as_zip:
            with zipfile.ZipFile(work, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(folder.iterdir()):
                    archive.write(path, path.name)
            shutil.rmtree(folder)
        if out.exists():
            out.rmdir()
        work.replace(out)
    except ExportCancelled:
        shutil.rmtree(folder, ignore_errors=True)
        if work.is_file():
            work.unlink()
        raise
    return ExportResult(
        out,
        session_id,
        len(items),
        len(entries),
        sum(int(str(e["pages"])) for e in entries),
        converted,
        missing,
    )
