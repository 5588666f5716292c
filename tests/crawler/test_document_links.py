"""Links inside documents (crawler/discovery/document_links.py): a DOCX's hyperlinks (relationships and fields)
and an XLSX's cell links, labelled by their text; bounded; broken packages unread, not raised."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from nianbao.crawler import limits
from nianbao.crawler.discovery.document_links import (
    ATTACHMENT_TAG,
    OFFICE_XML_TAG,
    OUTLINE_TAG,
    WIDGET_TAG,
    WORD_PART_TAG,
    document_links,
)
from nianbao.crawler.discovery.pdf_attachments import declares_attachments
from nianbao.crawler.sandbox.family_docxindex import index_docx
from nianbao.crawler.sandbox.family_pdfattach import attached_pdf
from nianbao.parse.data_answer import data_answer
from nianbao.parse.formats import sniff_format

URL = "http://www.x.gov.cn/xxgk/nb/P020240115123456.docx"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_LINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _zip(parts: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _docx(body: str, rels: str = "") -> bytes:
    parts = {"word/document.xml": f'<w:document {_W} {_R}><w:body>{body}</w:body></w:document>'}
    if rels:
        parts["word/_rels/document.xml.rels"] = f'<Relationships xmlns="{_RELS}">{rels}</Relationships>'
    return _zip(parts)


def test_a_word_tables_hyperlinks_are_links_labelled_by_their_text():
    class Unit:
        name = "X县教育局"

    class Rep:
        year, unit = 2016, Unit

    class Art:
        def __init__(self, url, title):
            self.url, self.title, self.report = url, title, Rep

    body = index_docx("目录", [Art("http://www.x.gov.cn/xxgk/nb/201703/t20170301_1.html", "X县教育局2016年政府信息公开工作年度报告"),
                              Art("https://x.gov.cn/old/2012.html", "X县2012年政府信息公开工作年度报告")])
    found = document_links(body, URL, "docx")
    assert found.unread is None
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/xxgk/nb/201703/t20170301_1.html", "X县教育局2016年政府信息公开工作年度报告", "document"),
        ("https://x.gov.cn/old/2012.html", "X县2012年政府信息公开工作年度报告", "document")]


def test_field_hyperlinks_relative_targets_and_address_texts():
    body = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2015</w:t></w:r></w:p></w:tc><w:tc><w:p>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
            '"http://www.x.gov.cn/a/2015.html" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>X县2015年政府信息公开</w:t></w:r><w:r><w:t>工作年度报告</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc></w:tr></w:tbl>'
            '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;../b/2014.html&quot; "><w:r><w:t>2014年报告</w:t></w:r>'
            '</w:fldSimple></w:p>'
            '<w:p><w:r><w:t>见：</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>http://www.x.gov.cn/c.html</w:t>'
            '</w:r></w:hyperlink></w:p>'
            '<w:p><w:hyperlink w:anchor="top"><w:r><w:t>返回</w:t></w:r></w:hyperlink>'
            '<w:fldSimple w:instr=" HYPERLINK \\l &quot;b1&quot; "><w:r><w:t>书签</w:t></w:r></w:fldSimple></w:p>')
    rels = (f'<Relationship Id="rId9" Type="{_LINK}" Target="http://www.x.gov.cn/c.html" TargetMode="External"/>'
            f'<Relationship Id="rId8" Type="{_LINK}" Target="mailto:a@x.gov.cn" TargetMode="External"/>')
    found = document_links(_docx(body, rels), URL, "docx")
    assert [(link.url, link.label) for link in found.links] == [
        ("http://www.x.gov.cn/a/2015.html", "X县2015年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/xxgk/b/2014.html", "2014年报告"),
        ("http://www.x.gov.cn/c.html", "见：http://www.x.gov.cn/c.html")]   # an address as text: its paragraph


def _linked_workbook() -> bytes:
    """An XLSX of three links: a cell hyperlink, a HYPERLINK formula, a relative hyperlink with a display text."""
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' + _R + '><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>HYPERLINK("http://www.x.gov.cn/f.html",'
             '"乙")</f><v>乙局2019年报</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>丙</t></is></c></row>'
             '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="A2" r:id="rId2" '
             'display="丙局2020年报"/></hyperlinks></worksheet>')
    body = _zip({"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": sheet,
                 "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                         "<si><t>甲局2018年报</t></si></sst>",
                 "xl/worksheets/_rels/sheet1.xml.rels": f'<Relationships xmlns="{_RELS}">'
                 f'<Relationship Id="rId1" Type="{_LINK}" Target="http://www.x.gov.cn/a.html" TargetMode="External"/>'
                 f'<Relationship Id="rId2" Type="{_LINK}" Target="/b.html" TargetMode="External"/></Relationships>'})
    return body


def test_a_workbooks_cell_links_and_hyperlink_formulas():
    found = document_links(_linked_workbook(), "http://www.x.gov.cn/u/t.xlsx", "xlsx")
    assert sorted((link.url, link.label) for link in found.links) == [
        ("http://www.x.gov.cn/a.html", "甲局2018年报"), ("http://www.x.gov.cn/b.html", "丙局2020年报"),
        ("http://www.x.gov.cn/f.html", "乙局2019年报")]


def _pdf_bytes(objs: list[str]) -> bytes:
    """A PDF 1.4 file of `objs` (object 1 the catalog), numbered in order, with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _link_pdf(links):
    """A one-page PDF: each (uri, text) drawn as a line of Helvetica text under a URI link annotation."""
    content = "BT /F1 12 Tf " + " ".join(f"1 0 0 1 72 {700 - 30 * i} Tm ({t}) Tj" for i, (_, t) in enumerate(links)) + " ET"
    annots = " ".join(f"{6 + i} 0 R" for i in range(len(links)))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [{annots}] >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, (uri, _) in enumerate(links):
        y = 700 - 30 * i
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [70 {y - 3} 300 {y + 12}] /Border [0 0 0] /A << /S /URI /URI ({uri}) >> >>")
    return _pdf_bytes(objs)


