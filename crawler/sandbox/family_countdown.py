"""Count-down pagers and a long historical tail (a Hubei 集约化 platform, /sitesources/<site>/page_pc/).

Modelled on the layout of http://www.pamand.com/sitesources/lkxrmzf/page_pc/zfxxgk/zfxxgknb/2015njyq/articledb43ba43d95e42fe8a9679e0062ba3b5.html
(a spam copy of a Hubei county's 政府信息公开年报 article: /sitesources/<site>/page_pc/zfxxgk/zfxxgknb/<year
column>/article<32 hex>.html) and http://www.fuxian.gov.cn/zfxxgk/zfxxgknb/xz/2021/1571424084523327490.html
(per-year sub-columns of the 年报 column).

- The 年报 column /sitesources/<site>/page_pc/zfxxgk/zfxxgknb/list1.html … counts down: the first page is
  `index.html` (newest), the next ones `index_<P-1>.html`, `index_<P-2>.html` … `index_1.html` (oldest), as
  static publishing that never renames old pages does. The pager is written by a script (document.write,
  createPageHTML-style); statically only 首页 and 尾页 are links.
- Per-year sub-columns (static lists, no pager) exist for 2021-2024 only: older reports, 2008-2018 included, are
  only in the count-down pages.
- A hijacked 友情链接 on the home page leads to a spam mirror of some report pages on another domain.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 6
COUNTDOWN_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  // page 0 is index.html; page k (k >= 1) is index_<count - k>.html: numbers fall as pages get older
  var html = "";
  for (var k = 0; k < _nPageCount; k++) {
    var name = (k == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + (_nPageCount - k) + "." + _sPageExt;
    html += (k == _nCurrIndex) ? "<span>" + (k + 1) + "</span> " : "<a href=\\"" + name + "\\">" + (k + 1) + "</a> ";
  }
  document.write("<div class=\\"page\\">" + html + "</div>");
}
</script>"""


def countdown_name(k: int, count: int) -> str:
    return "index.html" if k == 0 else f"index_{count - k}.html"


def build_countdown(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "countdown"
    base = f"/sitesources/{county.pinyin[:3]}xrmzf/page_pc"
    nb = f"{base}/zfxxgk/zfxxgknb/"
    nav = [("首页", "/"), ("政府信息公开", f"{base}/zfxxgk/index.html"), ("要闻动态", f"{base}/ywdt/index.html")]
    urls: dict[str, str] = {}
    site, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    items = kit.newest_first(arts + noise["interpretations"] + kit.lookalikes(county)[:2])
    recent = list(range(2024, 2020, -1))
    for art in items:
        year = art.report.year if art.report else art.day.year
        folder = f"{nb}{year}n/" if year in recent else f"{nb}wnnb/"
        kit.article_page(b, site, county, family, art, f"{folder}article{stable_hex(county.pinyin, art.key)}.html",
                         nav=nav, column="政府信息公开年报", index_no=f"{county.site_id_code}-{art.day:%Y}-{art.key}",
                         report_urls=urls)
    side = "".join(f'<li><a href="{nb}{y}n/index.html">{y}年</a></li>' for y in recent)
    chunks = paginate(items, PAGE_SIZE)
    count = len(chunks)
    for k, chunk in enumerate(chunks):
        pager = (f'<script type="text/javascript">createPageHTML({count}, {k}, "index", "html");</script>'
                 f'<div class="pg"><a href="index.html">首页</a> <a href="{countdown_name(count - 1, count)}">尾页</a></div>')
        main = (f'<div class="side"><ul>{side}</ul></div><div class="list-box"><h2>政府信息公开年报</h2>'
                f"{kit.link_list(chunk)}{pager}</div>")
        b.html_page(site, f"{nb}{countdown_name(k, count)}", page(county, family, "政府信息公开年报", main,
                                                                  column="政府信息公开年报", nav=nav,
                                                                  scripts=COUNTDOWN_JS, host=site.host),
                    b.list_date(chunk), "list")
    for y in recent:
        year_items = [a for a in items if (a.report.year if a.report else a.day.year) == y]
        main = (f'<div class="side"><ul>{side}</ul></div><div class="list-box"><h2>{y}年</h2>'
                f"{kit.link_list(year_items)}</div>")
        b.html_page(site, f"{nb}{y}n/index.html", page(county, family, f"{y}年", main, column="政府信息公开年报",
                                                       nav=nav, host=site.host), b.list_date(year_items), "list")
    section = (f'<h2>政府信息公开</h2><ul><li><a href="{nb}index.html">政府信息公开年报</a></li>'
               f'<li><a href="{base}/zfxxgk/fdzdgknr/index.html">法定主动公开内容</a></li></ul>')
    b.html_page(site, f"{base}/zfxxgk/index.html", page(county, family, "政府信息公开", section,
                                                        column="政府信息公开", nav=nav, host=site.host),
                SITE_DATE, "section")
    b.broken(f"http://{site.host}{base}/zfxxgk/fdzdgknr/index.html")
    news = kit.news_items(county, noise, 2)
    kit.news_column(b, site, county, family, news, nav=nav, label="要闻动态", list_path=f"{base}/ywdt/index.html",
                    list_column=True,
                    article_path=lambda art: f"{base}/ywdt/article{stable_hex(county.pinyin, art.key)}.html")
    mirror = kit.spam_mirror(b, county, family, [a for a in arts if a.report.unit.kind == "gov"][:4],
                             f"www.{stable_hex('spam', county.pinyin, length=6)}.com")
    home = (kit.focus_box(news, "要闻动态")
            + f'<div class="links"><h3>友情链接</h3><a href="{esc(mirror)}">{esc(county.name)}政务服务网</a></div>')
    kit.home_page(b, site, county, family, home, nav=nav)
    return urls
