"""Links inside documents (crawler/discovery/document_links.py): a DOCX's hyperlinks (relationships and fields)
and an XLSX's cell links, labelled by their text; bounded; broken packages unread, not raised."""

from __future__ import annotations

import io
import zipfile

from nianbao.crawler import limits
from nianbao.crawler.discovery.document_links import document_links
from nianbao.crawler.sandbox.family_docxindex import index_docx

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


def test_a_workbooks_cell_links_and_hyperlink_formulas():
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
    found = document_links(body, "http://www.x.gov.cn/u/t.xlsx", "xlsx")
    assert sorted((link.url, link.label) for link in found.links) == [
        ("http://www.x.gov.cn/a.html", "甲局2018年报"), ("http://www.x.gov.cn/b.html", "丙局2020年报"),
        ("http://www.x.gov.cn/f.html", "乙局2019年报")]


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
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


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


def test_the_spider_follows_a_documents_in_site_links_and_keeps_its_item_whatever_the_document(tmp_path):
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import offline_spider

    spider = offline_spider(tmp_path)
    rels = (f'<Relationship Id="a" Type="{_LINK}" Target="http://www.x.gov.cn/xxgk/nb/t1.html"/>'
            f'<Relationship Id="b" Type="{_LINK}" Target="http://www.y.gov.cn/t2.html"/>')
    body = _docx('<w:p><w:hyperlink r:id="a"><w:r><w:t>X县2016年政府信息公开工作年度报告</w:t></w:r></w:hyperlink>'
                 '<w:hyperlink r:id="b"><w:r><w:t>Y县2016年政府信息公开工作年度报告</w:t></w:r></w:hyperlink></w:p>', rels)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "X县历年政府信息公开工作年度报告目录"})
    out = list(spider.parse_file(Response(URL, body=body, request=request), "docx"))
    followed = [(r.url, r.meta["nianbao_role"], r.meta["nianbao_column"]) for r in out if isinstance(r, Request)]
    assert followed == [("http://www.x.gov.cn/xxgk/nb/t1.html", "article", "c")]
    assert len(out) == 2 and out[1].kind == "not_report"   # the 目录 itself: an item as before
    stats = spider.crawler.stats
    assert (stats.get_value("discovery/document_links"), stats.get_value("discovery/document_links_offsite")) == (1, 1)
    broken = list(spider.parse_file(Response(URL, body=b"PK\x03\x04broken", request=request), "docx"))
    assert [item.kind for item in broken] == ["not_report"]
    assert stats.get_value("discovery/document_links_unread/bad_zip") == 1
