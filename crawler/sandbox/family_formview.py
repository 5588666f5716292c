"""A county portal whose 年报 columns list each report with a small GET form instead of a link: the row's title is
text, and a `查看` button submits `<form action="/xxgk/view.jsp" method="get">` with a hidden `infoid` field, so the
article's address (`/xxgk/view.jsp?infoid=<8 digits>`) is never written whole in the page (held out of tuning,
sixteenth round).

Modelled on https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: a city's report in a JSP-era
CMS, "本报告电子版可在…政府信息公开专栏下载") and http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: a
信息公开 部门目录, one column per department). The per-row form with a hidden id (the pattern of old JSP/ASP
信息公开目录 systems whose rows post back to a viewer) is this family's choice; the cited pages do not show it.
Unlike onclickid (an onclick calling a script with an id), datahref (the whole address in a data attribute),
gkmlsearch/unitselect/yearpicker (one form whose fields select a list), the address of each report is composed
only by submitting its own row's form: the path is the form's action, the id a hidden field's value.

- www.X.gov.cn: home (news; the government's newest report by `<a>`), 政务公开 (/zwgk/index.html: the guide and the
  three 年报 columns), /xxgk/list.jsp?catid=<bj|bm|xz> per kind of unit (本级 with look-alikes, 部门, 乡镇: every
  year), articles /xxgk/view.jsp?infoid=<8 digits>.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇政府信息公开年报"}
VIEW = "/xxgk/view.jsp"


def rows_html(items, ids) -> str:
    return ('<table class="xxgk"><tr><th>标题</th><th>发布日期</th><th>操作</th></tr>' + "".join(
        f'<tr><td class="title">{esc(a.title)}</td><td class="date">{a.date_text}</td>'
        f'<td><form action="{VIEW}" method="get" target="_blank">'
        f'<input type="hidden" name="infoid" value="{ids[a.key]}"><input type="submit" value="查看"></form></td></tr>'
        for a in items) + "</table>")


def build_formview(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "formview"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def infoid(key, art):
        return stable_int("fv-art", county.pinyin, key, art.key, digits=8)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=infoid,
                                           path=lambda key, art: f"{VIEW}?infoid={infoid(key, art)}")
    for key, label in COLUMNS.items():
        ids = {a.key: infoid(key, a) for a in columns[key]}
        kit.report_list_page(b, www, county, family, f"/xxgk/list.jsp?catid={key}", label,
                             rows_html(columns[key], ids), columns[key], nav=nav, ignores_query=False)
    hrefs = [(f"/xxgk/list.jsp?catid={key}", label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="fv-news", more=tuple(hrefs[1:]))
    return urls
