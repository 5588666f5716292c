"""The any-bytes link reader (crawler/discovery/raw_links.py): addresses written in a body no format reader found a
link in, and in what it cheaply unpacks to (zip members, gzip, PDF Flate streams and unfiltered embedded zips,
quoted-printable MIME, UTF-16LE strings, folded iCalendar/vCard lines); what is no address (assets, a package's own parts, random bytes); bounds;
and the spider's use of it (only in the portal's site, counted)."""

from __future__ import annotations

import gzip
import io
import quopri
import random
import zipfile
import zlib

import pytest
from nianbao.crawler import limits
from nianbao.crawler.discovery.raw_links import TAG, raw_links

URL = "http://www.x.gov.cn/module/download/nbml_20240101.bin"
REPORT = "http://www.x.gov.cn/art/2017/3/1/art_1229_5501.html"
TITLE = "2017年某某县教育局政府信息公开工作年度报告"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _pdf(*streams: bytes, raw: bytes = b"") -> bytes:
    """A skeleton PDF (no xref: the reader reads bytes, not structure) with `streams` Flate-compressed."""
    body = b"%PDF-1.7\n" + raw
    for n, data in enumerate(streams, 1):
        packed = zlib.compress(data)
        body += b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream\nendobj\n" % (
            n, len(packed), packed)
    return body + b"%%EOF\n"


def test_a_package_member_names_its_link_labelled_by_the_title_after_it():
    content = (f'<office:text><text:a xlink:href="{REPORT}">{TITLE}</text:a>'
               '<text:a xlink:href="/art/2016/3/2/art_1229_5502.html">2016年某某县教育局政府信息公开工作年度报告</text:a>'
               "</office:text>").encode()
    found = raw_links(_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content}), URL)
    assert [(link.url, link.label, link.tag) for link in found.links] == [
        (REPORT, TITLE, TAG),
        ("http://www.x.gov.cn/art/2016/3/2/art_1229_5502.html", "2016年某某县教育局政府信息公开工作年度报告", TAG)]


def test_a_packages_references_to_its_own_parts_and_its_compressed_bytes_are_no_links():
    types = (b'<Types><Override PartName="/docProps/app.xml"/><Override PartName="/word/document.xml"/></Types>')
    rels = b'<Relationships><Relationship Target="worksheets/sheet1.xml"/></Relationships>'
    package = _zip({"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels, "docProps/app.xml": b"<a/>",
                    "word/document.xml": f"<w:t>{REPORT}</w:t>".encode(), "xl/worksheets/sheet1.xml": b"<s/>"})
    assert [link.url for link in raw_links(package, URL).links] == [REPORT]


def test_gzip_and_a_plain_text_site_map_give_their_addresses():
    text = f"{REPORT}\nhttp://www.x.gov.cn/xxgk/nb/index_2.shtml\n".encode()
    assert [link.url for link in raw_links(gzip.compress(text, mtime=0), URL).links] == [
        REPORT, "http://www.x.gov.cn/xxgk/nb/index_2.shtml"]
    assert len(raw_links(text, URL).links) == 2


def test_a_pdfs_flate_streams_and_an_embedded_zip_stored_unfiltered_are_read():
    outline = b"<< /Title (x) /A << /S /URI /URI (" + REPORT.encode() + b") >> >>"
    attached = _zip({"xl/worksheets/_rels/sheet1.xml.rels":
                     b'<Relationship Target="http://www.x.gov.cn/art/2015/3/2/art_1229_5503.html"/>'})
    embedded = b"9 0 obj\n<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (
        len(attached), attached)
    found = raw_links(_pdf(outline, raw=embedded), URL)
    assert {link.url for link in found.links} == {REPORT, "http://www.x.gov.cn/art/2015/3/2/art_1229_5503.html"}
    assert not any("worksheets" in link.url for link in found.links)


