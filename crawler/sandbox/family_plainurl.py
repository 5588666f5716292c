"""A county portal whose 年报 column lists the government's own reports, and for every year one 公告 of the
government office that publishes the departments' and townships' reports by writing each unit's address as plain
text (`县财政局：http://www.X.gov.cn/bmxxgk/u1234/ndbg/…html`), not as a link: those reports are named by no `href`
of any page (held out of tuning, fourteenth round).

Modelled on http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水: "本报告
全文在…门户网站“中国丽水”(http://www.lishui.gov.cn/)公布", an address written as text in a report) and
http://www.shishi.gov.cn/zwgk/ztzl/lhzt/gzjz/202402/t20240227_3008186.htm (石狮: one notice of a year's reports of
37 units, each published "在…政府信息公开专栏指定位置"). A notice listing every unit's address as text is this
family's choice (the cited pages write such addresses in prose). Unlike noticefiles (a notice linking the units'
files as attachments), leavesite (addresses in a leave-site page's query) and b64config/imagemap (addresses in a
script's config or an image map), the address is prose: only a reader of the text finds it.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide, the 年报
  column), /zwgk/ndbg/index.html (the government's and its office's reports, look-alikes, and the yearly 公告s),
  /tzgg/index.html (通知公告: the 公告s again), the departments' and townships' reports under
  /bmxxgk/u<4 digits>/ndbg/<YYYYMM>/t<YYYYMMDD>_<id>.html (every year, 2008 on).
"""

from __future__ import annotations

from datetime import timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import trs_list_html
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

NB = "/zwgk/ndbg/"
NOTICES = "/tzgg/"


def unit_folder(county: County, unit_key: str) -> str:
    return f"/bmxxgk/u{stable_int('pu-unit', county.pinyin, unit_key, digits=4)}/ndbg/"


def yearly_notices(county: County, units: list[Article]) -> list[Article]:
    """One 公告 per report year, the day after that year's last unit report, listing each as `单位：address`."""
    years: dict[int, list[Article]] = {}
    for art in units:
        years.setdefault(art.report.year, []).append(art)
    notices = []
    for year, group in sorted(years.items()):
        lines = [f"{a.report.unit.name}：{a.url}" for a in sorted(group, key=lambda a: a.report.unit.name)]
        notices.append(Article(
            f"关于公布{county.name}各部门、乡镇{year}年度政府信息公开工作年度报告的公告",
            max(a.day for a in group) + timedelta(days=1), "notice", key=f"pu-notice-{year}",
            paragraphs=[f"根据《中华人民共和国政府信息公开条例》规定，{county.name}各部门、各乡镇（街道）{year}年度政府"
                        "信息公开工作年度报告已在各单位政府信息公开专栏发布，网址如下：", *lines,
                        "请复制网址到浏览器地址栏访问。特此公告。"]))
    return notices


def build_plainurl(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "plainurl"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")]
    units = [a for a in arts if a.report.unit.kind not in ("gov", "office")]

    def unit_doc_id(art):
        return stable_int("pu-unit-art", county.pinyin, art.key, digits=7)

    kit.column_pages(b, www, county, family, units, urls, nav=nav, serial=unit_doc_id,
                     path=lambda art: kit.trs_path(unit_folder(county, art.report.unit.key), art.day, unit_doc_id(art)))
    notices = yearly_notices(county, units)
    for art in notices:
        kit.article_page(b, www, county, family, art, kit.trs_path(NOTICES, art.day,
                                                                   stable_int("pu-nt", county.pinyin, art.key, digits=7)),
                         nav=nav, column="通知公告", index_no=art.key)
    entries = kit.newest_first(kit.report_column(county, own, noise) + notices)
    kit.trs_column_pages(b, www, county, family, [a for a in entries if not a.url], urls, nav=nav, folder=NB,
                         salt="pu-art")   # the notices among them are served above
    kit.report_list_page(b, www, county, family, NB + "index.html", "政府信息公开年报", trs_list_html(entries, NB),
                         entries, nav=nav)
    notice_list = kit.newest_first(list(notices))
    b.html_page(www, NOTICES + "index.html", page(county, family, "通知公告",
                                                  f"<h2>通知公告</h2>{trs_list_html(notice_list, NOTICES)}",
                                                  column="通知公告", nav=nav, host=www.host),
                b.list_date(notice_list), "list")
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(own), nav=nav,
                            reports_href=NB + "index.html", news_salt="pu-news",
                            more=((NOTICES + "index.html", "通知公告"),))
    return urls
