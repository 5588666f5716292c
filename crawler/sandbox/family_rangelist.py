"""A county portal whose 政府信息公开年报 column is a dgrid (Dojo) grid over a REST store that pages by HTTP headers,
not by query: the grid's JsonRest store asks `/xxgk/nb/rest/list/` with `Range: items=0-9`, `items=10-19`, … and
reads the total from the answer's `Content-Range: items 0-9/<N>`. The address never changes from page to page; a GET
without a Range header gets the first ten rows only, as a range middleware's default limit gives (held out of
tuning, twenty-first round).

Modelled on http://www.nbjb.gov.cn/col/col1229214366/index.html (宁波江北: 部门政务公开, lists a script fills from
loaded data) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html (南平: every year's reports in one
专栏, a 2012 report among them; http://www.linyixian.gov.cn/n54935142/n54940779/n63291928/n63291930/c68562960/content.html,
临邑's 2012 report), with the paging of Dojo's JsonRest store (`Range: items=<first>-<last>` asked,
`Content-Range: items <first>-<last>/<total>` answered: https://gist.github.com/goldsky/3358864, a PHP controller
for dgrid that reads `HTTP_RANGE` and defaults to the first rows; https://app.unpkg.com/express-range@2.0.1/files/index.js,
`limit` rows when no Range is sent). A 年报 grid on such a store is this family's choice; the cited portal pages do
not show their interfaces. Unlike acceptneg (a header that picks the format of a whole list), xhrheader (a header
that unlocks a list) and pagesize/laypage (pages named by query values), the rows past the first page exist only in
answers to one URL asked with another request header each time.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), /xxgk/nb/index.html (the grid's shell and script), /xxgk/nb/rest/list/ (JSON rows by Range), articles
  /xxgk/nb/<YYYYMM>/t<YYYYMMDD>_<id>.html.
"""

from __future__ import annotations

import json
import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
STORE = "/xxgk/nb/rest/list/"
LABEL = "政府信息公开年报"
PAGE_ROWS = 10     # the grid's page, and the rows a request without Range gets
MAX_ROWS = 50      # the most rows one Range may ask for (a larger one is cut)
JSON_TYPE = "application/json;charset=UTF-8"

GRID = """<script type="text/javascript">
// dgrid OnDemandGrid over dojo/store/JsonRest: each page is the same GET with another Range header
var store = {target: "%s", pageRows: %d};
function loadRows(first) {
  var xhr = new XMLHttpRequest();
  xhr.open("GET", store.target);
  xhr.setRequestHeader("Range", "items=" + first + "-" + (first + store.pageRows - 1));
  xhr.onload = function () {
""" + kit.row_links_js("JSON.parse(xhr.responseText)", href="url", date="date", indent=4,
    list_id="nbGrid") + """
    var total = +(xhr.getResponseHeader("Content-Range") || "").split("/")[1];
    if (first + store.pageRows < total) { loadRows(first + store.pageRows); }
  };
  xhr.send();
}
document.addEventListener("DOMContentLoaded", function () { loadRows(0); });
</script>"""


def asked_range(headers: dict[str, str]) -> tuple[int, int]:
    """(first, last) of the request's `Range: items=a-b` (cut to MAX_ROWS); the first page without one, or with
    another unit (a download tool's `bytes=`)."""
    value = {k.lower(): v for k, v in headers.items()}.get("range", "")
    m = re.fullmatch(r"\s*items=(\d+)-(\d+)\s*", value)
    if not m or int(m.group(2)) < int(m.group(1)):
        return 0, PAGE_ROWS - 1
    first = int(m.group(1))
    return first, min(int(m.group(2)), first + MAX_ROWS - 1)


def build_rangelist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "rangelist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.trs_report_column(b, www, county, family, arts, noise, nav=nav, salt="rl-art",
                                        scripted_except=newest)
    rows = [{"id": n, **row} for n, row in enumerate(kit.json_rows(items, www.host))]
    shell = kit.report_list_page(b, www, county, family, COLUMN, LABEL, '<ul id="nbGrid"></ul>', items, nav=nav,
                                 scripts=GRID % (STORE, PAGE_ROWS))

    def ranged(method, query, headers, body):
        first, last = asked_range(headers)
        chunk = rows[first:last + 1]
        shown = f"items {first}-{first + len(chunk) - 1}/{len(rows)}" if chunk else f"items */{len(rows)}"
        return Page(json.dumps(chunk, ensure_ascii=False).encode(), shell.last_modified, JSON_TYPE, role="api",
                    extra_headers=(("Accept-Ranges", "items"), ("Content-Range", shown)))

    www.dynamic[STORE] = ranged
    for first in range(0, len(rows), PAGE_ROWS):
        b.header_pages.append({"url": f"http://{www.host}{STORE}",
                               "headers": {"Range": f"items={first}-{first + PAGE_ROWS - 1}"}})
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="rl-news")
    return urls
