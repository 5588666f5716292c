"""A county portal whose one 政府信息公开年报 column shows its first page as served and loads the later ones from a
list action that answers them only to its own script: `/zwgk/xxgknb/list.do?pageNo=<n>&pageSize=10` gives page 1 to
anyone, but a later page's rows only to a request that carries `X-Requested-With: XMLHttpRequest` and a `Referer`
naming the column's page — what the column's pager script sends (it sets the header; the browser sends the page as
Referer). Any other request for a later page is answered 200 with the same JSON and an empty list (`"total": 0,
"list": []`): no error, no refusal, as Java CMSs answer requests their anti-scraping filter does not trust, so a
client that asks plainly sees a column of one page (held out of tuning, thirty-second round).

Modelled on http://www.lishi.gov.cn/zwgk/xxgknb/2025nb/202601/t20260121_2010753.shtml (离石区人民政府办公室 2025
report: the column /zwgk/xxgknb/ with a folder per year, `2025nb`, TRS `<YYYYMM>/t<YYYYMMDD>_<id>.shtml` articles,
the layout this family's take) and http://www.shanxi.gov.cn/zfxxgk/zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml
(山西省 2017 report). The two request checks are the ones Chinese developers' notes describe: the server telling a
script's request by `request.getHeader("x-requested-with")` (https://www.itread01.com/content/1545260049.html) and
requiring dynamic requests to carry the site's own Referer "防止恶意请求" (https://ask.zkbhj.com/?/question/241);
that this portal's list action applies both, and answers an empty list rather than an error, is this family's
choice (the cited pages are text). Unlike xhrheader (a 403 page to a request without the header, on every page of
the list) or refguard (403 on files without a Referer), the answer that withholds the rows looks like a real, empty
last page, and only pages after the first are withheld.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政务公开 (/zwgk/index.html: the guide,
  the column), /zwgk/xxgknb/index.shtml (page 1 of every entry, newest first, and the pager script), GET
  /zwgk/xxgknb/list.do?pageNo=<n>&pageSize=10 (JSON), articles /zwgk/xxgknb/<year>nb/<YYYYMM>/t<YYYYMMDD>_<id>.shtml.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.common import paginate
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

FOLDER = "/zwgk/xxgknb/"
COLUMN = FOLDER + "index.shtml"
ACTION = FOLDER + "list.do"
PAGE_SIZE = 10
JSON_TYPE = "application/json;charset=UTF-8"


def pager_script(pages: int) -> str:
    """The column's pager: page numbers and 下一页 call loadPage(n), which GETs the action with the XHR header and
    draws the rows in place of the list."""
    return f"""<script type="text/javascript">
var NB_PAGES = {pages}, nbPage = 1;
function loadPage(n) {{
  if (n < 1 || n > NB_PAGES) {{ return; }}
  var xhr = new XMLHttpRequest();
  xhr.open("GET", "{ACTION}?pageNo=" + n + "&pageSize={PAGE_SIZE}");
  xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
  xhr.onload = function () {{
    var res = JSON.parse(xhr.responseText), ul = document.getElementById("nbList");
    ul.innerHTML = "";
    res.list.forEach(function (row) {{
      var li = document.createElement("li"), a = document.createElement("a"), span = document.createElement("span");
      a.href = row.url; a.target = "_blank"; a.textContent = row.title;
      span.className = "date"; span.textContent = row.fbrq;
      li.appendChild(a); li.appendChild(span); ul.appendChild(li);
    }});
    nbPage = n; document.getElementById("nbNo").textContent = n;
  }};
  xhr.send();
}}
</script>"""


def pager(total: int, pages: int) -> str:
    numbers = "".join(f'<a href="javascript:void(0);" onclick="loadPage({n})">{n}</a> ' for n in range(1, pages + 1))
    return (f'<div class="page">共{total}条 第<span id="nbNo">1</span>/{pages}页 {numbers}'
            '<a href="javascript:void(0);" onclick="loadPage(nbPage + 1)">下一页</a></div>')


def answer(rows: list[dict[str, str]], page_no: int, total: int) -> bytes:
    return json.dumps({"total": total, "pageNo": page_no, "pageSize": PAGE_SIZE, "list": rows},
                      ensure_ascii=False).encode()


def list_action(host: str, pages: list[list[dict[str, str]]], total: int):
    """The action's handler: page 1 to anyone; a later page's rows only with the XHR header and the column as
    Referer, else the same JSON with no rows."""
    column = urlsplit(f"http://{host}{COLUMN}")

    def trusted(headers: dict[str, str]) -> bool:
        referer = urlsplit(headers.get("referer", ""))
        return (headers.get("x-requested-with", "").lower() == "xmlhttprequest"
                and (referer.hostname, referer.path) == (column.hostname, column.path))

    def handler(method, query, headers, body):
        try:
            page_no = int(query.get("pageNo", "1"))
        except ValueError:
            page_no = 1
        if page_no > 1 and not trusted(headers):   # the filter's silent answer
            return Page(answer([], page_no, 0), SITE_DATE, JSON_TYPE, role="api")
        rows = pages[page_no - 1] if 1 <= page_no <= len(pages) else []
        return Page(answer(rows, page_no, total), SITE_DATE, JSON_TYPE, role="api")
    return handler


def build_refxhr(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "refxhr"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    newest = kit.newest_gov_report(arts)
    entries = kit.report_column(county, arts, noise)
    first = entries[:PAGE_SIZE]
    urls: dict[str, str] = {}

    def doc_id(art: Article) -> int:
        return stable_int("rx-art", county.pinyin, art.key, digits=7)

    def path(art: Article) -> str:
        year = art.report.year if art.report else art.day.year - 1
        return kit.trs_path(f"{FOLDER}{year}nb/", art.day, doc_id(art), ".shtml")

    kit.column_pages(b, www, county, family, first, urls, nav=nav, path=path, serial=doc_id)
    kit.column_pages(b, www, county, family, entries[PAGE_SIZE:], urls, nav=nav, path=path, serial=doc_id,
                     scripted_except=newest)
    pages = [kit.json_rows(chunk, www.host, date="fbrq") for chunk in paginate(entries, PAGE_SIZE)]
    www.dynamic[ACTION] = list_action(www.host, pages, len(entries))
    for n in range(2, len(pages) + 1):
        b.header_pages.append({"url": f"http://{www.host}{ACTION}?pageNo={n}&pageSize={PAGE_SIZE}",
                               "headers": {"X-Requested-With": "XMLHttpRequest",
                                           "Referer": f"http://{www.host}{COLUMN}"}})
    listing = kit.link_list(first).replace('class="list"', 'class="list" id="nbList"', 1)
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", listing + pager(len(entries), len(pages)),
                         first, nav=nav, scripts=pager_script(len(pages)))
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=COLUMN, news_salt="rx-news")
    return urls
