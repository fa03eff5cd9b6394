"""The filing stamp's incremental update written directly, touching page 1 only.

pypdf's incremental writer opens every object of the file to find what changed; the stamp
changes one page (and, for PDF/A-2b, the catalogue and the document information), so for a
PDF with a classic cross-reference table (every PDF ReportLab writes) the update is written
here instead: the original bytes are kept as they are and followed by

* the stamp's objects: its fonts (the overlay's embedded subsets, named ``STAMPx+…``), a Form
  XObject painting it and two small content streams (``q`` before the page's own content,
  ``Q q /ArchiveStamp Do Q`` after it);
* page 1 again under its own number, its ``/Contents`` extended and its ``/Resources``
  (inherited ones included) naming the stamp;
* with PDF/A-2b: the document information rewritten, the catalogue again with ``/Metadata``
  (XMP repeating the information) and ``/OutputIntents`` (sRGB), the ICC profile;
* a classic ``xref`` section for these objects, a trailer with ``/Prev`` and ``/ID``.

Objects are read lazily (pypdf's reader): the update itself needs the trailer, the catalogue
and page 1 (the stamp's place needs page 1's resources and content; the page count and the
PDF/A check the page tree and the pages' resources); nothing else is read, hashed or copied.
:func:`open_native` says whether a PDF can be handled so (classic cross-reference
table, no object streams, not encrypted, page 1 an indirect object); other PDFs (such as
imported ones with cross-reference streams) take pypdf's writer (archive_stamp)."""

from __future__ import annotations

import hashlib
import io
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import cast

from pypdf import PageObject, PdfReader
from pypdf._protocols import StreamType
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

STAMP_NAME = "/ArchiveStamp"
_MARK = re.compile(rb"\x00(\d+)\x00")


class _NewRef(IndirectObject):
    """A reference to the k-th object of an update, written as a marker that
    :meth:`_Template.render` replaces by the object's number in each file."""

    def __init__(self, k: int) -> None:
        super().__init__(k, 0, None)

    def write_to_stream(self, stream: StreamType, encryption_key: object = None) -> None:
        stream.write(b"\x00%d\x00" % self.idnum)


def _dump(obj: PdfObject) -> bytes:
    buf = io.BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


@dataclass(frozen=True)
class _Template:
    """An object of the update serialized once: its dictionary (references to other new
    objects as markers) and, for a stream, its (encoded) data."""

    head: bytes
    data: bytes | None = None

    def render(self, numbers: dict[int, int]) -> bytes:
        head = (
            _MARK.sub(lambda m: b"%d 0 R" % numbers[int(m.group(1))], self.head)
            if b"\x00" in self.head
            else self.head
        )
        if self.data is None:
            return head
        return head + b"\nstream\n" + self.data + b"\nendstream"


def _stream(entries: dict[str, PdfObject], data: bytes) -> _Template:
    head = DictionaryObject({NameObject(k): v for k, v in entries.items()})
    head[NameObject("/Length")] = NumberObject(len(data))
    return _Template(_dump(head), data)


@lru_cache(maxsize=8)
def _plain_stream(data: bytes) -> bytes:
    """A stream of ``data`` with no entries but its length (the stamp's ``q`` and ``Q … Do``),
    serialized once."""
    return _stream({}, data).render({})


def stamp_font_name(name: str) -> str | None:
    """ReportLab tags every document's first subset ``AAAAAA+``; the stamp's subsets become
    ``STAMPx+…`` so page 1 never has two different fonts of the same name."""
    tag, plus, rest = name.lstrip("/").partition("+")
    if not plus or len(tag) != 6:
        return None
    return f"/STAMP{tag[-1]}+{rest}"


@dataclass
class StampPage:
    """One overlay page ready to be added to files: its content (encoded, with its filter),
    its media box, its resources (references to the overlay's objects as markers) and those
    objects."""

    content: bytes
    filters: dict[str, PdfObject]
    box: tuple[float, float, float, float]
    resources: DictionaryObject
    needs: list[int]  # the overlay objects (closure of the resources), in order
    parts: OverlayParts


