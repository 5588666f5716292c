"""A county portal whose 政府信息公开 moved to a new platform on another sub-host (`xxgk.X.gov.cn`) while the old portal
kept its news and its stale links: the old 年报 and 部门信息公开 columns answer 404, and the portal's custom 404 page is
the only place that names the new platform (a link and a countdown script), so the reports are reached only through an
error answer (held out of tuning, eighth round).

The new platform's layout is modelled on
https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/2291822/2291824/2292928/index.html (北京大兴: a 集约化 platform where
each town's 年报 is a numbered column under its unit's folder) and the old portal on
http://www.csx.gov.cn/zwgk/bmxxgk/xwjj/zcwj74/202401/t20240116_11348056.html (a TRS site, articles
`<yyyymm>/t<yyyymmdd>_<id>.html` under the column folder). That the old portal's error page is where the move is
announced is this family's choice (portals that moved to a provincial 集约化 platform put such 网站改版/栏目迁移 notices
on their error pages); the cited pages do not show it. Unlike the refresh family (a 200 homepage that redirects) and
printed (a 专栏 address printed as text in 200 pages), every 200 page of the old portal is silent about the new host:
only a 404 answer names it.

- www.X.gov.cn: home (news; the 年报 block's 更多 and the 政务公开 page still link /zwgk/zfxxgknb/index.html and
  /zwgk/bmxxgk/index.html, both 404 now), the 指南, and the government's reports from before 2019 at their old
  article addresses (still served, linked only from the new platform's 往年年报 list).
- Every 404 of www: 页面不存在或已迁移, a link to http://xxgk.X.gov.cn/ and a 5-second countdown to it.
- xxgk.X.gov.cn: home, 政府信息公开年报 (/zfxxgk/ndbg/: the government's and its office's reports from 2019 on, 解读,
  look-alikes, and the 往年年报 on www), 部门信息公开 and 乡镇信息公开 directories, one 年报 column per unit
  (/bmxxgk/<unit>/ndbg/index.html, /xzxxgk/<unit>/ndbg/index.html) paged by static index_<n>.html links.
"""

from __future__ import annotations

from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

OLD_NB = "/zwgk/zfxxgknb/"
GONE = (OLD_NB + "index.html", "/zwgk/bmxxgk/index.html")   # the old columns: 404 since the move
NB = "/zfxxgk/ndbg/"
PAGE_SIZE = 6
DIRECTORIES = {"department": ("/bmxxgk/", "部门信息公开"), "township": ("/xzxxgk/", "乡镇信息公开"),
               "zone": ("/bmxxgk/", "部门信息公开")}


