"""CSV files in the encodings and shapes Japanese users hand us (importing.csv_reader)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from relationdesk.importing.csv_reader import _lines, parse_csv_text, read_csv
from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.problems import RowCode, Severity
from tests.unit.importing.helpers import DATA, csv_bytes


def test_excel_cp932_file_reads_with_its_physical_lines() -> None:
    """The CP932 Excel file: encoding found, ① ㈱ 髙 﨑 intact, lines counted physically."""
    table = read_csv(DATA / "excel_cp932.csv")
    assert table.info("encoding") == "cp932"
    assert table.info("delimiter") == ","
    assert table.headers[:3] == ("氏名", "フリガナ", "電話番号")
    rows = list(table)
    # line 2 holds a note over lines 2-3, line 6 is blank (",,,"): neither is a row start
    assert [r.line for r in rows] == [2, 4, 5, 7, 8, 9]
    first = rows[0]
    assert first.cells[0] == "髙橋\u3000一郎"
    assert first.cells[1] == "ﾀｶﾊｼ ｲﾁﾛｳ"
    assert first.cells[6] == "東京都千代田区千代田１－１ ①号館"
    assert first.cells[8] == "いつもの\r\nお客様"
    assert first.cells[9] == "㈱髙橋商事"
    assert rows[1].cells[0] == "山﨑 花子"


def test_utf8_with_bom(tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" starts with a BOM; it is not part of the first header."""
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_bytes([["氏名", "電話"], ["髙橋 一郎", "03-1234-5678"]]))
    table = read_csv(path)
    assert table.info("encoding") == "utf-8-sig"
    assert table.headers == ("氏名", "電話")
    assert [r.cells for r in table] == [("髙橋 一郎", "03-1234-5678")]


def test_plain_utf8_is_not_taken_for_cp932(tmp_path: Path) -> None:
    """A UTF-8 file without BOM is read as UTF-8."""
    path = tmp_path / "plain.csv"
    path.write_bytes(csv_bytes([["名前"], ["山﨑 花子"]]))
    table = read_csv(path)
    assert table.info("encoding") == "utf-8"
    assert next(iter(table)).cells == ("山﨑 花子",)


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_files(tmp_path: Path, delimiter: str) -> None:
    """Semicolon and tab files are told apart from comma files, commas in cells or not."""
    rows = [
        ["氏名", "住所", "備考"],
        ["山田 太郎", "東京都, 千代田区", "a,b,c"],
        ["佐藤", "大阪", "x"],
    ]
    path = tmp_path / "data.csv"
    path.write_bytes(csv_bytes(rows, "cp932", delimiter))
    table = read_csv(path)
    assert table.info("delimiter") == delimiter
    assert table.headers == ("氏名", "住所", "備考")
    assert [list(r.cells) for r in table] == rows[1:]


def test_excel_unicode_text_is_utf16_tab(tmp_path: Path) -> None:
    """Excel's 「Unicode テキスト」: UTF-16 with BOM, tab separated."""
    path = tmp_path / "unicode.txt"
    text = "氏名\t電話\r\n髙橋 一郎\t090-1234-5678\r\n"
    path.write_bytes(text.encode("utf-16"))
    table = read_csv(path)
    assert table.info("delimiter") == "\t"
    assert [r.cells for r in table] == [("髙橋 一郎", "090-1234-5678")]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_multiline_cells_push_later_rows_down(tmp_path: Path, newline: str) -> None:
    """A quoted cell over 3 lines makes the next row start 3 lines later, whatever the EOL."""
    text = newline.join(["氏名,備考", 'A,"one', "two", 'three"', "B,x", '"C","p', 'q"', "D,y", ""])
    path = tmp_path / "multi.csv"
    path.write_bytes(text.encode("utf-8"))
    rows = list(read_csv(path))
    assert [(r.line, r.cells[0]) for r in rows] == [(2, "A"), (5, "B"), (6, "C"), (8, "D")]
    assert rows[0].cells[1] == f"one{newline}two{newline}three"


