"""A page's alternate versions (crawler/discovery/page.py `alternates`): a mobile host named only to phones and
search engines is followed like a link of the page, in the page's column when the page is one."""

from __future__ import annotations

from nianbao.crawler.discovery.analysis import PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.site import SiteScope

from tests.crawler.minisite import html

M_LIST = "http://m.x.gov.cn/jc/195/list.html"
PHONE_HEAD = (f'<meta name="applicable-device" content="pc"><meta name="mobile-agent" content="format=html5;url={M_LIST}">'
              f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{M_LIST}">')
UA_SCRIPT = ('<script>if (/Android|iPhone/i.test(navigator.userAgent)) { window.location.href = "http://m.x.gov.cn/"; }'
             '</script>')


def _page(head: str, body: str = "", title: str = "政府信息公开年报") -> HtmlPage:
    return HtmlPage.from_bytes("http://www.x.gov.cn/jc/187/195/index.html", html(body, title, head=head))


def test_link_alternate_mobile_agent_and_a_user_agent_script_name_the_mobile_host_once():
    page = _page(PHONE_HEAD, UA_SCRIPT)
    assert [(link.url, link.label, link.tag) for link in page.alternates] == [
        (M_LIST, "政府信息公开年报", "alternate"), ("http://m.x.gov.cn/", "政府信息公开年报", "alternate")]
    # the widespread uaredirect.js, called with the mobile address
    page = _page('<script src="/js/uaredirect.js"></script><script>uaredirect("http://m.x.gov.cn/index.html");</script>')
    assert [link.url for link in page.alternates] == ["http://m.x.gov.cn/index.html"]
    # the mobile-agent meta alone, in Baidu's other spelling
    page = _page('<meta name="mobile-agent" content="format=xhtml; url=/wap/index.html">')
    assert [link.url for link in page.alternates] == ["http://www.x.gov.cn/wap/index.html"]


def test_feeds_plain_redirects_and_device_declarations_are_no_alternates():
    head = ('<link rel="alternate" type="application/rss+xml" href="/rss.xml"><meta name="applicable-device" '
            'content="pc,mobile"><link rel="stylesheet" href="/m.css">')
    # a redirect that tests no device is a redirect (page.py script_redirect), not an alternate
    assert _page(head, '<script>location.href = "/new/index.html";</script>').alternates == []


def test_the_alternate_of_a_column_page_is_that_column_on_the_mobile_host_and_others_are_ranked_links():
    site = SiteScope.of("www.x.gov.cn")
    column = analyse_html(PageJob("http://www.x.gov.cn/jc/187/195/index.html",
                                  html('<ul><li><a href="/jc/187/195/content_1.html">2023年度政府信息公开工作年度报告'
                                       '</a></li></ul>', "政府信息公开年报", head=PHONE_HEAD),
                                  "text/html; charset=utf-8", "column", site=site))
    assert [(f.url, f.role) for f in column.follows if "m.x.gov.cn" in f.url] == [(M_LIST, "column")]
    home = analyse_html(PageJob("http://www.x.gov.cn/", html('<a href="/xwzx/">新闻</a>', "某县人民政府", head=UA_SCRIPT),
                                "text/html; charset=utf-8", "home", site=site, homepage="http://www.x.gov.cn/"))
    assert ("http://m.x.gov.cn/", "某县人民政府", False) in home.generic
    # another county's mobile host is off site: counted, not followed
    other = analyse_html(PageJob("http://www.x.gov.cn/", html("", "某县", head='<link rel="alternate" media="handheld" '
                                                               'href="http://m.y.gov.cn/">'),
                                 "text/html; charset=utf-8", "home", site=site, homepage="http://www.x.gov.cn/"))
    assert other.generic == [] and other.offsite_links == 1
