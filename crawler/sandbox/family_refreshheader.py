"""A county portal whose 政府信息公开 moved from its old PHP 信息公开 system to a new 政府信息公开平台 on the same host, and
whose old 年报 columns (`/xxgk/list.php?catid=<n>`, which every menu of the portal still links) answer `200 OK` with a
本栏目已迁移 notice that says it will go on in 3 seconds, and a `Refresh: 3;url=/zfxxgk/nb/<bj|bm|xz>/index.html`
response header, what PHP's `header("refresh:3;url=…")` sends. The body has no link, no `<meta http-equiv="refresh">`
and no script: the new columns' addresses are written only in that header, which browsers obey as they do the meta
tag. The new columns list every unit's reports of every year by plain link (held out of tuning, twenty-eighth round).

Modelled on https://www.nanyue.gov.cn/zwgk/zfxxgkgd/20200525/i2026054.html (国办公开办函〔2019〕61号: governments are to
publish their 主动公开 information on one 政府信息公开平台, the kind of rebuilding that leaves old columns behind),
http://www.cqsdj.gov.cn/bmjz/jz/ytz_73563/zwgk_73567/zfxxgknb_73584/202301/t20230118_11520599_wap.html (a 镇's 2022
report in a 政府信息公开年报 column of TRS articles) and the PHP idiom of a timed jump by header,
https://php.cn/ja/faq/234583.html (`header("refresh:3;url=…")`, "等待指定的时间，然后再跳转到指定页面（代替html meta方式）",
beside the page's "三秒后自动跳转"). That the old columns redirect so is this family's choice; the cited pages do not
show a retired column. Unlike moved (a 404 page whose link and script name the new platform), movednote (the new host
as text in a notice), refresh (a meta refresh and a script) or any redirect by `Location`, the old column is a 200
page whose only pointer onward is a response header a browser acts on after a delay.

- www.X.gov.cn: home (news; the government's newest report; a 年报 box of the three old columns), 政务公开
  (/zwgk/index.html: the guide and the three old columns), /xxgk/list.php?catid=<n> (200, the notice, the Refresh
  header), /zfxxgk/index.html (the new platform's front, linked by its own pages only), /zfxxgk/nb/<bj|bm|xz>/index.html
  (the new columns), articles /zfxxgk/nb/<bj|bm|xz>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

NEW_FRONT = "/zfxxgk/index.html"
COLUMNS = {"bj": "本级政府信息公开年报", "bm": "部门政府信息公开年报", "xz": "乡镇（街道）政府信息公开年报"}
DELAY = 3
POWERED_BY = ("X-Powered-By", "PHP/5.2.17")


def old_column(county: County, key: str) -> str:
    """The retired column of `key`: three ids in a row from one per-county start (ids hashed per key could meet)."""
    start = stable_int("rh-cat", county.pinyin, digits=2) % 90 + 10     # 10-99, so start + 2 stays two digits
    return f"/xxgk/list.php?catid={min(start, 97) + list(COLUMNS).index(key)}"


def new_column(key: str) -> str:
    return f"/zfxxgk/nb/{key}/index.html"


def moved_notice(county: County) -> str:
    """The old column's body: that it moved, and that the page goes on by itself; nothing to follow."""
    return (f'<div class="notice"><h2>本栏目已迁移</h2><p>根据国务院办公厅政府信息与政务公开办公室《关于规范政府信息公开平台'
            f"有关事项的通知》（国办公开办函〔2019〕61号）要求，本栏目内容已整合迁移至{esc(county.name)}政府信息公开平台，"
            f"原栏目不再更新。</p><p>页面将在{DELAY}秒后自动跳转，请稍候……</p></div>")


def build_refreshheader(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refreshheader"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache/2.2.15 (CentOS)")
    new_nav = [("平台首页", NEW_FRONT), *((label, new_column(key)) for key, label in COLUMNS.items())]
    urls: dict[str, str] = {}
    # the articles keep the portal's navigation (the old columns): only the new lists link one another
    columns = kit.trs_unit_kind_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                        salt="rh-art", folder="/zfxxgk/nb/{key}/")
    for key, label in COLUMNS.items():
        kit.report_list_page(b, www, county, family, new_column(key), label, kit.link_list(columns[key]), columns[key],
                             nav=new_nav)
        notice = page(county, family, label, moved_notice(county), column=label, nav=nav, host=www.host)
        b.add(www, old_column(county, key), Page(notice.encode(), SITE_DATE, ignores_query=False, extra_headers=(
            ("Refresh", f"{DELAY};url={new_column(key)}"), POWERED_BY)), "section")
    front = "".join(f'<li><a href="{new_column(key)}">{label}</a></li>' for key, label in COLUMNS.items())
    b.html_page(www, NEW_FRONT, page(county, family, f"{county.name}政府信息公开平台", f"<ul>{front}</ul>",
                                     nav=new_nav, host=www.host), SITE_DATE, "section")
    olds = tuple((old_column(county, key), label) for key, label in COLUMNS.items())
    news = kit.trs_guide_and_news(b, www, county, family, noise, nav=nav, reports_href=olds[0][0], news_salt="rh-news",
                                  more=olds[1:])
    newest = kit.newest_gov_report(arts)
    box = '<div class="nbcols"><h3>政府信息公开年报</h3><ul>' + "".join(
        f'<li><a href="{href}">{label}</a></li>' for href, label in olds) + "</ul></div>"
    kit.home_page(b, www, county, family, kit.focus_box(news) + kit.report_box([newest]) + box, nav=nav)
    return urls