def test_an_index_named_pdfs_link_annotations_are_links_labelled_by_the_text_under_them():
    body = _link_pdf([("http://www.x.gov.cn/a/2015.html", "Report 2015"), ("/b/2014.html", "Report 2014"),
                      ("mailto:x@x.gov.cn", "Mail")])
    expected = [("http://www.x.gov.cn/a/2015.html", "Report 2015"), ("http://www.x.gov.cn/b/2014.html", "Report 2014")]
    found = document_links(body, "http://www.x.gov.cn/u/mulu.pdf", "pdf")
    assert [(link.url, link.label) for link in found.links] == expected
    by_text = document_links(body, "http://www.x.gov.cn/u/P0201.pdf", "pdf", "历年年度报告目录")
    assert [(link.url, link.label) for link in by_text.links] == expected
    # a PDF not named as an index (a report) is not opened; a broken one is unread
    assert document_links(body, "http://www.x.gov.cn/u/P0201.pdf", "pdf", "X县2023年年度报告").links == []
    assert document_links(b"%PDF-1.4 cut", "http://www.x.gov.cn/u/mulu.pdf", "pdf").unread == "bad_pdf"


def test_a_pdfs_link_annotations_are_read_past_the_pages_whose_text_is_read(monkeypatch):
    body = _link_pdf([("http://www.x.gov.cn/a/2015.html", "Report 2015"), ("http://www.x.gov.cn/b/2014.html", "")])
    url = "http://www.x.gov.cn/u/mulu.pdf"
    monkeypatch.setattr(limits, "MAX_LINKED_PDF_PAGES", 0)   # no page's text read whole: the links still are, labelled
    found = document_links(body, url, "pdf")
    assert [(link.url, link.label) for link in found.links] == [("http://www.x.gov.cn/a/2015.html", "Report 2015"),
                                                                ("http://www.x.gov.cn/b/2014.html", "")]
    monkeypatch.setattr(limits, "MAX_LINKED_PDF_ANNOTATION_PAGES", 0)   # past the annotation bound: none
    assert document_links(body, url, "pdf").links == []


def test_the_files_a_pdf_embeds_are_read_for_links_one_level_deep_and_bounded(monkeypatch):
    url = "http://www.x.gov.cn/attach/0/ab12.pdf"
    body = attached_pdf("关于各单位年度报告的说明", ["目录见附件"], _linked_workbook())
    assert declares_attachments(body)
    found = document_links(body, url, "pdf", "关于各单位年度报告的说明.pdf")   # not named an index: its files are read
    assert sorted((link.url, link.tag) for link in found.links) == [
        ("http://www.x.gov.cn/a.html", ATTACHMENT_TAG), ("http://www.x.gov.cn/b.html", ATTACHMENT_TAG),
        ("http://www.x.gov.cn/f.html", ATTACHMENT_TAG)]
    assert (found.attachments_read, found.attachments_skipped) == (1, 0)
    # negatives: a PDF that embeds nothing and is not named an index is not read; an embedded PDF's own files are
    # not read (one level); an embedded file no reader reads is skipped and counted; over the count bound, skipped
    plain = _link_pdf([("http://www.x.gov.cn/a/2015.html", "Report 2015")])
    assert not declares_attachments(plain)
    assert document_links(plain, url, "pdf", "说明.pdf").links == []
    assert document_links(body, url, "pdf", "说明.pdf", attachments=False).links == []
    nested = attached_pdf("说明", ["见附件"], body)   # a PDF under an index's name (…目录.xlsx) inside a PDF
    inner = document_links(nested, url, "pdf", "说明.pdf")   # read for its pages (no link), not for its workbook
    assert inner.links == [] and (inner.attachments_read, inner.attachments_skipped) == (1, 0)
    text = attached_pdf("说明", ["见附件"], b"http://www.x.gov.cn/a.html\n")
    assert document_links(text, url, "pdf", "说明.pdf").attachments_skipped == 1
    monkeypatch.setattr(limits, "MAX_PDF_ATTACHMENTS", 0)
    capped = document_links(body, url, "pdf", "说明.pdf")
    assert capped.links == [] and (capped.attachments_read, capped.attachments_skipped) == (0, 1)


