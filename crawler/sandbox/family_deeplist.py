"""A county portal that files its annual reports nowhere but in its one 政府信息公开目录 column, which lists every
document the county publishes — notices, plans, budgets, 公示, reports of every unit — seventy a year since 2009
besides the reports, newest first, fifteen a page: 77-78 pages in a two-portal sandbox (`index.html`,
`index_1.html` …), each with 首页/上一页/下一页/尾页 and the numbers of the three pages either side. The newest
reports are on the first pages; the reports of 2018 and before only from page 29-30 on, the oldest on page 73 (as
measured on build_sandbox(portals=2, news_per_portal=4)). No other column, no search, no year or type
filter leads to them; the home page links the government's newest report, as most portals do (held out of tuning,
thirty-sixth round).

Modelled on http://sfj.yinchuan.gov.cn/ (银川市司法局: a Ningxia portal whose 信息公开 lists every document in date
order) and http://www.qingdao.gov.cn/ywdt/zwzl/ndbg/2018/202010/t20201019_496818.shtml (a 2018 report filed with a
publication date two years on, among the documents of its day). How long the list is, its page size and the pager's
window are this family's choice; the cited pages do not show their lists' lengths. Unlike trs/ratelimit (short
paged 年报 columns), pagesize (a list longer only on request) or rangelist (a date range), the column is an
ordinary pager that simply goes on: the reports wanted are dozens of pages deep among hundreds of other documents.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 目录),
  新闻中心 (/xwzx/), the 目录 /xxgk/gkml/index.html, index_<n>.html, its documents
  /xxgk/gkml/<YYYYMM>/t<YYYYMMDD>_<id>.html (reports and everything else alike).
"""

from __future__ import annotations

from datetime import date, timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.common import paginate, trs_list_html
from nianbao.crawler.sandbox.names import County, rng, stable_int
from nianbao.crawler.sandbox.report import Report

FOLDER = "/xxgk/gkml/"
LABEL = "政府信息公开目录"
PAGE_SIZE = 15
PER_YEAR = 70
FIRST_YEAR, LAST_YEAR = 2009, 2024
WINDOW = 3   # page numbers either side of the current one
_TITLES = ["关于印发{u}{y}年{t}工作方案的通知", "{u}{y}年{t}工作要点", "关于开展{y}年{t}专项检查的通知",
           "{u}关于{t}有关事项的公告", "{u}{y}年{m}月{t}情况公示", "关于{y}年{t}资金分配情况的公示",
           "{u}{y}年部门预算公开说明", "{u}关于调整{t}工作领导小组成员的通知", "{y}年{t}实施细则（试行）",
           "关于做好{y}年{t}工作的通知"]
_TOPICS = ["安全生产", "森林草原防火", "防汛抗旱", "农村人居环境整治", "耕地保护", "城乡居民医疗保险", "义务教育控辍保学",
           "农业技术推广", "移民搬迁后续扶持", "生态环境保护", "城镇老旧小区改造", "冬春农田水利建设", "优化营商环境",
           "双拥优抚", "劳动保障监察", "地质灾害防治"]


def filler(county: County) -> list[Article]:
    """The county's other documents: PER_YEAR a year from FIRST_YEAR to LAST_YEAR, titles and days drawn per county."""
    r = rng("dl-fill", county.pinyin)
    units = [u.short for u in county.units]
    out = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for i in range(PER_YEAR):
            title = r.choice(_TITLES).format(u=r.choice(units), y=year, m=r.randint(1, 12), t=r.choice(_TOPICS))
            day = date(year, 1, 1) + timedelta(days=r.randrange(365))
            out.append(Article(title, day, "notice", key=f"gk{year}-{i}",
                               paragraphs=[f"{title}。", "现予公布，请遵照执行。", "特此通知。"]))
    return out


def pager(n: int, count: int, total: int) -> str:
    """TRS-like pager of page `n` (0-based) of `count`: 首页 上一页, the page numbers within WINDOW, 下一页 尾页."""
    def name(i: int) -> str:
        return "index.html" if i == 0 else f"index_{i}.html"
    links = []
    if n > 0:
        links += [f'<a href="{name(0)}">首页</a>', f'<a href="{name(n - 1)}">上一页</a>']
    for i in range(max(0, n - WINDOW), min(count, n + WINDOW + 1)):
        links.append(f"<span class=\"current\">{i + 1}</span>" if i == n else f'<a href="{name(i)}">{i + 1}</a>')
    if n + 1 < count:
        links += [f'<a href="{name(n + 1)}">下一页</a>', f'<a href="{name(count - 1)}">尾页</a>']
    return f'<div class="page">共{total}条 第{n + 1}/{count}页 {" ".join(links)}</div>'


def build_deeplist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "deeplist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    items = kit.newest_first(kit.report_column(county, arts, noise) + filler(county))
    kit.column_pages(b, www, county, family, items, urls, nav=nav, column=LABEL,
                     path=lambda art: kit.trs_path(FOLDER, art.day, stable_int("dl-art", county.pinyin, art.key,
                                                                                digits=7)),
                     serial=lambda art: stable_int("dl-art", county.pinyin, art.key, digits=7))
    chunks = paginate(items, PAGE_SIZE)
    for n, chunk in enumerate(chunks):
        kit.report_list_page(b, www, county, family, FOLDER + ("index.html" if n == 0 else f"index_{n}.html"), LABEL,
                             trs_list_html(chunk, FOLDER) + pager(n, len(chunks), len(items)), chunk, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=f"{FOLDER}index.html", news_salt="dl-news")
    return urls