def test_quoted_printable_is_decoded_and_its_soft_breaks_cut_no_address():
    html = (f'<p><a href="/xxgk/zfxxgknb/202403/t20240320_5848435.htm">{TITLE}</a></p>'
            f'<p><a href="http://www.x.gov.cn/xxgk/zfxxgknb/202502/t20250218_8876404.htm">x</a></p>').encode("gbk")
    mht = (b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=gbk\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quopri.encodestring(html))
    assert b"=\n" in mht or b"=\r\n" in mht   # the encoder broke a line inside an address
    found = raw_links(mht, "http://www.x.gov.cn/xjwz/zwgk/nbml.mht")
    assert [(link.url, link.label) for link in found.links] == [
        ("http://www.x.gov.cn/xxgk/zfxxgknb/202403/t20240320_5848435.htm", TITLE),
        ("http://www.x.gov.cn/xxgk/zfxxgknb/202502/t20250218_8876404.htm", "")]


def test_utf16_strings_of_a_binary_document_are_read():
    body = b"\xd0\xcf\x11\xe0" + b"\x00" * 60 + f' HYPERLINK "{REPORT}" \x14{TITLE}\x15'.encode("utf-16-le")
    assert [(link.url, link.label) for link in raw_links(body, URL).links] == [(REPORT, TITLE)]


def test_relative_paths_need_a_folder_and_a_page_or_document_extension():
    text = (b"/xxgk/nb/2017.html ../fj/nb2016.pdf list.jsp /css/main.css /js/app.js /images/a.png "
            b"a.b.gov.cn 1.2.3 /xxgk/nb/ http://www.x.gov.cn/ http://www.x.gov.cn/download.do?fileId= "
            b"xl/_rels/workbook.xml.rels")
    assert [link.url for link in raw_links(text, "http://www.x.gov.cn/a/b/c.txt").links] == [
        "http://www.x.gov.cn/xxgk/nb/2017.html", "http://www.x.gov.cn/a/fj/nb2016.pdf"]


def test_random_bytes_and_an_image_give_nothing():
    rng = random.Random(7)
    for _ in range(20):
        assert raw_links(rng.randbytes(65536), URL).links == []
    png = b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(4096)
    assert raw_links(png, URL).links == []
    assert raw_links(_pdf(random.Random(9).randbytes(8192)), URL).links == []   # inflates to noise


def test_the_bounds_hold(monkeypatch):
    many = "".join(f"http://www.x.gov.cn/art/{n}.html\n" for n in range(50)).encode()
    monkeypatch.setattr(limits, "MAX_RAW_LINKS", 10)
    found = raw_links(many, URL)
    assert len(found.links) == 10 and found.truncated
    monkeypatch.setattr(limits, "MAX_RAW_LINKS", 500)
    # a member that inflates past the bytes bound is not read at all; a bomb stream is cut at the bound
    monkeypatch.setattr(limits, "MAX_RAW_LINK_BYTES", 64 * 1024)
    bomb = _zip({"big.xml": b"<a>" + b" " * (1 << 20) + REPORT.encode() + b"</a>"})
    assert len(bomb) < 64 * 1024
    found = raw_links(bomb, URL)
    assert found.links == [] and found.truncated
    found = raw_links(_pdf(b" " * (1 << 20) + REPORT.encode()), URL)
    assert found.links == [] and found.truncated
    monkeypatch.setattr(limits, "MAX_RAW_LINK_STREAMS", 2)
    found = raw_links(_pdf(b"x", b"y", REPORT.encode()), URL)
    assert found.links == [] and found.truncated


@pytest.mark.parametrize("junk", [b"PK\x03\x04" + b"\x00" * 100, b"\x1f\x8b\x08" + b"\xff" * 100,
                                  b"%PDF-1.4\nstream\n\x78\x9c\xff\xff\xff"])
def test_a_broken_container_gives_nothing_and_raises_nothing(junk):
    assert raw_links(junk, URL).links == []


