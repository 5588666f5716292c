"""Links a page writes in markup no element links: IE's conditional comments (crawler/discovery/
conditional_comments.py), a frameset's `<noframes>` (noframes.py), microdata/RDFa property values (microdata_links.py) and form fields' page addresses
(field_links.py), and hrefs typed host first with no scheme (bare_hosts.py), on pure page analysis; each with the
cases it must not fire on."""

from __future__ import annotations

from nianbao.crawler.discovery import bare_hosts, conditional_comments, field_links, microdata_links, noframes
from nianbao.crawler.discovery.analysis import PageAnalysis, PageJob, analyse_html
from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.site import SiteScope

BASE = "http://www.x.gov.cn/xxgk/nb/index.html"


def _links(body: str, tag: str) -> list[tuple[str, str]]:
    page = HtmlPage(url=BASE, text=f"<html><body>{body}</body></html>", encoding="utf-8")
    return [(link.url, link.label) for link in page.links if link.tag == tag]


def test_a_downlevel_hidden_conditional_comments_links_are_read_and_an_ordinary_comments_are_not():
    body = ('<!--[if !IE]><!--><a href="2023.html">2023年</a><!--<![endif]-->'
            '<!--[if lt IE 9]><div class="old"><a href="/old/2015.html">X县2015年政府信息公开工作年度报告</a></div><![endif]-->'
            '<!-- <a href="/removed.html">已撤下</a> -->'
            '<!--[if IE 8]><link rel="stylesheet" href="/ie8.css"><![endif]-->')
    assert _links(body, "conditional") == [("http://www.x.gov.cn/old/2015.html", "X县2015年政府信息公开工作年度报告")]
    page = HtmlPage(url=BASE, text=f"<html><body>{body}</body></html>", encoding="utf-8")
    assert "http://www.x.gov.cn/removed.html" not in {link.url for link in page.links}   # commented out: not read
    assert _links('<a href="/a.html">a</a><!-- [endif] -->', "conditional") == []


def test_conditional_comment_links_are_bounded():
    many = "".join(f'<a href="/r{n}.html">r{n}</a>' for n in range(conditional_comments.MAX_LINKS + 20))
    assert len(_links(f"<!--[if lt IE 9]>{many}<![endif]-->", "conditional")) == conditional_comments.MAX_LINKS


FRAMESET = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>本级年报</title></head>'
            '<frameset rows="132,*"><frame src="top.html"><frame name="main" src="list.html">{}</frameset></html>')


def _frameset_links(noframes: str) -> list:
    return HtmlPage(url=BASE, text=FRAMESET.format(noframes), encoding="utf-8").links


def test_a_framesets_noframes_links_are_read_which_the_parser_keeps_as_text():
    links = _frameset_links('<NOFRAMES><body><h3>往年年报</h3><ul><li><a href="/gknb/bj/201203/t20120304_1.htm">'
                            'X县2011年政府信息公开工作年度报告</a></li><li><area href="../old/2010.htm" title="2010年报">'
                            '</li><li><!-- <a href="/removed.htm">撤下</a> --></li></ul></body></NOFRAMES>')
    assert [(link.url, link.label, link.tag) for link in links] == [
        ("http://www.x.gov.cn/gknb/bj/201203/t20120304_1.htm", "X县2011年政府信息公开工作年度报告", "noframes"),
        ("http://www.x.gov.cn/xxgk/old/2010.htm", "2010年报", "noframes")]   # a commented-out link is not read
    result = analyse_html(PageJob(BASE, FRAMESET.format('<noframes><a href="/gknb/2015.htm">2015年年报</a></noframes>')
                                  .encode(), "text/html; charset=utf-8", "column"))
    assert result.noframes_links == 1 and "http://www.x.gov.cn/gknb/2015.htm" in {f.url for f in result.follows}


def test_a_noframes_that_only_asks_for_a_newer_browser_or_a_page_without_one_gives_no_link():
    assert _frameset_links("<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes>") == []
    assert _frameset_links("") == []
    assert _links('<p>&lt;noframes&gt; <a href="/a.html">a</a></p>', "noframes") == []   # the word, no element


