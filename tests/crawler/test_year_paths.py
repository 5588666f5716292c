"""Years nobody links (crawler/discovery/pagers/yearpaths.py): per-year folders linked for recent years only, and a
year picker's script that builds the address, give the earlier years' addresses newest first; articles and single
dated links give none."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.pagers import yearpaths


def _page(url: str, body: str) -> HtmlPage:
    return HtmlPage.from_bytes(url, f"<html><body>{body}</body></html>".encode(), "text/html; charset=utf-8")


def test_a_folder_per_year_linked_for_recent_years_walks_down_to_2008_skipping_the_linked():
    tabs = "".join(f'<a href="/zwgk/nb/{y}n/index.html">{y}年度</a>' for y in (2025, 2024, 2022))
    walks = yearpaths.year_walks(_page("http://www.x.gov.cn/zwgk/nb/index.html", tabs))
    assert len(walks) == 1
    template, urls = walks[0]
    assert template == "http://www.x.gov.cn/zwgk/nb/{}n/index.html"
    assert urls[:2] == ["http://www.x.gov.cn/zwgk/nb/2023n/index.html", "http://www.x.gov.cn/zwgk/nb/2021n/index.html"]
    assert urls[-1].endswith("/2008n/index.html") and len(urls) == 2025 - 2008 + 1 - 3


def test_bare_year_folders_and_their_shapes():
    assert yearpaths._template("http://x.gov.cn/xxgk/ndbg/2022/") == ("http://x.gov.cn/xxgk/ndbg/{}/", 2022)
    assert yearpaths._template("http://x.gov.cn/nb/nd2021/list.html") == ("http://x.gov.cn/nb/nd{}/list.html", 2021)
    assert yearpaths._template("http://x.gov.cn/nb/2022/0315/t1.html") is None          # an article in a dated folder
    assert yearpaths._template("http://x.gov.cn/nb/2022/abc/index.html") is None        # the year is not the last folder
    assert yearpaths._template("http://x.gov.cn/nb/20221/index.html") is None


def test_one_linked_year_or_an_article_is_no_walk():
    one = '<a href="/zwgk/nb/2024n/index.html">2024年度</a><a href="/xw/2023/0101/t1.html">新闻</a>' \
          '<a href="/xw/2022/0101/t2.html">新闻</a>'
    assert yearpaths.year_walks(_page("http://www.x.gov.cn/zwgk/", one)) == []


def test_a_year_picker_script_builds_the_template_and_bounds_the_walk():
    script = ("<script>laydate.render({ elem: '#nbYear', type: 'year', min: '2015-01-01', max: '2024-12-31', "
              "done: function (value) { window.location.href = '/zwgk/nb/' + value + 'n/index.html'; } });</script>")
    walks = yearpaths.year_walks(_page("http://www.x.gov.cn/zwgk/nb/index.html",
                                       '<a href="/zwgk/nb/2024n/index.html">2024年度</a>' + script))
    assert walks == [("http://www.x.gov.cn/zwgk/nb/{}n/index.html",
                      [f"http://www.x.gov.cn/zwgk/nb/{y}n/index.html" for y in range(2023, 2014, -1)])]
    # a concatenation in a page whose scripts never speak of years is not a picker
    other = "<script>function go(id) { window.location.href = '/zwgk/' + id + '/index.html'; }</script>"
    assert yearpaths.year_walks(_page("http://www.x.gov.cn/zwgk/", other)) == []


def test_years_after_the_newest_linked_are_walked_up_to_the_latest_the_page_names():
    body = ('<a href="/nb/2021/">2021年</a><a href="/nb/2020/">2020年</a>'
            '<ul><li><a href="/nb/2023/t1.html">某县2023年政府信息公开工作年度报告</a><span>2024-01-20</span></li></ul>')
    walks = dict(yearpaths.year_walks(_page("http://www.x.gov.cn/nb/", body)))
    assert walks["http://www.x.gov.cn/nb/{}/" + yearpaths.UP] == [f"http://www.x.gov.cn/nb/{y}/" for y in (2022, 2023, 2024)]
    assert walks["http://www.x.gov.cn/nb/{}/"][0] == "http://www.x.gov.cn/nb/2019/"
