"""A county portal whose 政府信息公开目录 (a Struts application on the portal's host) lists its entries as rows whose
links lead nowhere (`<a href="javascript:void(0);" onclick="showGkml('1897690', 'ndbg')">`): the function that opens
an entry is defined in the portal's shared script (`/js/common.js`, loaded by every page of the 目录 beside its
helpers for 收藏/设为首页/检索), which composes the address from its arguments and the application's context path
(`CTX + "/News_showGkmlNews.action?messagekey=" + key + "&catalog=" + catalog`). Nothing in a list page says what the
address looks like; only the shared script does, and only the list pages hold the values (held out of tuning,
twenty-fifth round).

Modelled on http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 (齐齐哈尔: the Struts 政府信息公开目录 whose
entries are answers of one action keyed by `messagekey`) and http://zmhd.dsz.gov.cn/pages/xxgk/PublicDetail.aspx?id=100000000000438172&title=
(东胜区: a 局's report behind a detail action keyed by id), with the 目录's lists split by kind of unit as on
http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门目录, one list per department). An opener defined
in a shared external script is this family's choice; the cited pages show the actions and their keys, not the
lists' markup. Unlike onclickid (the opener defined in the list page itself), datahref (the whole address in a data
attribute) or routerbundle (routes in a bundle, no arguments), the address's shape and its values are in two
different files: a reader of either alone cannot write it.

- www.X.gov.cn: home (news; the government's newest report by a plain link), 政务公开 (/zwgk/index.html: the guide
  and the 目录's three 年报 lists), /News_showGkmlList.action?catalog=ndbg&kind=<bj|bm|xz> (the lists: onclick rows),
  /News_showGkmlNews.action?messagekey=<id>&catalog=<ndbg|zcjd|qtwj> (the entries; an unknown key answers
  信息不存在), /js/common.js (the shared script).
"""

from __future__ import annotations

from functools import partial

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COMMON_JS = "/js/common.js"
LIST = "/News_showGkmlList.action"
DETAIL = "/News_showGkmlNews.action"
LABEL = "政府信息公开年报"
LOAD_COMMON = f'<script type="text/javascript" src="{COMMON_JS}"></script>'
# list kind (kit.unit_kind_columns key), label
KINDS = (("bj", "县政府"), ("bm", "县直部门"), ("xz", "乡镇（街道）"))
SHARED_SCRIPT = """/* 门户网站公共脚本 */
var CTX = "";   // the 信息公开目录 application's context path (deployed at the root)
function addFavorite() { try { window.external.addFavorite(location.href, document.title); } catch (e) { alert("请使用Ctrl+D收藏本站"); } }
function setHome(obj) { try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(location.href); } catch (e) { alert("请在浏览器设置中将本站设为首页"); } }
function showGkml(key, catalog) {   // open an entry of the 目录
  window.open(CTX + "/News_showGkmlNews.action?messagekey=" + key + "&catalog=" + catalog);
}
"""


def catalog(art: Article) -> str:
    """The 目录's category of an entry: 年度报告, 政策解读, or 其他文件 (the look-alikes)."""
    return "ndbg" if art.report else "zcjd" if art.kind == "interpretation" else "qtwj"


def message_key(county: County, art: Article) -> int:
    return stable_int("sj-key", county.pinyin, art.key, digits=7)


def list_path(kind: str) -> str:
    return f"{LIST}?catalog=ndbg&kind={kind}"


def onclick_rows(county: County, items: list[Article]) -> str:
    return '<ul class="list">' + "".join(
        f'<li><a href="javascript:void(0);" onclick="showGkml(\'{message_key(county, a)}\', \'{catalog(a)}\')" '
        f'title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{a.date_text}</span></li>' for a in items) + "</ul>"


def build_sharedjs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "sharedjs"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    columns = kit.unit_kind_columns(county, arts, noise, tuple(kind for kind, _ in KINDS))
    tabs = "".join(f'<li><a href="{esc(list_path(kind))}">{label}</a></li>' for kind, label in KINDS)
    for kind, label in KINDS:
        listed = kit.newest_first(columns[kind])
        kit.column_pages(b, www, county, family, listed, urls, nav=nav, serial=partial(message_key, county),
                         path=lambda art: f"{DETAIL}?messagekey={message_key(county, art)}&catalog={catalog(art)}",
                         scripted_except=newest)
        main = f'<h2>{LABEL}：{label}</h2><ul class="tabs">{tabs}</ul>{onclick_rows(county, listed)}'
        b.html_page(www, list_path(kind), page(county, family, f"{LABEL}-{label}", main, column=LABEL, nav=nav,
                                               host=www.host, scripts=LOAD_COMMON),
                    b.list_date(listed), "list", ignores_query=False)

    def missing(method, query, headers, body):   # a key or list the 目录 does not have: Struts' soft error page
        return Page(page(county, family, "提示", "<p>信息不存在或已删除。</p>", nav=nav, host=www.host).encode(), SITE_DATE,
                    role="list")

    www.dynamic[DETAIL] = www.dynamic[LIST] = missing
    b.add(www, COMMON_JS, Page(SHARED_SCRIPT.encode(), SITE_DATE, "text/javascript; charset=utf-8"), "asset")
    links = [(esc(list_path(kind)), f"{label}年报") for kind, label in KINDS]
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                      article_path=lambda art: kit.trs_path("/zwgk/xxgkzn/", art.day, 1), reports_href=links[0][0],
                      more=tuple(links[1:]), scripts=LOAD_COMMON)
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: kit.trs_path("/xwzx/", art.day, stable_int(
                               "sj-news", county.pinyin, art.key, digits=7)))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav, scripts=LOAD_COMMON)
    return urls
