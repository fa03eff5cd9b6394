"""PDF/A-2b copies of the archive's PDFs through Ghostscript (``gs -dPDFA=2``), with an sRGB
output intent. Without ``gs`` the files are kept as they are and the caller says so."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ICC_CANDIDATES = (
    "/usr/share/color/icc/ghostscript/srgb.icc",
    "/usr/share/ghostscript/*/iccprofiles/srgb.icc",
    "/usr/local/share/ghostscript/*/iccprofiles/srgb.icc",
    "/opt/homebrew/share/ghostscript/*/iccprofiles/srgb.icc",
)

DEF_PS = """%!
/ICCProfile ({icc}) def
[/_objdef {{icc_PDFA}} /type /stream /OBJ pdfmark
[{{icc_PDFA}} << /N 3 >> /PUT pdfmark
[{{icc_PDFA}} ICCProfile (r) file /PUT pdfmark
[/_objdef {{OutputIntent_PDFA}} /type /dict /OBJ pdfmark
[{{OutputIntent_PDFA}} <<
  /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {{icc_PDFA}}
  /OutputConditionIdentifier (sRGB)
>> /PUT pdfmark
[{{Catalog}} << /OutputIntents [ {{OutputIntent_PDFA}} ] >> /PUT pdfmark
"""


def ghostscript() -> str | None:
    """The ``gs`` executable, or ``None`` (``CONGRESS_NO_GS=1`` pretends it is absent)."""
    if os.environ.get("CONGRESS_NO_GS"):
        return None
    return shutil.which("gs") or shutil.which("gswin64c")


def _icc() -> str | None:
    for pattern in ICC_CANDIDATES:
        found = sorted(glob.glob(pattern))
        if found:
            return found[-1]
    return None


def pdfa_available() -> bool:
    return ghostscript() is not None and _icc() is not None


def _convert(gs: str, definition: Path, icc: str, src: Path, dst: Path) -> bool:
    cmd = [
        gs,
        "-q",
        "-dBATCH",
        "-dNOPAUSE",
        "-dPDFA=2",
        "-dPDFACompatibilityPolicy=1",
        "-sColorConversionStrategy=RGB",
        "-sProcessColorModel=DeviceRGB",
        "-sDEVICE=pdfwrite",
        f"--permit-file-read={icc}",
        f"-sOutputFile={dst}",
        str(definition),
        str(src),
    ]
    done = subprocess.run(cmd, capture_output=True, timeout=600, check=False)
    return done.returncode == 0 and dst.is_file() and dst.stat().st_size > 0


def convert_to_pdfa(files: Iterable[Path], *, workers: int = 2) -> bool:
    """Replace each PDF in ``files`` by its PDF/A-2b copy. False (files untouched) without
    Ghostscript or its sRGB profile, or when any conversion fails (the failed ones are kept
    as they were)."""
    gs, icc = ghostscript(), _icc()
    paths = list(files)
    if gs is None or icc is None:
        return False
    with tempfile.TemporaryDirectory(prefix="pdfa-") as tmp:
        definition = Path(tmp) / "PDFA_def.ps"
        definition.write_text(DEF_PS.format(icc=icc), encoding="ascii")

        def one(path: Path) -> bool:
            dst = path.with_name(path.name + ".pdfa")
            if _convert(gs, definition, icc, path, dst):
                dst.replace(path)
                return True
            dst.unlink(missing_ok=True)
            return False

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            results = list(pool.map(one, paths))
    return all(results)