def _outline_pdf(items: list[tuple[str, str]]) -> bytes:
    """A one-page PDF with no link on its page whose outline is a 目录 item with a child per (title, action)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream", "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>",
            f"<< /Title (Mulu) /Parent 5 0 R /Dest [3 0 R /Fit] /First 7 0 R /Last {6 + len(items)} 0 R "
            f"/Count {len(items)} >>"]
    for i, (title, action) in enumerate(items):
        kin = (f" /Prev {6 + i} 0 R" if i else "") + (f" /Next {8 + i} 0 R" if i + 1 < len(items) else "")
        objs.append(f"<< /Title <FEFF{title.encode('utf-16-be').hex()}> /Parent 6 0 R{kin} {action} >>")
    return _pdf_bytes(objs)


def test_an_index_named_pdfs_bookmarks_with_uri_actions_are_links_labelled_by_their_titles():
    body = _outline_pdf([("X县2016年报告", "/A << /S /URI /URI (http://www.x.gov.cn/nb/2016.html) >>"),
                         ("X县教育局2015年报告", "/A << /S /URI /URI (/nb/jyj/2015.html) >>"),
                         ("第二页", "/Dest [3 0 R /Fit]"),                          # in the document: no link
                         ("目录", "/A << /S /GoTo /D [3 0 R /Fit] >>"),
                         ("信箱", "/A << /S /URI /URI (mailto:gk@x.gov.cn) >>")])   # not http(s)
    found = document_links(body, "http://www.x.gov.cn/nb/P020240115.pdf", "pdf", "X县历年年度报告汇编.pdf")
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/nb/2016.html", "X县2016年报告", OUTLINE_TAG),
        ("http://www.x.gov.cn/nb/jyj/2015.html", "X县教育局2015年报告", OUTLINE_TAG)]
    # the same file reached as a report (not named an index) is not opened
    assert document_links(body, "http://www.x.gov.cn/nb/P020240115.pdf", "pdf", "X县2023年年度报告").links == []


def test_a_pdfs_outline_is_read_only_so_far():
    body = _outline_pdf([(f"{n}", f"/A << /S /URI /URI (/nb/{n}.html) >>") for n in range(12)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limits, "MAX_PDF_OUTLINE_ITEMS", 5)   # the 目录 item and four of its children
        found = document_links(body, "http://www.x.gov.cn/nb/mulu.pdf", "pdf")
    assert [link.url for link in found.links] == [f"http://www.x.gov.cn/nb/{n}.html" for n in range(4)]


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')


def _odt(body: str, kind: str = "text") -> bytes:
    """A minimal OpenDocument package: `mimetype` first and stored, then content.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)),
                   f"application/vnd.oasis.opendocument.{kind}", zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("content.xml", (2024, 1, 1, 0, 0, 0)),
                   f'<office:document-content {_ODF_NS}><office:body><office:{kind}>{body}'
                   f'</office:{kind}></office:body></office:document-content>', zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_an_opendocument_texts_and_sheets_links_are_links_labelled_by_their_text():
    row = ('<table:table-row><table:table-cell><text:p>2016</text:p></table:table-cell><table:table-cell><text:p>'
           '<text:a xlink:type="simple" xlink:href="{href}">{text}</text:a></text:p></table:table-cell></table:table-row>')
    body = ('<text:p>见<text:a xlink:href="/nb/2019.html"><text:span>X县2019年</text:span>政府信息公开工作'
            '<text:s/>年度报告</text:a></text:p><table:table>'
            + row.format(href="http://www.x.gov.cn/art/2016/3/1/art_1_2.html", text="http://www.x.gov.cn/art/…")
            + row.format(href="mailto:a@x.gov.cn", text="信箱")
            + row.format(href="/nb/2019.html", text="重复") + "</table:table>")
    url = "http://www.x.gov.cn/module/download/nbml.odt"
    found = document_links(_odt(body), url, "odt")
    assert found.unread is None
    # the element's text (spans and spaces read whole), else its table row's; mail and repeats dropped
    assert [(link.url, link.label) for link in found.links] == [
        ("http://www.x.gov.cn/nb/2019.html", "X县2019年政府信息公开工作 年度报告"),
        ("http://www.x.gov.cn/art/2016/3/1/art_1_2.html", "2016 http://www.x.gov.cn/art/…")]
    sheet = document_links(_odt('<table:table>' + row.format(href="/a.html", text="X县2020年报") + '</table:table>',
                                "spreadsheet"), url.replace(".odt", ".ods"), "ods")
    assert [(link.url, link.label) for link in sheet.links] == [("http://www.x.gov.cn/a.html", "X县2020年报")]


