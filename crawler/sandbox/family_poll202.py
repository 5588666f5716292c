"""A district portal whose three 政府信息公开年报 columns (区政府, 区级部门, 街镇) are shells filled from a query service
that answers asynchronously, as HTTP's `202 Accepted` pattern goes: the column's script GETs
`/api/xxgk/nbcx?lm=<qzf|bm|jz>`, which answers `202 Accepted` with `Location: /api/xxgk/nbcx/jobs/<id>` and
`Retry-After: 1` and a body that only says the query was taken (`{"code": 202, "status": "queued", "msg": "查询已受理，
请稍候"}`: no address, no rows); the script waits the `Retry-After` seconds and GETs the `Location`, which answers
`200` with the rows. The job's address is written in no page, script or body: only the 202 answer's `Location`
header names it (a browser does not follow a `Location` on a 202; the page's script does). The job ids are the
service's, stable per column, and its results stay (the sandbox answers the finished job at once). The columns list
every unit's reports of every year, the years before 2019 included; no other page links a report but the home
page's newest (held out of tuning, seventy-second round).

Modelled on https://www.songjiang.gov.cn/govxxgk/SHSJ57//031c2d9e-60be-4f4f-82e1-27c972981bee.html (上海市松江区永丰街道
办事处's 2017 report in the district's 信息公开 system, `govxxgk/<unit code>/<uuid>.html`: a 街道's report of the years
before 2019 on a district portal) and https://www.shanghai.gov.cn/nw42847/20200823/0001-42847_55429.html (闵行区人民政府
办公室's 2017 report), with the asynchronous pattern as interface documents describe it:
https://learn.microsoft.com/en-us/rest/api/hdinsight/asynchronous-operations--202-accepted-and-location-header-
("Operations that complete asynchronously return HTTP 202 (Accepted) with a Location header and an optional
Retry-After header … GET URL from the Location header") and https://techdocs.akamai.com/cloud-access-mgr/reference/asynchronous-requests
("a response header that includes the Location and Retry-After values … you can use the Location path from the
response header as a Hypermedia link in a GET operation"). The address scheme of the articles is the cited pages';
that the columns are drawn from such a service, the service and its JSON are this family's choice (the cited pages
are text; they show no script). Unlike cursorheader (a later page's cursor in an `X-Next-Cursor` header of a 200),
linkheader (`Link: rel="next"` on a 200), tokenapi (a token in another endpoint's JSON body) or any redirect by
`Location` (a 3xx a client follows by itself), the rows' address is in the `Location` of a 2xx answer that no client
follows unless it polls.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  columns), /govxxgk/nb/<qzf|bm|jz>.html (the shell and its poller), /api/xxgk/nbcx?lm=<key> (202, Location,
  Retry-After), /api/xxgk/nbcx/jobs/<id> (the rows), articles /govxxgk/<unit code>/<uuid>.html.
"""

from __future__ import annotations

import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府信息公开年报", "bm": "区级部门信息公开年报", "jz": "街镇信息公开年报"}
QUERY_API = "/api/xxgk/nbcx"
JOBS = QUERY_API + "/jobs/"
RETRY_AFTER = 1
JSON_TYPE = "application/json;charset=UTF-8"
ACCEPTED = json.dumps({"code": 202, "status": "queued", "msg": "查询已受理，请稍候"}, ensure_ascii=False).encode()


def shell_path(key: str) -> str:
    return f"/govxxgk/nb/{key}.html"


def job_id(county: County, key: str) -> str:
    """The service's id of the query of column `key`: a UUID's shape (what a job queue hands out)."""
    h = stable_hex("pa-job", county.pinyin, key)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def poller(key: str) -> str:
    """The column's script: ask, and on a 202 wait Retry-After seconds and fetch the Location it names."""
    return f"""<script type="text/javascript">
(function () {{
  function draw(res) {{
    var ul = document.getElementById("nbList");
    res.rows.forEach(function (row) {{
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = row.url; a.textContent = row.title; a.target = "_blank";
      li.appendChild(a); li.appendChild(document.createTextNode(" " + row.date)); ul.appendChild(li);
    }});
  }}
  function poll(url) {{
    fetch(url).then(function (r) {{
      if (r.status === 202) {{
        var wait = parseInt(r.headers.get("Retry-After") || "1", 10) * 1000;
        var next = r.headers.get("Location") || url;
        setTimeout(function () {{ poll(next); }}, wait);
        return null;
      }}
      return r.json();
    }}).then(function (res) {{ if (res) draw(res); }});
  }}
  document.addEventListener("DOMContentLoaded", function () {{ poll("{QUERY_API}?lm={key}"); }});
}})();
</script>"""


def build_poll202(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "poll202"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx/1.16.1")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def article_path(key, art):
        unit = f"SH{county.region_code[2:4]}{stable_int('pa-unit', county.pinyin, art.key, digits=2)}"
        h = stable_hex("pa-art", county.pinyin, key, art.key)
        return f"/govxxgk/{unit}/{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}.html"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, path=article_path,
                                           serial=lambda key, art: stable_int("pa-art", county.pinyin, key, art.key,
                                                                              digits=5))
    for key, label in COLUMNS.items():
        rows = json.dumps({"code": 200, "status": "done", "total": len(columns[key]),
                           "rows": kit.json_rows(columns[key], www.host)}, ensure_ascii=False).encode()
        b.add(www, f"{JOBS}{job_id(county, key)}", Page(rows, SITE_DATE, JSON_TYPE, ignores_query=False), "api")
        kit.report_list_page(b, www, county, family, shell_path(key), label, '<ul id="nbList"></ul>', columns[key],
                             nav=nav, scripts=poller(key))
    jobs = {key: job_id(county, key) for key in COLUMNS}

    def query(method, params, headers, body):
        job = jobs.get(params.get("lm", ""))
        if job is None:
            return Page(b'{"code":400,"msg":"lm invalid"}', SITE_DATE, JSON_TYPE, status=400, role="api")
        return Page(ACCEPTED, SITE_DATE, JSON_TYPE, status=202, role="api", ignores_query=False, extra_headers=(
            ("Location", f"{JOBS}{job}"), ("Retry-After", str(RETRY_AFTER)), ("Cache-Control", "no-store")))

    www.dynamic[QUERY_API] = query
    hrefs = [(shell_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="pa-news", more=tuple(hrefs[1:]))
    return urls
