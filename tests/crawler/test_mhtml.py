"""parse/mhtml.py: the HTML pages of an MHTML archive (a Word 单个文件网页 register), read as pages."""

from __future__ import annotations

from pathlib import Path

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.parse import mhtml

FIXTURE = Path(__file__).parent / "fixtures" / "register_word.mht"   # Word's shape: GBK quoted-printable, filelist.xml
URL = "http://www.example.gov.cn/zfxxgk/nb/P0201701011.mht"


def _links(part: mhtml.HtmlPart, url: str = URL) -> list[str]:
    return [link.url for link in HtmlPage.from_bytes(url, part.body, part.content_type).links]


def test_a_word_register_s_page_is_unwrapped_and_its_links_resolve_against_the_archive() -> None:
    body = FIXTURE.read_bytes()
    assert b'href="' not in body                                   # nothing to read without unwrapping
    assert mhtml.is_mhtml("message/rfc822", URL, body)
    read = mhtml.html_parts(body, URL)
    assert not read.unread and not read.truncated and len(read.parts) == 1   # filelist.xml is no page
    part = read.parts[0]
    assert part.content_type == "text/html; charset=gb2312"
    page = HtmlPage.from_bytes(URL, part.body, part.content_type)
    assert page.title == "政府信息公开年报目录"
    assert _links(part) == ["http://www.example.gov.cn/zfxxgk/nb/201403/t20140327_8241579.htm",
                            "http://www.example.gov.cn/zfxxgk/nb/201503/t20150322_9620341.htm"]   # file:/// ignored


def test_a_part_s_http_location_is_its_links_base() -> None:
    body = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Location: http://www.example.gov.cn/old/list/index.htm\r\n\r\n"
            b"PGEgaHJlZj0iMjAxOS5odG0iPjIwMTjlubTlubTmiqU8L2E+\r\n--b--\r\n")   # <a href="2019.htm">2018年年报</a>
    [part] = mhtml.html_parts(body, "http://www.example.gov.cn/files/a.mhtml").parts
    assert _links(part, "http://www.example.gov.cn/files/a.mhtml") == ["http://www.example.gov.cn/old/list/2019.htm"]


def test_a_mail_without_html_an_html_page_and_an_oversized_archive_are_not_read() -> None:
    eml = (b"MIME-Version: 1.0\r\nFrom: a@example.gov.cn\r\nSubject: =?utf-8?b?5bm05oql?=\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"see http://www.example.gov.cn/nb.htm\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n"
           b"Content-Disposition: attachment; filename=a.htm\r\n\r\n<a href=\"x.htm\">x</a>\r\n--b--\r\n")
    assert mhtml.is_mhtml("message/rfc822", "http://www.example.gov.cn/a.eml", eml)
    assert mhtml.html_parts(eml, URL).unread == "no_html"           # an attached .htm is a file, not the page
    page = b"<html><body><a href=\"a.htm\">a</a></body></html>"
    assert not mhtml.is_mhtml("text/html", "http://www.example.gov.cn/a.htm", page)
    assert not mhtml.is_mhtml("application/octet-stream", "http://www.example.gov.cn/a.mht", page)   # no MIME head
    assert mhtml.is_mhtml("application/octet-stream", URL, FIXTURE.read_bytes())      # named .mht, MIME inside
    assert mhtml.html_parts(page, URL).unread == "not_mime"
    big = FIXTURE.read_bytes() + b" " * mhtml.MAX_MHTML_BYTES
    assert mhtml.html_parts(big, URL).unread == "too_large"


def test_an_archive_of_many_pages_is_read_in_part() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/html\r\n\r\n<a href=\"%d.htm\">p</a>\r\n" % n
                     for n in range(mhtml.MAX_HTML_PARTS + 3))
    read = mhtml.html_parts(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n" + parts
                            + b"--b--\r\n", URL)
    assert read.truncated and len(read.parts) == mhtml.MAX_HTML_PARTS
    assert read.parts[0].content_type == "text/html"               # no charset named: the page's meta decides