def test_an_opendocument_without_links_or_content_gives_nothing():
    url = "http://www.x.gov.cn/module/download/nbml.odt"
    assert document_links(_odt("<text:p>无链接</text:p>"), url, "odt").links == []
    assert document_links(_zip({"a.txt": "x"}), url, "odt").links == []   # a zip with no content.xml
    assert document_links(_odt('<text:p><text:a xlink:href="/a">'), url, "odt").unread == "bad_xml"
    assert document_links(b"PK\x03\x04 cut short", url, "odt").unread == "bad_zip"


def test_broken_large_and_unlinked_documents_give_nothing():
    assert document_links(b"PK\x03\x04 cut short", URL, "docx").unread == "bad_zip"
    assert document_links(_docx("<w:p><w:r><w:t>无链接</w:t></w:r></w:p>"), URL, "docx").links == []
    assert document_links(_docx("<w:p>", f'<Relationship Id="r" Type="{_LINK}" Target="/a"/>'), URL,
                          "docx").unread == "bad_xml"
    assert document_links(b"PK" + b"\0" * (limits.MAX_LINKED_DOCUMENT_BYTES + 1), URL, "docx").unread == "too_large"


def test_a_part_declared_larger_than_the_bound_is_not_inflated():
    big = _zip({"word/document.xml": b"<w:document/>" + b" " * (limits.MAX_DOCUMENT_PART_BYTES + 1),
                "word/_rels/document.xml.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="r" '
                                                f'Type="{_LINK}" Target="/a"/></Relationships>'})
    assert document_links(big, URL, "docx").unread == "part_too_large"


def test_links_per_document_are_bounded():
    n = limits.MAX_DOCUMENT_LINKS + 5
    body = "".join(f'<w:p><w:hyperlink r:id="r{i}"><w:r><w:t>t{i}</w:t></w:r></w:hyperlink></w:p>' for i in range(n))
    rels = "".join(f'<Relationship Id="r{i}" Type="{_LINK}" Target="/p{i}.html"/>' for i in range(n))
    found = document_links(_docx(body, rels), URL, "docx")
    assert len(found.links) == limits.MAX_DOCUMENT_LINKS and found.truncated


@pytest.mark.parametrize("workers", [0, 1])   # read in the crawl process, or in a worker process
def test_the_spider_follows_a_documents_in_site_links_and_keeps_its_item_whatever_the_document(tmp_path, workers):
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path, NIANBAO_PAGE_WORKERS=workers)
    assert (spider.document_workers is None) == (workers == 0)
    rels = (f'<Relationship Id="a" Type="{_LINK}" Target="http://www.x.gov.cn/xxgk/nb/t1.html"/>'
            f'<Relationship Id="b" Type="{_LINK}" Target="http://www.y.gov.cn/t2.html"/>')
    body = _docx('<w:p><w:hyperlink r:id="a"><w:r><w:t>X县2016年政府信息公开工作年度报告</w:t></w:r></w:hyperlink>'
                 '<w:hyperlink r:id="b"><w:r><w:t>Y县2016年政府信息公开工作年度报告</w:t></w:r></w:hyperlink></w:p>', rels)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "X县历年政府信息公开工作年度报告目录"})
    out, broken = drain(spider, spider.parse_file(Response(URL, body=body, request=request), "docx"),
                        spider.parse_file(Response(URL, body=b"PK\x03\x04broken", request=request), "docx"))
    followed = [(r.url, r.meta["nianbao_role"], r.meta["nianbao_column"]) for r in out if isinstance(r, Request)]
    assert followed == [("http://www.x.gov.cn/xxgk/nb/t1.html", "article", "c")]
    assert len(out) == 2 and out[1].kind == "not_report"   # the 目录 itself: an item as before
    stats = spider.crawler.stats
    assert (stats.get_value("discovery/document_links"), stats.get_value("discovery/document_links_offsite")) == (1, 1)
    assert [item.kind for item in broken] == ["not_report"]
    assert stats.get_value("discovery/document_links_unread/bad_zip") == 1
    assert stats.get_value("discovery/document_read_failed") is None


