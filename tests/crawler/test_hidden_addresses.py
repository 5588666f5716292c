"""Addresses a page names only in ways a plain href reader misses (issue 12, seventh round): inside another link's
query values (a pdf.js viewer's `file=`, a leave-site notice's `url=`, a redirector's `target=`), in a news feed
(RSS 2.0 / Atom entries), and behind a catalogue's search form whose category select has a 年度报告 option. Pure
page analysis; the end-to-end checks are in test_hidden_addresses_e2e.py."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import quote

from nianbao.crawler import limits
from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.feeds import announced_feeds, is_feed, read_feed
from nianbao.crawler.discovery.page import MAX_LABEL_CHARS, HtmlPage, Link
from nianbao.crawler.discovery.pagers import selectors
from nianbao.crawler.discovery.query_targets import (
    base64_address,
    embedded_links,
    query_addresses,
    query_targets,
)
from nianbao.crawler.discovery.search import opensearch_urls
from nianbao.crawler.discovery.site import SiteScope

from tests.crawler.minisite import html

SITE = SiteScope.of("www.x.gov.cn")
REPORT = "X县教育局2023年政府信息公开工作年度报告"


def _analyse(url: str, body: bytes, role: str = "page", column: str | None = None):
    return analyse_html(PageJob(url, body, "text/html; charset=utf-8", role, column=column, site=SITE))


# ---- addresses inside query values


def test_a_viewer_file_and_a_leave_notice_url_are_read_from_the_query_whole_or_as_a_site_path():
    viewer = "http://www.x.gov.cn/static/pdfjs/web/viewer.html?file="
    assert query_addresses(viewer + quote("/Uploads/file/20240116/ab12.pdf", safe="")) == (
        "http://www.x.gov.cn/Uploads/file/20240116/ab12.pdf",)
    assert query_addresses(viewer + quote("http://www.x.gov.cn/Uploads/a.pdf", safe="")) == (
        "http://www.x.gov.cn/Uploads/a.pdf",)
    notice = "http://www.x.gov.cn/tzyl/index.html?url=" + quote("http://jyj.x.gov.cn/zwgk/ndbg/index.html", safe="")
    assert query_addresses(notice) == ("http://jyj.x.gov.cn/zwgk/ndbg/index.html",)
    # encoded twice, protocol-relative, relative to the carrier (pdf.js resolves `file` against the viewer)
    twice = quote(quote("http://xxgk.x.gov.cn/nb/", safe=""), safe="")
    assert query_addresses(f"http://www.x.gov.cn/redirect?target={twice}") == ("http://xxgk.x.gov.cn/nb/",)
    assert query_addresses("http://www.x.gov.cn/goto.jsp?u=//zwgk.x.gov.cn/a.html&t=1") == (
        "http://zwgk.x.gov.cn/a.html",)
    assert query_addresses("http://www.x.gov.cn/pdfjs/web/viewer.html?file=../../files/a.pdf") == (
        "http://www.x.gov.cn/files/a.pdf",)


def test_values_that_are_not_addresses():
    for url in ("http://www.x.gov.cn/list.jsp?page=2&column=zfxxgknb",      # plain values
                "http://www.x.gov.cn/downfile.jsp?classid=0&filename=ab12.pdf",  # a bare name: the servlet's
                "http://www.x.gov.cn/search?q=2023/01/02&date=2023-01-02",   # a date with slashes
                "http://www.x.gov.cn/login.jsp?returnUrl=/",                 # the root alone
                "http://www.x.gov.cn/s.html?q=" + quote("a b/c.pdf", safe=""),     # words, not a path
                "http://www.x.gov.cn/s.html?state=/" + "x" * 2100):               # data, not an address
        assert query_addresses(url) == (), url


def _b64(text: str, urlsafe: bool = False) -> str:
    return (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(text.encode()).decode()


def test_a_base64_query_value_that_decodes_to_an_address_is_read_as_it():
    # kkFileView: encodeURIComponent(Base64.encode(url)); URL-safe without padding; a site path; a `+` left raw
    pdf = "http://www.x.gov.cn/uploadfile/202001/0ca5e08a0378c5ba33e8bb61.pdf"
    preview = "http://www.x.gov.cn/preview/onlinePreview?url="
    assert query_targets(preview + quote(_b64(pdf), safe="")) == ((pdf, "query_base64"),)
    assert query_addresses(preview + _b64(pdf, urlsafe=True).rstrip("=")) == (pdf,)
    assert query_addresses(f"http://www.x.gov.cn/dl.do?f={quote(_b64('/files/2023年报.pdf'), safe='')}") == (
        "http://www.x.gov.cn/files/2023年报.pdf",)
    plus = _b64("/nb/2023~.pdf")   # an encoding with `+` in it, sent unescaped: the query reads a space
    assert "+" in plus and query_addresses(f"http://www.x.gov.cn/dl.do?f={plus}") == ("http://www.x.gov.cn/nb/2023~.pdf",)
    assert base64_address(_b64("https://www.x.gov.cn/a/b.html?id=1")) == "https://www.x.gov.cn/a/b.html?id=1"
    # the plain reading comes first: a plain address is not decoded
    assert query_targets(preview + quote(pdf, safe="")) == ((pdf, "query"),)


def test_base64_values_that_are_no_address_ids_hashes_and_short_tokens_are_left_alone():
    for value in (_b64("hello world, not an address"), _b64('{"id": 12, "path": "/a.pdf"}'),
                  _b64("a.pdf/relative/x.html"),                        # relative: no site path
                  base64.b64encode(hashlib.sha256(b"x").digest()).decode(),   # binary
                  hashlib.md5(b"x").hexdigest(), "202401160001", "zhengfuxinxigongkai",
                  _b64("/a.pdf"),                                       # shorter than MIN_BASE64_CHARS
                  _b64("http://www.x.gov.cn/" + "a" * 1600),             # longer than the bound once encoded
                  "aHR0cDovL3d3dy54Lmdvdi5jbi9h!"):                       # not the alphabet
        assert base64_address(value) is None, value
        assert query_addresses(f"http://www.x.gov.cn/view.jsp?token={quote(value, safe='')}") == (), value


def test_base64_addresses_are_links_of_their_own_tag_and_offsite_ones_are_counted_not_followed():
    preview = "/preview/onlinePreview?url="
    body = html(f'<a href="{preview}{quote(_b64("http://www.x.gov.cn/u/1.pdf"), safe="")}">{REPORT}</a>'
                f'<a href="{preview}{quote(_b64("http://evil.example.com/2.pdf"), safe="")}">外站</a>', "政府信息公开年报")
    result = _analyse("http://www.x.gov.cn/zfxxgk/nb/index.html", body, "column")
    assert "http://www.x.gov.cn/u/1.pdf" in {f.url for f in result.follows}
    assert "http://evil.example.com/2.pdf" not in {f.url for f in result.follows}
    assert result.query_base64_links == 1 and result.query_links == 1 and result.query_offsite == 1


def test_embedded_links_keep_the_carriers_label_and_are_bounded():
    links = [Link(f"http://www.x.gov.cn/v.html?file=%2Fu%2F{n}.pdf", f"报告{n}") for n in range(250)]
    found = embedded_links(links)
    assert len(found) == limits.MAX_EMBEDDED_PER_PAGE
    assert found[0] == Link("http://www.x.gov.cn/u/0.pdf", "报告0", "", "query")
    # an address the page also links plainly is that link already
    direct = [Link("http://www.x.gov.cn/v.html?file=%2Fu%2Fa.pdf", "a"), Link("http://www.x.gov.cn/u/a.pdf", "a")]
    assert embedded_links(direct) == []


def test_a_link_with_a_huge_query_gives_a_bounded_number_of_addresses():
    # a 1 MB href of 50,000 `f=/a/N.pdf` fields: was 50,000 addresses, found in quadratic time (45 s)
    url = "http://www.x.gov.cn/v?" + "&".join(f"f{i}=%2Fa%2F{i}.pdf" for i in range(50_000))
    found = query_addresses(url)
    assert found == tuple(f"http://www.x.gov.cn/a/{i}.pdf" for i in range(limits.MAX_EMBEDDED_PER_LINK))


def test_embedded_addresses_are_followed_in_site_ranked_like_links_and_off_site_ones_counted():
    notice = "/tzyl/index.html?url="
    body = html(f'<ul><li><a href="/static/pdfjs/web/viewer.html?file={quote("/Uploads/f/ab.pdf", safe="")}" '
                f'title="{REPORT}">{REPORT}</a></li>'
                f'<li><a href="{notice}{quote("http://jyj.x.gov.cn/zwgk/ndbg/index.html", safe="")}">X县教育局</a></li>'
                f'<li><a href="{notice}{quote("http://www.other.gov.cn/", safe="")}">other county</a></li></ul>',
                "政府信息公开年报")
    result = _analyse("http://www.x.gov.cn/Xxgknb/index.html", body, role="column")
    follows = {f.url: f for f in result.follows}
    # the report file behind the viewer is the list's entry, the viewer shell stays a link of its own
    assert follows["http://www.x.gov.cn/Uploads/f/ab.pdf"].role == "article"
    assert follows["http://www.x.gov.cn/Uploads/f/ab.pdf"].anchor == REPORT
    generic = {url: label for url, label, _ in result.generic}
    assert generic["http://jyj.x.gov.cn/zwgk/ndbg/index.html"] == "X县教育局"   # an undeclared unit sub-site
    assert "http://www.other.gov.cn/" not in generic and "http://www.other.gov.cn/" not in follows
    assert (result.query_links, result.query_offsite) == (2, 1)


def test_undeclared_unit_sub_sites_of_the_registered_domain_are_in_scope_look_alikes_not():
    for host in ("jyj.x.gov.cn", "xxgk.x.gov.cn", "x.gov.cn", "a.b.x.gov.cn"):
        assert SITE.contains(host), host
    for host in ("y.gov.cn", "jyj.y.gov.cn", "x.gov.cn.evil.com", "xgov.cn", "jyjx.gov.cn"):
        assert not SITE.contains(host), host
    # a district under its city's domain: its units' sub-sites are its own, the city's other hosts are not
    district = SiteScope.of("www.cg.lz.gov.cn")
    assert district.contains("jyj.cg.lz.gov.cn") and not district.contains("jyj.lz.gov.cn")


# ---- feeds

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- generated by TRS WCM -->
<rss version="2.0"><channel><title>X\xe5\xb9\xb4\xe6\x8a\xa5</title><link>http://www.x.gov.cn/</link>
<item><title>%s</title><link>http://www.x.gov.cn/zwgk/nb/202401/t20240116_1.html</link></item>
<item><title>guid only</title><guid>http://www.x.gov.cn/zwgk/nb/202301/t20230116_2.html</guid></item>
<item><title>not a permalink</title><guid isPermaLink="false">tag:x,2023:3</guid></item>
<item><title>relative</title><link> ./202201/t20220116_4.html </link><enclosure url="/f/4.pdf" length="9" type="application/pdf"/></item>
<item><title>dup</title><link>http://www.x.gov.cn/zwgk/nb/202401/t20240116_1.html#top</link></item>
</channel></rss>""" % REPORT.encode()
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>nb</title><link rel="self" href="http://www.x.gov.cn/rss/nb.xml"/>
<entry><title>a</title><link rel="enclosure" href="/u/a.pdf"/><link rel="alternate" href="/nb/a.html"/></entry>
<entry><title>b</title><link href="http://www.x.gov.cn/nb/b.html"/>
<link rel="enclosure" type="application/pdf" href="/u/b.pdf" title="2023\xe5\xb9\xb4\xe6\x8a\xa5.pdf"/></entry>
<entry><title>c</title><link rel="enclosure" href="/u/c.pdf"/></entry></feed>"""
RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://www.x.gov.cn/"><title>x</title></channel>
<item rdf:about="http://www.x.gov.cn/nb/1.html"><title>one</title><link>http://www.x.gov.cn/nb/1.html</link></item>
</rdf:RDF>"""


