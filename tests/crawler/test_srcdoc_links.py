"""Links of a list written into an iframe's srcdoc (crawler/discovery/srcdoc_links.py), on pure page analysis."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery import srcdoc_links
from nianbao.crawler.discovery.page import HtmlPage

PAGE = ('<html><head><base href="http://www.x.gov.cn/xxgk/nb/"></head><body><h2>政府信息公开年报</h2>'
        '<iframe srcdoc="&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;202401/t20240115_1.html&quot;&gt;'
        'X县2023年政府信息公开工作年度报告&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;/xxgk/nb/old/2015.html&quot;'
        ' title=&quot;X县2015年政府信息公开工作年度报告&quot;&gt;2015年&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;"></iframe>'
        '</body></html>')


def _page(text: str) -> HtmlPage:
    return HtmlPage(url="http://www.x.gov.cn/xxgk/index.html", text=text, encoding="utf-8")


def test_a_srcdoc_lists_links_resolve_against_the_parent_pages_base():
    links = srcdoc_links.srcdoc_links(_page(PAGE))
    assert [(link.url, link.label, link.tag) for link in links] == [
        ("http://www.x.gov.cn/xxgk/nb/202401/t20240115_1.html", "X县2023年政府信息公开工作年度报告", "iframe"),
        ("http://www.x.gov.cn/xxgk/nb/old/2015.html", "X县2015年政府信息公开工作年度报告", "iframe")]
    assert not _page(PAGE).links   # the page itself has no <a> for them: only the frame does


def test_pages_without_srcdoc_frames_give_nothing_and_frames_are_bounded():
    assert srcdoc_links.srcdoc_links(_page('<iframe src="/list.html"></iframe><a href="/a.html">a</a>')) == []
    many = "".join(f'<iframe srcdoc="&lt;a href=&quot;/r{n}.html&quot;&gt;r{n}&lt;/a&gt;"></iframe>'
                   for n in range(srcdoc_links.MAX_SRCDOC_FRAMES + 5))
    urls = [link.url for link in srcdoc_links.srcdoc_links(_page(many))]
    assert len(urls) == srcdoc_links.MAX_SRCDOC_FRAMES and urls[0] == "http://www.x.gov.cn/r0.html"


def test_a_column_pages_srcdoc_list_is_followed_and_counted():
    from nianbao.crawler.discovery.analysis import PageJob, analyse_html

    result = analyse_html(PageJob("http://www.x.gov.cn/xxgk/index.html", PAGE.encode(), "text/html; charset=utf-8",
                                  "column"))
    assert result.srcdoc_links == 2
    followed = {f.url: f.role for f in result.follows}
    assert followed["http://www.x.gov.cn/xxgk/nb/202401/t20240115_1.html"] == "article"
    assert "http://www.x.gov.cn/xxgk/nb/old/2015.html" in followed


def _data_frame(inner: str, tag: str = "iframe", attr: str = "src") -> str:
    import base64

    encoded = base64.b64encode(inner.encode("utf-8")).decode("ascii")
    return f'<html><body><{tag} {attr}="data:text/html;charset=utf-8;base64,{encoded}"></{tag}></body></html>'


def test_a_data_frames_absolute_links_are_the_pages_and_relative_ones_resolve_to_nothing():
    inner = ('<a href="http://www.x.gov.cn/xxgk/nb/2015.html">X县2015年政府信息公开工作年度报告</a>'
             '<a href="2016.html">2016</a><a href="/xxgk/nb/2017.html">2017</a>')
    for tag, attr in (("iframe", "src"), ("frame", "src"), ("object", "data")):
        links = srcdoc_links.data_frame_links(_page(_data_frame(inner, tag, attr)))
        assert [(link.url, link.text) for link in links] == [
            ("http://www.x.gov.cn/xxgk/nb/2015.html", "X县2015年政府信息公开工作年度报告")], tag
    percent = '<iframe src="data:text/html,%3Ca%20href%3D%22http://www.x.gov.cn/a.html%22%3Ea%3C/a%3E"></iframe>'
    assert [link.url for link in srcdoc_links.data_frame_links(_page(percent))] == ["http://www.x.gov.cn/a.html"]


def test_other_data_frames_and_oversized_addresses_give_nothing():
    link = '<a href="http://www.x.gov.cn/a.html">a</a>'
    assert srcdoc_links.data_frame_links(_page(_data_frame(link).replace("text/html", "text/plain"))) == []
    assert srcdoc_links.data_frame_links(_page(_data_frame(link, attr="data-src"))) == []   # no frame address
    assert srcdoc_links.data_frame_links(_page('<iframe src="data:text/html;base64,%%%"></iframe>')) == []
    huge = link + "x" * limits.MAX_DATA_FRAME_CHARS
    assert srcdoc_links.data_frame_links(_page(_data_frame(huge))) == []
