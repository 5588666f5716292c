"""A county portal whose desktop 年报 column shows only its newest entries, while the full, paged list lives on the
portal's mobile host `m.X.gov.cn`, which the desktop pages name only for phones: a `<link rel="alternate"
media="only screen and (max-width: 640px)">`, a `<meta name="mobile-agent">` and a user-agent redirect script, never
an `<a href>` (held out of tuning, sixth round).

The desktop URL layout is modelled on http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: an article
`content_<id>.html` under numbered column folders); the mobile adaptation is the one search engines ask Chinese
sites to declare (Baidu's 移动适配: the `mobile-agent` meta `format=html5;url=…` and the `alternate` link with a
`media` query) on a separate `m.` host, not seen on that page itself. Unlike the dual/zwgkhost/printed families
(other host names linked, or printed as text), nothing a desktop visitor can click leads to the mobile host, and
the desktop column has no pager: its widget shows the newest entries and stops.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/jc/187/index.html) →
  政府信息公开年报 (/jc/187/195/index.html: the 5 newest entries of every unit, articles /jc/187/195/content_<id>.html;
  its head names http://m.X.gov.cn/jc/195/list.html for phones).
- m.X.gov.cn (not declared by the registry): /jc/195/list.html?start=<offset>, 10 entries a page with a 下一页 link
  (every report from 2008 on, 解读, look-alikes), articles /wap/content_<id>.html; the 5 entries the desktop shows
  are mobile copies of the desktop articles (republications).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc, noise_articles
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import add_common, paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

DESKTOP_SHOWS = 5
MOBILE_PAGE = 10
MOBILE_LIST = "/jc/195/list.html"


def mobile_head(m_url: str) -> str:
    """What a desktop page says to phones (and to nothing else)."""
    return (f'<meta name="mobile-agent" content="format=html5;url={esc(m_url)}">\n'
            f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{esc(m_url)}">\n'
            '<script type="text/javascript">if (/Android|webOS|iPhone|iPod|BlackBerry|Windows Phone/i.test('
            f'navigator.userAgent)) {{ window.location.href = "{esc(m_url)}"; }}</script>')


def build_mobilehost(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "mobilehost"
    www = b.site(county.host, county.id, server="nginx")
    mob = kit.sub_host(b, county, "m", "nginx")
    nav = [("首页", "/"), ("政务公开", "/jc/187/index.html"), ("新闻中心", "/jc/101/index.html")]
    m_nav = [("首页", "/"), ("年报", MOBILE_LIST)]
    add_common(b, www, county, family, nav)
    add_common(b, mob, county, family, m_nav)
    noise = noise_articles(b, county, reports)
    urls: dict[str, str] = {}
    items = kit.report_column(county, kit.report_articles(b, reports), noise)
    newest = kit.newest_gov_report(items)
    m_list_url = f"http://{mob.host}{MOBILE_LIST}"
    shown = items[:DESKTOP_SHOWS] if newest in items[:DESKTOP_SHOWS] else [*items[:DESKTOP_SHOWS - 1], newest]
    desktop_urls = {}
    # 5-digit ids as the CMS prints them; the next free one where two articles' hashes meet (a mixed sandbox of 186
    # portals had two pages at one address), so a world without a collision keeps its bytes
    article_ids: dict[str, int] = {}
    for art in items:
        aid = stable_int("mh-art", county.pinyin, art.key, digits=5)
        while aid in article_ids.values():
            aid += 1
        article_ids[art.key] = aid
    for art in shown:
        aid = article_ids[art.key]
        url = kit.article_page(b, www, county, family, art, f"/jc/187/195/content_{aid}.html", nav=nav,
                               column="政府信息公开年报", index_no=f"{county.site_id_code}-{art.day:%Y}-{aid:05d}")
        desktop_urls[art.key] = url
        if art.report:
            urls[art.report.key] = url
    b.html_page(www, "/jc/187/195/index.html", page(county, family, "政府信息公开年报", kit.link_list(shown),
                                                    column="政府信息公开年报", nav=nav, host=www.host,
                                                    scripts=mobile_head(m_list_url)), b.list_date(shown), "list")
    for art in items:   # the mobile host has them all; the desktop's five are republished there
        aid = article_ids[art.key]
        republished = art.key in desktop_urls
        kit.article_page(b, mob, county, family, art, f"/wap/content_{aid}.html", nav=m_nav, column="年报",
                         index_no=f"{county.site_id_code}-{art.day:%Y}-{aid:05d}")
        if republished and art.report:   # article_page recorded it as an original: it is the desktop's copy
            copy = next(d for d in reversed(b.documents) if d["url"] == art.url)
            copy.update(role="republication", republication_of=desktop_urls[art.key])
        elif art.report:
            urls[art.report.key] = art.url
    chunks = paginate(items, MOBILE_PAGE)
    for n, chunk in enumerate(chunks):
        more = (f'<a class="more" href="{MOBILE_LIST}?start={(n + 1) * MOBILE_PAGE}">下一页</a>'
                if n + 1 < len(chunks) else '<span class="end">没有更多了</span>')
        path = MOBILE_LIST if n == 0 else f"{MOBILE_LIST}?start={n * MOBILE_PAGE}"
        b.html_page(mob, path, page(county, family, "政府信息公开年报", f"{kit.link_list(chunk)}{more}", column="年报",
                                    nav=m_nav, host=mob.host,
                                    scripts='<meta name="viewport" content="width=device-width,initial-scale=1">'),
                    b.list_date(chunk), "list")
    m_home = page(county, family, county.gov_name, f'<ul class="grid"><li><a href="{MOBILE_LIST}">政府信息公开年报</a>'
                  '</li></ul>', nav=m_nav, host=mob.host)
    mob.add("/", b.html_page(mob, "/index.html", m_home, SITE_DATE, "home"))
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/jc/187/index.html", title="政务公开",
                      article_path=lambda art: (
                          f"/jc/187/196/content_{stable_int(county.pinyin, art.key, digits=5)}.html"),
                      reports_href="/jc/187/195/index.html", scripts=mobile_head(f"http://{mob.host}/"))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心",
                           list_path="/jc/101/index.html",
                           article_path=lambda art: (
                               f"/jc/101/content_{stable_int(county.pinyin, art.key, digits=5)}.html"))
    home = f"{kit.focus_box(news)}{kit.report_box([newest], href=lambda a: desktop_urls[a.key])}"
    kit.home_page(b, www, county, family, home, nav=nav, scripts=mobile_head(f"http://{mob.host}/"))
    return urls