def test_noframes_links_are_bounded():
    many = "".join(f'<a href="/r{n}.html">r{n}</a>' for n in range(noframes.MAX_LINKS + 20))
    assert len(_frameset_links(f"<noframes>{many}</noframes>")) == noframes.MAX_LINKS


def test_microdata_and_rdfa_address_values_are_links_and_text_properties_are_not():
    body = ('<ul itemscope itemtype="https://schema.org/ItemList"><meta itemprop="name" content="县政府信息公开年报">'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/Report">'
            '<meta itemprop="url" content="/zwgk/gknb/202301/t20230118_1.html">'
            '<span itemprop="name">X县2022年政府信息公开工作年度报告</span>'
            '<time itemprop="datePublished" datetime="2023-01-18">2023-01-18</time></li>'
            '<li itemscope itemid="/zwgk/gknb/202201/t20220110_2.html"><span itemprop="name">2021年报</span></li></ul>'
            '<div property="schema:mainEntityOfPage" resource="/zwgk/gknb/2020.shtml"></div><div vocab="https://schema.org/" typeof="Person"><span property="image" resource="/img/p.png"></span></div>'
            '<meta itemprop="description" content="本年度报告根据条例编制"><meta itemprop="datePublished" content="2023-01-18">')
    assert _links(body, "microdata") == [
        ("http://www.x.gov.cn/zwgk/gknb/202301/t20230118_1.html", "X县2022年政府信息公开工作年度报告"),
        ("http://www.x.gov.cn/zwgk/gknb/202201/t20220110_2.html", "2021年报"),
        ("http://www.x.gov.cn/zwgk/gknb/2020.shtml", ""),
        ("http://www.x.gov.cn/img/p.png", "")]   # a link, unlabelled: dropped as media by the analysis
    assert _links('<meta name="keywords" content="/a.html"><span data-x="/b.html">b</span>', "microdata") == []


def test_a_microdata_image_is_a_link_the_analysis_drops_as_media():
    body = ('<div itemscope itemtype="https://schema.org/Report"><meta itemprop="image" content="/img/cover.jpg">'
            '<meta itemprop="url" content="/zwgk/gknb/2022.html"><span itemprop="name">X县2022年政府信息公开工作年度报告</span></div>')
    result = analyse_html(PageJob(BASE, f"<html><body>{body}</body></html>".encode(), "text/html; charset=utf-8",
                                  "column"))
    followed = {f.url for f in result.follows}
    assert "http://www.x.gov.cn/zwgk/gknb/2022.html" in followed and result.microdata_links == 2
    assert "http://www.x.gov.cn/img/cover.jpg" not in followed


def test_same_site_page_addresses_in_fields_are_links_and_tokens_ids_and_offsite_urls_are_not():
    body = ('<div class="pagination"><input type="hidden" id="pageUrl_next" value="/xxgk/nb/index_1.shtml">'
            '<input type="hidden" name="pageUrl_last" value="./index_8.shtml"></div>'
            '<form><input type="hidden" name="token" value="a8f9e1c2d3b4"><input type="hidden" name="id" value="123">'
            '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTk1ODQ5MzA3MWRk/">'
            '<input type="hidden" name="back" value="http://www.other.gov.cn/list.html">'
            '<input type="hidden" name="api" value="/api/data"><input type="submit" value="/go.html">'
            '<input type="text" name="q" value="年度报告"></form>')
    assert _links(body, "field") == [("http://www.x.gov.cn/xxgk/nb/index_1.shtml", "pageUrl_next"),
                                     ("http://www.x.gov.cn/xxgk/nb/index_8.shtml", "pageUrl_last")]


def test_field_values_are_bounded_and_page_addresses_told_apart():
    many = "".join(f'<input type="hidden" value="/p{n}.html">' for n in range(field_links.MAX_FIELDS + 9))
    assert len(_links(many, "field")) == field_links.MAX_FIELDS
    assert field_links.is_page_address("/nb/") and field_links.is_page_address("http://www.x.gov.cn/a.html?p=2")
    assert not any(field_links.is_page_address(v) for v in ("/", "list_2.html", "中文", "/a b.html", "x" * 600))
    assert microdata_links.MAX_VALUES >= 100


