"""A homepage that only redirects (meta refresh and script) into a site folder, and a 年报 column that only the
site map (网站地图) links (a Yunnan-style county portal whose site lives under /<abbr>/), held out of tuning.

Modelled on http://www.xinping.gov.cn/xp/zfxxgkndbg/20180126/709103.html (新平县: the whole site under the
folder /xp/, the 政府信息公开年度报告 column /xp/zfxxgkndbg/ with articles /<column>/<YYYYMMDD>/<id>.html, a
乡's 2017 report among the county's) and https://www.schy.gov.cn/zfxxgk/zfxxgknb/n2022n/xz/zgz.htm (洪雅县: the
年报 column split into per-kind sub-columns, a township's report among them). The bare root of such portals is
a stub that sends the browser on to the folder's front page with `<meta http-equiv="refresh">` and
`window.location.href`, or with a script alone (`window.location.replace`), no link in it.

- www.X.gov.cn/: the stub (no `<a>`; a meta refresh and a script on every other portal, a script alone on the
  rest, whose reports only a browser reaches: `needs_browser`); /<abbr>/index.html: the front page (news, 政务公开), which, like its
  政务公开 page (指南, 目录, 制度), never links the 年报 column.
- The site map /wzdt/index.html (linked from every page's footer) lists the 政府信息公开年度报告 column
  /<abbr>/zfxxgkndbg/index.html and its sub-columns bm/ (部门) and xz/ (乡镇); nothing else does. Each list is
  paged statically (index.html, index_2.html …, 下一页/尾页), 8 a page, newest first; the 本级 column holds the
  government's and office's reports (2008 on) with look-alikes and 解读.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

PAGE_SIZE = 8
SECTION = (("zn", "政府信息公开指南"), ("ml", "政府信息公开目录"), ("zd", "政府信息公开制度"))
COLUMNS = {"bj": ("", "本级年报"), "bm": ("bm/", "部门年报"), "xz": ("xz/", "乡镇年报")}


def stub_page(target: str, meta: bool) -> str:
    """The root of the portal: only a redirect to the real front page (a meta refresh and a script, or the script
    alone, as both kinds of stub are found)."""
    refresh = f'<meta http-equiv="refresh" content="0; url={target}">' if meta else ""
    script = (f'window.location.href = "{target}";' if meta else f'window.location.replace("{target}");')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{refresh}<title></title>'
            f'<script type="text/javascript">{script}</script></head><body></body></html>')


def build_refresh(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refresh"
    www = b.site(county.host, county.id, server="Apache")
    root = "/" + county.pinyin[:2] + "/"
    column = f"{root}zfxxgkndbg/"
    nav = [("首页", f"{root}index.html"), ("政务公开", f"{root}zwgk/index.html"), ("新闻中心", f"{root}xwzx/index.html")]
    sitemap = (f'<h3>政务公开</h3><ul><li><a href="{root}zwgk/index.html">政务公开</a></li>'
               f'<li><a href="{column}index.html">政府信息公开年度报告</a><ul>'
               + "".join(f'<li><a href="{column}{sub}index.html">{esc(name)}</a></li>'
                         for sub, name in COLUMNS.values() if sub) + "</ul></li></ul>")
    add_common(b, www, county, family, nav, sitemap_extra=sitemap)
    noise = noise_articles(b, county, reports)
    meta = county.index % 2 == 0     # the other portals' stubs are a script alone: only a browser gets past them
    urls: dict[str, str] = {}
    groups = kit.unit_kind_columns(county, kit.report_articles(b, reports), noise, tuple(COLUMNS))
    tabs = "".join(f'<li><a href="{column}{sub}index.html">{esc(name)}</a></li>' for sub, name in COLUMNS.values())
    for key, items in groups.items():
        sub, name = COLUMNS[key]
        folder = f"{column}{sub}"
        items[:] = kit.newest_first(items)
        for art in items:
            path = f"{folder}{art.day:%Y%m%d}/{stable_int(county.pinyin, art.key, digits=6)}.html"
            kit.article_page(b, www, county, family, art, path, nav=nav, column=name,
                             index_no=kit.site_index_no(county, art, stable_int(art.key, digits=5)),
                             needs_browser=not meta, report_urls=urls)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            def href(k: int, folder=folder) -> str:
                return f"{folder}index.html" if k == 1 else f"{folder}index_{k}.html"
            pager = ((f'<a href="{href(n + 1)}">下一页</a> ' if n < len(chunks) else "")
                     + f'<a href="{href(len(chunks))}">尾页</a> 第{n}/{len(chunks)}页')
            main = (f'<ul class="tabs">{tabs}</ul><div class="list"><h2>{esc(name)}</h2>{kit.link_list(chunk)}'
                    f'<div class="page">{pager}</div></div>')
            b.html_page(www, href(n), page(county, family, f"{name}_{county.gov_name}", main, column="政府信息公开年度报告",
                                           nav=nav, host=www.host), b.list_date(chunk), "list")
    section = "<h2>政务公开</h2><ul>" + "".join(f'<li><a href="{root}zwgk/{stem}.html">{title}</a></li>'
                                                for stem, title in SECTION) + "</ul>"
    b.html_page(www, f"{root}zwgk/index.html", page(county, family, "政务公开", section, column="政务公开", nav=nav,
                                                    host=www.host), SITE_DATE, "section")
    for stem, title in SECTION:
        b.html_page(www, f"{root}zwgk/{stem}.html", page(county, family, title, f"<h2>{title}</h2><p>{esc(county.gov_name)}"
                                                         f"{title}，详见附件。</p>", nav=nav, host=www.host),
                    SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path=f"{root}xwzx/index.html",
                    article_path=lambda art: f"{root}xwzx/{art.day:%Y%m%d}/{stable_int(art.key, digits=6)}.html")
    b.html_page(www, f"{root}index.html", page(county, family, county.gov_name, kit.focus_box(news), nav=nav,
                                               host=www.host), SITE_DATE, "home")
    kit.serve_at_root(b, www, "/index.html", stub_page(f"{root}index.html", meta), "home")
    return urls
