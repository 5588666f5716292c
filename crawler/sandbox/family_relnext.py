"""A county portal whose 政府信息公开年报 list is paged, but whose pager names no page: the 上一页/下一页 buttons are
`<a href="javascript:;">` whose click handler goes to the address of the page's `<link rel="next">` (or `prev`) in
its `<head>`, the pagination hint written for search engines; the page count is text (`2/5`). The later pages'
addresses (`index_2.html` … from 2, not TRS's `index_1.html`) are written only in those head links of the pages
before and after them (held out of tuning, thirteenth round).

Modelled on http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html (荔浦: one 政府信息公开年报 column,
TRS `<YYYYMM>/t<YYYYMMDD>_<id>.html` articles) and http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html
(南县: a county CMS's numbered column paths), with the pagination link types of the HTML standard (`rel="next"`,
`rel="prev"` on `<link>`, which SEO plugins of CMSs write into list pages). A pager whose buttons read the head's
links is this family's choice; the cited pages do not show it. Unlike laypage (the next address composed in a pager
callback from a count), loadmore/scrollcursor (fragments fetched by a script) and countdown/postpager (pagers of
links or forms), the address is declared in markup, in the head only.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报
  column), /zwgk/ndbg/index.html, index_2.html … (12 entries a page: every unit's reports of every year and
  look-alikes; `<link rel="prev|next">` in the head, `javascript:;` buttons), articles under /zwgk/ndbg/.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.common import paginate, trs_list_html
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report

NB = "/zwgk/ndbg/"
PAGE_SIZE = 12
PAGER_JS = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  ["prev", "next"].forEach(function (rel) {
    var button = document.querySelector(".pagination ." + rel), link = document.querySelector('link[rel="' + rel + '"]');
    if (!button) { return; }
    if (!link) { button.className += " disabled"; return; }
    button.addEventListener("click", function () { location.href = link.href; });
  });
});
</script>"""


def page_name(n: int) -> str:
    """The n-th page (1-based) of the column: index.html, then index_2.html, index_3.html …"""
    return "index.html" if n == 1 else f"index_{n}.html"


def build_relnext(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "relnext"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    entries, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, folder=NB, salt="rn-art")
    chunks = paginate(entries, PAGE_SIZE)
    for n, chunk in enumerate(chunks, start=1):
        head = "".join(f'<link rel="{rel}" href="{page_name(m)}">' for rel, m in (("prev", n - 1), ("next", n + 1))
                       if 1 <= m <= len(chunks))
        pager = (f'<div class="pagination"><a href="javascript:;" class="prev">上一页</a> '
                 f'<span class="cur">{n}</span>/<span class="total">{len(chunks)}</span> '
                 f'<a href="javascript:;" class="next">下一页</a></div>')
        kit.report_list_page(b, www, county, family, NB + page_name(n), "政府信息公开年报", trs_list_html(chunk, NB) + pager,
                             chunk, nav=nav, scripts=head + PAGER_JS)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB + "index.html", news_salt="rn-news")
    return urls
