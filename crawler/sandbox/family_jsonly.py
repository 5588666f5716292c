"""A portal whose 年报 column renders its list only with JavaScript: the HTML holds a base64 JSON blob that an
inline script decodes (atob) and writes as <a> elements, so only a browser sees the report links.
Articles /c<col>/YYYYMM/<32 hex>.shtml (a Jiangxi-style platform)."""

from __future__ import annotations

import base64
import json

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, moment, noise_articles
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import add_common, image_pages, trs_list_html
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report


def build_jsonly(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    site = b.site(county.host, county.id, server="openresty")
    family = "jsonly"
    base = 100000 + stable_int("js-cols", county.pinyin, digits=3) * 10
    cols = {"nb": base + 1, "news": base + 2, "notice": base + 3}
    nav = [("首页", "/index.shtml"), ("信息公开", "/xxgk/index.shtml"), ("新闻中心", f"/c{cols['news']}/list.shtml"),
           ("通知公告", f"/c{cols['notice']}/list.shtml")]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    urls = {}
    lists: dict[str, list[Article]] = {"nb": [], "news": [], "notice": []}

    def publish(art: Article, col_key: str) -> str:
        col = cols[col_key]
        folder = f"/c{col}/{art.day:%Y%m}/"
        path = f"{folder}{stable_hex(site.host, art.key, length=32)}.shtml"
        art.url = f"http://{site.host}{path}"
        report = art.report
        publisher = report.unit.name if report else f"{county.gov_name}办公室"
        lm = b.report_date(report) if report else moment(art.day, 300)
        image_url = None
        if report is not None and report.table_style == "image":
            image_url = image_pages(b, site, report, folder, stable_hex("img", art.key, length=10), lm)
        main = article_main(county, family, art, index_no=f"{county.site_id_code}/{art.day:%Y}-{col}",
                            publisher=publisher, image_url=image_url)
        b.html_page(site, path, page(county, family, art.title, main, nav=nav, meta=article_meta(art, publisher),
                                     column="政府信息公开年报" if col_key == "nb" else "新闻中心"), lm, "article")
        lists[col_key].append(art)
        return art.url

    for report in visible:
        art = Article(report.title, report.published, "report", report=report, key=f"{report.unit.key}:{report.year}")
        urls[report.key] = publish(art, "nb")
        b.document(art.url, report, "html", "original", html_tables=TABLE_STYLES[report.table_style],
                   needs_browser=True)
    for art in noise["interpretations"]:   # listed by the script and, as 政策解读, in the plain notice list
        publish(art, "nb")
        lists["notice"].append(art)
        b.non_report(art.url)
    for art in noise["news"]:
        publish(art, "news")
        b.non_report(art.url)
    for art in noise["notices"] + noise["summary"] + noise["guide"]:
        publish(art, "notice")
        b.non_report(art.url)
    for items in lists.values():
        items[:] = kit.newest_first(items)

    # the JS-only list
    touched = any(r.revision_added or r.revision_removed for r in reports)
    blob = base64.b64encode(json.dumps([{"t": a.title, "u": a.url.split(site.host, 1)[1], "d": a.date_text}
                                        for a in lists["nb"]], ensure_ascii=False).encode()).decode()
    script = f"""<script type="text/javascript">
(function () {{
  var _d = "{blob}";
  var bytes = Uint8Array.from(atob(_d), function (c) {{ return c.charCodeAt(0); }});
  var items = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  document.addEventListener("DOMContentLoaded", function () {{
    var box = document.getElementById("nb-list");
    items.forEach(function (it) {{
      var li = document.createElement("li"), a = document.createElement("a");
      a.setAttribute("href", it.u); a.setAttribute("target", "_blank"); a.textContent = it.t;
      li.appendChild(a); var s = document.createElement("span"); s.textContent = it.d; li.appendChild(s);
      box.appendChild(li);
    }});
  }});
}})();
</script>"""
    main = ('<div class="list-box"><h2>政府信息公开年报</h2><ul id="nb-list"></ul>'
            '<noscript>请开启浏览器脚本以查看列表。</noscript></div>')
    b.html_page(site, f"/c{cols['nb']}/list.shtml", page(county, family, f"政府信息公开年报_{county.gov_name}", main,
                                                        column="政府信息公开年报", nav=nav, scripts=script),
                b.list_date(lists["nb"], touched), "list")
    for key, title in (("news", "新闻中心"), ("notice", "通知公告")):
        b.html_page(site, f"/c{cols[key]}/list.shtml",
                    page(county, family, f"{title}_{county.gov_name}", f"<h2>{title}</h2>"
                         + trs_list_html(lists[key], f"/c{cols[key]}/"), column=title, nav=nav),
                    b.list_date(lists[key]), "list")
    section = ('<div class="xxgk"><h2>信息公开</h2><ul>'
               f'<li><a href="/c{cols["nb"]}/list.shtml">政府信息公开年报</a></li>'
               f'<li><a href="/c{cols["notice"]}/list.shtml">通知公告</a></li>'
               '<li><a href="/xxgk/zdlyxxgk/index.shtml">重点领域信息公开</a></li></ul></div>')
    b.html_page(site, "/xxgk/index.shtml", page(county, family, f"信息公开_{county.gov_name}", section,
                                                 column="信息公开", nav=nav), SITE_DATE, "section")
    b.broken(f"http://{site.host}/xxgk/zdlyxxgk/index.shtml")
    home = ('<div class="focus"><h2>新闻中心</h2>' + trs_list_html(lists["news"][:6], "/") + "</div>"
            '<div class="quick"><a href="/xxgk/index.shtml">信息公开</a></div>')
    kit.home_page(b, site, county, family, home, nav=nav, path="/index.shtml")
    b.redirect(site, "/index.html", "/index.shtml")
    return urls
