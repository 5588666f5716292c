"""Pieces every portal has: search trap (robots-disallowed), a private page, style sheet, site map, contact,
pager scripts (TRS createPageHTML, 海云 variant), report attachments (PDF) and table images."""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.documents import report_pdf, table_png
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page, Site

TRS_PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var html = "";
  for (var i = 0; i < _nPageCount; i++) {
    var name = (i == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    html += (i == _nCurrIndex) ? "<span>" + (i + 1) + "</span> " : "<a href=\\"" + name + "\\">" + (i + 1) + "</a> ";
  }
  document.write("<div class=\\"page\\">共" + _nPageCount + "页 " + html + "</div>");
}
</script>"""

HAIYUN_PAGER_JS = """<script type="text/javascript">
function createPageHTML(_sId, _nPageCount, _nCurrIndex, _sPageName, _sPageExt, _nPageSize){
  var box = document.getElementById(_sId);
  if(!box || _nPageCount <= 1){ return; }
  var html = "";
  for (var i = 0; i < _nPageCount; i++) {
    var name = (i == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    html += (i == _nCurrIndex) ? "<span>" + (i + 1) + "</span> " : "<a href=\\"" + name + "\\">" + (i + 1) + "</a> ";
  }
  box.innerHTML = html;
}
</script>"""

STYLE_CSS = b"body{font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif;margin:0}.header{color:#fff;padding:12px}" \
            b".nav li{display:inline-block;margin:0 12px}.main{width:1000px;margin:0 auto}table{border-collapse:collapse}" \
            b"td{border:1px solid #999;padding:2px 4px}.footer{text-align:center;color:#666}"


def add_common(b: Build, site: Site, county: County, family: str, nav: list[tuple[str, str]],
               encoding: str = "utf-8", content_type: str = "text/html; charset=utf-8",
               charset_meta: str | None = "utf-8", sitemap_extra: str = "") -> None:
    """`sitemap_extra`: more of the site map (/wzdt/index.html) than the navigation, e.g. columns only it lists."""
    def search_page(method, query, headers, body):
        word = query.get("searchword", "")
        n = int(query.get("page", "1") or 1) if (query.get("page", "1") or "1").isdigit() else 1
        nxt = f"/search/index.html?searchword={quote(word)}&page={n + 1}"
        main = (f"<h2>检索结果：{esc(word)}</h2><ul>"
                + "".join(f'<li><a href="/search/index.html?searchword={quote(word)}&amp;page={n}&amp;i={i}">结果 {n}-{i}</a></li>'
                          for i in range(5))
                + f'</ul><a href="{esc(nxt)}">下一页</a>')
        html = page(county, family, "站内检索", main, nav=nav, charset=charset_meta)
        return Page(html.encode(encoding, "replace"), SITE_DATE, content_type, role="search")

    site.dynamic["/search/index.html"] = search_page
    site.dynamic["/search/"] = search_page
    b.pages[f"http://{site.host}/search/index.html?searchword=%E5%B9%B4%E6%8A%A5"] = "search"
    b.add(site, "/private/oa.html", Page(page(county, family, "内部办公", "<p>内部办公系统，请使用内网访问。</p>",
                                               nav=nav, charset=charset_meta).encode(encoding, "replace"),
                                          SITE_DATE, content_type), "disallowed")
    b.add(site, "/images/style.css", Page(STYLE_CSS, SITE_DATE, "text/css"), "asset")
    links = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in nav if h.startswith("/"))
    b.add(site, "/wzdt/index.html", Page(page(county, family, "网站地图", f"<ul>{links}</ul>{sitemap_extra}", nav=nav,
                                              charset=charset_meta).encode(encoding, "replace"), SITE_DATE,
                                         content_type), "section")
    b.add(site, "/lxwm/index.html", Page(page(county, family, "联系我们",
                                              f"<p>地址：{county.name}人民路1号　邮编：6{county.region_code[2:6]}1</p>",
                                              nav=nav, charset=charset_meta).encode(encoding, "replace"), SITE_DATE,
                                         content_type), "section")


def pdf_page(report: Report, last_modified) -> Page:
    return Page(lambda: report_pdf(report), last_modified, "application/pdf", role="attachment")


def image_pages(b: Build, site: Site, report: Report, folder: str, stem: str, last_modified) -> callable:
    """Register the table images of an image-style report under `folder` and return image_url(n)."""
    grids = report.grids()
    names = {}
    for n in ("2", "3", "4"):
        name = f"W0{report.published:%Y%m%d}{stem}{n}.png"
        names[n] = name
        b.add(site, f"{folder}{name}", Page((lambda g=grids[n]: table_png(g)), last_modified, "image/png"),
              "image")
    b.image_paths[(site.host, report.key)] = {n: f"{folder}{name}" for n, name in names.items()}
    return lambda n: f"./{names[n]}"


def trs_list_html(items: list[Article], base: str) -> str:
    """<ul> of items with hrefs relative to `base` (the list's folder URL path)."""
    out = ['<ul class="list">']
    for a in items:
        href = relative(a.url, base)
        out.append(f'<li><a href="{esc(href)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                   f'<span class="date">{a.date_text}</span></li>')
    out.append("</ul>")
    return "".join(out)


def relative(url: str, base: str) -> str:
    """`./sub/x.html` when url is under base, else the path from the root."""
    path = url.split("://", 1)[1].split("/", 1)[1]
    path = "/" + path
    if path.startswith(base):
        return "./" + path[len(base):]
    return path


def paginate(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]