def test_a_pages_head_announces_its_feeds_by_type():
    page = HtmlPage.from_bytes("http://www.x.gov.cn/zwgk/nb/index.html", html("", head=(
        '<link rel="alternate" type="application/rss+xml" title="政府信息公开年报" href="/rss/nb.xml">'
        '<link rel="alternate" type="application/atom+xml; charset=utf-8" href="http://www.x.gov.cn/rss/a.xml">'
        '<link rel="alternate" media="only screen and (max-width: 640px)" href="http://m.x.gov.cn/nb/">'
        '<link rel="stylesheet" type="text/css" href="/s.css">')))
    assert announced_feeds(page) == [Link("http://www.x.gov.cn/rss/nb.xml", "政府信息公开年报", "政府信息公开年报", "feed"),
                                     Link("http://www.x.gov.cn/rss/a.xml", "", "", "feed")]


def test_a_feed_is_known_by_its_type_or_its_root_element():
    assert is_feed("application/rss+xml; charset=utf-8", b"")
    assert is_feed("text/xml", RSS) and is_feed("application/xml", ATOM) and is_feed("", RDF)
    assert is_feed("text/html", b"\xef\xbb\xbf  " + RSS)        # served as a page, with a byte-order mark
    assert not is_feed("text/html", html("<p>rss</p>"))
    assert not is_feed("application/json", b'{"rss": 1}')
    assert not is_feed("text/xml", b'<?xml version="1.0"?><urlset><url><loc>http://x</loc></url></urlset>')