@pytest.mark.parametrize(("workers", "reader", "failure"), [
    (0, "read_no_document", "ValueError"),            # the reader raised, in the crawl process
    (1, "read_no_document", "JobFailed"),             # …in a worker process
    (1, "crash_reading_document", "WorkerCrashed")])  # the worker died reading it (a C extension's crash)
def test_a_document_whose_reading_fails_is_counted_and_keeps_its_item(tmp_path, monkeypatch, workers, reader, failure):
    from nianbao.crawler.spiders.portal import PortalSpider
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    monkeypatch.setattr(PortalSpider, "document_reader", f"tests.crawler.worker_jobs:{reader}")
    # (the any-bytes fallback off: with it, every file is sent to the reader; test_raw_links.py)
    spider = offline_spider(tmp_path, NIANBAO_PAGE_WORKERS=workers, NIANBAO_RAW_LINKS=False)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "X县历年政府信息公开工作年度报告目录"})
    index = _docx('<w:p><w:r><w:t>目录</w:t></w:r></w:p>')
    # a file its link does not name, unread: judged by its column (none of whose titles were reports: dropped)
    unnamed = Request(URL, meta={**request.meta, "nianbao_anchor": "附件1.docx"})
    # a document with nothing to read (a PDF, no index, its link names it) is sent to no reader: nothing fails
    named = Request(URL, meta={**request.meta, "nianbao_anchor": "X县2016年政府信息公开工作年度报告"})
    out, unnamed_out, pdf = drain(
        spider, spider.parse_file(Response(URL, body=index, request=request), "docx"),
        spider.parse_file(Response(URL, body=index, request=unnamed), "docx"),
        spider.parse_file(Response(URL.replace(".docx", ".pdf"), body=b"%PDF-1.7\n", request=named), "pdf"))
    assert [item.kind for item in out] == ["not_report"]   # the 目录's item, its links unread
    assert unnamed_out == [] and [item.kind for item in pdf] == ["report"]
    stats = spider.crawler.stats
    assert stats.get_value("discovery/document_read_failed") == 2
    assert stats.get_value(f"discovery/document_read_failed/{failure}") == 2
    assert stats.get_value("discovery/unnamed_documents/dropped") == 1


# Binary Word and Excel lists: LibreOffice's conversions of a hand-written DOCX and XLSX
# (tests/crawler/fixtures/binary_lists/make_binary_lists.py says how; the files are committed).
BINARY = Path(__file__).parent / "fixtures" / "binary_lists"
MULU_DOC = [("http://www.x.gov.cn/xxgk/nb/201703/t20170301_1.html", "X县教育局2016年政府信息公开工作年度报告"),
            ("http://www.x.gov.cn/xxgk/nb/201603/t20160301_2.html", "X县2015年政府信息公开工作年度报告"),
            ("http://www.x.gov.cn/czj/2014nb.html", "2014 X县财政局 http://www.x.gov.cn/czj/2014nb.html"),
            ("http://www.x.gov.cn/xxgk/nb/lnnb/", "更早的年报见历年年报栏目")]


def test_a_binary_word_lists_hyperlink_fields_are_links_labelled_by_their_text():
    body = (BINARY / "nianbao-mulu.doc").read_bytes()
    for fmt in ("doc", "wps"):   # Kingsoft's .wps is the same container
        found = document_links(body, "http://www.x.gov.cn/xxgk/nb/P020170301.doc", fmt)
        assert found.unread is None
        assert [(link.url, link.label) for link in found.links] == MULU_DOC   # an address as text: its row


def test_a_binary_workbooks_hyperlinks_are_links_labelled_by_their_cells_on_every_sheet():
    body = (BINARY / "nianbao-huizong.xls").read_bytes()
    expected = [("http://www.x.gov.cn/a/2018.html", "甲局2018年政府信息公开工作年度报告"),
                ("http://www.x.gov.cn/b/2019.html", "乙镇2019年政府信息公开工作年度报告"),
                ("http://www.x.gov.cn/c/2020.html", "丙局2020年政府信息公开工作年度报告"),
                ("http://www.x.gov.cn/d/2021.html", "丁局2021年政府信息公开工作年度报告")]
    found = document_links(body, "http://www.x.gov.cn/u/汇总表.xls", "xls")
    assert found.unread is None and [(link.url, link.label) for link in found.links] == expected
    # served without a suffix an OLE file is sniffed as "doc" (parse/formats.py): its streams say it is a workbook
    assert [link.url for link in document_links(body, "http://www.x.gov.cn/down.jsp?id=7", "doc").links] == \
        [url for url, _ in expected]


