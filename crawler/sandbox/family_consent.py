"""A county portal whose 政府信息公开年报 column sits behind a 访问须知 (terms of use) that must be accepted once: a GET of
the column (/xxgk/nb/index.html) answers only the notice and a form (`<form method="post">` back to the same
address, a required checkbox `agree=1` 我已阅读并同意 and a 同意并进入 button); only the answer to that POST carries
the list of every unit's reports of every year. A POST without the checkbox answers the notice again with 请先阅读并同意
(held out of tuning, nineteenth round).

Modelled on http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html (平凉市统计局: a 政府信息公开 section with
its 公开制度 pages) and http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安区: a
zfxxgknb column of TRS articles, the 2016 report a pre-2019 one). The notice to accept before the column opens is
this family's choice (the cited pages do not show it; 依申请公开 and 数据开放 platforms put such 须知 before their
forms). Unlike postpager (a pager's pages as POST answers), gkmlsearch (a search form whose criteria must be
chosen), formview (a GET form per row) or cookieloop/unitcookie (a cookie picks the answer), one step a reader
takes once — ticking a box and submitting — opens the whole list, and nothing is remembered: every visit of the
column asks again.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (GET: the notice and its form; POST agree=1: the list), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
FORM_TYPE = "application/x-www-form-urlencoded"
AGREED = "agree=1"


def notice(county: County, refused: bool) -> str:
    warn = '<p class="warn">请先阅读并同意访问须知。</p>' if refused else ""
    return (f"<h2>访问须知</h2>{warn}<div class=\"xz\"><p>一、本栏目公开的政府信息公开工作年度报告由{esc(county.gov_name)}"
            "及其所属部门、乡镇（街道）编制发布，仅供查阅参考。</p><p>二、转载、引用本栏目信息，应注明来源，不得歪曲、篡改。"
            "</p><p>三、如对报告内容有疑问，请与发布机关联系。</p></div>"
            f'<form method="post" action="{COLUMN}" name="agreeForm">'
            '<label><input type="checkbox" name="agree" value="1" required> 我已阅读并同意上述须知</label> '
            '<input type="submit" value="同意并进入"></form>')


def build_consent(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "consent"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="cs-art",
                                        scripted_except=newest)

    def answer(main: str) -> bytes:
        return page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav, host=www.host).encode()

    listing = answer(f"<h2>政府信息公开年报</h2>{kit.link_list(items)}")
    refused = answer(notice(county, True))
    column = b.html_page(www, COLUMN, answer(notice(county, False)).decode(), b.list_date(items), "list")

    def column_handler(method, query, headers, body):
        if method != "POST":
            return column
        fields = dict(parse_qsl(body.decode("utf-8", "replace")))
        return Page(listing if fields.get("agree") == "1" else refused, column.last_modified, column.content_type,
                    role="list")

    www.dynamic[COLUMN] = column_handler
    b.post_pages.append({"url": f"http://{www.host}{COLUMN}", "body": AGREED, "content_type": FORM_TYPE})
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="cs-news")
    return urls