def test_a_page_that_starts_with_blank_lines_is_told_from_a_feed_at_once():
    """Every plain response is tested (crawler/spiders/portal.py): the test must not backtrack over the blank lines
    many pages start with (the old pattern took 2^n steps; run apart, so that a relapse fails instead of hanging)."""
    import subprocess
    import sys

    check = ("from nianbao.crawler.discovery.feeds import is_feed\n"
             "assert not is_feed('text/html', b' \\r\\n' * 40 + b'<!DOCTYPE html><html>')\n"
             "assert not is_feed('text/xml', b'<!-- a -->' + b' ' * 200 + b'<urlset/>')\n"
             "assert is_feed('text/html', b'\\n' * 500 + b'<?xml version=\"1.0\"?>\\n<rss version=\"2.0\">')\n")
    subprocess.run([sys.executable, "-c", check], check=True, timeout=60)


def test_rss_atom_and_rdf_entries_are_read_as_links_labelled_by_their_titles():
    rss = read_feed(RSS, "http://www.x.gov.cn/zwgk/nb/feed.xml")
    assert rss.kind == "rss" and not rss.truncated
    assert [(link.url, link.label) for link in rss.links] == [
        ("http://www.x.gov.cn/zwgk/nb/202401/t20240116_1.html", REPORT),
        ("http://www.x.gov.cn/zwgk/nb/202301/t20230116_2.html", "guid only"),
        ("http://www.x.gov.cn/zwgk/nb/202201/t20220116_4.html", "relative"),
        ("http://www.x.gov.cn/f/4.pdf", "relative")]   # an enclosure, labelled with its entry's title
    atom = read_feed(ATOM, "http://www.x.gov.cn/rss/nb.xml")
    assert atom.kind == "atom"
    assert [(link.url, link.label) for link in atom.links] == [   # the alternate link first, then enclosures
        ("http://www.x.gov.cn/nb/a.html", "a"), ("http://www.x.gov.cn/u/a.pdf", "a"),
        ("http://www.x.gov.cn/nb/b.html", "b"), ("http://www.x.gov.cn/u/b.pdf", "2023年报.pdf"),
        ("http://www.x.gov.cn/u/c.pdf", "c")]
    assert [link.url for link in read_feed(RDF, "http://www.x.gov.cn/rdf").links] == ["http://www.x.gov.cn/nb/1.html"]
    assert read_feed(b"<html><body>no feed</body></html>", "http://www.x.gov.cn/") is None
    assert read_feed(b"\x00\x01 not xml", "http://www.x.gov.cn/") is None


