"""大汉 Hanweb JCMS portals: /col/col<N>/index.html columns whose lists arrive by POST to
/module/web/jpage/dataproxy.jsp (XML), articles /art/Y/M/D/art_<col>_<id>.html, the annual-report module
/module/xxgk/xxgkAnnualReport.jsp?area=<unit code>&fbtime=<year>, and a department sub-site behind a
瑞数-like 412 challenge."""

from __future__ import annotations

from urllib.parse import parse_qsl

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, article_id, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import add_common, image_pages, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Page, Site

DATAPROXY = "/module/web/jpage/dataproxy.jsp"
MODULE = "/module/xxgk/xxgkAnnualReport.jsp"


def col_ids(county: County) -> dict[str, int]:
    base = 1229000000 + stable_int("hanweb-cols", county.pinyin, digits=3) * 1000
    names = ("section", "nb", "xzf", "bm", "xz", "query", "news", "notice", "old", "jyj")
    return {name: base + 10 + i for i, name in enumerate(names)}


def _records_xml(items: list[Article], start: int, end: int) -> bytes:
    chosen = items[max(0, start - 1):max(0, end)]
    records = "".join(
        f'<record><![CDATA[<li><a href="/{a.url.split("://", 1)[1].split("/", 1)[1]}" '
        f'title="{esc(a.title)}" target="_blank">{esc(a.title)}</a><span>{a.date_text}</span></li>]]></record>'
        for a in chosen)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[<a href="" '
           f"></a>]]></nextgroup><recordset>{records}</recordset><totalrecord>{len(items)}</totalrecord>"
           f"<totalpage>{(len(items) + 14) // 15}</totalpage></datastore>")
    return xml.encode("utf-8")


def _col_script(webid: str, columnid: int, unitid: int, webname: str) -> str:
    """The jpage loader: POSTs to dataproxy.jsp in batches of 45 and writes the records into #unitid."""
    return f"""<script type="text/javascript">
var webid = "{webid}", columnid = "{columnid}", unitid = "{unitid}", webname = "{webname}";
function loadRecords(start) {{
  var xhr = new XMLHttpRequest();
  xhr.open("POST", "{DATAPROXY}?startrecord=" + start + "&endrecord=" + (start + 44) + "&perpage=15", true);
  xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
  xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
  xhr.onload = function () {{
    var doc = new DOMParser().parseFromString(xhr.responseText, "text/xml");
    var recs = doc.getElementsByTagName("record"), box = document.getElementById(unitid), html = "";
    for (var i = 0; i < recs.length; i++) {{ html += recs[i].textContent; }}
    box.insertAdjacentHTML("beforeend", html);
    var total = parseInt(doc.getElementsByTagName("totalrecord")[0].textContent, 10);
    if (start + 45 <= total) {{ loadRecords(start + 45); }}
  }};
  xhr.send("col=1&appid=1&webid=" + webid + "&path=/&columnid=" + columnid + "&sourceContentType=1&unitid="
           + unitid + "&webname=" + encodeURIComponent(webname) + "&permissiontype=0");
}}
document.addEventListener("DOMContentLoaded", function () {{ loadRecords(1); }});
</script>"""


