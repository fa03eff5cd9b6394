"""PDF/A-2b without a Ghostscript process: for the PDFs the app makes itself (ReportLab, every
font an embedded TrueType subset, RGB/grey colours), the parts PDF/A-2b adds to such a file
are written in the same incremental update that adds the filing stamp (archive_increment,
or pypdf's incremental writer for PDFs that module leaves to it):

* an XMP metadata stream (``pdfaid:part`` 2, ``pdfaid:conformance`` B) whose ``dc:title``,
  ``dc:creator``, ``dc:description``, ``pdf:Keywords``, ``pdf:Producer``, ``xmp:CreatorTool``,
  ``xmp:CreateDate`` and ``xmp:ModifyDate`` repeat the document information dictionary;
* ``/OutputIntents`` with one ``GTS_PDFA1`` intent and the sRGB ICC profile shipped in
  ``resources/icc`` (icc-profiles-free, zlib licence);
* a trailer ``/ID``, and a classic cross-reference table for the update (as the original).

:func:`own_pdfa_possible` says whether a file qualifies (PDFs made elsewhere go through
Ghostscript instead)."""

from __future__ import annotations

import hashlib
import re
import zlib
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf._protocols import StreamType
from pypdf.constants import TrailerKeys
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from congress_app.paths import resources_dir

PRODUCER_SUFFIX = "; Congress Desk archive (pypdf)"
INFO_KEYS = (
    "/Title",
    "/Author",
    "/Subject",
    "/Keywords",
    "/Creator",
    "/Producer",
    "/CreationDate",
    "/ModDate",
)
_K_OPERATOR = re.compile(rb"[\d.]\s+[kK](?=\s)")  # a quick look before _CMYK
_CMYK = re.compile(rb"(?:^|\s)[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[kK](?=\s)")
_PDF_DATE = re.compile(
    r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:([+\-Z])(\d{2})?'?(\d{2})?'?)?"
)


def icc_path() -> str:
    return str(resources_dir() / "icc" / "sRGB.icc")


@lru_cache(maxsize=1)
def icc_deflated() -> bytes:
    """The sRGB profile, deflated (the same bytes for every file)."""
    with open(icc_path(), "rb") as handle:
        return zlib.compress(handle.read(), 9)


