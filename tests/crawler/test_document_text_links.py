"""Addresses printed in a fetched document's text (crawler/discovery/document_text_links.py): a 汇总表 PDF's 网址
column, with and without link annotations; lines cut inside an address; what is not an address."""

from __future__ import annotations

import io

from nianbao.crawler import limits
from nianbao.crawler.discovery.document_links import document_links
from nianbao.crawler.discovery.document_text_links import HOST_TAG, TAG, text_links

SITE = "http://www.x.gov.cn/xxgk/gknb/P020240101123456.pdf"


def _text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF of `lines` drawn as text in Helvetica: no link annotation. Deterministic."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    pdf = Canvas(out, invariant=1, pageCompression=0)
    pdf.setFont("Helvetica", 9)
    for n, line in enumerate(lines):
        pdf.drawString(40, 780 - 15 * n, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_table_of_printed_addresses_gives_each_as_a_link_labelled_by_its_row():
    text = ("2018 County Bureau http://www.x.gov.cn/xxgk/gknb/201803/t20180307_1.html\n"
            "2017 Town http://www.x.gov.cn/xxgk/gknb/201703/t20170301_2.html\n"
            "again http://www.x.gov.cn/xxgk/gknb/201803/t20180307_1.html\n")
    links = text_links(text, SITE)
    assert [(link.url, link.label, link.tag) for link in links] == [
        ("http://www.x.gov.cn/xxgk/gknb/201803/t20180307_1.html", "2018 County Bureau", TAG),
        ("http://www.x.gov.cn/xxgk/gknb/201703/t20170301_2.html", "2017 Town", TAG)]


def test_an_address_cut_at_a_line_end_is_joined_and_an_email_or_prose_is_not_an_address():
    text = ("网址：http://www.x.gov.cn/xxgk/gknb/202301/\n"
            "t20230118_9.html 2023\n"
            "联系邮箱：gkb@x.gov.cn，电话 0351-1234567，版本 1.2.3\n"
            "本报告电子版可在www.x.gov.cn下载\n"
            "http://www.y.gov.cn/a/b.html\n")
    links = text_links(text, SITE)
    assert [(link.url, link.tag) for link in links] == [
        ("http://www.x.gov.cn/xxgk/gknb/202301/t20230118_9.html", TAG),
        ("http://www.x.gov.cn/", HOST_TAG),            # a site's home: followed, but not a document
        ("http://www.y.gov.cn/a/b.html", TAG)]          # off-site: left to the spider's scope
    # an address that ends at a line end with a whole name is not joined to the next line's words
    whole = text_links("http://www.x.gov.cn/a/1.html\n2019 next row\n", SITE)
    assert [link.url for link in whole] == ["http://www.x.gov.cn/a/1.html"]
    assert text_links("年度 发布机关 网址\n2019 某局 见附件\n", SITE) == []


def test_the_addresses_taken_from_a_text_are_bounded():
    text = "\n".join(f"http://www.x.gov.cn/a/{n}.html" for n in range(limits.MAX_DOCUMENT_TEXT_LINKS + 20))
    assert len(text_links(text, SITE)) == limits.MAX_DOCUMENT_TEXT_LINKS


def test_an_index_named_pdf_without_link_annotations_gives_its_printed_addresses():
    body = _text_pdf(["Year Unit Address", "2018 Bureau http://www.x.gov.cn/xxgk/gknb/201803/t20180307_1.html",
                      "2017 Town http://www.x.gov.cn/xxgk/gknb/201703/t20170301_2.html"])
    found = document_links(body, "http://www.x.gov.cn/xxgk/gknb/huizong.pdf", "pdf")
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        ("http://www.x.gov.cn/xxgk/gknb/201803/t20180307_1.html", "2018 Bureau", TAG),
        ("http://www.x.gov.cn/xxgk/gknb/201703/t20170301_2.html", "2017 Town", TAG)]
    # a PDF not named as an index (a report, which prints its site's address) is not opened
    assert document_links(body, "http://www.x.gov.cn/xxgk/gknb/P0201.pdf", "pdf", "X县2023年年度报告").links == []


def test_a_printed_address_that_is_also_a_link_annotation_is_taken_once_as_the_hyperlink():
    from tests.crawler.test_document_links import _link_pdf

    body = _link_pdf([("http://www.x.gov.cn/a/2015.html", "http://www.x.gov.cn/a/2015.html")])
    found = document_links(body, "http://www.x.gov.cn/u/mulu.pdf", "pdf")
    assert [(link.url, link.tag) for link in found.links] == [("http://www.x.gov.cn/a/2015.html", "document")]