def build_hanweb(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    site = b.site(county.host, county.id, server="Apache-Coyote/1.1", chunked=True)
    family = "hanweb"
    cols = col_ids(county)
    webid = str(3000 + stable_int("webid", county.pinyin, digits=3) % 900)
    nav = [("首页", "/index.html"), ("政府信息公开", f"/col/col{cols['section']}/index.html"),
           ("新闻动态", f"/col/col{cols['news']}/index.html"), ("通知公告", f"/col/col{cols['notice']}/index.html"),
           ("浙里办", "https://www.zjzwfw.gov.cn/")]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    # the education bureau keeps its two latest reports on its own site, which sits behind the challenge
    jyj_reports = sorted((r for r in visible if r.unit.key == "dept:jyj"), key=lambda r: r.year)[-2:]
    on_jyj = {r.key for r in jyj_reports}

    lists: dict[str, list[Article]] = {"xzf": [], "bm": [], "xz": [], "news": [], "notice": []}
    urls = {}
    module_pages: dict[tuple[str, str], tuple[Report, str]] = {}
    for report in visible:
        if report.key in on_jyj:
            continue
        col = {"gov": "xzf", "office": "xzf", "department": "bm", "zone": "bm", "township": "xz"}[report.unit.kind]
        art = Article(report.title, report.published, "report", report=report, key=f"{report.unit.key}:{report.year}")
        url = _publish(b, site, county, family, art, cols[col], nav)
        urls[report.key] = url
        lists[col].append(art)
        if report.unit.kind != "township":
            module_pages[(report.unit.code, str(report.year))] = (report, url)
    for art in noise["interpretations"]:
        _publish(b, site, county, family, art, cols["xzf"], nav)
        lists["xzf"].append(art)
    for kind, col in (("news", "news"), ("notices", "notice"), ("summary", "notice")):
        for art in noise[kind]:
            _publish(b, site, county, family, art, cols[col], nav)
            lists[col].append(art)
    for items in lists.values():
        items[:] = kit.newest_first(items)

    by_column = {cols[k]: v for k, v in lists.items()}

    def dataproxy(method, query, headers, body):
        form = dict(parse_qsl(body.decode("utf-8", "replace"))) if body else {}
        params = {**query, **form}
        try:
            items = by_column[int(params.get("columnid", "0"))]
        except (KeyError, ValueError):
            return Page(b'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset></recordset>'
                        b"<totalrecord>0</totalrecord></datastore>", SITE_DATE, "text/xml;charset=UTF-8", role="api")
        start, end = int(params.get("startrecord", "1") or 1), int(params.get("endrecord", "45") or 45)
        touched = any(a.report and (a.report.revision_added or a.report.revision_removed) for a in items)
        return Page(_records_xml(items, start, end), b.list_date(items, touched), "text/xml;charset=UTF-8",
                    role="api")

    site.dynamic[DATAPROXY] = dataproxy
    webname = county.gov_name
    titles = {"xzf": "县政府年报", "bm": "部门年报", "xz": "乡镇街道年报", "news": "新闻动态", "notice": "通知公告"}
    for key, title in titles.items():
        col, unitid = cols[key], 7000000 + stable_int("unitid", county.pinyin, key, digits=6) % 999999
        main = (f'<div class="bt-list"><h2>{title}</h2><div id="{unitid}"></div>'
                '<noscript>您的浏览器不支持脚本，无法显示列表。</noscript></div>')
        html = page(county, family, f"{title}_{county.gov_name}", main, column=title, nav=nav,
                    crumbs=[("政府信息公开", f"/col/col{cols['section']}/index.html"), (title, f"/col/col{col}/index.html")],
                    scripts=_col_script(webid, col, unitid, webname))
        b.html_page(site, f"/col/col{col}/index.html", html, SITE_DATE, "column")

    # annual-report module: the same report again, in the module's own chrome (a republication in one site)
    def module(method, query, headers, body):
        hit = module_pages.get((query.get("area", ""), query.get("fbtime", "")))
        if hit is None:
            html = page(county, family, "政府信息公开年报", "<p>暂无年报信息。</p>", nav=nav)
            return Page(html.encode(), SITE_DATE, role="module")
        report, _ = hit
        art = Article(report.title, report.published, "report", report=report)
        paths = b.image_paths.get((site.host, report.key), {})
        main = article_main(county, family, art, index_no=report.unit.code, publisher=report.unit.name,
                            image_url=paths.get)
        html = page(county, family, report.title, f'<div class="xxgk-nb">{main}</div>', nav=nav,
                    meta=article_meta(art, report.unit.name))
        return Page(html.encode(), b.report_date(report), role="module")

    site.dynamic[MODULE] = module
    rows = []
    for (code, year), (report, url) in sorted(module_pages.items(), key=lambda kv: (kv[1][0].unit.key, kv[0][1])):
        murl = f"{MODULE}?area={code}&fbtime={year}"
        rows.append(f'<tr><td>{esc(report.unit.name)}</td><td>{year}</td><td><a href="{esc(murl)}">查看</a></td></tr>')
        full = f"http://{site.host}{murl}"
        b.pages[full] = "article"
        b.document(full, report, "html", "republication", republication_of=url,
                   html_tables=TABLE_STYLES[report.table_style])
    query_page = page(county, family, f"年报查询_{county.gov_name}",
                      f'<table class="nb-query"><tr><th>单位</th><th>年度</th><th>年报</th></tr>{"".join(rows)}</table>',
                      column="年报查询", nav=nav)
    module_reports = [r for r, _ in module_pages.values()]
    b.html_page(site, f"/col/col{cols['query']}/index.html", query_page,
                b.list_date([a for k in ("xzf", "bm") for a in lists[k]],
                            any(r.revision_added or r.revision_removed for r in module_reports)), "column")

    section = ('<div class="xxgk"><h2>政府信息公开</h2><ul>'
               f'<li><a href="/col/col{cols["nb"]}/index.html">政府信息公开年报</a></li>'
               f'<li><a href="/col/col{cols["query"]}/index.html">年报查询</a></li>'
               f'<li><a href="/col/col{cols["old"]}/index.html">信息公开年报（旧）</a></li>'
               '<li><a href="/col/col1229999999/index.html">政府信息公开制度</a></li></ul></div>')
    b.html_page(site, f"/col/col{cols['section']}/index.html",
                page(county, family, f"政府信息公开_{county.gov_name}", section, column="政府信息公开", nav=nav),
                SITE_DATE, "section")
    b.broken(f"http://{site.host}/col/col1229999999/index.html")
    nb = ('<div class="xxgk"><h2>政府信息公开年报</h2><ul>'
          + "".join(f'<li><a href="/col/col{cols[k]}/index.html">{titles[k]}</a></li>' for k in ("xzf", "bm", "xz"))
          + "</ul></div>")
    b.html_page(site, f"/col/col{cols['nb']}/index.html",
                page(county, family, f"政府信息公开年报_{county.gov_name}", nb, column="政府信息公开年报", nav=nav),
                SITE_DATE, "column")
    b.redirect(site, f"/col/col{cols['old']}/index.html", f"/col/col{cols['nb']}/index.html")

    jyj_host = f"jyj.{county.pinyin}.gov.cn"
    dept_links = f'<div class="links">部门网站：<a href="http://{jyj_host}/">{county.name}教育局</a></div>' \
        if any(u.key == "dept:jyj" for u in county.units) else ""
    home = ('<div class="focus"><h2>新闻动态</h2>' + trs_list_html(lists["news"][:6], "/") + "</div>"
            f'<div class="quick"><a href="/col/col{cols["section"]}/index.html">政府信息公开</a></div>{dept_links}')
    kit.home_page(b, site, county, family, home, nav=nav)
    if dept_links:
        _build_jyj(b, county, jyj_host, jyj_reports, urls)
    return urls


def _publish(b: Build, site: Site, county: County, family: str, art: Article, col: int, nav,
             host_note: str = "") -> str:
    rid = article_id(site.host, art.key or art.title)
    d = art.day
    path = kit.jcms_path(col, d, rid)
    art.url = f"http://{site.host}{path}"
    report = art.report
    image_url = None
    if report is not None:
        lm = b.report_date(report)
        if report.table_style == "image":
            image_url = image_pages(b, site, report, f"/art/{d.year}/{d.month}/{d.day}/", str(rid), lm)
        publisher = report.unit.name
    else:
        lm = moment(d, 300)
        publisher = f"{county.gov_name}办公室"
    main = article_main(county, family, art, index_no=f"{county.site_id_code[:6]}/{d.year}-{rid % 100000:05d}",
                        image_url=image_url, publisher=publisher)
    html = page(county, family, art.title, main, nav=nav, meta=article_meta(art, publisher), host=site.host)
    b.html_page(site, path, html, lm, "article")
    if report is not None:
        b.document(art.url, report, "html", "original", html_tables=TABLE_STYLES[report.table_style],
                   needs_browser=site.challenge or None)
    else:
        b.non_report(art.url)
    return art.url


def _build_jyj(b: Build, county: County, host: str, reports: list[Report], urls: dict[str, str]) -> None:
    """The education bureau's own site: every page but robots.txt answers 412 with a JS challenge until the
    cookie the challenge script computes comes back."""
    site = b.site(host, county.id, server="nginx", challenge=True, challenge_token=stable_hex("ts", host, length=24))
    b.challenge_hosts.append(host)
    b.portal_hosts.setdefault(county.id, []).append(host)
    family = "hanweb"
    nav = [("首页", "/index.html"), ("信息公开", "/col/col1/index.html")]
    add_common(b, site, county, family, nav)
    items = []
    for report in reports:
        art = Article(report.title, report.published, "report", report=report, key=f"jyj:{report.unit.key}:{report.year}")
        urls[report.key] = _publish(b, site, county, family, art, 1, nav)
        items.append(art)
    main = "<h2>信息公开年报</h2>" + trs_list_html(items, "/col/col1/")
    b.html_page(site, "/col/col1/index.html", page(county, family, f"信息公开_{county.name}教育局", main,
                                                    column="信息公开", nav=nav, site_name=f"{county.name}教育局",
                                                    host=host), b.list_date(items), "column")
    home = page(county, family, f"{county.name}教育局", '<a href="/col/col1/index.html">信息公开年报</a>', nav=nav,
                site_name=f"{county.name}教育局", host=host)
    kit.serve_at_root(b, site, "/index.html", home, "home")
