"""Addresses a page names only in ways a plain href reader misses (issue 12, seventh round): inside another link's
query values (a pdf.js viewer's `file=`, a leave-site notice's `url=`, a redirector's `target=`), in a news feed
(RSS 2.0 / Atom entries), and behind a catalogue's search form whose category select has a 年度报告 option. Pure
page analysis; the end-to-end checks are in test_hidden_addresses_e2e.py."""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.discovery.query_targets import MAX_EMBEDDED_PER_PAGE, embedded_links, query_addresses
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


def test_embedded_links_keep_the_carriers_label_and_are_bounded():
    links = [Link(f"http://www.x.gov.cn/v.html?file=%2Fu%2F{n}.pdf", f"报告{n}") for n in range(250)]
    found = embedded_links(links)
    assert len(found) == MAX_EMBEDDED_PER_PAGE
    assert found[0] == Link("http://www.x.gov.cn/u/0.pdf", "报告0", "", "query")
    # an address the page also links plainly is that link already
    direct = [Link("http://www.x.gov.cn/v.html?file=%2Fu%2Fa.pdf", "a"), Link("http://www.x.gov.cn/u/a.pdf", "a")]
    assert embedded_links(direct) == []


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