def test_a_binary_report_without_links_gives_none_and_bounds_hold(monkeypatch):
    report = (Path(__file__).parents[2] / "crawler" / "sandbox" / "assets" / "fengfu-czj-2020.doc").read_bytes()
    found = document_links(report, URL, "doc")
    assert (found.unread, found.links) == (None, [])
    mulu = (BINARY / "nianbao-mulu.doc").read_bytes()
    monkeypatch.setattr(limits, "MAX_DOCUMENT_LINKS", 2)
    found = document_links(mulu, URL, "doc")
    assert len(found.links) == 2 and found.truncated
    monkeypatch.setattr(limits, "MAX_DOCUMENT_PART_BYTES", 4096)   # the WordDocument stream is larger
    assert document_links(mulu, URL, "doc").unread == "part_too_large"
    monkeypatch.setattr(limits, "MAX_DOCUMENT_PART_BYTES", 2048)   # and the workbook's (3,009 bytes)
    assert document_links((BINARY / "nianbao-huizong.xls").read_bytes(), URL, "xls").unread == "part_too_large"
    monkeypatch.setattr(limits, "MAX_LINKED_DOCUMENT_BYTES", len(mulu) - 1)
    assert document_links(mulu, URL, "doc").unread == "too_large"


def test_broken_binary_documents_are_unread_not_raised(tmp_path):
    import olefile

    mulu, huizong = (BINARY / "nianbao-mulu.doc").read_bytes(), (BINARY / "nianbao-huizong.xls").read_bytes()
    assert document_links(mulu[:3000], URL, "doc").unread == "bad_ole"       # a download cut short
    assert document_links(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, URL, "doc").unread == "bad_ole"
    assert document_links(huizong[:5000], URL, "xls").unread in ("bad_ole", "bad_xls")
    # a readable container whose piece table is garbage: the Word structure is broken
    broken = tmp_path / "broken.doc"
    broken.write_bytes(mulu)
    with olefile.OleFileIO(str(broken), write_mode=True) as ole:
        ole.write_stream("1Table", b"\xff" * ole.get_size("1Table"))
    assert document_links(broken.read_bytes(), URL, "doc").unread == "bad_doc"
    # and the spider counts it and keeps the document's item
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "X县历年政府信息公开工作年度报告目录"})
    [out] = drain(spider, spider.parse_file(Response(URL, body=broken.read_bytes(), request=request), "doc"))
    assert [item.kind for item in out if not isinstance(item, Request)] == ["not_report"]
    assert spider.crawler.stats.get_value("discovery/document_links_unread/bad_doc") == 1
    # its UTF-16 text still names its links: the any-bytes fallback reads them (raw_links.py; those its labels do
    # not rank as reports wait with the unranked links)
    assert spider.crawler.stats.get_value("discovery/raw_links") >= sum(isinstance(r, Request) for r in out) > 0


# Word's and Excel's 2003 XML formats as a 信息公开 system's 导出 writes them (sent as .doc / .xls)
WORDML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
          '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
          '<w:p><w:r><w:t>年报目录</w:t></w:r></w:p><w:tbl>'
          '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p>'
          '<w:hlink w:dest="/xxgk/nb/201703/t20170301_1.html"><w:r><w:t>X县教育局2016年</w:t></w:r>'
          '<w:r><w:t>政府信息公开工作年度报告</w:t></w:r></w:hlink></w:p></w:tc></w:tr>'
          '<w:tr><w:tc><w:p><w:r><w:t>2015 X县财政局</w:t></w:r></w:p></w:tc><w:tc><w:p>'
          '<w:hlink w:dest="http://www.x.gov.cn/czj/2015nb.html"><w:r><w:t>http://www.x.gov.cn/czj/2015nb.html</w:t>'
          '</w:r></w:hlink></w:p></w:tc></w:tr>'
          '<w:tr><w:tc><w:p><w:hlink w:bookmark="top"><w:r><w:t>返回顶部</w:t></w:r></w:hlink></w:p></w:tc></w:tr>'
          '</w:tbl></w:body></w:wordDocument>').encode()