@pytest.mark.parametrize("workers", [0, 1])   # read in the crawl process, or in a worker process
def test_the_spider_follows_a_files_in_site_addresses_only_when_no_format_reader_found_a_link(tmp_path, workers):
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path, NIANBAO_PAGE_WORKERS=workers)
    other = "http://www.y.gov.cn/art/2017/3/1/art_9_1.html"   # out of the portal's site: not taken
    body = _zip({"mimetype": b"application/x-unknown-package",
                 "content.xml": f'<a href="{REPORT}">{TITLE}</a><a href="{other}">{TITLE}</a>'.encode()})
    url = "http://www.x.gov.cn/module/download/nbml.pkg"
    request = Request(url, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c",
                                 "nianbao_anchor": "各单位年度报告目录"})
    random_file = random.Random(7).randbytes(30000)
    out, noise = drain(spider, spider.parse_file(Response(url, body=body, request=request), "zip"),
                       spider.parse_file(Response(url, body=random_file, request=request), "file"))
    followed = [(r.url, r.meta["nianbao_role"], r.meta.get("nianbao_anchor")) for r in out if isinstance(r, Request)]
    assert followed == [(REPORT, "article", TITLE)]   # its label names a report: an article of the column
    assert [r for r in noise if isinstance(r, Request)] == []
    stats = spider.crawler.stats
    assert stats.get_value("discovery/raw_reads") == 2 and stats.get_value("discovery/raw_links") == 1
    assert stats.get_value("discovery/document_links_offsite") == 1


def test_the_fallback_is_not_run_when_a_format_reader_found_links_or_when_switched_off(tmp_path):
    from nianbao.crawler.discovery.fetched_documents import DocumentJob, read_document
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="a" TargetMode="External" Target="/xxgk/nb/t1.html" Type="http://'
            b'schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>')
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/_rels/document.xml.rels": rels,
                 "word/document.xml": b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                                      b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                                      b'relationships"><w:body><w:p><w:hyperlink r:id="a"><w:r><w:t>t</w:t></w:r>'
                                      b'</w:hyperlink></w:p><w:p><w:r><w:t>/xxgk/nb/other.html</w:t></w:r></w:p>'
                                      b"</w:body></w:document>"})
    reading = read_document(DocumentJob("http://www.x.gov.cn/a.docx", docx, "docx", links=True, raw=True))
    assert [link.url for link in reading.links.links] == ["http://www.x.gov.cn/xxgk/nb/t1.html"]
    assert not reading.links.fallback
    spider = offline_spider(tmp_path, NIANBAO_RAW_LINKS=False)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c"})
    [out] = drain(spider, spider.parse_file(Response(URL, body=f"{REPORT}\n".encode(), request=request), "txt"))
    assert [r for r in out if isinstance(r, Request)] == []
    assert spider.crawler.stats.get_value("discovery/raw_reads") is None


def test_a_pages_source_gives_the_addresses_no_element_reader_took():
    from nianbao.crawler.discovery.raw_links import source_links

    page = ('<html><body><!--#include virtual="/ndbg/inc/list_2017.html" -->'
            '<input type="hidden" value="/xxgknb/index_2.shtml">'
            f'<!--[if lt IE 9]><a href="/xxgk/nb/2016/t1.html">{TITLE}</a><![endif]-->'
            '<wml><anchor>下一页<go href="nb.wml?p=2"/></anchor></wml>'
            '<script src="/js/jquery.min.js"></script><link href="/css/a.css"><img src="/images/a.png">'
            "<p>请下载 report.pdf 或访问 xxgk/nb 栏目</p></body></html>")
    found = source_links(page, "http://www.x.gov.cn/xxgk/nb/index.html")
    assert [link.url for link in found] == [
        "http://www.x.gov.cn/ndbg/inc/list_2017.html", "http://www.x.gov.cn/xxgknb/index_2.shtml",
        "http://www.x.gov.cn/xxgk/nb/2016/t1.html", "http://www.x.gov.cn/xxgk/nb/nb.wml?p=2"]
    assert found[2].label == TITLE


def test_a_pages_source_links_are_bounded(monkeypatch):
    from nianbao.crawler.discovery.raw_links import source_links

    monkeypatch.setattr(limits, "MAX_RAW_PAGE_LINKS", 3)
    page = "".join(f'<input value="/p/{n}.html">' for n in range(10))
    assert len(source_links(page, "http://www.x.gov.cn/")) == 3
    monkeypatch.setattr(limits, "MAX_RAW_PAGE_CHARS", 40)
    assert len(source_links(page, "http://www.x.gov.cn/")) == 1