def test_an_href_typed_host_first_is_also_read_as_that_hosts_address():
    body = ('<div class="TRS_Editor"><a href="www.x.gov.cn/zwgk/nb/bm/202301/t20230118_1.html">X县教育局2022年年报</a>'
            '<a href=" www.x.gov.cn:8080\\nb\\2.html#top">2</a><a href="www.x.gov.cn">X县人民政府网</a></div>')
    assert _links(body, "barehost") == [("http://www.x.gov.cn/zwgk/nb/bm/202301/t20230118_1.html", "X县教育局2022年年报"),
                                        ("http://www.x.gov.cn:8080/nb/2.html", "2"),
                                        ("http://www.x.gov.cn/", "X县人民政府网")]
    # the browser's reading stays a link too (rank links, do not prune them)
    assert ("http://www.x.gov.cn/xxgk/nb/www.x.gov.cn/zwgk/nb/bm/202301/t20230118_1.html", "X县教育局2022年年报") in \
        _links(body, "a")


def test_file_names_paths_and_absolute_hrefs_are_no_bare_hosts():
    hrefs = ("index.html", "v1.2/file.pdf", "a.b/c.html", "list.do", "list.do/x", "report.zip", "main.py",
             "jquery.min.js", "2023.12/a.html", "x.gov.cn", "/www.x.gov.cn/a.html", "./www.x.gov.cn/a.html",
             "../www.x.gov.cn/a.html", "http://www.y.gov.cn/a.html", "//www.y.gov.cn/a.html", "?page=2",
             "#www.x.gov.cn/a", "mailto:a@www.x.gov.cn", "www.x.gov.cn/" + "a" * bare_hosts.MAX_HREF_CHARS)
    assert [h for h in hrefs if bare_hosts.bare_host_url(h) is not None] == []
    body = "".join(f'<a href="{h}">{n}</a>' for n, h in enumerate(hrefs))
    assert _links(body, "barehost") == []


def test_a_bare_hosts_address_is_followed_as_the_same_href_written_with_its_scheme():
    """Ranked like the page's other links, and left to the ordinary scope (the spider's) when off the site."""
    rows = (("www.x.gov.cn/zwgk/nb/bm/202301/t20230118_1.html", "X县教育局2022年政府信息公开工作年度报告"),
            ("www.other.gov.cn/zwgk/nb/202301/t20230118_2.html", "Y县2022年政府信息公开工作年度报告"))

    def follows(scheme: str) -> tuple[PageAnalysis, dict[str, tuple[str, str]]]:
        body = "".join(f'<a href="{scheme}{href}">{label}</a>' for href, label in rows)
        result = analyse_html(PageJob(BASE, f"<html><body>{body}</body></html>".encode(),
                                      "text/html; charset=utf-8", "column", site=SiteScope.of("www.x.gov.cn")))
        return result, {f.url: (f.role, f.letter) for f in result.follows if "/xxgk/nb/www." not in f.url}

    bare, typed = follows(""), follows("http://")
    assert bare[1] == typed[1] and len(typed[1]) == 2
    assert bare[0].bare_host_links == 2 and typed[0].bare_host_links == 0


def test_a_pager_whose_pages_are_read_from_fields_is_not_rendered_for_its_dead_controls():
    pager = ('<div class="pagination"><a href="javascript:;" class="pg-btn" data-target="next">下一页</a>'
             '<a href="javascript:;" class="pg-btn" data-target="last">尾页</a>{fields}</div>')

    def analyse(fields: str) -> PageAnalysis:
        body = f"<html><body><ul><li>a</li></ul>{pager.format(fields=fields)}</body></html>"
        return analyse_html(PageJob(BASE, body.encode(), "text/html; charset=utf-8", "column"))

    read = analyse('<input type="hidden" id="pageUrl_next" value="/xxgk/nb/index_1.html">')
    assert read.render_evidence is None and read.pager_from_fields
    # a field naming a page elsewhere (a back link) reads no pager: the controls are rendered as before
    elsewhere = analyse('<input type="hidden" name="back" value="/zwgk/index.html">')
    assert elsewhere.render_evidence == "unread_pager" and not elsewhere.pager_from_fields
    assert analyse("").render_evidence == "unread_pager"