def test_blank_lines_before_the_header(tmp_path: Path) -> None:
    """The header is the first non-blank row; lines still count from the top of the file."""
    path = tmp_path / "late.csv"
    path.write_bytes(b"\r\n,,\r\nname,phone\r\nA,1\r\n")
    table = read_csv(path)
    assert table.header_line == 3
    assert table.headers == ("name", "phone")
    assert [r.line for r in table] == [4]


def test_a_title_row_above_the_header_is_passed_over(tmp_path: Path) -> None:
    """「顧客名簿」 alone on line 1: the header is the first row with two or more cells."""
    path = tmp_path / "titled.csv"
    path.write_bytes("顧客名簿,,\r\n氏名,電話,\r\n山田,03-1234-5678,\r\n".encode("cp932"))
    table = read_csv(path)
    assert (table.header_line, table.headers) == (2, ("氏名", "電話", ""))
    assert [(r.line, r.cells) for r in table] == [(3, ("山田", "03-1234-5678", ""))]


def test_unclosed_quote_is_an_error_and_the_rows_after_it_are_kept(tmp_path: Path) -> None:
    """A quote never closed would swallow the rest of the file: its row is an error, and
    reading goes on from the next line."""
    path = tmp_path / "broken.csv"
    path.write_bytes(b'name,note\r\nA,ok\r\nB,"never closed\r\nC,x\r\nD,y\r\n')
    rows = list(read_csv(path))
    assert [(r.line, r.cells) for r in rows] == [
        (2, ("A", "ok")),
        (3, ()),
        (4, ("C", "x")),
        (5, ("D", "y")),
    ]
    (problem,) = rows[1].problems
    assert (problem.line, problem.code, problem.severity) == (
        3,
        RowCode.UNCLOSED_QUOTE,
        Severity.ERROR,
    )
    assert rows[0].problems == rows[2].problems == rows[3].problems == ()


def test_unclosed_quote_in_a_large_file(tmp_path: Path) -> None:
    """Past csv's cell size limit (128 KiB) the parser gives up; no row after it is lost."""
    lines = ["name,note", 'A,"never closed'] + [f"R{i},{'x' * 100}" for i in range(3000)]
    path = tmp_path / "large.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    rows = list(read_csv(path))
    assert [(p.line, p.code) for p in rows[0].problems] == [(2, RowCode.MALFORMED)]
    assert [r.line for r in rows[1:]] == list(range(3, 3003))
    assert rows[-1].cells[0] == "R2999"


def test_a_stray_quote_in_the_last_row_is_not_an_unclosed_one(tmp_path: Path) -> None:
    """5" (inches) in an unquoted cell is text, even before trailing blank lines."""
    path = tmp_path / "inch.csv"
    path.write_bytes(b'name,size\r\nA,5"\r\n\r\n')
    assert [(r.cells, r.problems) for r in read_csv(path)] == [(("A", '5"'), ())]


def test_a_closed_multiline_cell_at_the_end_is_not_unclosed(tmp_path: Path) -> None:
    """The last row may legitimately span lines."""
    path = tmp_path / "end.csv"
    path.write_bytes(b'name,note\r\nA,"two\r\nlines"\r\n')
    (row,) = list(read_csv(path))
    assert row.problems == ()
    assert row.cells == ("A", "two\r\nlines")


def test_extra_cells_warn_and_short_rows_pad(tmp_path: Path) -> None:
    """Cells past the header are cut with a warning; empty ones silently; short rows are fine."""
    path = tmp_path / "ragged.csv"
    path.write_bytes(b"a,b\r\n1,2,3\r\n4,5,,\r\n6\r\n")
    rows = list(read_csv(path))
    assert [r.cells for r in rows] == [("1", "2"), ("4", "5"), ("6",)]
    assert [p.code for p in rows[0].problems] == [RowCode.EXTRA_CELLS]
    assert dict(rows[0].problems[0].params) == {"cells": "3", "columns": "2"}
    assert rows[1].problems == () and rows[2].problems == ()
    assert rows[2].cell(1) == ""


def test_excel_text_formula_keeps_leading_zeros(tmp_path: Path) -> None:
    """="090..." (how Excel users keep a leading 0) reads as the text inside."""
    path = tmp_path / "formula.csv"
    path.write_bytes(b'tel,zip\r\n="09012345678","=""0600001"""\r\n')
    assert [r.cells for r in read_csv(path)] == [("09012345678", "0600001")]