def test_the_page_analysis_ranks_its_sources_addresses_with_the_unranked_links_in_site_only():
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html
    from nianbao.crawler.discovery.site import SiteScope

    body = ('<html><body><a href="/zwgk/index.html">政务公开</a>'
            '<input type="hidden" id="pageUrl" data-x="/xxgk/nb/list_2.html">'
            '<!-- <a href="http://www.y.gov.cn/xxgk/other.html">另一个站</a> -->'
            '<!-- <a href="/zwgk/index.html">政务公开</a> --></body></html>').encode()

    def analysed(**kwargs):
        return analyse_html(PageJob("http://www.x.gov.cn/", body, "text/html; charset=utf-8", "page",
                                    site=SiteScope.of("www.x.gov.cn"), **kwargs))

    result = analysed()
    urls = [url for url, _, _ in result.generic]
    assert "http://www.x.gov.cn/xxgk/nb/list_2.html" in urls and "http://www.y.gov.cn/xxgk/other.html" not in urls
    assert urls.count("http://www.x.gov.cn/zwgk/index.html") == 1   # a link the page has is not taken twice
    assert result.raw_page_links == 1
    off = analysed(raw_links=False)
    assert "http://www.x.gov.cn/xxgk/nb/list_2.html" not in [url for url, _, _ in off.generic]
    assert off.raw_page_links == 0


def test_a_forms_action_and_a_scripts_concatenation_pieces_are_no_addresses():
    from nianbao.crawler.discovery.raw_links import source_links

    page = ('<form action="/search/index.html"><input name="q"></form>'
            '<script>window.open("http://" + site + ".x.gov.cn" + "/xxgk/nb/index.html");'
            'location.href = "/xxgk/nb/list_" + n + ".html"; var all = "/xxgk/nb/all.html";</script>')
    assert [link.url for link in source_links(page, "http://www.x.gov.cn/")] == ["http://www.x.gov.cn/xxgk/nb/all.html"]


def _folded(line: str, width: int = 75) -> str:
    """`line` folded as RFC 5545 §3.1 writes it (ASCII here: a break and a space every `width` characters)."""
    return "\r\n ".join(line[i:i + width] for i in range(0, len(line), width))


ICS_REPORT = "http://www.x.gov.cn/zwgk/zfxxgk/fdzdgknr/ndbg/201803/t20180307_8330026.html"
ICS_READING = "http://www.x.gov.cn/zwgk/zfxxgk/fdzdgknr/ndbg/201803/t20180309_1234567.html"


def _calendar(newline: str = "\r\n") -> bytes:
    events = [(ICS_READING, "《某某县2017年政府信息公开工作年度报告》解读"), (ICS_REPORT, "某某县2017年政府信息公开工作年度报告")]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for url, title in events:
        lines += ["BEGIN:VEVENT", f"SUMMARY:{title}", "ORGANIZER;CN=某某县人民政府办公室:mailto:xxgk@x.gov.cn",
                  _folded(f"URL:{url}"), "END:VEVENT"]
    return (newline.join(lines + ["END:VCALENDAR", ""])).replace("\r\n", newline).encode()


def test_an_icalendars_folded_lines_are_unfolded_and_each_address_labelled_by_its_own_event():
    for newline in ("\r\n", "\n"):   # (RFC 5545 says CRLF; many writers use LF)
        found = raw_links(_calendar(newline), "http://www.x.gov.cn/zwgk/rili/xxgkrl.ics")
        assert [(link.url, link.label) for link in found.links] == [
            (ICS_READING, "《某某县2017年政府信息公开工作年度报告》解读"), (ICS_REPORT, "某某县2017年政府信息公开工作年度报告")]
        assert found.unfolded == 1
    vcard = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:某某县人民政府办公室\r\n" + _folded(f"URL:{ICS_REPORT}") + "\r\nEND:VCARD\r\n")
    assert [link.url for link in raw_links(vcard.encode(), URL).links] == [ICS_REPORT]


