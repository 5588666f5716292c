"""A county portal with no 年报 column: its 政府信息公开指南 ends with a table of every year's 政府信息公开工作年度报告
(年度, 发布机关, 报告名称 linked), the only page that names the reports but the newest (held out of tuning, ninth round).

The guide's place is modelled on http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉: 政府信息公开 →
制度/指南 columns, `/zfxxgk/<column>/<sub>/index.html`); a 指南 that points to where the 年度报告 are published, as
https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: "本报告电子版可在…政府信息公开专栏下载") does
from the other side. That the table of reports sits in the guide and that no column lists them is this family's
choice; the cited pages do not show such a table. Unlike noticefiles (reports as attachments of yearly 公告 in a
paged notice column) and leavesite (a list on another host), the reports are linked by one article among the
guide's, deep in its text, and the 政务公开 page's menu has no 年报 entry.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  政策文件, 依申请公开), the guide (/zwgk/xxgkzn/<yyyymm>/t<yyyymmdd>_<id>.html: its text, then 附：历年政府信息公开
  工作年度报告 as a table of every unit's reports of every year, pre-2019 included), the reports at
  /zwgk/gknb/<yyyymm>/t<yyyymmdd>_<id>.html, 新闻中心 (news, 解读, look-alikes).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

REPORTS = "/zwgk/gknb/"
GUIDE = "/zwgk/xxgkzn/"


def reports_table(arts: list[Article]) -> str:
    """The guide's appendix: one row per report, by year (newest first), the report's title its link."""
    rows = "".join(f'<tr><td>{a.report.year}年度</td><td>{esc(a.report.unit.name)}</td><td><a href="{esc(a.url)}" '
                   f'target="_blank">{esc(a.title)}</a></td></tr>'
                   for a in sorted(arts, key=lambda a: (-a.report.year, a.report.unit.key)))
    return ('<div class="fj"><h3>附：历年政府信息公开工作年度报告</h3><table class="nbtable" border="1" cellspacing="0">'
            f"<tr><th>年度</th><th>发布机关</th><th>报告名称</th></tr>{rows}</table></div>")


def build_guidetable(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "guidetable"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="TRS WCM")
    urls: dict[str, str] = {}
    for art in arts:
        aid = stable_int("gt-art", county.pinyin, art.key, digits=7)
        urls[art.report.key] = kit.article_page(b, www, county, family, art, kit.trs_path(REPORTS, art.day, aid),
                                                nav=nav, column="政府信息公开",
                                                index_no=kit.unit_index_no(art.report.unit, art, aid))
    guide = noise["guide"]
    for i, art in enumerate(guide):
        kit.article_page(b, www, county, family, art, kit.trs_path(GUIDE, art.day, 100 + i), nav=nav,
                         column="政府信息公开指南", index_no=art.key, attachments=reports_table(arts) if i == 0 else "")
    menu = [(guide[0].url, "政府信息公开指南"), ("/zwgk/zcwj/index.html", "政策文件"), ("/zwgk/ysqgk/index.html", "依申请公开")]
    b.html_page(www, "/zwgk/index.html", page(county, family, "政务公开", "<ul>" + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in menu) + "</ul>", column="政务公开", nav=nav,
        host=www.host), SITE_DATE, "section")
    for path, title in menu[1:]:
        b.html_page(www, path, page(county, family, title, '<p class="tip">暂无信息</p>', column=title, nav=nav,
                                    host=www.host), SITE_DATE, "list")
    news = kit.newest_first(kit.news_items(county, noise, 0, ("news", "notices", "summary")) + noise["interpretations"])
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                    article_path=lambda art: kit.trs_path("/xwzx/", art.day,
                                                          stable_int("gt-news", county.pinyin, art.key, digits=7)),
                    list_html=lambda items: trs_list_html(items, "/xwzx/"))
    kit.news_and_report_home(b, www, county, family, news, kit.newest_gov_report(arts), nav=nav)
    return urls