SPREADSHEETML = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                 '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                 'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="目录"><Table>'
                 '<Row><Cell><Data ss:Type="String">报告名称</Data></Cell></Row>'
                 '<Row><Cell ss:HRef="http://www.x.gov.cn/a/2018.html"><Data ss:Type="String">甲局2018年政府信息公开'
                 '工作年度报告</Data></Cell></Row></Table></Worksheet></Workbook>').encode()


def test_a_word_2003_xml_documents_hyperlinks_are_links_labelled_by_their_text():
    found = document_links(WORDML, "http://www.x.gov.cn/xxgk/nb/download/nbml.doc", "doc")
    assert found.unread is None
    # a relative destination resolves; an address as text: its row; a bookmark (no w:dest) is no link
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/xxgk/nb/201703/t20170301_1.html", "X县教育局2016年政府信息公开工作年度报告", OFFICE_XML_TAG),
        ("http://www.x.gov.cn/czj/2015nb.html", "2015 X县财政局http://www.x.gov.cn/czj/2015nb.html", OFFICE_XML_TAG)]   # (runs joined, as a DOCX row)


def test_an_excel_2003_xml_workbook_sent_as_xls_has_its_cell_links_read():
    found = document_links(SPREADSHEETML, "http://www.x.gov.cn/u/汇总表.xls", "xls")
    assert [(link.url, link.label) for link in found.links] == [
        ("http://www.x.gov.cn/a/2018.html", "甲局2018年政府信息公开工作年度报告")]


def test_other_bodies_under_a_word_name_are_not_read_as_word_xml(monkeypatch):
    # an XML that is neither WordprocessingML nor SpreadsheetML: not read, and said so
    other = b'<?xml version="1.0"?><list><item href="/a/2018.html">2018</item></list>'
    assert document_links(other, URL, "doc").unread == "not_office_xml"
    # Word's "Save as Web Page" under a .doc name is a page (parse/formats.py sniffs it as html before any reader)
    saved = b'<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><a href="/a.html">x</a></body></html>'
    assert sniff_format(saved, "application/msword", URL.replace(".docx", ".doc")) == "html"
    assert document_links(saved, URL, "doc").unread == "bad_ole"
    # and the Word XML is a document, not a data answer the spider would skip (parse/data_answer.py)
    assert data_answer(WORDML) is None and data_answer(SPREADSHEETML) is None and data_answer(other)
    assert document_links(WORDML[:300], URL, "doc").unread == "bad_xml"   # a download cut short
    monkeypatch.setattr(limits, "MAX_DOCUMENT_PART_BYTES", len(WORDML) - 1)
    assert document_links(WORDML, URL, "doc").unread == "part_too_large"
    monkeypatch.setattr(limits, "MAX_DOCUMENT_PART_BYTES", 10_000_000)
    monkeypatch.setattr(limits, "MAX_DOCUMENT_LINKS", 1)
    found = document_links(WORDML, URL, "doc")
    assert len(found.links) == 1 and found.truncated


def _word_part(root: str, inner: str) -> str:
    return f'<w:{root} {_W} {_R}>{inner}</w:{root}>'


def _rels(*rels: str) -> str:
    return f'<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>'


def test_a_words_footnotes_headers_and_comments_are_read_with_their_own_relationships():
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    note = ('<w:footnote w:id="1"><w:p><w:r><w:t>见：</w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:t>X街道2016年政府信息'
            '公开工作年度报告</w:t></w:r></w:hyperlink><w:hyperlink r:id="rId2"><w:r><w:t>信箱</w:t></w:r></w:hyperlink>'
            '</w:p></w:footnote>')
    body = _zip({
        "word/document.xml": _word_part("document", "<w:body><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:body>"),
        "word/_rels/document.xml.rels": _rels(
            f'<Relationship Id="rId1" Type="{kind}footnotes" Target="footnotes.xml"/>',
            f'<Relationship Id="rId2" Type="{kind}header" Target="/word/header1.xml"/>',
            f'<Relationship Id="rId3" Type="{kind}styles" Target="styles.xml"/>',
            # an external "part" is no part of the package: never opened
            f'<Relationship Id="rId4" Type="{kind}endnotes" Target="http://evil.example/e.xml" TargetMode="External"/>'),
        "word/footnotes.xml": _word_part("footnotes", note),
        "word/_rels/footnotes.xml.rels": _rels(
            f'<Relationship Id="rId1" Type="{_LINK}" Target="/nb/2016.html" TargetMode="External"/>',
            f'<Relationship Id="rId2" Type="{_LINK}" Target="mailto:x@x.gov.cn" TargetMode="External"/>'),
        "word/header1.xml": _word_part("hdr", '<w:p><w:fldSimple w:instr=\' HYPERLINK "http://www.x.gov.cn/" \'>'
                                              '<w:r><w:t>X县人民政府</w:t></w:r></w:fldSimple></w:p>'),
        # a styles part with a hyperlink-looking field is not a part whose text a reader sees: not read
        "word/styles.xml": _word_part("styles", '<w:p><w:fldSimple w:instr=\' HYPERLINK "http://www.x.gov.cn/s" \'/>'
                                               '</w:p>'),
    })
    found = document_links(body, URL, "docx")
    assert found.unread is None
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/nb/2016.html", "X街道2016年政府信息公开工作年度报告", WORD_PART_TAG),
        ("http://www.x.gov.cn/", "X县人民政府", WORD_PART_TAG)]


