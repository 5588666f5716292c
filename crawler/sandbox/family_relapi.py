"""A county portal whose 政府信息公开年报 column is filled from a JSON list interface whose item addresses are
relative to the page that shows them, not to the interface: the column page (/zwgk/zfxxgknb/index.shtml) asks
`/api/v1/cms/content/list?channelId=<c>&pageSize=100` for each kind of unit, and every row's `linkUrl` is written
for the column page's folder, `../../zwgk/zfxxgknb/<year>/<bj|bm|xz>/<19 digits>/index.shtml`. The script sets it as
an `<a>`'s href, which the browser resolves against the document (/zwgk/zfxxgknb/ → the report); resolved against
the interface's own address it names /api/v1/zwgk/zfxxgknb/…, which answers 404 (held out of tuning, thirty-first
round).

Modelled on http://tjj.yaoyejob.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2025/bmzfxxgkgzndbg/2026012914194811951/index.shtml
and http://mail.yaoyejob.com/web/zwgkx/zfxxgk1/2010zfxxgk_148535/2010zfxxgk_140412/ln/2A38B022530145578D69E933D721264B/index.shtml
(spam copies of 辽宁省人民政府's 政府信息公开年报 columns: a folder per year and per kind of unit, 部门政府信息公开工作年度报告
among them, each article a folder named by a 14-digit timestamp and a 5-digit serial, served as index.shtml). The
list interface and its relative `linkUrl` (what a CMS whose static pages link their neighbours relatively hands
out unchanged through its interface) are this family's choice; the cited pages do not show how their lists load.
Unlike basehref (a stale `<base href>` that static links resolve against), nextjson/linkheader (interfaces that
name their own next pages whole) or ajax/workerlist (interfaces whose rows carry root-relative paths), the rows'
references are right only against the page, and wrong against the address the JSON came from.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /zwgk/zfxxgknb/index.shtml (three empty lists with `data-channel` and the loader),
  /api/v1/cms/content/list?channelId=<c>&pageSize=100 (JSON rows: title, linkUrl, publishDate), articles
  /zwgk/zfxxgknb/<year>/<bj|bm|xz>/<YYYYMMDDHHMMSS><5 digits>/index.shtml.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/zfxxgknb/"
COLUMN = FOLDER + "index.shtml"
LIST_API = "/api/v1/cms/content/list"
PAGE_SIZE = 100
RELATIVE_TO_ROOT = "../../"   # from the column's folder, two levels up: the site's root
LABELS = {"bj": "本级政府信息公开工作年度报告", "bm": "部门政府信息公开工作年度报告", "xz": "乡镇（街道）政府信息公开工作年度报告"}

LOADER = f"""<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {{
  document.querySelectorAll("ul[data-channel]").forEach(function (ul) {{
    fetch("{LIST_API}?channelId=" + ul.getAttribute("data-channel") + "&pageSize={PAGE_SIZE}")
      .then(function (r) {{ return r.json(); }})
      .then(function (res) {{
        res.data.records.forEach(function (row) {{
          var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
          a.href = row.linkUrl; a.target = "_blank"; a.textContent = row.title;
          span.className = "date"; span.textContent = row.publishDate;
          li.appendChild(a); li.appendChild(span); ul.appendChild(li);
        }});
      }});
  }});
}});
</script>"""


def channel_id(county: County, key: str) -> int:
    return stable_int("ra-channel", county.pinyin, key, digits=4)


def build_relapi(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "relapi"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}

    def serial(key: str, art) -> int:
        return stable_int("ra-art", county.pinyin, key, art.key, digits=5)

    def path(key: str, art) -> str:   # the folder: when the CMS published it, to the second, and a serial
        n = stable_int("ra-time", county.pinyin, art.key, digits=6)
        stamp = f"{art.day:%Y%m%d}{9 + n % 9:02d}{n // 9 % 60:02d}{n // 540 % 60:02d}"
        return f"{FOLDER}{art.day.year}/{key}/{stamp}{serial(key, art):05d}/index.shtml"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, serial=serial,
                                           scripted_except=newest, path=path)
    for key, items in columns.items():
        rows = [{"title": a.title, "linkUrl": RELATIVE_TO_ROOT + a.url.split(www.host + "/", 1)[1],
                 "publishDate": a.date_text} for a in items]
        answer = {"code": 200, "msg": "操作成功", "data": {"total": len(rows), "pageSize": PAGE_SIZE, "records": rows}}
        b.add(www, f"{LIST_API}?channelId={channel_id(county, key)}&pageSize={PAGE_SIZE}",
              Page(json.dumps(answer, ensure_ascii=False).encode(), b.list_date(items),
                   "application/json;charset=UTF-8", ignores_query=False), "list")
    boxes = "".join(f'<div class="nbBox"><h3>{label}</h3><ul class="list" data-channel="{channel_id(county, key)}">'
                    f"</ul></div>" for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="ra-news")
    return urls
