"""Build resources/data/strokes.txt from Unicode's Unihan database (field kTotalStrokes).

The table lists every ideograph that Unihan gives a total stroke count, one line per count:
``N<TAB>`` followed by all characters with N strokes, in code point order. Where
kTotalStrokes has two values, the first (the zh-Hans / PRC form) is used.

The source may be the official ``Unihan.zip`` or a folder of ``Unihan_*.txt`` files, plain or
``.bz2`` (Debian's ``unicode-data`` package ships the latter in /usr/share/unicode)::

    apt-get install -y unicode-data
    python scripts/make_stroke_table.py                      # /usr/share/unicode
    python scripts/make_stroke_table.py --unihan Unihan.zip  # or an official download
    python scripts/make_stroke_table.py --check              # does the committed table match?

Pure stdlib; the output is byte-for-byte reproducible from the same Unihan version.
"""

from __future__ import annotations

import argparse
import bz2
import io
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "resources" / "data" / "strokes.txt"
DEFAULT_SOURCES = (Path("/usr/share/unicode/Unihan.zip"), Path("/usr/share/unicode"))
FIELD = "kTotalStrokes"
# the blocks the table must cover completely (CJK Unified Ideographs and Extension A)
REQUIRED_BLOCKS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))

_VERSION_RE = re.compile(r"^#\s*Unicode version:\s*(\S+)")


def _text_sources(source: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    """Yield (name, text stream) for each Unihan_*.txt in a zip or folder."""
    if source.is_file() and zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            for name in sorted(archive.namelist()):
                if Path(name).name.startswith("Unihan") and name.endswith(".txt"):
                    with archive.open(name) as raw:
                        yield name, io.TextIOWrapper(raw, encoding="utf-8")
        return
    if source.is_dir():
        for path in sorted(source.glob("Unihan*.txt*")):
            if path.name.endswith(".txt"):
                with path.open(encoding="utf-8") as stream:
                    yield path.name, stream
            elif path.name.endswith(".txt.bz2"):
                with bz2.open(path, "rt", encoding="utf-8") as stream:
                    yield path.name, stream
        return
    raise FileNotFoundError(f"no Unihan zip or folder at {source}")


def read_total_strokes(source: Path) -> tuple[dict[int, int], str]:
    """Return ({code point: strokes}, Unicode version) read from the Unihan source."""
    strokes: dict[int, int] = {}
    versions: set[str] = set()
    files = 0
    for _name, stream in _text_sources(source):
        files += 1
        for line in stream:
            if line.startswith("#"):
                match = _VERSION_RE.match(line)
                if match:
                    versions.add(match.group(1))
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] != FIELD:
                continue
            code_point = int(parts[0].removeprefix("U+"), 16)
            # "8 9": the first value is for the zh-Hans (PRC) form, the second for zh-Hant
            strokes[code_point] = int(parts[2].split()[0])
    if not files:
        raise FileNotFoundError(f"no Unihan_*.txt files in {source}")
    if not strokes:
        raise ValueError(f"no {FIELD} entries in {source}")
    if len(versions) != 1:
        raise ValueError(f"expected one Unicode version in {source}, found {sorted(versions)}")
    return strokes, versions.pop()


def render_table(strokes: dict[int, int], version: str) -> str:
    by_count: dict[int, list[int]] = defaultdict(list)
    for code_point, count in strokes.items():
        by_count[count].append(code_point)
    lines = [
        f"# Total stroke counts of CJK ideographs, from Unicode Unihan {version}, field {FIELD}",
        "# (first value where there are two: the zh-Hans / PRC form).",
        f"# Modified (reformatted) data derived from the Unicode Character Database. Copyright (c) 1991-"
        f"{_copyright_year(version)} Unicode, Inc.",
        "# Unicode License v3: see README.md beside this file. Regenerate: python "
        "scripts/make_stroke_table.py",
        "# Format: one line per stroke count N: N<TAB>all characters with N strokes, in code point order.",
        f"# unihan-version: {version}",
        f"# characters: {len(strokes)}",
    ]
    for count in sorted(by_count):
        lines.append(f"{count}\t" + "".join(chr(cp) for cp in sorted(by_count[count])))
    return "\n".join(lines) + "\n"


def _copyright_year(version: str) -> str:
    # the year each Unicode version was published (the UCD files' own copyright line)
    years = {"13.0.0": "2020", "14.0.0": "2021", "15.0.0": "2022", "15.1.0": "2023", "16.0.0": "2024"}
    return years.get(version, "2025")


def check_coverage(strokes: dict[int, int]) -> None:
    """Every assigned ideograph in the required blocks must have a count."""
    import unicodedata

    missing = [
        cp
        for start, end in REQUIRED_BLOCKS
        for cp in range(start, end + 1)
        if cp not in strokes and unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH")
    ]
    if missing:
        shown = ", ".join(f"U+{cp:04X}" for cp in missing[:10])
        print(f"warning: {len(missing)} assigned ideographs without {FIELD}: {shown}", file=sys.stderr)


def find_default_source() -> Path:
    for candidate in DEFAULT_SOURCES:
        if candidate.is_file() or (candidate.is_dir() and any(candidate.glob("Unihan*.txt*"))):
            return candidate
    raise SystemExit(
        "Unihan not found: install Debian's unicode-data (apt-get install -y unicode-data) "
        "or pass --unihan PATH/TO/Unihan.zip"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unihan", type=Path, help="Unihan.zip or a folder of Unihan_*.txt[.bz2]")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with the existing table")
    args = parser.parse_args(argv)

    source = args.unihan or find_default_source()
    strokes, version = read_total_strokes(source)
    check_coverage(strokes)
    text = render_table(strokes, version)

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"{args.output} differs from Unihan {version} at {source}", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date (Unihan {version}, {len(strokes)} characters)")
        return 0

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(text.encode("utf-8"))
    size = args.output.stat().st_size
    print(f"wrote {args.output}: {len(strokes)} characters, {size} bytes, Unihan {version} from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
