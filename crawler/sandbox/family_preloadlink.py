"""A district portal whose 政府信息公开年报 page is one shell of three empty lists (区政府, 委办局, 街镇) that its script
fills from three JSON files, and whose server names those files only in the page's HTTP response header, for the
browser to start fetching them before the page is parsed: `Link: </govxxgk/data/qzf.<version>.json>; rel=preload;
as=fetch; crossorigin, </govxxgk/data/wbj.<version>.json>; …, </govxxgk/data/jz.<version>.json>; …` (nginx's
`add_header Link`, as a build that fingerprints its data files writes it). The page's body names no file: the script
puts each address together at run time from the list's `data-channel` and the shell's `data-v` (the build's content
hash, 8 hex digits), `"/govxxgk/data/" + channel + "." + v + ".json"`, and the browser answers its fetch from the
preloaded copy. Every other address of a data file is 404. The files list every unit's reports of every year — the
district's, its 委办局' and its 街道' and 镇' — the years before 2019 included; no page links a report but the home page's
newest (held out of tuning, seventy-fourth round).

Modelled on https://www.songjiang.gov.cn/govxxgk/SHSJ57//031c2d9e-60be-4f4f-82e1-27c972981bee.html (松江区永丰街道's
2017 report: a Shanghai district portal filing each unit's documents at `/govxxgk/<unit code>/<uuid>.html`, a report
of the years before 2019; the real address has a doubled slash, which this family does not copy) and
https://www.shanghai.gov.cn/nw42847/20200823/0001-42847_55429.html (闵行区's 2017 report), and on the `Link` response
header as https://developer.mozilla.org/docs/Web/HTTP/Headers/Link documents it ("the browser can start
preconnecting or preloading resources before the HTML itself is fetched and processed … The only relations that work
reliably are preconnect and preload") with `as=fetch`, which Chromium's preload supports
(https://chromium.googlesource.com/external/w3c/web-platform-tests/+/refs/tags/merge_pr_38076%5E%21/). The address
scheme is the cited pages'; the shell, its script, the header, the data files and the three columns by kind of unit
are this family's choice (the cited pages are text; they show no headers). Unlike linkheader (a JSON interface whose
later pages a `Link: rel="next"` header names, its first page written in the script), cursorheader and poll202 (a
token or an address an API's answer header gives the script), nocache204 (a parameter made at run time) or
sessionstore (a channel handed over by sessionStorage), the lists' one address is written whole only in a `rel=preload`
header of the HTML page itself.

- www.X.gov.cn (nginx): home (news; the government's newest report), 新闻中心 (/xwzx/), 政务公开 (/zwgk/index.html:
  the guide and the 年报 page), the 年报 shell /govxxgk/nb/index.html (its `Link` header naming the three files), the
  files /govxxgk/data/<qzf|wbj|jz>.<8 hex>.json and the articles /govxxgk/<unit code>/<uuid>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府信息公开年报", "wbj": "委办局信息公开年报", "jz": "街镇信息公开年报"}
SHELL = "/govxxgk/nb/index.html"
DATA = "/govxxgk/data/"
JSON_TYPE = "application/json; charset=utf-8"


def data_version(county: County) -> str:
    """The build's content hash the data files are named with (8 hex digits)."""
    return stable_hex("pl-ver", county.pinyin, length=8)


def data_path(key: str, version: str) -> str:
    return f"{DATA}{key}.{version}.json"


def preload_header(version: str) -> tuple[str, str]:
    """The shell's `Link` header: one preload of each column's data file, comma-joined as one field."""
    return ("Link", ", ".join(f"<{data_path(key, version)}>; rel=preload; as=fetch; crossorigin" for key in COLUMNS))


def shell_html(version: str) -> str:
    """The shell's lists: empty, each named by its channel; the version on the wrapper."""
    boxes = "".join(f'<div class="nb-box"><h3>{label}</h3><ul class="nb-list" data-channel="{key}"></ul></div>'
                    for key, label in COLUMNS.items())
    return f'<div id="nbTabs" data-v="{version}">{boxes}</div>'


LOADER = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var v = document.getElementById("nbTabs").getAttribute("data-v");
  [].forEach.call(document.querySelectorAll("ul.nb-list"), function (ul) {
    fetch("/govxxgk/data/" + ul.getAttribute("data-channel") + "." + v + ".json")
      .then(function (r) { return r.json(); })
      .then(function (data) {
        data.list.forEach(function (row) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = row.link; a.textContent = row.title; a.target = "_blank";
          li.appendChild(a); li.appendChild(document.createTextNode(" " + row.pubDate)); ul.appendChild(li);
        });
      });
  });
});
</script>"""


def article_uuid(county: County, key: str, art: Article) -> str:
    h = stable_hex("pl-art", county.pinyin, key, art.key, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build_preloadlink(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "preloadlink"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.18.0")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    version = data_version(county)

    def article_path(key: str, art: Article) -> str:
        unit = art.report.unit.code if art.report else county.site_id_code
        return f"/govxxgk/{unit}/{article_uuid(county, key, art)}.html"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, path=article_path,
                                           serial=lambda key, art: stable_int("pl-serial", county.pinyin, key,
                                                                              art.key, digits=5))
    for key, items in columns.items():
        rows = kit.json_rows(items, www.host, url="link", date="pubDate")
        answer = json.dumps({"code": 200, "total": len(rows), "list": rows}, ensure_ascii=False).encode()
        b.add(www, data_path(key, version), Page(answer, b.list_date(items), JSON_TYPE), "api")
    shell = kit.report_list_page(b, www, county, family, SHELL, "政府信息公开年报", shell_html(version),
                                 [a for items in columns.values() for a in items], nav=nav, scripts=LOADER)
    shell.extra_headers = (preload_header(version),)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=SHELL, news_salt="pl-news")
    return urls