def test_a_words_parts_read_for_links_are_bounded(monkeypatch):
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    parts = {"word/document.xml": _word_part("document", "<w:body/>"),
             "word/_rels/document.xml.rels": _rels(*(f'<Relationship Id="rId{n}" Type="{kind}" Target="header{n}.xml"/>'
                                                     for n in range(5)))}
    for n in range(5):
        parts[f"word/header{n}.xml"] = _word_part(
            "hdr", f'<w:p><w:fldSimple w:instr=\' HYPERLINK "/h{n}.html" \'><w:r><w:t>页眉{n}</w:t></w:r></w:fldSimple></w:p>')
    monkeypatch.setattr(limits, "MAX_DOCUMENT_WORD_PARTS", 3)   # the body and two headers
    found = document_links(_zip(parts), URL, "docx")
    assert [link.url for link in found.links] == ["http://www.x.gov.cn/h0.html", "http://www.x.gov.cn/h1.html"]


def _widget_pdf(widgets: list[str], form: bool = True) -> bytes:
    """A one-page PDF whose page prints one row of text per widget (its annotation dictionary's tail given), every
    widget a field of the catalog's AcroForm (none when `form` is False)."""
    rows = "\n".join(f"BT /F1 9 Tf 40 {700 - 20 * i} Td (Row {i} report) Tj ET" for i in range(len(widgets)))
    first = 6
    annots = " ".join(f"{first + i} 0 R" for i in range(len(widgets)))
    objs = [f"<< /Type /Catalog /Pages 2 0 R{' /AcroForm 5 0 R' if form else ''} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            f"/Resources << /Font << /F1 {first + len(widgets)} 0 R >> >> /Annots [{annots}] >>",
            f"<< /Length {len(rows)} >>\nstream\n{rows}\nendstream",
            f"<< /Fields [{annots}] >>"]
    for i, tail in enumerate(widgets):
        y = 700 - 20 * i
        objs.append(f"<< /Type /Annot /Subtype /Widget /FT /Btn /Ff 65536 /T (b{i}) /P 3 0 R "
                    f"/Rect [500 {y - 4} 560 {y + 11}] {tail} >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _pdf_bytes(objs)


def test_an_index_named_pdfs_form_buttons_with_uri_actions_are_links_labelled_by_tooltip_or_row():
    body = _widget_pdf([
        f"/TU <FEFF{'X街道2015年年度报告'.encode('utf-16-be').hex()}> /A << /S /URI /URI (http://www.x.gov.cn/a/2015.html) >>",
        "/MK << /CA (View) >> /A << /S /URI /URI (/b/2014.html) >>",                         # no tooltip: its row
        "/AA << /U << /S /URI /URI (http://www.x.gov.cn/c/2013.html) >> >>",                 # a mouse-up action
        "/A << /S /JavaScript /JS (app.launchURL\\('http://www.x.gov.cn/js.html'\\)) >>",    # script: no link
        "/A << /S /SubmitForm /F << /FS /URL /F (http://www.x.gov.cn/submit) >> >>",          # a form's submission
        "/A << /S /URI /URI (mailto:x@x.gov.cn) >>"])                                        # not http
    found = document_links(body, "http://www.x.gov.cn/u/huibian.pdf", "pdf")
    assert found.unread is None
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/a/2015.html", "X街道2015年年度报告", WIDGET_TAG),
        ("http://www.x.gov.cn/b/2014.html", "Row 1 report", WIDGET_TAG),
        ("http://www.x.gov.cn/c/2013.html", "Row 2 report", WIDGET_TAG)]
    # a PDF not named as an index is not opened; a PDF without a form has its widgets unread (pdfium says: no form)
    assert document_links(body, "http://www.x.gov.cn/u/P0201.pdf", "pdf", "X县2023年年度报告").links == []
    unformed = _widget_pdf(["/A << /S /URI /URI (http://www.x.gov.cn/a/2015.html) >>"], form=False)
    assert document_links(unformed, "http://www.x.gov.cn/u/huibian.pdf", "pdf").links == []