def pdf_date(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"


def xmp_date(text: str) -> str | None:
    """An Info date (``D:YYYYMMDDHHmmSS+HH'mm'``) as the same moment in XMP form."""
    match = _PDF_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, oh, om = match.groups()
    stamp = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if sign is None:
        return stamp
    if sign == "Z":
        return stamp + "Z"
    return f"{stamp}{sign}{oh or '00'}:{om or '00'}"


_DESCRIPTOR = re.compile(rb"/FontDescriptor\s+(\d+)\s+(\d+)\s+R")
_FONT_FILE = re.compile(rb"/FontFile[23]?\s+\d+\s+\d+\s+R")


def _embedded_quick(ref: object) -> bool | None:
    """Whether a simple font is embedded, read from the raw dictionaries of the font and its
    descriptor (archive_stamp_place.raw_dict); None where that cannot tell (pypdf reads it)."""
    from congress_app.reports.archive_stamp_place import raw_dict

    body = raw_dict(ref)
    if body is None or b"/Type0" in body or b"/DescendantFonts" in body:
        return None
    found = _DESCRIPTOR.search(body)
    if found is None:
        return None if b"/FontDescriptor" in body else False
    assert isinstance(ref, IndirectObject)
    descriptor = raw_dict(IndirectObject(int(found.group(1)), int(found.group(2)), ref.pdf))
    if descriptor is None:
        return None
    return _FONT_FILE.search(descriptor) is not None


def own_pdfa_possible(reader: PdfReader, first_page_data: bytes | None = None) -> bool:
    """True for a PDF this pass can make PDF/A-2b: made by ReportLab, not encrypted, every font
    of every page (and of the page's form XObjects) embedded, no DeviceCMYK operators."""
    if reader.is_encrypted:
        return False
    producer = reader.metadata.get("/Producer", "") if reader.metadata is not None else ""
    if "ReportLab" not in str(producer):
        return False
    seen: set[int] = set()

    def resources_ok(resources: object) -> bool:
        res = resources.get_object() if resources is not None else None  # type: ignore[attr-defined]
        if not isinstance(res, DictionaryObject):
            return True
        fonts = res.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        for key in fonts:
            ref = fonts.raw_get(key)
            quick = _embedded_quick(ref)
            if quick is not None:
                if not quick:
                    return False
                continue
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                return False
            descriptor = descriptor.get_object()
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
        xobjects = res.get("/XObject")
        for ref in xobjects.get_object().values() if xobjects is not None else ():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form" and not resources_ok(xobject.get("/Resources")):
                return False
            if xobject.get("/Subtype") == "/Image" and xobject.get("/ColorSpace") == "/DeviceCMYK":
                return False
        return True

    for number, page in enumerate(reader.pages):
        if not resources_ok(page.get("/Resources")):
            return False
        if number == 0 and first_page_data is not None:
            data = first_page_data
        else:
            contents = page.get_contents()
            data = contents.get_data() if contents is not None else b""
        if _K_OPERATOR.search(data) and _CMYK.search(data):
            return False
    return True


def xmp_packet(info: dict[str, str]) -> bytes:
    """The XMP metadata (pdfaid part 2, conformance B) repeating ``info`` (see :func:`pdfa_info`)."""

    def alt(tag: str, value: str) -> str:
        return f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt></{tag}>'

    parts = []
    if info.get("/Title"):
        parts.append(alt("dc:title", info["/Title"]))
    if info.get("/Author"):
        parts.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(info['/Author'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    if info.get("/Subject"):
        parts.append(alt("dc:description", info["/Subject"]))
    for key, tag in (
        ("/Keywords", "pdf:Keywords"),
        ("/Producer", "pdf:Producer"),
        ("/Creator", "xmp:CreatorTool"),
    ):
        if info.get(key):
            parts.append(f"<{tag}>{escape(info[key])}</{tag}>")
    for key, tag in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        when = xmp_date(info.get(key, ""))
        if when:
            parts.append(f"<{tag}>{when}</{tag}>")
    if info.get("/ModDate") and xmp_date(info["/ModDate"]):
        parts.append(f"<xmp:MetadataDate>{xmp_date(info['/ModDate'])}</xmp:MetadataDate>")
    body = "\n   ".join(parts)
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   {body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def pdfa_info(old: DictionaryObject | None, now: datetime | None = None) -> dict[str, str]:
    """The document information of the PDF/A-2b copy: ``old``'s entries (no ``/Trapped``,
    empty ones dropped), ``/ModDate`` now, the producer naming this pass."""
    moment = now or datetime.now(UTC)
    old = old if old is not None else DictionaryObject()
    values = {key: str(old[key]) for key in INFO_KEYS if key in old and str(old[key])}
    values["/Producer"] = values.get("/Producer", "") + PRODUCER_SUFFIX
    values["/ModDate"] = pdf_date(moment)
    values.setdefault("/CreationDate", values["/ModDate"])
    return values


def add_pdfa_parts(writer: PdfWriter, now: datetime | None = None) -> None:
    """Add the PDF/A-2b parts to ``writer`` (an incremental writer over a qualifying PDF):
    Info rewritten (:func:`pdfa_info`) and mirrored in XMP, the sRGB output intent, a
    trailer ID."""
    found = writer._info.get_object() if writer._info is not None else None
    values = pdfa_info(found if isinstance(found, DictionaryObject) else None, now)
    info = DictionaryObject({NameObject(k): TextStringObject(v) for k, v in values.items()})
    if (
        isinstance(found, DictionaryObject)
        and writer._info is not None
        and isinstance(writer._info.indirect_reference, IndirectObject)
    ):
        for key in list(found.keys()):
            del found[key]
        found.update(info)
    else:
        writer._info = writer._add_object(info)
    metadata = DecodedStreamObject()  # PDF/A: the metadata stream is not filtered
    metadata.set_data(xmp_packet(values))
    metadata.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    profile = EncodedStreamObject()
    profile._data = icc_deflated()
    profile.update({NameObject("/N"): NumberObject(3), NameObject("/Filter"): NameObject("/FlateDecode")})
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    root = writer.root_object
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    if not writer._ID:
        digest = hashlib.md5(xmp_packet(values), usedforsecurity=False).digest()
        writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])


class ClassicIncrementWriter(PdfWriter):
    """pypdf's incremental writer, but the update ends with a classic ``xref`` table and
    ``trailer`` (as ReportLab's original does) instead of a cross-reference stream. New
    objects are numbered from the original trailer's ``/Size`` on: pypdf counts only the
    objects its cross-reference sections list, and a cross-reference stream does not always
    list itself (its number would be given again)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        reader = self._reader
        size = reader.trailer.get("/Size") if reader is not None else None
        if isinstance(size, int) and self.incremental:
            while len(self._objects) < size - 1:
                self._objects.append(None)

    def _write_increment(self, stream: StreamType) -> None:
        reader = self._reader
        assert reader is not None
        positions: dict[int, int] = {}
        original = len(self._original_hash)
        for i, obj in enumerate(self._objects):
            if obj is None or (i < original and obj.hash_bin() == self._original_hash[i]):
                continue
            positions[i + 1] = stream.tell()
            stream.write(f"{i + 1} 0 obj\n".encode())
            obj.write_to_stream(stream)
            stream.write(b"\nendobj\n")
        xref = stream.tell()
        lines = [b"xref\n"]
        block: list[int] = []
        numbers = sorted(positions)

        def flush() -> None:
            if block:
                lines.append(f"{block[0]} {len(block)}\n".encode())
                lines.extend(f"{positions[n]:010d} 00000 n\r\n".encode() for n in block)

        for number in numbers:
            if block and number != block[-1] + 1:
                flush()
                block = []
            block.append(number)
        flush()
        stream.write(b"".join(lines))
        trailer = DictionaryObject(
            {
                NameObject(TrailerKeys.SIZE): NumberObject(len(self._objects) + 1),
                NameObject(TrailerKeys.ROOT): self.root_object.indirect_reference,
                NameObject(TrailerKeys.PREV): NumberObject(reader._startxref),
            }
        )
        if self._info is not None:
            trailer[NameObject(TrailerKeys.INFO)] = self._info.indirect_reference
        if self._ID:
            trailer[NameObject(TrailerKeys.ID)] = self._ID
        stream.write(b"trailer\n")
        trailer.write_to_stream(stream)
        stream.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())


__all__ = [
    "ClassicIncrementWriter",
    "add_pdfa_parts",
    "icc_deflated",
    "icc_path",
    "own_pdfa_possible",
    "pdf_date",
    "pdfa_info",
    "xmp_date",
    "xmp_packet",
]