def test_a_feed_is_read_without_entities_or_network_and_bounded(monkeypatch, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("http://www.x.gov.cn/secret.html")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">]><rss><channel>'
           "<item><title>t</title><link>&s;</link></item></channel></rss>").encode()
    assert all("secret" not in link.url for link in read_feed(xxe, "http://www.x.gov.cn/f.xml").links)
    monkeypatch.setattr(limits, "MAX_FEED_ENTRIES", 2)
    capped = read_feed(RSS, "http://www.x.gov.cn/zwgk/nb/feed.xml")
    assert capped.truncated and len(capped.links) == 2
    monkeypatch.setattr(limits, "MAX_FEED_BYTES", RSS.index(b"<item>", RSS.index(b"guid only")))
    cut = read_feed(RSS, "http://www.x.gov.cn/zwgk/nb/feed.xml")   # the newest entries, read to the limit
    assert cut.truncated and [link.label for link in cut.links] == [REPORT, "guid only"]


def test_a_feed_entrys_title_is_a_label_of_bounded_length():
    long = "年度报告" * 5000   # a title is untrusted text: it goes into a request's meta and the WARC's metadata
    body = (f'<rss version="2.0"><channel><item><title>{long}</title><link>http://www.x.gov.cn/nb/1.html</link>'
            '</item></channel></rss>').encode()
    [link] = read_feed(body, "http://www.x.gov.cn/rss.xml").links
    assert link.label == long[:MAX_LABEL_CHARS]
    page = HtmlPage.from_bytes("http://www.x.gov.cn/", html("", "x", head=(
        f'<link rel="alternate" type="application/rss+xml" title="{long}" href="/rss/nb.xml">')))
    assert len(announced_feeds(page)[0].label) == MAX_LABEL_CHARS


