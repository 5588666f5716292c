"""A link's query escaped in its document's encoding (crawler/discovery/query_encoding.py)."""

from __future__ import annotations

from nianbao.crawler.discovery.query_encoding import DOC_ENCODING_META, document_encoding, url_in_encoding
from scrapy import Request

GBK_LINK = "http://www.x.gov.cn/xxgk/DownLoad.aspx?FileName=某县2023年报.pdf"


def test_a_gbk_documents_query_is_escaped_in_gbk_and_its_path_left_to_utf8():
    url = url_in_encoding("http://www.x.gov.cn/附件/DownLoad.aspx?FileName=某县2023年报.pdf&t=1#top", "gb18030")
    assert url == ("http://www.x.gov.cn/附件/DownLoad.aspx?FileName=%C4%B3%CF%D82023%C4%EA%B1%A8.pdf&t=1#top")
    # what Scrapy then sends: the path as UTF-8, the query as escaped here (the plain follower's, and a browser's)
    assert Request(url).url == ("http://www.x.gov.cn/%E9%99%84%E4%BB%B6/DownLoad.aspx"
                                "?FileName=%C4%B3%CF%D82023%C4%EA%B1%A8.pdf&t=1#top")
    assert Request(url).url == Request(GBK_LINK.replace("/xxgk/DownLoad", "/附件/DownLoad") + "&t=1#top",
                                       encoding="gb18030").url


def test_utf8_documents_and_ascii_or_escaped_urls_are_left_as_they_are():
    assert url_in_encoding(GBK_LINK, "utf-8") == GBK_LINK
    assert url_in_encoding(GBK_LINK, "utf-16-le") == GBK_LINK   # a UTF-16 document's URLs are UTF-8
    assert url_in_encoding(GBK_LINK, None) == GBK_LINK
    escaped = "http://www.x.gov.cn/d.aspx?FileName=%C4%B3%CF%D8.pdf"
    assert url_in_encoding(escaped, "gb18030") == escaped
    path_only = "http://www.x.gov.cn/附件/2023年报.pdf"
    assert url_in_encoding(path_only, "gb18030") == path_only
    assert url_in_encoding(GBK_LINK, "no-such-codec") == GBK_LINK


def test_a_character_the_encoding_lacks_becomes_an_escaped_character_reference():
    assert url_in_encoding("http://x.gov.cn/s?q=年😀", "gbk") == "http://x.gov.cn/s?q=%C4%EA%26%23128512%3B"


def test_document_encoding_is_the_pages_own_or_the_page_a_sub_resource_serves():
    meta: dict = {}
    body = b'<html><head><meta charset="gb2312"></head><body></body></html>'
    assert document_encoding(meta, body, "text/html", True) == "gb18030"
    assert meta[DOC_ENCODING_META] == "gb18030"   # worked out once per response
    assert document_encoding(meta, b"", "", True) == "gb18030"
    # a JSON answer a GBK page's script asked for: its links act in the page
    assert document_encoding({DOC_ENCODING_META: "gb18030"}, b'{"rows": []}', "application/json", True) == "gb18030"
    assert document_encoding({}, b"%PDF-1.7", "application/pdf", False) is None
    assert document_encoding({DOC_ENCODING_META: ""}, body, "text/html", True) is None