@dataclass
class OverlayParts:
    """The objects of a stamp overlay (ReportLab, one page per stamp) that the stamps' pages
    need — fonts, their descriptors, font files and ToUnicode maps — each serialized once for
    all the files its pages go to."""

    reader: PdfReader
    templates: list[_Template | None] = field(default_factory=list)
    deps: list[set[int]] = field(default_factory=list)
    index: dict[tuple[int, int], int] = field(default_factory=dict)

    def _copy(self, value: PdfObject, deps: set[int]) -> PdfObject:
        if isinstance(value, IndirectObject):
            k = self._register(value)
            deps.add(k)
            return _NewRef(k)
        if isinstance(value, StreamObject):  # a direct stream cannot be written inside another object
            raise ValueError("direct stream")
        if isinstance(value, DictionaryObject):
            copy = DictionaryObject()
            for key, item in value.items():
                if key in ("/BaseFont", "/FontName") and isinstance(item, NameObject):
                    renamed = stamp_font_name(str(item))
                    copy[NameObject(key)] = NameObject(renamed) if renamed else item
                else:
                    copy[NameObject(key)] = self._copy(item, deps)
            return copy
        if isinstance(value, ArrayObject):
            return ArrayObject(self._copy(item, deps) for item in value)
        return value

    def _register(self, ref: IndirectObject) -> int:
        key = (ref.idnum, ref.generation)
        if key in self.index:
            return self.index[key]
        k = len(self.templates)
        self.index[key] = k
        self.templates.append(None)
        deps: set[int] = set()
        self.deps.append(deps)
        obj = ref.get_object()
        if isinstance(obj, StreamObject):
            entries = {str(key): self._copy(item, deps) for key, item in obj.items() if key != "/Length"}
            template = _stream(entries, obj._data)
        elif obj is None:
            template = _Template(b"null")
        else:
            template = _Template(_dump(self._copy(obj, deps)))
        self.templates[k] = template
        return k

    def closure(self, roots: Iterable[int]) -> list[int]:
        seen: set[int] = set()
        todo = list(roots)
        while todo:
            k = todo.pop()
            if k not in seen:
                seen.add(k)
                todo.extend(self.deps[k])
        return sorted(seen)

    def page(self, page: PageObject) -> StampPage:
        deps: set[int] = set()
        resources = page.get("/Resources")
        copied = self._copy(resources.get_object(), deps) if resources is not None else DictionaryObject()
        assert isinstance(copied, DictionaryObject)
        raw = page.raw_get("/Contents") if "/Contents" in page else None
        contents = raw.get_object() if raw is not None else None
        filters: dict[str, PdfObject] = {}
        if isinstance(contents, StreamObject):
            data = contents._data
            for key in ("/Filter", "/DecodeParms"):
                if key in contents:
                    filters[key] = contents[key]
        else:
            drawn = page.get_contents()
            data = drawn.get_data() if drawn is not None else b""
        box = page.mediabox
        return StampPage(
            data,
            filters,
            (float(box.left), float(box.bottom), float(box.right), float(box.top)),
            copied,
            self.closure(deps),
            self,
        )


_OVERLAYS: weakref.WeakKeyDictionary[PdfReader, OverlayParts] = weakref.WeakKeyDictionary()


def stamp_page_of(overlay: PageObject) -> StampPage:
    """``overlay`` (a page of a stamp overlay) ready for :func:`write_update`; the overlay's
    fonts are serialized once for all its pages."""
    reader = overlay.pdf
    assert isinstance(reader, PdfReader)
    parts = _OVERLAYS.get(reader)
    if parts is None:
        parts = _OVERLAYS[reader] = OverlayParts(reader)
    return parts.page(overlay)


_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


def first_page(reader: PdfReader) -> tuple[PageObject, int]:
    """Page 1 of ``reader`` (inherited attributes included) and the page count without
    reading every page: for a flat page tree (every page a kid of the root ``/Pages``, as
    ReportLab writes it, ``/Count`` equal to the number of kids, page 1 an indirect ``/Page``)
    only the root node and page 1 are read; any other tree is walked by pypdf."""
    try:
        root = reader.trailer["/Root"].get_object()
        pages_ref = root.raw_get("/Pages") if isinstance(root, DictionaryObject) else None
        node = pages_ref.get_object() if isinstance(pages_ref, IndirectObject) else None
        kids = node.get("/Kids") if isinstance(node, DictionaryObject) else None
        kids = kids.get_object() if kids is not None else None
        count = node.get("/Count") if isinstance(node, DictionaryObject) else None
        if (
            isinstance(node, DictionaryObject)
            and node.get("/Type") == "/Pages"
            and isinstance(kids, ArrayObject)
            and isinstance(count, int)
            and not isinstance(count, bool)
            and 0 < len(kids) == count
            and all(isinstance(kid, IndirectObject) for kid in kids)
        ):
            ref = kids[0]
            leaf = ref.get_object()
            if isinstance(leaf, DictionaryObject) and leaf.get("/Type") == "/Page" and "/Kids" not in leaf:
                page = PageObject(reader, ref)
                page.update(leaf)
                for key in _INHERITED:
                    if key in node and key not in page:
                        page[NameObject(key)] = node[key]
                return page, int(count)
    except Exception:  # noqa: BLE001 - anything odd: pypdf's own walk decides
        pass
    return reader.pages[0], len(reader.pages)


