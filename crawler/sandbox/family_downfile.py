"""A 大汉 (Hanweb) county portal whose departments and townships publish their 年报 as attachments only, every one
behind the same download servlet: `/module/download/downfile.jsp?classid=0&filename=<hash>.pdf`, answered as
`application/octet-stream` with the real name in `Content-Disposition` (held out of tuning, sixth round).

Modelled on http://www.hzft.gov.cn/module/download/downfile.jsp?classid=0&filename=fb6f3112750d4a44a10646fcb15c3496.doc
and http://wsjkw.zhoushan.gov.cn/module/download/downfile.jsp?classid=-1&filename=1910202026218913179.xls (the
servlet of that CMS: one path for every file of the site, the file named by a hash in the query, `classid` 0 or -1),
and on the department directory of http://www.nbjb.gov.cn/col/col1229214366/index.html (部门目录 → 部门政务公开 →
one column per department, `/col/col<id>/index.html`). Unlike the kingcms family (attachments on an IP host with
their extension in the path) and loadmore (download.jsp opened by a script), every unit's file here has the same
path and no extension of its own: only the query (and the answer's Content-Disposition) tells one from another.

- www.X.gov.cn: home (news; one static link, the government's newest report), 政府信息公开 (/col/col<gk>/index.html)
  → 政府信息公开年报 (/col/col<nb>/index.html: the government's and its office's reports from 2008 on as HTML articles
  /art/<y>/<m>/<d>/art_<nb>_<id>.html, 解读, look-alikes) and 部门目录 (/col/col<dir>/index.html) → one column per
  department or township whose rows link straight to downfile.jsp (title = report title, no article page).
- downfile.jsp?classid=0&filename=<32 hex>.pdf answers the PDF (octet-stream, attachment; filename*=UTF-8''…pdf);
  an unknown name answers a soft 200 HTML "文件不存在" page, as the real servlet does.
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.documents import report_pdf
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

SERVLET = "/module/download/downfile.jsp"


def col(county: County, key: str) -> int:
    return stable_int("hanweb-col", county.pinyin, key, digits=10)


def art_path(county: County, column_id: int, art: Article) -> str:
    """An article's path in the column `column_id` (the CMS's /art/<y>/<m>/<d>/art_<column>_<id>.html)."""
    return kit.jcms_path(column_id, art.day, stable_int("art", county.pinyin, art.key, digits=8))


def build_downfile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "downfile"
    gk, nb, directory = (f"/col/col{col(county, k)}/index.html" for k in ("gk", "nb", "dir"))
    nav = [("首页", "/"), ("政府信息公开", gk), ("新闻中心", "/col/col1/index.html")]
    urls: dict[str, str] = {}
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache-Coyote/1.1")
    own = [a for a in arts if a.report.unit.kind in ("gov", "office")]
    newest = next(a for a in own if a.report.template != "pre2019")
    files: dict[str, tuple[Report, str]] = {}
    nb_items = kit.newest_first(own + kit.column_non_reports(county, noise))
    nb_id = col(county, "nb")
    kit.column_pages(b, www, county, family, nb_items, urls, nav=nav, path=lambda art: art_path(county, nb_id, art),
                     serial=lambda art: stable_int("art", county.pinyin, art.key, digits=8))
    b.html_page(www, f"/col/col{nb_id}/index.html", page(county, family, "政府信息公开年报", kit.link_list(nb_items),
                                                        column="政府信息公开年报", nav=nav, host=www.host),
                b.list_date(nb_items), "list")
    rows = []
    for unit in county.units:
        if unit.kind in ("gov", "office"):
            continue
        items = [a for a in arts if a.report.unit is unit]
        if not items:
            continue
        for art in items:
            name = stable_hex("downfile", county.pinyin, art.key, length=32) + ".pdf"
            art.url = f"http://{www.host}{SERVLET}?classid=0&filename={name}"
            files[name] = (art.report, art.title)
            b.pages[art.url] = "attachment"
            b.document(art.url, art.report, "pdf", "original")
            urls[art.report.key] = art.url
        path = f"/col/col{col(county, unit.key)}/index.html"
        b.html_page(www, path, page(county, family, f"{unit.name}_政府信息公开年报",
                                    f"<h2>{esc(unit.name)} 政府信息公开年报</h2>{kit.link_list(items)}",
                                    column="部门政务公开", nav=nav, host=www.host), b.list_date(items), "list")
        rows.append(f'<li><a href="{path}" target="_blank">{esc(unit.name)}</a></li>')

    def servlet(method, query, headers, body):
        found = files.get(query.get("filename", "")) if query.get("classid") in ("0", "-1") else None
        if found is None:   # the real servlet answers 200 with a message, not a 404
            return Page(page(county, family, "提示", "<p>文件不存在或已被删除！</p>", nav=nav, host=www.host).encode(),
                        SITE_DATE, role="missing", ignores_query=False)
        report, title = found
        disposition = f"attachment; filename*=UTF-8''{quote(title + '.pdf')}"
        return Page(lambda: report_pdf(report), b.report_date(report), "application/octet-stream", role="attachment",
                    ignores_query=False, extra_headers=(("Content-Disposition", disposition),))

    www.dynamic[SERVLET] = servlet
    b.html_page(www, directory, page(county, family, "部门目录", f'<div class="bmml"><h3>部门政务公开</h3><ul>'
                                     f'{"".join(rows)}</ul></div>', column="政府信息公开", nav=nav, host=www.host),
                SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path=gk, title="政府信息公开",
                      article_path=lambda art: f"/art/2023/6/1/art_{col(county, 'zn')}_1.html",
                      reports_href=f"/col/col{nb_id}/index.html", more=((directory, "部门目录"),))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心",
                           list_path="/col/col1/index.html",
                           article_path=lambda art: art_path(county, 1, art))
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