def test_nul_bytes_do_not_stop_the_reader() -> None:
    """csv refuses NUL characters; they are dropped."""
    table = parse_csv_text("a,b\r\n1,\x002\r\n")
    assert [r.cells for r in table] == [("1", "2")]


def test_encoding_can_be_forced(tmp_path: Path) -> None:
    """An explicit encoding overrides detection."""
    path = tmp_path / "forced.csv"
    path.write_bytes("名前\r\nﾃｽ\r\n".encode("cp932"))
    assert read_csv(path, encoding="cp932").headers == ("名前",)


def test_rows_can_be_read_twice() -> None:
    """A preview and then the import both iterate the same table."""
    table = read_csv(DATA / "excel_cp932.csv")
    assert [r.line for r in table] == [r.line for r in table]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", FileCode.EMPTY),
        (codecs.BOM_UTF8 + b"\r\n\r\n", FileCode.EMPTY),
        (b",,,\r\n,,\r\n", FileCode.EMPTY),
        ("名前\r\n".encode() + b"ok\r\n\x85\x40\r\n", FileCode.UNDECODABLE),
    ],
)
def test_file_errors(tmp_path: Path, content: bytes, code: str) -> None:
    """Empty and undecodable files raise ImportFileError with a code, not prose."""
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_csv(path)
    assert caught.value.code == code
    assert caught.value.param("path") == str(path)


def test_undecodable_names_the_first_bad_line(tmp_path: Path) -> None:
    """The error says where the bad bytes are (line 3 here)."""
    path = tmp_path / "bad.csv"
    path.write_bytes("名前\r\n髙橋\r\n".encode("cp932") + b"\x85\x40\r\n")
    with pytest.raises(ImportFileError) as caught:
        read_csv(path)
    assert caught.value.code == FileCode.UNDECODABLE
    assert caught.value.param("line") == "3"


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    """A file that cannot be opened raises file_unreadable with the OS error's name."""
    with pytest.raises(ImportFileError) as caught:
        read_csv(tmp_path / "nope.csv")
    assert caught.value.code == FileCode.UNREADABLE
    assert caught.value.param("reason") == "FileNotFoundError"


_CELL_CHARS = "aZ09 .-,;\t\"'\r\n①㈱髙﨑ｱｲｳﾞ山田あ\u3000ー"
_cells = st.text(alphabet=_CELL_CHARS, max_size=8)
_rows = st.lists(st.lists(_cells, min_size=3, max_size=3), max_size=8)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=_rows,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\r\n", "\n"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_round_trip_through_each_encoding(
    tmp_path: Path,
    rows: list[list[str]],
    encoding: str,
    delimiter: str,
    newline: str,
    quoting: int,
) -> None:
    """Any cells written as CSV in any encoding read back the same, each at its own line."""
    # csv.writer leaves a CR unquoted when the line ends are LF only: a broken file.
    unquoted_cr = quoting == csv.QUOTE_MINIMAL and newline == "\n"
    assume(not (unquoted_cr and any("\r" in cell for row in rows for cell in row)))
    header = ["氏名", "電話", "備考"]
    path = tmp_path / "round.csv"
    path.write_bytes(csv_bytes([header, *rows], encoding, delimiter, newline, quoting))
    table = read_csv(path)
    assert table.headers == tuple(header)
    assert table.info("delimiter") == delimiter
    expected = []
    line = 2
    for row in rows:
        chunk = csv_bytes([row], "utf-8", delimiter, newline, quoting).decode()
        if any(c.strip() for c in row):
            expected.append((line, tuple(row)))
        line += len(io.StringIO(chunk, newline="").readlines())
    assert [(r.line, r.cells) for r in table] == expected


@given(st.text(alphabet='ab,"\r\n\u2028\x0c\x1c 　', max_size=40))
def test_the_header_reads_physical_lines_as_stringio_does(text: str) -> None:
    """The delimiter and header are found from lines split without copying the text: the
    same lines io.StringIO(text, newline="") gives (\\r\\n, \\r and \\n end a line; \\u2028
    and form feeds do not)."""
    assert list(_lines(text)) == list(io.StringIO(text, newline=""))
