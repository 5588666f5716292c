"""Archives inside archives and RAR archives (parse/zip_members.py, parse/rar_archive.py): a county's zip of its
townships' zips, a zip in a RAR and a RAR in a zip give each report as a member `<outer>!/<inner>`, read back by
that path; the depth limit; the bounds counted over every level; RAR names in GBK; a RAR that cannot be read or
no RAR reader installed, each refused with what to do. The RAR archives are written by tests/parse/rar_writer.py
(RAR 4, stored members: no free RAR writer exists) and read by libarchive, which did not write them."""

from __future__ import annotations

import builtins

import pytest
from nianbao.parse import limits
from nianbao.parse.formats import sniff_format
from nianbao.parse.unpack import UnpackLimit
from nianbao.parse.zip_members import ZipUnreadable, document_members, read_member, refusal

from tests.parse.rar_writer import rar4
from tests.parse.test_zip_members import PDF, docx_bytes, listed, make_zip

TOWNS = make_zip([("甲镇2022年政府信息公开工作年度报告.pdf", PDF), ("乙乡2022年报告.docx", docx_bytes())])
COUNTY = make_zip([("各部门年报/01.财政局年报.pdf", PDF), ("各部门年报/乡镇.zip", TOWNS)])


def test_a_zip_inside_a_zip_gives_its_members_with_one_separator_per_level() -> None:
    assert listed(COUNTY) == [
        ("各部门年报/01.财政局年报.pdf", "pdf", None),
        ("各部门年报/乡镇.zip!/甲镇2022年政府信息公开工作年度报告.pdf", "pdf", None),
        ("各部门年报/乡镇.zip!/乙乡2022年报告.docx", "docx", None),
    ]
    for member in document_members(COUNTY):      # read back by the path it was given, as the store's reader does
        assert read_member(COUNTY, member.path) == member
    with pytest.raises(KeyError):
        read_member(COUNTY, "各部门年报/乡镇.zip!/丙镇.pdf")


def test_archives_deeper_than_the_limit_are_left(monkeypatch) -> None:
    deepest = make_zip([("村.pdf", PDF)])
    three_levels = make_zip([("市.pdf", PDF), ("县.zip", make_zip([("县.pdf", PDF), ("乡.zip", deepest)]))])
    assert listed(three_levels) == [("市.pdf", "pdf", None), ("县.zip!/县.pdf", "pdf", None),
                                    ("县.zip!/乡.zip", "zip", "nested_archive")]
    assert "2 levels deep" in read_member(three_levels, "县.zip!/乡.zip").detail
    with pytest.raises(KeyError):
        read_member(three_levels, "县.zip!/乡.zip!/村.pdf")
    monkeypatch.setattr(limits, "MAX_ARCHIVE_DEPTH", 1)             # one level: the zip inside is not opened
    assert listed(COUNTY)[1] == ("各部门年报/乡镇.zip", "zip", "nested_archive")


def test_the_bounds_count_every_level_together(monkeypatch) -> None:
    """Three inner zips each within the bounds alone, but not together: the ones past what the bounds leave are
    left, the members before them read; a flat zip of the same members is refused whole, as before."""
    inner = make_zip([("a.pdf", PDF + bytes(3 * 1024 * 1024))])
    outer = make_zip([("1.zip", inner), ("2.zip", inner), ("3.zip", inner)])
    assert len(outer) < 40_000
    assert [m.skipped for m in document_members(outer)] == [None, None, None]     # the bounds as they are
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 8 * 1024 * 1024)
    members = list(document_members(outer))
    assert [(m.path, m.skipped) for m in members] == [("1.zip!/a.pdf", None), ("2.zip!/a.pdf", None),
                                                      ("3.zip", "unpack_limit")]
    assert "beyond what the bounds leave" in members[2].detail
    monkeypatch.setattr(limits, "MAX_ARCHIVE_MEMBERS", 4)                        # 3 outer + 1 inner
    assert [m.skipped for m in document_members(outer)] == [None, "unpack_limit", "unpack_limit"]


def test_a_rar_archive_gives_its_members_with_names_decoded() -> None:
    data = rar4([("年报/", None), ("年报/01.财政局2022年政府信息公开工作年度报告.pdf", PDF),
                 ("年报/旧".encode("gbk") + b".pdf", PDF + b"old"), ("年报/汇总.xlsx", make_zip([("xl/workbook.xml",
                                                                                               b"<w/>")]))])
    assert sniff_format(data, None, "http://a.gov.cn/nb") == "rar"
    assert listed(data) == [("年报/", None, "directory"), ("年报/01.财政局2022年政府信息公开工作年度报告.pdf", "pdf", None),
                            ("年报/旧.pdf", "pdf", None), ("年报/汇总.xlsx", "xlsx", "not_document")]
    assert read_member(data, "年报/旧.pdf").data == PDF + b"old"


def test_a_zip_in_a_rar_and_a_rar_in_a_zip_are_opened() -> None:
    in_rar = rar4([("县.pdf", PDF), ("乡镇.zip", TOWNS)])
    in_zip = make_zip([("县.pdf", PDF), ("乡镇.rar", rar4([("甲镇.pdf", PDF)]))])
    assert [m.path for m in document_members(in_rar)] == ["县.pdf", "乡镇.zip!/甲镇2022年政府信息公开工作年度报告.pdf",
                                                          "乡镇.zip!/乙乡2022年报告.docx"]
    assert listed(in_zip) == [("县.pdf", "pdf", None), ("乡镇.rar!/甲镇.pdf", "pdf", None)]
    assert read_member(in_rar, "乡镇.zip!/乙乡2022年报告.docx").format == "docx"
    assert read_member(in_zip, "乡镇.rar!/甲镇.pdf").data == PDF


def test_a_rar_beyond_the_bounds_is_refused_before_any_member(monkeypatch) -> None:
    data = rar4([("a.pdf", PDF + bytes(2 * 1024 * 1024)), ("b.pdf", PDF + bytes(2 * 1024 * 1024))])
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 3 * 1024 * 1024)
    with pytest.raises(UnpackLimit, match="unpacks to more than"):
        document_members(data)
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 5 * 1024 * 1024)             # within: read
    assert [m.skipped for m in document_members(data)] == [None, None]
    monkeypatch.setattr(limits, "MAX_ARCHIVE_MEMBERS", 1)
    with pytest.raises(UnpackLimit, match="more than 1 files"):
        document_members(data)


def test_a_rar_cut_short_is_unreadable_and_says_what_to_do() -> None:
    data = rar4([("a.pdf", PDF * 30), ("b.pdf", PDF)])
    for cut in (20, len(data) // 2):
        with pytest.raises(ZipUnreadable, match="fetch it again|cannot be read") as caught:
            document_members(data[:cut])
        assert refusal(caught.value, "rar")[1].startswith("RAR not expanded: ")


def test_without_a_rar_reader_the_refusal_says_what_to_install(monkeypatch) -> None:
    real_import = builtins.__import__

    def no_libarchive(name, *args, **kwargs):
        if name.startswith("libarchive"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_libarchive)
    with pytest.raises(ZipUnreadable, match=r"apt-get install libarchive13.*libarchive-c"):
        document_members(rar4([("a.pdf", PDF)]))
    assert listed(make_zip([("a.pdf", PDF)])) == [("a.pdf", "pdf", None)]       # zips need no RAR reader
    inner = listed(make_zip([("a.rar", rar4([("a.pdf", PDF)]))]))
    assert inner[0][:3] == ("a.rar", "rar", "broken")