def test_an_indented_line_of_any_other_text_is_not_joined_to_the_line_before():
    from nianbao.crawler.discovery.raw_links import unfolded

    listing = "http://www.x.gov.cn/xxgk/nb/2017.html\r\n http://www.x.gov.cn/xxgk/nb/2018.html\r\n"
    assert unfolded(listing) == listing   # a plain text's indented line is its own, not a continuation
    found = raw_links(listing.encode(), URL)
    assert [link.url for link in found.links] == ["http://www.x.gov.cn/xxgk/nb/2017.html",
                                                 "http://www.x.gov.cn/xxgk/nb/2018.html"]
    assert found.unfolded == 0
    # the same calendar without its BEGIN:VCALENDAR line is no calendar: its pieces stay cut
    cut = _calendar().split(b"\r\n", 1)[1]
    assert ICS_REPORT not in [link.url for link in raw_links(cut, URL).links]


def test_a_calendar_served_as_a_page_is_unfolded_in_the_page_analysis_and_counted():
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html
    from nianbao.crawler.discovery.site import SiteScope

    result = analyse_html(PageJob("http://www.x.gov.cn/zwgk/rili/xxgkrl.ics", _calendar(),
                                  "text/calendar; charset=utf-8", "page", site=SiteScope.of("www.x.gov.cn")))
    urls = [url for url, _, _ in result.generic]
    assert ICS_REPORT in urls and ICS_READING in urls
    assert result.unfolded_links == result.raw_page_links == 2


def test_webcal_links_are_their_http_files_and_stay_in_scope_only_on_the_site():
    from nianbao.crawler.discovery.page import HtmlPage
    from nianbao.crawler.discovery.site import SiteScope

    page = HtmlPage("http://www.x.gov.cn/zwgk/index.html", "", "utf-8")
    assert page.absolute("webcal://www.x.gov.cn/zwgk/rili/xxgkrl.ics") == "http://www.x.gov.cn/zwgk/rili/xxgkrl.ics"
    assert page.absolute("WEBCALS://www.x.gov.cn/rili.ics") == "https://www.x.gov.cn/rili.ics"
    assert page.absolute("webcalx://www.x.gov.cn/rili.ics") is None   # no alias: an unknown scheme stays out
    other = page.absolute("webcal://calendar.y.com/public/holidays.ics")
    assert other == "http://calendar.y.com/public/holidays.ics"
    assert not SiteScope.of("www.x.gov.cn").contains("calendar.y.com")   # another site's calendar: out of scope





def _folded_anchor():
    import re

    from nianbao.crawler.discovery import raw_links as module

    return re.compile(r"https?://|\.(?:" + module._EXTENSIONS + r")(?![A-Za-z0-9])", re.I)


@pytest.mark.parametrize("text", [
    "HTTP://A.GOV.CN/X.PDF hTtPs://b.gov.cn/y.Html httpx:// http:/ ftp://c.gov.cn/z.txt",
    "see report.PDF, list.Shtml?p=2 and archive.tar.gz; a.pdfx .pdf. .do .docx .xlsX",
    "htt\u017fp:// http\u017f://x.gov.cn/a.xl\u017f file.\u212aml .do\u212a Hhttp://h.gov.cn/a.html ..html",
    "\u4e2d\u6587 /xxgk/nb/2017.html \u3002 h.h.h. http://",
])
def test_the_anchor_pattern_finds_what_the_case_folded_alternation_finds(text):
    from nianbao.crawler.discovery.raw_links import _ANCHOR

    expected = [m.span() for m in _folded_anchor().finditer(text)]
    assert expected   # (each case holds anchors, and tricky non-anchors: `httpx`, `a.pdfx`, folded ſ/K)
    assert [m.span() for m in _ANCHOR.finditer(text)] == expected


def test_the_anchor_pattern_agrees_on_random_binary_text():
    from nianbao.crawler.discovery.raw_links import _ANCHOR

    rng = random.Random(70)
    pieces = ["http://", "HTTPS://", ".pdf", ".PDF", ".html", "h", ".", "x", "\u017f", "/", "\x00", "\u4e2d"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(60)) + rng.randbytes(200).decode("latin-1")
        assert [m.span() for m in _ANCHOR.finditer(text)] == [m.span() for m in _folded_anchor().finditer(text)]


