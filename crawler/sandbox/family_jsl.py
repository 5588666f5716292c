"""A 信息公开平台 behind a 加速乐-style anti-bot interstitial: every first request answers HTTP 521 with a lone
script that writes a `__jsl_clearance` cookie and reloads the URL (a Hebei-style county portal whose 政府信息公开年报
are per-year columns /columns/<uuid>/), held out of tuning.

Modelled on http://www.xinle.gov.cn/columns/bad1076f-2ae9-4523-89c8-24da0a0c344c/202301/30/1679499a-c94e-4010-9085-37f2a3fc315d.html
(新乐市: 政府信息公开 > 新乐市政府信息公开平台 > 政府信息公开年报 > 2022年, a 镇's 2022 report; columns and articles
named by UUIDs, /columns/<column uuid>/<YYYYMM>/<DD>/<uuid>.html) and, for the interstitial, on the 知道创宇 加速乐
answer of http://www.gsxt.gov.cn/index.html as a crawler meets it (https://github.com/MgArcher/jiasule/issues/3:
status 521, `Set-Cookie: __jsluid_h=…`, a `<script>` that sets `__jsl_clearance` and reloads). Unlike the hanweb
family's 瑞数-like 412, the status is 521, the page has no `<head>`, nothing but the script, and the cookie is
written by string concatenation of one-character pieces.

- The platform /columns/<uuid>/index.html (信息公开平台: 指南, 政府信息公开年报) → 政府信息公开年报 → one column per
  year 2019-2024 and 2018年及以前 (2008 on); each lists every unit's reports of its years, 10 a page (index.html,
  index_2.html …, 下一页/尾页), with 解读 and look-alikes among them.
- On every other portal (the first, third …) the platform is on an `xxgk.` sub-host behind the interstitial, while
  www.X.gov.cn (home, news, links to the platform and to the newest report) answers plainly; on the others the
  whole www host, homepage included, is behind it. Every report is `needs_browser` (or a client that runs the
  script). robots.txt answers plainly, as the 412 sites' do.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Site

PAGE_SIZE = 10
RECENT = range(2019, 2025)


def uuid(*keys: object) -> str:
    h = stable_hex("jsl-uuid", *keys, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build_jsl(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "jsl"
    whole_site = county.index % 2 == 1
    www = b.site(county.host, county.id, server="JSP3/2.0.14")
    if whole_site:
        platform = www
    else:
        platform = kit.sub_host(b, county, "xxgk", "JSP3/2.0.14")
    _protect(b, platform)
    col = {k: uuid(county.pinyin, k) for k in ("pt", "nb", "zn", "news", *(str(y) for y in RECENT), "old")}
    pt_url = f"http://{platform.host}/columns/{col['pt']}/index.html"
    nav = [("首页", f"http://{www.host}/"), ("政府信息公开", pt_url), ("新闻动态", f"http://{www.host}/columns/{col['news']}/index.html")]
    add_common(b, www, county, family, nav)
    if platform is not www:
        add_common(b, platform, county, family, nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    arts = kit.report_articles(b, reports)

    def publish(site: Site, art: Article, column: str, label: str) -> str:
        path = f"/columns/{column}/{art.day:%Y%m}/{art.day:%d}/{uuid(county.pinyin, art.key)}.html"
        return kit.article_page(b, site, county, family, art, path, nav=nav, column=label,
                                index_no=kit.site_index_no(county, art, int(stable_hex(art.key, length=5), 16)),
                                needs_browser=site.challenge)

    def listing(site: Site, column: str, label: str, items: list[Article]) -> None:
        items[:] = kit.newest_first(items)
        chunks = paginate(items, PAGE_SIZE)
        for n, chunk in enumerate(chunks, start=1):
            name = "index.html" if n == 1 else f"index_{n}.html"
            pager = (f'<a href="index_{n + 1}.html">下一页</a> ' if n < len(chunks) else "") + (
                f'<a href="index_{len(chunks)}.html">尾页</a>' if len(chunks) > 1 else "")
            main = f'<h2>{esc(label)}</h2>{kit.link_list(chunk)}<div class="page">共{len(items)}条 {pager}</div>'
            b.html_page(site, f"/columns/{column}/{name}", page(county, family, label, main, column=label, nav=nav,
                                                               host=site.host), b.list_date(chunk), "list")

    # 政府信息公开年报: one column per year, reports of every unit, 解读 and look-alikes among them
    by_year: dict[str, list[Article]] = {}
    extra = kit.column_non_reports(county, noise)
    for art in arts + extra:
        year = art.report.year if art.report else art.day.year - 1
        key = str(year) if year in RECENT else "old"
        label = f"{year}年" if key != "old" else "2018年及以前"
        by_year.setdefault(key, [])
        by_year[key].append(art)
        url = publish(platform, art, col[key], label)
        if art.report:
            urls[art.report.key] = url
    for key, items in by_year.items():
        listing(platform, col[key], f"{key}年" if key != "old" else "2018年及以前", items)
    years = "".join(f'<li><a href="/columns/{col[k]}/index.html">{k + "年" if k != "old" else "2018年及以前"}</a></li>'
                    for k in [*(str(y) for y in reversed(RECENT)), "old"] if k in by_year)
    b.html_page(platform, f"/columns/{col['nb']}/index.html",
                page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2><ul>{years}</ul>",
                     column="政府信息公开年报", nav=nav, host=platform.host), SITE_DATE, "section")
    guide = noise["guide"]
    for art in guide:
        publish(platform, art, col["zn"], "政府信息公开指南")
    front = (f'<h2>{esc(county.name)}政府信息公开平台</h2><ul><li><a href="/columns/{col["zn"]}/index.html">'
             f'政府信息公开指南</a></li><li><a href="/columns/{col["nb"]}/index.html">政府信息公开年报</a></li></ul>')
    listing(platform, col["zn"], "政府信息公开指南", list(guide))
    b.html_page(platform, f"/columns/{col['pt']}/index.html",
                page(county, family, f"{county.name}政府信息公开平台", front, column="政府信息公开", nav=nav,
                     host=platform.host), SITE_DATE, "section")

    news = kit.news_items(county, noise, 3, ("news", "notices", "summary"))
    for art in news:
        publish(www, art, col["news"], "新闻动态")
    listing(www, col["news"], "新闻动态", list(news))
    newest = [a for a in arts if a.report.unit.kind == "gov"][:1]
    home = (f'{kit.focus_box(news)}<div class="gk"><a href="{pt_url}">政府信息公开平台</a>'
            f'<h3>政府信息公开年报</h3>{kit.link_list(newest)}</div>')
    kit.home_page(b, www, county, family, home, nav=nav)
    return urls


def _protect(b: Build, site: Site) -> None:
    site.challenge, site.challenge_kind = True, "521"
    site.challenge_token = stable_hex("jsl", site.host, length=32)
    b.challenge_hosts.append(site.host)
