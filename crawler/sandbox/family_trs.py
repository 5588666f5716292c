"""TRS WCM / 海云 portals (county) and the city portal that republishes county reports (also TRS-built).

Layout: home → 政务公开 (/zwgk/) → 政府信息公开年报 (/zwgk/zfxxgknb/, all reports, TRS pager) → per-year columns
(2023n/) → per-unit columns xzf/ (县政府), bmxxgknb/ (部门), xzjd/ (乡镇街道, 海云 list.shtml pager).
Articles /<column>/YYYYMM/tYYYYMMDD_<id>.html, attachments ./P0….pdf, table images ./W0….png.
"""

from __future__ import annotations

from datetime import timedelta

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, article_id, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import NAV, article_main, article_meta, page
from nianbao.crawler.sandbox.common import (
    HAIYUN_PAGER_JS,
    TRS_PAGER_JS,
    add_common,
    image_pages,
    paginate,
    pdf_page,
    trs_list_html,
)
from nianbao.crawler.sandbox.names import County
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Site

SUB = {"gov": "xzf", "office": "xzf", "department": "bmxxgknb", "zone": "bmxxgknb", "township": "xzjd",
       "city": "xzf"}
SUB_NAME = {"xzf": "县政府", "bmxxgknb": "部门", "xzjd": "乡镇街道"}


def _first(folder: str) -> str:
    """The first list page of a column folder (海云 columns have no index.html)."""
    return folder + ("list.shtml" if folder.endswith("/xzjd/") else "index.html")


def _report_article(report: Report) -> Article:
    return Article(report.title, report.published, "report", report=report,
                   key=f"{report.unit.key}:{report.year}" + (":corrected" if report.corrects else ""))


def trs_lists(b: Build, site: Site, county: County, family: str, folder: str, column: str, items: list[Article],
              crumbs, size: int, *, haiyun: bool = False, touched: bool = False, side: str = "") -> None:
    """A TRS list column: index.html, index_1.html … (or 海云 list.shtml, list_1.shtml …)."""
    items = kit.newest_first(items)
    pages = paginate(items, size)
    name, ext = ("list", "shtml") if haiyun else ("index", "html")
    for i, chunk in enumerate(pages):
        path = f"{folder}{name}.{ext}" if i == 0 else f"{folder}{name}_{i}.{ext}"
        if haiyun:
            pager = (f'<div id="page_div"></div><script>createPageHTML(\'page_div\', {len(pages)}, {i}, '
                     f"'{name}', '{ext}', 1000);</script>")
            scripts = HAIYUN_PAGER_JS
        else:
            pager = f'<script type="text/javascript">createPageHTML({len(pages)}, {i}, "{name}", "{ext}");</script>'
            scripts = TRS_PAGER_JS
        main = f'<div class="side">{side}</div><div class="list-box"><h2>{esc(column)}</h2>' \
               f"{trs_list_html(chunk, folder)}{pager}</div>"
        html = page(county, family, f"{column}_{county.gov_name}", main, column=column, crumbs=crumbs,
                    scripts=scripts, host=site.host)
        b.html_page(site, path, html, b.list_date(chunk or items, touched), "list")


def publish_report_article(b: Build, site: Site, county: County, family: str, art: Article, folder: str,
                           crumbs, column: str, *, with_pdf: bool, republication_of: str | None = None,
                           portal_id: str | None = None, needs_browser: bool = False) -> None:
    """Write a report's article page (and its PDF attachment / table images) under folder/YYYYMM/."""
    report = art.report
    assert report is not None
    rid = article_id(site.host, art.key)
    month = f"{folder}{art.day:%Y%m}/"
    path = f"{month}t{art.day:%Y%m%d}_{rid}.html"
    art.url = f"http://{site.host}{path}"
    lm = moment(art.day, 900) if republication_of else b.report_date(report)
    image_url = None
    if report.table_style == "image":
        image_url = image_pages(b, site, report, month, str(rid), lm)
    attachments = ""
    pdf_url = None
    if with_pdf:
        pdf_name = f"P0{report.published:%Y%m%d}{rid}1.pdf"
        b.add(site, f"{month}{pdf_name}", pdf_page(report, lm), "attachment")
        pdf_url = f"http://{site.host}{month}{pdf_name}"
        attachments = (f'<div class="appendix">附件：<a href="./{pdf_name}" oldsrc="W0{pdf_name[2:]}">'
                       f"{esc(report.title)}.pdf</a></div>")
    index_no = f"{county.site_id_code[:6]}{report.unit.slug}/{report.published:%Y}-{rid % 100000:05d}"
    main = article_main(county, family, art, index_no=index_no, image_url=image_url, attachments=attachments)
    meta = article_meta(art, report.unit.name)
    html = page(county, family, art.title, main, column=column, crumbs=crumbs, meta=meta, host=site.host)
    b.html_page(site, path, html, lm, "article")
    role = "republication" if republication_of else "original"
    b.document(art.url, report, "html", role, republication_of=republication_of,
               html_tables=TABLE_STYLES[report.table_style], portal_id=portal_id or county.id,
               needs_browser=needs_browser)
    if pdf_url:
        b.document(pdf_url, report, "pdf", "attachment", parent_url=art.url, portal_id=portal_id or county.id,
                   needs_browser=needs_browser)


def plain_article(b: Build, site: Site, county: County, family: str, art: Article, folder: str, crumbs,
                  column: str) -> None:
    rid = article_id(site.host, art.key)
    path = kit.trs_path(folder, art.day, rid)
    art.url = f"http://{site.host}{path}"
    index_no = f"{county.site_id_code[:6]}/{art.day:%Y}-{rid % 100000:05d}"
    publisher = f"{county.gov_name}办公室"
    main = article_main(county, family, art, index_no=index_no, publisher=publisher)
    html = page(county, family, art.title, main, column=column, crumbs=crumbs, meta=article_meta(art, publisher),
                host=site.host)
    b.html_page(site, path, html, moment(art.day, 300), "article")
    b.non_report(art.url)


def build_trs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    """Returns {report key: article URL} (the city portal republishes some of them)."""
    site = b.site(county.host, county.id, server="nginx", gzip=True)
    family = "trs"
    nav = NAV["trs"]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    touched_units = {SUB[r.unit.kind] + str(r.year) for r in reports if r.revision_added or r.revision_removed}
    nb = "/zwgk/zfxxgknb/"
    crumbs_nb = [("政务公开", "/zwgk/index.html"), ("政府信息公开年报", f"{nb}index.html")]
    years = sorted({r.year for r in reports}, reverse=True)

    # report articles, per year and unit column
    by_column: dict[tuple[int, str], list[Article]] = {}
    urls = {}
    for report in visible:
        sub = SUB[report.unit.kind]
        art = _report_article(report)
        folder = f"{nb}{report.year}n/{sub}/"
        crumbs = crumbs_nb + [(f"{report.year}年", f"{nb}{report.year}n/index.html"), (SUB_NAME[sub], _first(folder))]
        with_pdf = report.unit.kind == "gov" and report.year >= 2021
        publish_report_article(b, site, county, family, art, folder, crumbs, "政府信息公开年报", with_pdf=with_pdf)
        urls[report.key] = art.url
        by_column.setdefault((report.year, sub), []).append(art)
    # 解读 next to the county government's reports: a hard negative in the same list
    for art in noise["interpretations"]:
        year = int(art.key[2:])
        folder = f"{nb}{year}n/xzf/"
        plain_article(b, site, county, family, art, folder, crumbs_nb, "政府信息公开年报")
        by_column.setdefault((year, "xzf"), []).append(art)

    for year in years:
        year_items = []
        for sub in ("xzf", "bmxxgknb", "xzjd"):
            items = by_column.get((year, sub), [])
            year_items += items
            folder = f"{nb}{year}n/{sub}/"
            crumbs = crumbs_nb + [(f"{year}年", f"{nb}{year}n/index.html"), (SUB_NAME[sub], _first(folder))]
            trs_lists(b, site, county, family, folder, f"{year}年{SUB_NAME[sub]}", items, crumbs,
                      size=3 if sub == "xzjd" else 5, haiyun=sub == "xzjd", touched=f"{sub}{year}" in touched_units)
        side = "".join(f'<li><a href="./{sub}/{"list.shtml" if sub == "xzjd" else "index.html"}">{SUB_NAME[sub]}</a></li>'
                       for sub in ("xzf", "bmxxgknb", "xzjd"))
        trs_lists(b, site, county, family, f"{nb}{year}n/", f"{year}年政府信息公开年报", year_items,
                  crumbs_nb + [(f"{year}年", f"{nb}{year}n/index.html")], size=15, side=f"<ul>{side}</ul>",
                  touched=any(t.endswith(str(year)) for t in touched_units))

    # the 编制通知 and the 总结 in 通知公告; one 通知 also sits in the 年报 column (as on real portals)
    tzgg = "/zwgk/tzgg/"
    notice_items = []
    for art in noise["notices"] + noise["summary"]:
        plain_article(b, site, county, family, art, tzgg, [("政务公开", "/zwgk/index.html")], "通知公告")
        notice_items.append(art)
    trs_lists(b, site, county, family, tzgg, "通知公告", notice_items, [("政务公开", "/zwgk/index.html")], size=15)

    all_items = [a for items in by_column.values() for a in items] + noise["notices"][-1:]
    side = "".join(f'<li><a href="./{y}n/index.html">{y}年</a></li>' for y in years)
    trs_lists(b, site, county, family, nb, "政府信息公开年报", all_items, crumbs_nb, size=15,
              side=f"<ul>{side}</ul>", touched=bool(touched_units))

    # news with a TRS pager
    news = "/xwzx/zwyw/"
    for art in noise["news"]:
        plain_article(b, site, county, family, art, news, [("新闻中心", f"{news}index.html")], "政务要闻")
    trs_lists(b, site, county, family, news, "政务要闻", noise["news"], [("新闻中心", f"{news}index.html")], size=5)

    # guide, section page, old column redirect, broken links, home
    guide = noise["guide"][0]
    guide.url = f"http://{site.host}/zwgk/xxgkzn/index.html"
    b.html_page(site, "/zwgk/xxgkzn/index.html",
                page(county, family, guide.title, article_main(county, family, guide, index_no="zn"),
                     column="政府信息公开指南", crumbs=[("政务公开", "/zwgk/index.html")]),
                moment(guide.day), "article")
    b.non_report(guide.url)
    b.redirect(site, "/xxgk/nb/", f"{nb}index.html")
    b.redirect(site, "/xxgk/nb/index.html", f"{nb}index.html")
    b.broken(f"http://{site.host}/zwgk/zcjd/index.html")
    b.broken(f"http://{site.host}/hdjl/index.html")
    section = ('<div class="zwgk"><h2>政府信息公开</h2><ul>'
               '<li><a href="/zwgk/xxgkzn/index.html">政府信息公开指南</a></li>'
               '<li><a href="/zwgk/zcjd/index.html">政策解读</a></li>'
               f'<li><a href="{nb}index.html">政府信息公开年报</a></li>'
               '<li><a href="/zwgk/tzgg/index.html">通知公告</a></li>'
               '<li><a href="/xxgk/nb/index.html">信息公开年报（旧版栏目）</a></li></ul></div>')
    b.html_page(site, "/zwgk/index.html", page(county, family, f"政务公开_{county.gov_name}", section,
                                                column="政务公开", crumbs=[("政务公开", "/zwgk/index.html")]),
                SITE_DATE, "section")
    latest = sorted(noise["news"], key=lambda a: a.day, reverse=True)[:6]
    home = ('<div class="focus"><h2>政务要闻</h2>' + trs_list_html(latest, "/") + "</div>"
            '<div class="quick"><a href="/zwgk/index.html">政务公开</a> '
            f'<a href="{nb}index.html">政府信息公开年报</a></div>')
    kit.home_page(b, site, county, family, home)
    return urls


def build_city(b: Build, county: County, reports: list[Report], republish: list[tuple[Report, str]]) -> None:
    """The city portal: its own reports (TRS layout) and 区县年报, county reports republished in city chrome."""
    site = b.site(county.host, county.id, server="Apache", gzip=True, chunked=True)
    family = "city"
    nav = NAV["city"]
    add_common(b, site, county, family, nav)
    noise = noise_articles(b, county, reports)
    visible = [r for r in reports if b.visible(r)]
    nb = "/zwgk/zfxxgknb/"
    crumbs_nb = [("政务公开", "/zwgk/index.html"), ("政府信息公开年报", f"{nb}index.html")]
    own = []
    for report in visible:
        art = _report_article(report)
        publish_report_article(b, site, county, family, art, nb, crumbs_nb, "政府信息公开年报",
                               with_pdf=report.unit.kind == "gov" and report.year == 2023)
        own.append(art)
    for art in noise["interpretations"]:
        plain_article(b, site, county, family, art, nb, crumbs_nb, "政府信息公开年报")
        own.append(art)
    trs_lists(b, site, county, family, nb, "政府信息公开年报", own, crumbs_nb, size=10)

    qx = "/zwgk/qxnb/"
    crumbs_qx = [("政务公开", "/zwgk/index.html"), ("区县年报", f"{qx}index.html")]
    rep_items = []
    for report, original_url in republish:
        delay = timedelta(days=3 + article_id("delay", report.key) % 9)
        art = Article(report.title, report.published + delay, "report", report=report, key=f"rep:{report.key}")
        publish_report_article(b, site, county, family, art, qx, crumbs_qx, "区县政府信息公开年报", with_pdf=False,
                               republication_of=original_url, portal_id=county.id)
        rep_items.append(art)
    trs_lists(b, site, county, family, qx, "区县政府信息公开年报", rep_items, crumbs_qx, size=10)

    news = "/xwzx/"
    for art in noise["news"] + noise["notices"] + noise["summary"]:
        plain_article(b, site, county, family, art, news, [("要闻动态", f"{news}index.html")], "要闻动态")
    trs_lists(b, site, county, family, news, "要闻动态", noise["news"] + noise["notices"] + noise["summary"],
              [("要闻动态", f"{news}index.html")], size=8)
    b.broken(f"http://{site.host}/zjyl/index.html")
    section = ('<div class="zwgk"><h2>政务公开</h2><ul>'
               f'<li><a href="{nb}index.html">市政府信息公开年报</a></li>'
               f'<li><a href="{qx}index.html">区县政府信息公开年报</a></li></ul></div>')
    b.html_page(site, "/zwgk/index.html", page(county, family, f"政务公开_{county.gov_name}", section,
                                                column="政务公开"), SITE_DATE, "section")
    home = ('<div class="focus"><h2>要闻动态</h2>' + trs_list_html(noise["news"][:6], "/") + "</div>"
            f'<div class="quick"><a href="/zwgk/index.html">政务公开</a> <a href="{qx}index.html">区县年报</a></div>')
    kit.home_page(b, site, county, family, home)
