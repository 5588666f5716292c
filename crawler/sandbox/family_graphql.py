"""A district portal whose 政府信息公开年报 column is filled from a GraphQL endpoint: the column page
(/xxgk/nb/index.html) has three empty lists (区政府, 委办局, 街道镇) and a loader that POSTs to `/graphql` the body
`{"query": "query NbList($channel: String!, $offset: Int!, $limit: Int!) { contents(channel: $channel,
offset: $offset, limit: $limit) { total items { title url pubDate } } }", "variables": {"channel": …, "offset": 0,
"limit": 8}}` and asks again with `offset` advanced by 8 until it reaches `total`. The endpoint answers only a POST
of a JSON document that holds a query selecting `contents`; a GET, a form, or a body without the query answers a
GraphQL error, not rows. Every entry but the government's newest report (linked on the home page) is named only by
those answers (held out of tuning, thirty-second round).

Modelled on https://www.shanghai.gov.cn/nw44404/20200824/0001-44404_58278.html (静安区 2018 report, a district's
report in the municipal portal's `/nw<column>/<YYYYMMDD>/0001-<column>_<id>.html` layout, the layout this family's
articles take) and https://zgcounty.com/news/61131.html (黄浦区 2021 report: compiled "由区政府办公室综合区政府各委、
局、办和各街道办事处" — a district government, its 委办局 and its 街道, the three lists here). The GraphQL list
endpoint and its offset paging in the variables (the offset/limit arguments GraphQL servers commonly take:
https://neo4j.com/docs/graphql/current/queries-aggregations/pagination/offset-based) are this family's choice; the
cited pages are text and do not show how their lists load. Unlike jsonpost (a JSON body of named fields, one answer
for the whole list), cursorpost (a sealed cursor the answer hands back) or hashspa (a POSTed JSON list behind hash
routes), the request is a GraphQL document — the fields to return written in a query string — whose paging lives in
the `variables` object beside it.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /xxgk/nb/index.html (three empty lists with `data-channel` and the loader), POST /graphql (JSON in,
  JSON out), articles /nw<column>/<YYYYMMDD>/0001-<column>_<id>.html.
"""

from __future__ import annotations

import json
import re

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/nb/index.html"
ENDPOINT = "/graphql"
LIMIT = 8
MAX_LIMIT = 50   # what the server's schema allows one request
JSON_TYPE = "application/json; charset=utf-8"
SELECTS_CONTENTS = re.compile(r"\bcontents\s*\(")   # the one field the schema's Query type has
LABELS = {"qzf": "区政府政府信息公开工作年度报告", "wbj": "委办局政府信息公开工作年度报告", "jdz": "街道镇政府信息公开工作年度报告"}
QUERY = ("query NbList($channel: String!, $offset: Int!, $limit: Int!) { contents(channel: $channel, offset: $offset, "
         "limit: $limit) { total items { title url pubDate } } }")

LOADER = f"""<script type="text/javascript">
var NB_QUERY = {json.dumps(QUERY)};
function loadChannel(ul, offset) {{
  fetch("{ENDPOINT}", {{method: "POST", headers: {{"Content-Type": "application/json"}},
    body: JSON.stringify({{query: NB_QUERY, variables: {{channel: ul.getAttribute("data-channel"), offset: offset, limit: {LIMIT}}}}})}})
    .then(function (r) {{ return r.json(); }})
    .then(function (res) {{
      var page = res.data.contents;
      page.items.forEach(function (row) {{
        var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
        a.href = row.url; a.target = "_blank"; a.textContent = row.title;
        span.className = "date"; span.textContent = row.pubDate;
        li.appendChild(a); li.appendChild(span); ul.appendChild(li);
      }});
      if (offset + {LIMIT} < page.total) {{ loadChannel(ul, offset + {LIMIT}); }}
    }});
}}
document.addEventListener("DOMContentLoaded", function () {{
  document.querySelectorAll("ul[data-channel]").forEach(function (ul) {{ loadChannel(ul, 0); }});
}});
</script>"""


def request_body(channel: str, offset: int) -> str:
    """The body the loader sends (JSON.stringify's compact form, keys in the script's order)."""
    return json.dumps({"query": QUERY, "variables": {"channel": channel, "offset": offset, "limit": LIMIT}},
                      ensure_ascii=False, separators=(",", ":"))


def graphql_error(message: str, status: int = 200) -> Page:
    """A GraphQL server's answer to a request it cannot run: `errors`, no `data` (200 over HTTP, as most answer)."""
    return Page(json.dumps({"errors": [{"message": message}]}).encode(), SITE_DATE, JSON_TYPE, status=status, role="api")


def endpoint(channels: dict[str, list[dict[str, str]]]):
    """The /graphql handler over `channels` (channel id → rows, newest first)."""
    def handler(method, query, headers, body):
        if method != "POST":
            return graphql_error("GET query missing: POST a JSON document {query, variables}", 405)
        if not headers.get("content-type", "").startswith("application/json"):
            return graphql_error("Must provide query string.", 400)
        try:
            asked = json.loads(body.decode("utf-8"))
            document, variables = asked["query"], asked.get("variables") or {}
            channel, offset = variables["channel"], int(variables.get("offset", 0))
            limit = int(variables.get("limit", LIMIT))
        except (ValueError, KeyError, TypeError, AttributeError):
            return graphql_error("Must provide query string.", 400)
        if not isinstance(document, str) or not SELECTS_CONTENTS.search(document):
            return graphql_error('Cannot query field on type "Query".')
        if channel not in channels:
            return Page(json.dumps({"data": {"contents": None}, "errors": [{"message": "channel not found"}]}).encode(),
                        SITE_DATE, JSON_TYPE, role="api")
        if offset < 0 or not 0 < limit <= MAX_LIMIT:
            return graphql_error(f"offset must be >= 0 and limit between 1 and {MAX_LIMIT}")
        rows = channels[channel]
        answer = {"data": {"contents": {"total": len(rows), "items": rows[offset:offset + limit]}}}
        return Page(json.dumps(answer, ensure_ascii=False).encode(), SITE_DATE, JSON_TYPE, role="api")
    return handler


def build_graphql(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "graphql"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    urls: dict[str, str] = {}

    def column_no(key: str) -> int:
        return stable_int("gq-col", county.pinyin, key, digits=5)

    def serial(key: str, art: Article) -> int:
        return stable_int("gq-art", county.pinyin, key, art.key, digits=5)

    def path(key: str, art: Article) -> str:
        return f"/nw{column_no(key)}/{art.day:%Y%m%d}/0001-{column_no(key)}_{serial(key, art)}.html"

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, LABELS, urls, nav=nav, serial=serial,
                                           scripted_except=newest, path=path)
    channels: dict[str, list[dict[str, str]]] = {}
    for key, items in columns.items():
        channel = f"zfxxgknb_{key}_{column_no(key)}"
        channels[channel] = kit.json_rows(items, www.host, date="pubDate")
        for chunk_no in range(len(paginate(items, LIMIT))):
            b.post_pages.append({"url": f"http://{www.host}{ENDPOINT}", "body": request_body(channel, chunk_no * LIMIT),
                                 "content_type": "application/json"})
    www.dynamic[ENDPOINT] = endpoint(channels)
    boxes = "".join(f'<div class="nbBox"><h3>{label}</h3><ul class="list" data-channel="zfxxgknb_{key}_{column_no(key)}">'
                    "</ul></div>" for key, label in LABELS.items())
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", boxes, arts, nav=nav, scripts=LOADER)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="gq-news")
    return urls
