"""A county portal whose one 政府信息公开年报 column (every unit's reports of every year, newest first, 8 a page) is
paged by a script that no longer runs: each list page keeps the addresses of its first, previous, next and last
pages in hidden fields (`<input type="hidden" id="pageUrl_next" value="/xxgknb/index_1.shtml">`), and its 下一页 and
尾页 are `<a href="javascript:;" class="pg-btn" data-target="next">` buttons that /js/pager.js wires with jQuery's
`$(…)` — but no page loads jQuery, so the script stops at its first line (`$ is not defined`) and the buttons do
nothing in any browser. Page 2 onwards are named only by the hidden fields' `value`s: no `href`, `src` or `action` of
any page names them (held out of tuning, forty-seventh round).

Modelled on https://ht.sanya.gov.cn/htqsite/xxgknb/201701/dd9b95f6f19146ce81776f6becbb9b61.shtml (三亚市海棠区's
2015 report in its 政府信息公开年报 column, articles `xxgknb/<YYYYMM>/<32 hex>.shtml`, the layout this family takes;
its text names the column as where the report is published). The hidden fields and the dead pager script are this
family's choice (the cited page is text; a site that dropped jQuery from its template while the list pager still
needs it is a common failure). Unlike postpager (hidden fields of a POST form a working script submits), formview
(a form's hidden fields) or buttonpager (submit buttons' values), the fields belong to no form and hold the very
addresses of the pages, which a GET of each answers.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  column), /xxgknb/index.shtml and /xxgknb/index_<n>.shtml (the pages), /js/pager.js (the dead pager), articles
  /xxgknb/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/xxgknb/"
PAGE_SIZE = 8
PAGER_JS = "/js/pager.js"
# jQuery-style wiring; the template no longer loads jQuery, so `$` is undefined and nothing below ever runs
PAGER_SCRIPT = """$(function () {
  $(".pg-btn").on("click", function () {
    var url = $("#pageUrl_" + $(this).data("target")).val();
    if (url) { window.location.href = url; }
  });
});
"""


def page_path(n: int) -> str:
    return f"{FOLDER}index.shtml" if n == 0 else f"{FOLDER}index_{n}.shtml"


def pager(n: int, count: int, total: int) -> str:
    """The hidden fields the dead script would read, and its buttons."""
    targets = {"first": 0, "prev": n - 1, "next": n + 1, "last": count - 1}
    fields = "".join(f'<input type="hidden" id="pageUrl_{name}" value="{esc(page_path(i))}">'
                     for name, i in targets.items() if 0 <= i < count)
    buttons = "".join(f'<a href="javascript:;" class="pg-btn" data-target="{name}">{label}</a> '
                      for name, label in (("first", "首页"), ("prev", "上一页"), ("next", "下一页"), ("last", "尾页")))
    return f'<div class="pagination">共{total}条 第{n + 1}/{count}页 {buttons}{fields}</div>'


def build_hiddenpager(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "hiddenpager"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.report_column_pages(
        b, www, county, family, arts, noise, nav=nav,
        path=lambda art: f"{FOLDER}{art.day:%Y%m}/{stable_hex('hp-art', county.pinyin, art.key)}.shtml")
    chunks = paginate(items, PAGE_SIZE)
    script = f'<script type="text/javascript" src="{PAGER_JS}"></script>'
    for n, chunk in enumerate(chunks):
        kit.report_list_page(b, www, county, family, page_path(n), "政府信息公开年报",
                             kit.link_list(chunk) + pager(n, len(chunks), len(items)), chunk, nav=nav, scripts=script)
    b.add(www, PAGER_JS, Page(PAGER_SCRIPT.encode(), SITE_DATE, "application/javascript"), "asset")
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=page_path(0),
                            news_salt="hp-news")
    return urls