@pytest.mark.parametrize("page", [
    "http://www.x.gov.cn/xxgk/nb/index.html", "http://www.x.gov.cn/xxgk/nb/", "http://www.x.gov.cn",
    "http://www.x.gov.cn?col=3", "https://u:p@www.x.gov.cn:8443/a;b/c/list.jsp;jsessionid=9?p=2&q=1#top",
    "http://www.x.gov.cn/a//b/./c/../d.html", "http://www.x.gov.cn/%E5%B9%B4%E6%8A%A5/index.shtml",
    "http://[::1]:8080/nb/index.html", "http://www.x.gov.cn/a/b.html?x=/c/d/",
])
def test_an_address_resolves_against_the_pages_folder_as_against_the_page(page):
    """_join_base: what urljoin reads of the page for an address `_ADDRESS` takes (absolute, or with a path), so
    resolving against the folder (cached per folder) gives what resolving against the page gives."""
    from urllib.parse import urljoin

    from nianbao.crawler.discovery.raw_links import _ADDRESS, _join_base

    text = ('"x.html" "../y/z.pdf?a=1&amp;b=2" "./w.shtml" "/r/s.doc" "../../../up.html" "q/r.html?" '
            'http://www.x.gov.cn/abs.html https://other.gov.cn:81/p.pdf?x=1#f HTTP://www.x.gov.cn '
            "'list_2.html' =show.jsp?id=3")
    addresses = [m.group(1) or m.group(2) for m in _ADDRESS.finditer(text)]
    assert len(addresses) >= 10
    base = _join_base(page)
    assert base is not None and base.endswith("/") or base.count("/") == 2
    for address in addresses:
        assert urljoin(base, address) == urljoin(page, address), address


def test_a_page_is_never_its_own_link_and_other_urls_resolve_against_themselves():
    from nianbao.crawler.discovery.raw_links import _join_base, source_links

    page = "http://www.x.gov.cn/xxgk/nb/index.html"
    found = source_links('<a href="index.html">本页</a> <input value="/xxgk/nb/index.html"> "list_2.html"', page)
    assert [link.url for link in found] == ["http://www.x.gov.cn/xxgk/nb/list_2.html"]
    # (the same folder, another page: its own address is no link there, the other's is)
    other = source_links('"index.html" "list_2.html"', "http://www.x.gov.cn/xxgk/nb/list_2.html")
    assert [link.url for link in other] == [page]
    assert _join_base("ftp://x.gov.cn/a/b.txt") is None and _join_base("http://[bad/a") is None
    assert [link.url for link in source_links('"/b/c.html"', "ftp://x.gov.cn/a/")] == []   # (no http(s) base)


def test_a_body_over_the_fallbacks_bound_is_not_shipped_to_a_worker_that_would_only_refuse_it(tmp_path, monkeypatch):
    """A file only the fallback reads (no format reader's, its name said) over MAX_RAW_LINK_BYTES: answered
    `raw_too_large` in the crawl process, as the worker would have answered, its bytes never piped; one under the
    bound still goes to the worker and gives its address."""
    from scrapy.http import Request, Response

    from tests.crawler.offline_spider import drain, offline_spider

    spider = offline_spider(tmp_path, NIANBAO_PAGE_WORKERS=1)
    shipped = []
    run = spider.document_workers.run

    async def counted(job):
        shipped.append(job.url)
        return await run(job)

    monkeypatch.setattr(spider.document_workers, "run", counted)
    monkeypatch.setattr(limits, "MAX_RAW_LINK_BYTES", 4096)
    request = Request(URL, meta={"nianbao_portal": "a", "nianbao_role": "article", "nianbao_column": "c"})
    small, large = f"{REPORT} {TITLE}\n".encode(), f"{REPORT} {TITLE}\n".encode() + b"x" * 5000
    big, fits = drain(spider, spider.parse_file(Response(URL + "?big", body=large, request=request), "file"),
                      spider.parse_file(Response(URL, body=small, request=request), "file"))
    assert shipped == [URL]
    assert [r for r in big if isinstance(r, Request)] == []
    assert [r.url for r in fits if isinstance(r, Request)] == [REPORT]
    stats = spider.crawler.stats
    assert stats.get_value("discovery/document_links_unread/raw_too_large") == 1
    assert stats.get_value("discovery/raw_links") == 1