@dataclass
class Opened:
    """A PDF this module can update: its bytes, a (lazy) reader, where its last
    cross-reference section starts, its trailer's ``/Size`` and its page 1."""

    data: bytes
    reader: PdfReader
    startxref: int
    size: int
    first: PageObject | None = None


def open_native(
    pdf: bytes, reader: PdfReader | None = None, first: PageObject | None = None
) -> Opened | None:
    """``pdf`` opened for a page-one update, or None when it needs pypdf's writer: a
    cross-reference stream or object streams anywhere, encryption, a page 1 or catalogue
    that is not an indirect object, or anything unreadable."""
    try:
        reader = reader if reader is not None else PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted or reader.xref_objStm or "/XRefStm" in reader.trailer:
            return None
        start = reader._startxref
        if pdf[start : start + 4] != b"xref":
            return None
        root = reader.trailer.raw_get("/Root")
        info = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
        if not isinstance(root, IndirectObject) or not (info is None or isinstance(info, IndirectObject)):
            return None
        first = first if first is not None else first_page(reader)[0]
        if first.indirect_reference is None:
            return None
        size = int(cast(int, reader.trailer["/Size"]))
    except Exception:  # noqa: BLE001 - anything pypdf finds odd goes the general way
        return None
    return Opened(pdf, reader, start, size, first)


@lru_cache(maxsize=1)
def _icc_template() -> _Template:
    from congress_app.reports.archive_pdfa_parts import icc_deflated

    return _stream({"/N": NumberObject(3), "/Filter": NameObject("/FlateDecode")}, icc_deflated())


def _xref(positions: dict[int, tuple[int, int]]) -> bytes:
    """A classic cross-reference section for ``{number: (generation, offset)}``."""
    lines = [b"xref\n"]
    numbers = sorted(positions)
    block: list[int] = []
    for number in numbers + [-1]:
        if block and number != block[-1] + 1:
            lines.append(b"%d %d\n" % (block[0], len(block)))
            lines.extend(b"%010d %05d n\r\n" % (positions[n][1], positions[n][0]) for n in block)
            block = []
        block.append(number)
    return b"".join(lines)


def _id_bytes(part: PdfObject) -> bytes:
    if isinstance(part, TextStringObject):
        return part.original_bytes
    if isinstance(part, bytes):
        return bytes(part)
    return str(part).encode("latin-1", "replace")


def _free_name(names: DictionaryObject, wanted: str) -> str:
    if wanted not in names:
        return wanted
    n = 2
    while f"{wanted}{n}" in names:
        n += 1
    return f"{wanted}{n}"


