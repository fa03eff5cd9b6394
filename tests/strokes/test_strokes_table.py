"""The committed table and the script that makes it from Unihan."""

from __future__ import annotations

import bz2
import importlib.util
import unicodedata
import zipfile
from pathlib import Path

import pytest

from congress_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
TABLE = resources_dir() / "data" / "strokes.txt"
DEBIAN_UNIHAN = Path("/usr/share/unicode/Unihan_IRGSources.txt.bz2")


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "make_stroke_table", ROOT / "scripts" / "make_stroke_table.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make = _load_script()


def _rows() -> list[tuple[int, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            number, chars = line.split("\t")
            rows.append((int(number), chars))
    return rows


def test_table_is_small_and_names_its_source() -> None:
    assert TABLE.stat().st_size < 500_000
    head = TABLE.read_text(encoding="utf-8").splitlines()[:8]
    assert "# unihan-version: 15.0.0" in head
    assert any("kTotalStrokes" in line for line in head)
    assert any("Unicode License v3" in line for line in head)
    readme = (TABLE.parent / "README.md").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in readme and "15.0.0" in readme


def test_table_lists_each_character_once_in_ascending_counts() -> None:
    rows = _rows()
    counts = [n for n, _ in rows]
    assert counts == sorted(set(counts))
    chars = "".join(c for _, c in rows)
    assert len(chars) == len(set(chars)) == 98_060
    for _, line in rows:
        assert list(line) == sorted(line)  # code point order within a line


def test_table_covers_unified_ideographs_and_extension_a() -> None:
    present = set("".join(c for _, c in _rows()))
    for start, end in make.REQUIRED_BLOCKS:
        for cp in range(start, end + 1):
            if unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH"):
                assert chr(cp) in present, f"U+{cp:04X}"


UNIHAN_SAMPLE = """\
#
# Unihan_IRGSources.txt
# Unicode version: 15.0.0
#
#\tkTotalStrokes
U+4E00\tkRSUnicode\t1.0
U+4E00\tkTotalStrokes\t1
U+738B\tkTotalStrokes\t4
U+8303\tkTotalStrokes\t8 9
U+20000\tkTotalStrokes\t2
"""


def _expect_sample(strokes: dict[int, int], version: str) -> None:
    assert version == "15.0.0"
    assert strokes == {0x4E00: 1, 0x738B: 4, 0x8303: 8, 0x20000: 2}


def test_script_reads_an_official_zip(tmp_path: Path) -> None:
    archive = tmp_path / "Unihan.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("Unihan_IRGSources.txt", UNIHAN_SAMPLE)
        out.writestr("Unihan_Readings.txt", "# Unicode version: 15.0.0\nU+4E00\tkMandarin\tyī\n")
    _expect_sample(*make.read_total_strokes(archive))


@pytest.mark.parametrize("compressed", [False, True])
def test_script_reads_a_debian_folder(tmp_path: Path, compressed: bool) -> None:
    if compressed:
        (tmp_path / "Unihan_IRGSources.txt.bz2").write_bytes(bz2.compress(UNIHAN_SAMPLE.encode()))
    else:
        (tmp_path / "Unihan_IRGSources.txt").write_text(UNIHAN_SAMPLE, encoding="utf-8")
    _expect_sample(*make.read_total_strokes(tmp_path))


def test_script_rejects_mixed_versions(tmp_path: Path) -> None:
    (tmp_path / "Unihan_IRGSources.txt").write_text(UNIHAN_SAMPLE, encoding="utf-8")
    (tmp_path / "Unihan_Other.txt").write_text("# Unicode version: 14.0.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="one Unicode version"):
        make.read_total_strokes(tmp_path)


def test_script_writes_and_checks_the_table(tmp_path: Path) -> None:
    (tmp_path / "Unihan_IRGSources.txt").write_text(UNIHAN_SAMPLE, encoding="utf-8")
    output = tmp_path / "out" / "strokes.txt"
    assert make.main(["--unihan", str(tmp_path), "--output", str(output)]) == 0
    rows = [line for line in output.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == ["1\t一", "2\t\U00020000", "4\t王", "8\t范"]
    assert make.main(["--unihan", str(tmp_path), "--output", str(output), "--check"]) == 0
    output.write_text("stale\n", encoding="utf-8")
    assert make.main(["--unihan", str(tmp_path), "--output", str(output), "--check"]) == 1


@pytest.mark.skipif(not DEBIAN_UNIHAN.exists(), reason="Debian's unicode-data is not installed")
def test_committed_table_matches_installed_unihan() -> None:
    strokes, version = make.read_total_strokes(DEBIAN_UNIHAN.parent)
    if version != "15.0.0":
        pytest.skip(f"installed Unihan is {version}, the table is 15.0.0")
    assert make.render_table(strokes, version) == TABLE.read_text(encoding="utf-8")