def test_a_columns_feed_is_read_as_its_list_another_pages_feed_is_a_ranked_link():
    head = '<link rel="alternate" type="application/rss+xml" title="政府信息公开年报" href="/rss/nb.xml">'
    column = _analyse("http://www.x.gov.cn/zwgk/zfxxgknb/index.html", html("<ul></ul>", "政府信息公开年报", head=head),
                      role="column")
    feed = next(f for f in column.follows if f.url == "http://www.x.gov.cn/rss/nb.xml")
    assert (feed.role, feed.column, feed.extra["nianbao_api"]) == (
        "api", "http://www.x.gov.cn/zwgk/zfxxgknb/index.html", "feed")
    # fetched whole (to the crawl's response cap) and read to MAX_FEED_BYTES: a download_maxsize of that many
    # bytes would have Scrapy cancel a larger feed's download, and none of its entries be read
    assert feed.extra.get("download_maxsize", limits.MAX_RESPONSE_BYTES) >= limits.MAX_RESPONSE_BYTES
    news = _analyse("http://www.x.gov.cn/xwzx/index.html", html("<ul></ul>", "新闻中心", head=head.replace(
        "政府信息公开年报", "新闻中心").replace("nb.xml", "xw.xml")))
    assert ("http://www.x.gov.cn/rss/xw.xml", "新闻中心", False) in news.generic
    assert all(f.role != "api" for f in news.follows)


# ---- an OpenSearch description as the only place a channel's search is named

OSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>x</ShortName>
<Url type="application/rss+xml" template="http://www.x.gov.cn/rss?q={searchTerms}"/>
<Url type="text/html" method="post" template="http://www.x.gov.cn/post?q={searchTerms}"/>
<Url type="text/html" template="/xxgk/nbsearch.jsp?chnl=nb&amp;q={searchTerms}&amp;p={startPage?}&amp;n={count}"/>
<Url type="text/html" template="/s/{searchTerms}/{startPage}"/>
</OpenSearchDescription>"""


def test_an_opensearch_descriptions_html_templates_are_asked_with_empty_terms():
    assert opensearch_urls(OSD, "http://www.x.gov.cn/opensearch.xml") == [
        "http://www.x.gov.cn/xxgk/nbsearch.jsp?chnl=nb&q=&n=",   # the optional page dropped
        "http://www.x.gov.cn/s//1"]
    assert opensearch_urls(OSD, "http://www.x.gov.cn/o.xml", terms="年报")[0].endswith("q=%E5%B9%B4%E6%8A%A5&n=")
    assert opensearch_urls(RSS, "http://www.x.gov.cn/o.xml") == []   # no description
    assert opensearch_urls(b"\x00 not xml", "http://www.x.gov.cn/o.xml") == []


def test_a_pages_head_names_its_opensearch_description_read_as_an_api_answer():
    head = ('<link rel="search" type="application/opensearchdescription+xml" title="站内检索" href="/opensearch.xml">'
            '<link rel="search" type="application/opensearchdescription+xml" href="http://other.example.com/o.xml">'
            '<link rel="alternate" type="application/opensearchdescription+xml" href="/not-search.xml">')
    result = _analyse("http://www.x.gov.cn/", html("<p>home</p>", "X县人民政府", head=head), role="home")
    described = [(f.url, f.role, f.anchor, f.extra) for f in result.follows if (f.extra or {}).get("nianbao_api")]
    assert described == [("http://www.x.gov.cn/opensearch.xml", "api", "站内检索", {"nianbao_api": "opensearch"})]


# ---- a catalogue's search form as the only list of its 年度报告 category

TOKEN = "ec547a2ade995e62b10357294afa1d50"


def _catalogue(chosen: str = "", method: str = "post") -> bytes:
    cats = "".join(f'<option value="{code}"{" selected" if code == chosen else ""}>{name}</option>'
                   for code, name in (("0101", "机构职能"), ("0112", "年度报告"), ("0115", "政府信息公开指南")))
    return html(f'<form id="searchForm" method="{method}" action="/News_searchGkml.action">'
                f'<input type="hidden" name="token" value="{TOKEN}"><input type="text" name="title" value="">'
                f'<select name="fenlei"><option value="">--请选择--</option>{cats}</select>'
                '<select name="jigou"><option value="">--请选择--</option><option value="U1">X县教育局</option>'
                '<option value="U2">X县城关镇</option></select><input type="submit" value="查询"></form>'
                '<table><tr><td><a href="/News_showGkmlNews.action?messagekey=1">X县教育局工作动态</a></td></tr></table>',
                "政府信息公开目录")


def test_a_catalogue_form_is_submitted_with_its_report_category_and_the_pages_token():
    page = HtmlPage.from_bytes("http://www.x.gov.cn/News_gkmlIndex.action", _catalogue())
    [(request, text, choice)] = selectors.category_requests(page)
    assert (request.method, request.url, text) == ("POST", "http://www.x.gov.cn/News_searchGkml.action", "年度报告")
    assert request.body == f"token={TOKEN}&title=&fenlei=0112&jigou="
    assert request.headers == {"Content-Type": "application/x-www-form-urlencoded"}
    assert choice == "POST http://www.x.gov.cn/News_searchGkml.action fenlei=0112"   # whatever the token
    get = HtmlPage.from_bytes("http://www.x.gov.cn/gkml/index.jsp", _catalogue(method="get"))
    [(request, _, _)] = selectors.category_requests(get)
    assert request.url == f"http://www.x.gov.cn/News_searchGkml.action?token={TOKEN}&title=&fenlei=0112&jigou="


def test_the_answer_is_not_submitted_again_and_its_selects_enumerate_the_report_category_only():
    answer = HtmlPage.from_bytes("http://www.x.gov.cn/News_searchGkml.action", _catalogue(chosen="0112"))
    assert selectors.category_requests(answer) == []
    bodies = {r.body for r in selectors.form_requests(answer).requests}
    assert bodies == {f"token={TOKEN}&title=&fenlei=0112&jigou=U1", f"token={TOKEN}&title=&fenlei=0112&jigou=U2",
                      f"token={TOKEN}&title=&fenlei=0112&jigou="}   # no 机构职能, no 指南
    # a select with no report category (years, units) and a jump menu are not categories
    pickers = HtmlPage.from_bytes("http://www.x.gov.cn/nb.jsp", html(
        '<form action="/nb.jsp"><select name="year"><option value="2023">2023年</option></select>'
        '<select name="go"><option value="/zwgk/nb/">年度报告</option></select></form>'))
    assert selectors.category_requests(pickers) == []


def test_a_catalogue_reached_as_a_section_yields_its_report_category_as_a_list():
    result = _analyse("http://www.x.gov.cn/News_gkmlIndex.action", _catalogue(), role="section")
    [follow] = [f for f in result.follows if f.page_request is not None and f.page_request.pager == "category"]
    assert (follow.role, follow.anchor, follow.column) == ("list", "年度报告", "http://www.x.gov.cn/News_gkmlIndex.action")
    assert follow.extra == {"nianbao_category_form": "POST http://www.x.gov.cn/News_searchGkml.action fenlei=0112"}