def write_update(
    opened: Opened, stamp: StampPage | None, *, pdfa: bool, now: datetime | None = None
) -> bytes:
    """``opened``'s bytes followed by one update: the stamp over page 1 (``stamp`` not None)
    and — with ``pdfa`` — the PDF/A-2b parts (see archive_pdfa_parts)."""
    from congress_app.reports.archive_pdfa_parts import pdfa_info, xmp_packet

    reader = opened.reader
    data = opened.data
    # new objects after every number in use (a trailer's /Size may understate it)
    used = max((n for section in reader.xref.values() for n in section), default=0)
    next_number = max(opened.size, used + 1)
    objects: list[tuple[int, int, bytes]] = []  # (number, generation, bytes between obj … endobj)

    def new_number() -> int:
        nonlocal next_number
        next_number += 1
        return next_number - 1

    if stamp is not None:
        numbers = {k: new_number() for k in stamp.needs}
        templates = stamp.parts.templates
        for k in stamp.needs:
            template = templates[k]
            assert template is not None
            objects.append((numbers[k], 0, template.render(numbers)))
        page = opened.first if opened.first is not None else reader.pages[0]
        x0, y0, x1, y1 = stamp.box
        form: dict[str, PdfObject] = {
            "/Type": NameObject("/XObject"),
            "/Subtype": NameObject("/Form"),
            "/BBox": ArrayObject(FloatObject(v) for v in (x0, y0, x1, y1)),
            "/Resources": stamp.resources,
            **stamp.filters,
        }
        box = page.mediabox
        if box.left or box.bottom:
            form["/Matrix"] = ArrayObject(
                FloatObject(v) for v in (1, 0, 0, 1, float(box.left), float(box.bottom))
            )
        form_number = new_number()
        objects.append((form_number, 0, _stream(form, stamp.content).render(numbers)))
        resources = page.get("/Resources")
        resources = DictionaryObject(resources.get_object()) if resources is not None else DictionaryObject()
        xobjects = resources.get("/XObject")
        xobjects = DictionaryObject(xobjects.get_object()) if xobjects is not None else DictionaryObject()
        name = _free_name(xobjects, STAMP_NAME)
        xobjects[NameObject(name)] = IndirectObject(form_number, 0, None)
        resources[NameObject("/XObject")] = xobjects
        before, after = new_number(), new_number()
        objects.append((before, 0, _plain_stream(b"q\n")))
        objects.append((after, 0, _plain_stream(f"\nQ\nq {name} Do Q\n".encode("ascii"))))
        raw = page.raw_get("/Contents") if "/Contents" in page else None
        parts: list[PdfObject] = [IndirectObject(before, 0, None)]
        if raw is not None:
            resolved = raw.get_object()
            parts += list(resolved) if isinstance(resolved, ArrayObject) else [raw]
        parts.append(IndirectObject(after, 0, None))
        new_page = DictionaryObject(page)
        new_page[NameObject("/Resources")] = resources
        new_page[NameObject("/Contents")] = ArrayObject(parts)
        ref = page.indirect_reference
        assert ref is not None
        objects.append((ref.idnum, ref.generation, _dump(new_page)))
    trailer = reader.trailer
    root_ref = trailer.raw_get("/Root")
    info_ref = trailer.raw_get("/Info") if "/Info" in trailer else None
    file_id = trailer.get("/ID")
    if pdfa:
        old = info_ref.get_object() if info_ref is not None else None
        values = pdfa_info(old if isinstance(old, DictionaryObject) else None, now)
        info = DictionaryObject({NameObject(k): TextStringObject(v) for k, v in values.items()})
        if info_ref is None:
            info_ref = IndirectObject(new_number(), 0, None)
        objects.append((info_ref.idnum, info_ref.generation, _dump(info)))
        xmp = xmp_packet(values)
        metadata, profile, intent = new_number(), new_number(), new_number()
        objects.append(
            (
                metadata,
                0,
                _stream({"/Type": NameObject("/Metadata"), "/Subtype": NameObject("/XML")}, xmp).render({}),
            )
        )
        objects.append((profile, 0, _icc_template().render({})))
        objects.append(
            (
                intent,
                0,
                _dump(
                    DictionaryObject(
                        {
                            NameObject("/Type"): NameObject("/OutputIntent"),
                            NameObject("/S"): NameObject("/GTS_PDFA1"),
                            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
                            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
                            NameObject("/DestOutputProfile"): IndirectObject(profile, 0, None),
                        }
                    )
                ),
            )
        )
        catalog = DictionaryObject(root_ref.get_object())
        catalog[NameObject("/Metadata")] = IndirectObject(metadata, 0, None)
        catalog[NameObject("/OutputIntents")] = ArrayObject([IndirectObject(intent, 0, None)])
        objects.append((root_ref.idnum, root_ref.generation, _dump(catalog)))
        seed = xmp
    else:
        seed = data[-256:] + b"".join(body for _n, _g, body in objects[-2:])
    if not (isinstance(file_id, ArrayObject) and len(file_id) == 2):
        digest = hashlib.md5(seed, usedforsecurity=False).digest()
        file_id = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    out = [data]
    at = len(data)
    if not data.endswith((b"\n", b"\r")):
        out.append(b"\n")
        at += 1
    positions: dict[int, tuple[int, int]] = {}
    for number, generation, body in objects:
        chunk = b"%d %d obj\n%s\nendobj\n" % (number, generation, body)
        positions[number] = (generation, at)
        out.append(chunk)
        at += len(chunk)
    first, second = (_id_bytes(part) for part in file_id)
    end = [
        b"trailer\n<<\n/Size %d\n/Root %d %d R\n"
        % (max(next_number, opened.size), root_ref.idnum, root_ref.generation),
        b"/Prev %d\n/ID [<%s><%s>]\n" % (opened.startxref, first.hex().encode(), second.hex().encode()),
    ]
    if info_ref is not None:
        end.append(b"/Info %d %d R\n" % (info_ref.idnum, info_ref.generation))
    end.append(b">>\nstartxref\n%d\n%%%%EOF\n" % at)
    out.append(_xref(positions))
    out += end
    return b"".join(out)


__all__ = [
    "OverlayParts",
    "Opened",
    "StampPage",
    "first_page",
    "open_native",
    "stamp_page_of",
    "write_update",
]
