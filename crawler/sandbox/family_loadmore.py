"""年报 lists that grow by "加载更多" (each click GETs the next `page=n` as an HTML fragment) and township reports
that are attachments opened by `onclick="window.open(…)"` (a 博达 VSB-style county site), held out of tuning.

Modelled on https://www.ynyx.gov.cn/info/1025/61695.htm (云县: articles /info/<column id>/<id>.htm, the
government's 2022 report) and http://fg.gov.cn/info/1648/47211.htm (府谷县: 网站首页 > 政务公开 > 政府信息公开年报,
the 县政府办's report in the same URL scheme), with the attachment links of that CMS
(/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=…&wbfileid=…). The list markup is the
mobile-first kind such sites moved to: the first page is in the HTML, a 加载更多 button's script appends the
next ones; attachments are opened by a script on click, not by an `href`.

- www.X.gov.cn: home (news), 政务公开 (/xxgk.htm) → 政府信息公开年报 (/xxgk/zfxxgknb.htm) with three tabs, one column
  each: /xxgk/zfxxgknb/bj.htm (本级: government and office, 2008 on, 解读, look-alikes), bm.htm (部门), xz.htm (乡镇).
- A column page shows its 6 newest entries; GET /system/resource/loadmore.jsp?colid=<column id>&page=<n> answers
  page n as a fragment of `<li>`s (empty past the last), which only the button's script requests.
- Township reports are short article pages whose report is a PDF opened by
  `<a href="javascript:void(0);" onclick="window.open('/system/_content/download.jsp?…')">` (the download answers
  with a Content-Disposition).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.common import paginate, pdf_page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

PAGE_SIZE = 6
MORE = "/system/resource/loadmore.jsp"
COLUMNS = {"bj": "本级年报", "bm": "部门年报", "xz": "乡镇年报"}
MORE_SCRIPT = """<script type="text/javascript">
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("loadMore"), list = document.getElementById("newsList"), page = 1;
  button.addEventListener("click", function () {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "%(more)s?colid=" + button.getAttribute("data-colid") + "&page=" + (page + 1));
    xhr.onload = function () {
      if (!xhr.responseText.trim()) { button.style.display = "none"; return; }
      page += 1; list.insertAdjacentHTML("beforeend", xhr.responseText);
    };
    xhr.send();
  });
});
</script>"""


def build_loadmore(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "loadmore"
    nav = [("网站首页", "/index.htm"), ("政务公开", "/xxgk.htm"), ("新闻中心", "/xwzx.htm")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="VWebServer")
    urls: dict[str, str] = {}
    colid = {k: 1025 + i + stable_int("vsb-col", county.pinyin, digits=2) * 10 for i, k in enumerate(COLUMNS)}
    groups = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    tabs = "".join(f'<li><a href="/xxgk/zfxxgknb/{k}.htm">{esc(n)}</a></li>' for k, n in COLUMNS.items())
    fragments = {}
    for key, items in groups.items():
        col = colid[key]
        items[:] = kit.newest_first(items)
        for i, art in enumerate(items):
            aid = stable_int("vsb-art", county.pinyin, art.key, digits=5)
            report, attachments, file_url = art.report, "", None
            if report is not None and key == "xz":
                owner, fileid = stable_int("vsb-owner", county.pinyin, digits=10), aid * 7 + 3
                file_path = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={owner}&wbfileid={fileid}"
                pdf = pdf_page(report, b.report_date(report))
                pdf.ignores_query = False
                pdf.extra_headers = (("Content-Disposition", f'attachment; filename="{fileid}.pdf"'),)
                b.add(www, file_path, pdf, "attachment")
                file_url = f"http://{www.host}{file_path}"
                attachments = (f'<div class="attach">附件【<a href="javascript:void(0);" onclick="window.open('
                               f"'{esc(file_path)}')\">{esc(report.title)}.pdf</a>】已下载次</div>")
            beyond = report is not None and i >= PAGE_SIZE     # in a 加载更多 fragment only
            url = kit.article_page(b, www, county, family, art, f"/info/{col}/{aid}.htm", nav=nav, column=COLUMNS[key],
                                   index_no=f"{county.site_id_code}-{art.day:%Y}-{aid % 1000:03d}", attachments=attachments,
                                   needs_browser=beyond)
            if report is not None:
                urls[report.key] = url
                if file_url:
                    b.document(file_url, report, "pdf", "attachment", parent_url=url, needs_browser=beyond)
        chunks = paginate(items, PAGE_SIZE)

        def fragment(method, query, headers, body, chunks=chunks, col=col):
            if query.get("colid") != str(col):
                return None
            n = int(query["page"]) if query.get("page", "").isdigit() else 1
            chunk = chunks[n - 1] if 1 <= n <= len(chunks) else []
            return Page(rows(chunk).encode(), b.list_date(chunk), role="list", ignores_query=False)

        fragments[col] = fragment
        for n in range(1, len(chunks) + 1):
            b.pages[f"http://{www.host}{MORE}?colid={col}&page={n}"] = "list"
        more = (f'<a id="loadMore" class="more" href="javascript:;" data-colid="{col}">加载更多</a>'
                if len(chunks) > 1 else "")
        main = (f'<ul class="tabs">{tabs}</ul><div class="list"><h2>{esc(COLUMNS[key])}</h2>'
                f'<ul id="newsList" class="list">{rows(chunks[0])}</ul>{more}</div>')
        b.html_page(www, f"/xxgk/zfxxgknb/{key}.htm", page(county, family, f"{COLUMNS[key]}-{county.gov_name}", main,
                                                            column="政府信息公开年报", nav=nav, host=www.host,
                                                            scripts=MORE_SCRIPT % {"more": MORE}),
                    b.list_date(items), "list")
    www.dynamic[MORE] = _dispatch(fragments)
    b.html_page(www, "/xxgk/zfxxgknb.htm", page(county, family, "政府信息公开年报", f'<ul class="tabs">{tabs}</ul>',
                                                 column="政府信息公开年报", nav=nav, host=www.host), SITE_DATE, "section")
    b.html_page(www, "/xxgk.htm", page(county, family, "政务公开", '<ul><li><a href="/xxgk/zfxxgkzn.htm">政府信息公开指南</a>'
                                       '</li><li><a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></li></ul>',
                                       column="政务公开", nav=nav, host=www.host), SITE_DATE, "section")
    b.html_page(www, "/xxgk/zfxxgkzn.htm", page(county, family, "政府信息公开指南", f"<p>{esc(county.gov_name)}"
                                                 "政府信息公开指南。</p>", nav=nav, host=www.host), SITE_DATE, "section")
    news = kit.news_items(county, noise, 3)
    kit.news_column(b, www, county, family, news, nav=nav, label="新闻中心", list_path="/xwzx.htm",
                    article_path=lambda art: f"/info/1001/{stable_int(art.key, county.pinyin, digits=5)}.htm")
    kit.home_page(b, www, county, family, kit.focus_box(news), nav=nav, path="/index.htm")
    return urls


def rows(items: list[Article]) -> str:
    return "".join(f'<li><a href="{esc(a.url)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                   f'<span class="date">{a.date_text}</span></li>' for a in items)


def _dispatch(by_column: dict):
    """One fragment URL for every column: the column id in the query picks the list; an unknown one is a 404."""
    def handler(method, query, headers, body):
        col = query.get("colid", "")
        fragment = by_column.get(int(col)) if col.isdigit() else None
        return fragment(method, query, headers, body) if fragment else None
    return handler
