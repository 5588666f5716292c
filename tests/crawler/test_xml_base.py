"""XML Base (crawler/discovery/xml_base.py) in the feed and XML-list readers: an entry's bare file name completed
by the `xml:base` of its element and ancestors, each against the one outside, the outermost against the feed's
address (RFC 4287 §2; the atombase family's feeds)."""

from lxml import etree
from nianbao.crawler.discovery import feeds, xml_base, xml_links

FEED_URL = "http://www.example.gov.cn/rss/zfxxgknb.xml"


def _atom(feed_base: str, entry_base: str, href: str = "t20210119_1.html") -> bytes:
    feed_attr = f' xml:base="{feed_base}"' if feed_base else ""
    entry_attr = f' xml:base="{entry_base}"' if entry_base else ""
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"{feed_attr}>'
            f'<title>年报</title><entry{entry_attr}><title>2020年报</title>'
            f'<link rel="alternate" href="{href}"/></entry></feed>').encode()


def _urls(body: bytes) -> list[str]:
    return [link.url for link in feeds.read_feed(body, FEED_URL).links]


def test_nested_bases_complete_an_atom_entry_link():
    body = _atom("http://www.example.gov.cn/gongkai/zfxxgknb/", "2020nb/jd/202101/")
    assert _urls(body) == ["http://www.example.gov.cn/gongkai/zfxxgknb/2020nb/jd/202101/t20210119_1.html"]


def test_a_root_relative_entry_base_replaces_the_feed_folder_path():
    body = _atom("http://www.example.gov.cn/gongkai/", "/xxgk/2021/")
    assert _urls(body) == ["http://www.example.gov.cn/xxgk/2021/t20210119_1.html"]


def test_without_xml_base_the_link_resolves_against_the_feed_address():
    assert _urls(_atom("", "")) == ["http://www.example.gov.cn/rss/t20210119_1.html"]


def test_an_absolute_entry_link_ignores_the_bases():
    body = _atom("http://www.example.gov.cn/gongkai/", "2020nb/", href="http://www.example.gov.cn/a/b.html")
    assert _urls(body) == ["http://www.example.gov.cn/a/b.html"]


def test_a_base_that_is_not_http_is_not_taken():
    body = _atom("javascript:void(0)/", "2020nb/")
    assert _urls(body) == ["http://www.example.gov.cn/rss/2020nb/t20210119_1.html"]
    body = _atom("http://www.example.gov.cn/gongkai/", "file:///etc/")
    assert _urls(body) == ["http://www.example.gov.cn/gongkai/t20210119_1.html"]


def test_a_base_on_another_host_stays_there_for_the_scope_to_drop():
    # taken as written (RFC 3986): the entry is off the site, not moved onto the feed's host
    body = _atom("http://elsewhere.example.com/news/", "")
    assert _urls(body) == ["http://elsewhere.example.com/news/t20210119_1.html"]


def test_rss_link_text_and_enclosures_are_resolved_by_their_bases():
    body = ('<?xml version="1.0"?><rss version="2.0"><channel xml:base="http://www.example.gov.cn/xxgk/">'
            '<item xml:base="2021/"><title>年报</title><link>t1.html</link>'
            '<enclosure url="nb.pdf" type="application/pdf"/></item></channel></rss>').encode()
    assert _urls(body) == ["http://www.example.gov.cn/xxgk/2021/t1.html", "http://www.example.gov.cn/xxgk/2021/nb.pdf"]


def test_xml_lists_resolve_their_addresses_by_xml_base():
    body = ('<?xml version="1.0"?><docs xml:base="/xxgk/nb/"><doc xml:base="2021/"><title>年报</title>'
            '<url>./t1.html</url></doc><doc><title>旧</title><url>./t0.html</url></doc></docs>').encode()
    urls = [link.url for link in xml_links.xml_links("http://www.example.gov.cn/data/list.xml", body, "text/xml")]
    assert urls == ["http://www.example.gov.cn/xxgk/nb/2021/t1.html", "http://www.example.gov.cn/xxgk/nb/t0.html"]


def test_base_of_an_element_with_no_bases_is_the_document_address():
    root = etree.fromstring(b"<a><b><c/></b></a>")
    assert xml_base.base_of(root[0][0], FEED_URL) == FEED_URL
    assert xml_base.resolve(root[0][0], "http://[bad", FEED_URL) == ""