def moved_404(county: County, target: str) -> bytes:
    """The old portal's custom error page: what it says of the move, and a countdown to the new platform."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在 - {esc(county.gov_name)}</title>'
            '<script type="text/javascript">var left = 5; function tick() { left -= 1; '
            'document.getElementById("sec").innerHTML = left; if (left <= 0) { window.location.href = '
            f'"{target}"; }} else {{ setTimeout(tick, 1000); }} }} window.onload = function () {{ setTimeout(tick, 1000); }};'
            '</script></head><body><div class="err404"><h2>抱歉，您访问的页面不存在或已迁移！</h2>'
            f'<p>{esc(county.gov_name)}门户网站已于2023年6月改版，政府信息公开栏目已整体迁移至“{esc(county.gov_name)}政府信息'
            f'公开平台”。</p><p><span id="sec">5</span>秒后自动跳转至新平台，或点击 <a href="{esc(target)}">{esc(target)}</a> '
            '立即访问。</p><p><a href="/">返回门户网站首页</a></p></div></body></html>').encode()


def trs_path(county: County, folder: str, art: Article) -> str:
    return kit.trs_path(folder, art.day, stable_int("mv-art", county.pinyin, art.key, digits=7))


def paged_column(b: Build, site, county: County, family: str, folder: str, title: str, items: list[Article],
                 nav: list[tuple[str, str]], site_name: str | None = None, extra: str = "") -> None:
    """A column folder of static pages: index.html, index_1.html, … each with 首页/上一页/下一页/尾页 links."""
    chunks = paginate(items, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        def name(k: int) -> str:
            return "index.html" if k == 0 else f"index_{k}.html"
        pager = (f'<div class="page">共{len(chunks)}页 <a href="{name(0)}">首页</a> '
                 + (f'<a href="{name(n - 1)}">上一页</a> ' if n else "")
                 + (f'<a href="{name(n + 1)}">下一页</a> ' if n + 1 < len(chunks) else "")
                 + f'<a href="{name(len(chunks) - 1)}">尾页</a></div>')
        main = trs_list_html(chunk, folder) + pager + (extra if n == 0 else "")
        b.html_page(site, folder + name(n), page(county, family, title, main, column=title, nav=nav, host=site.host,
                                                 site_name=site_name), b.list_date(chunk), "list")


def build_moved(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "moved"
    platform = f"http://xxgk.{county.host.removeprefix('www.')}/"
    www = b.site(county.host, county.id, server="TRS WCM", not_found=moved_404(county, platform))
    xx = kit.sub_host(b, county, "xxgk", "nginx")
    nav = kit.zwgk_news_nav()
    xnav = [("首页", "/"), ("政府信息公开年报", NB + "index.html"), ("部门信息公开", "/bmxxgk/index.html"),
            ("乡镇信息公开", "/xzxxgk/index.html")]
    add_common(b, www, county, family, nav)
    add_common(b, xx, county, family, xnav)
    for path in GONE:
        b.broken(f"http://{www.host}{path}")
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)
    old = [a for a in arts if a.report.unit.kind == "gov" and a.report.template == "pre2019"]
    for art in old:   # left at their old addresses on the old portal
        urls[art.report.key] = kit.article_page(b, www, county, family, art, trs_path(county, OLD_NB, art), nav=nav,
                                            column="政府信息公开年报", index_no=f"{county.site_id_code}/{art.day:%Y}-"
                                            f"{stable_int(art.key, digits=5)}")
    own = kit.newest_first([a for a in arts if a.report.unit.kind in ("gov", "office") and a not in old]
                           + kit.column_non_reports(county, noise))
    kit.column_pages(b, xx, county, family, own, urls, nav=xnav, path=lambda art: trs_path(county, NB, art))
    history = f'<div class="wnnb"><h3>往年年报</h3>{kit.link_list(old)}</div>'
    paged_column(b, xx, county, family, NB, "政府信息公开年报", own, xnav, extra=history)
    rows: dict[str, list[str]] = {"/bmxxgk/": [], "/xzxxgk/": []}
    for unit in county.units:
        items = [a for a in arts if a.report.unit is unit and unit.kind in DIRECTORIES]
        if not items:
            continue
        base, _ = DIRECTORIES[unit.kind]
        folder = f"{base}{unit.slug}/ndbg/"
        kit.column_pages(b, xx, county, family, items, urls, nav=xnav, column=f"{unit.name}-政府信息公开年报",
                         path=partial(trs_path, county, folder), unit=unit)
        paged_column(b, xx, county, family, folder, f"{unit.name}政府信息公开年报", items, xnav)
        rows[base].append(f'<li><a href="{folder}index.html">{esc(unit.name)}</a></li>')
    for base, title in {v for v in DIRECTORIES.values()}:
        b.html_page(xx, base + "index.html", page(county, family, title, f'<ul class="units">{"".join(rows[base])}</ul>',
                                                  column=title, nav=xnav, host=xx.host), SITE_DATE, "section")
    newest = kit.newest_gov_report(own)
    kit.serve_at_root(b, xx, "/index.html", page(county, family, f"{county.gov_name}政府信息公开平台",
                                                 f'<div class="nb"><h3>政府信息公开年报</h3>{kit.link_list([newest])}'
                                                 f'<a href="{NB}index.html">更多</a></div>', nav=xnav, host=xx.host,
                                                 site_name=f"{county.gov_name}政府信息公开平台"), "home")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: trs_path(county, "/zwgk/zfxxgkzn/", art), reports_href=GONE[0],
                      more=((GONE[1], "部门信息公开"),))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: trs_path(county, "/xwzx/", art),
                           list_html=lambda items: trs_list_html(items, "/xwzx/"))
    home = (f'{kit.focus_box(news)}<div class="nb"><h3>政府信息公开年报</h3>'
            f'<a href="{GONE[0]}">更多&gt;&gt;</a></div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls
