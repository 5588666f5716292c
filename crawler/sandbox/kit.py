"""Pieces the sandbox family builders share: report articles, look-alike non-reports, article pages with their
ground truth, spam mirrors on other domains, list markup, and the blocks most portals have (the news column,
the 政府信息公开 section with its guide, the home page served at `/`, undeclared sub-hosts and file servers, the
three report columns by kind of unit, the zTree loader). A block two families write alike belongs here, once."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from functools import partial

from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc, moment, noise_articles
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import add_common, image_pages, paginate, trs_list_html
from nianbao.crawler.sandbox.names import County, Unit, stable_hex, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Page, Site

# The codec of a page that declares `charset`: a `gb2312` page is written in Windows code page 936 (GBK), as .NET's
# and browsers' gb2312 are (GB 2312 itself lacks characters of some county names).
CODECS = {"gb2312": "gbk"}


def html_in(charset: str) -> dict[str, str]:
    """Build.html_page()'s content_type and encoding of a page that declares `charset`."""
    return {"content_type": f"text/html; charset={charset}", "encoding": CODECS.get(charset, charset)}


def report_articles(b: Build, reports: list[Report]) -> list[Article]:
    """One article per visible report, newest first."""
    arts = [Article(r.title, r.published, "report", report=r, key=f"{r.unit.key}:{r.year}")
            for r in reports if b.visible(r)]
    return newest_first(arts)


def lookalikes(county: County) -> list[Article]:
    """Pages whose titles carry the report words but are not annual reports of information disclosure."""
    c, gov = county.name, county.gov_name
    rows = [
        (f"{c}2023年法治政府建设年度报告", date(2024, 3, 20), "法治政府建设年度报告，非政府信息公开工作年度报告。"),
        (f"{c}召开2023年度政府信息公开工作年度报告编制培训会", date(2024, 1, 9), "会议对年度报告编制要求进行了培训。"),
        (f"关于{c}2022年政府信息公开工作年度报告的审查意见", date(2023, 4, 2), "经审查，各单位年度报告基本符合格式要求。"),
        (f"{gov}2023年度部门决算公开说明", date(2024, 8, 30), "根据预算法要求，现将2023年度部门决算公开如下。"),
        (f"{c}政府信息公开工作年度报告统计表（填报模板）", date(2023, 12, 20), "请各单位按模板填报后报送县政府办公室。"),
    ]
    return [Article(t, d, "summary", key=f"look{i}", paragraphs=[p, "特此通知。"]) for i, (t, d, p) in enumerate(rows)]


def article_page(b: Build, site: Site, county: County, family: str, art: Article, path: str, *,
                 nav: list[tuple[str, str]], column: str, index_no: str, url_host: str | None = None,
                 attachments: str = "", needs_browser: bool = False, doc_extra: dict | None = None,
                 report_urls: dict[str, str] | None = None, blocks: list | None = None,
                 charset: str = "utf-8") -> str:
    """Serve `art` at `path` of `site`; a report becomes a ground-truth document (html original), anything else a
    non-report. `url_host` is the host name the portal writes links to it with (a site may answer on several).
    `report_urls` (report key → URL: what a family's builder returns) gets the URL of a report. `blocks`: the part
    of the report the page shows (the first page of an article split into pages), None for all of it. `charset`: the
    page's (html_in())."""
    art.url = f"http://{url_host or site.host}{path}"
    report = art.report
    publisher = report.unit.name if report else f"{county.gov_name}办公室"
    lm = b.report_date(report) if report else moment(art.day, 300)
    image_url = None
    if report is not None and report.table_style == "image" and report.template != "pre2019":
        folder = path.rsplit("/", 1)[0] + "/"
        image_url = image_pages(b, site, report, folder, stable_hex("img", art.key, length=10), lm)
    main = article_main(county, family, art, index_no=index_no, publisher=publisher, image_url=image_url,
                        attachments=attachments, blocks=blocks)
    b.html_page(site, path, page(county, family, art.title, main, column=column, nav=nav, charset=charset,
                                 meta=article_meta(art, publisher), host=site.host), lm, "article", **html_in(charset))
    if url_host and url_host != site.host:   # the page is also known under the name its links use
        b.pages[art.url] = "article"
    if report is not None:
        b.document(art.url, report, "html", "original",
                   html_tables=TABLE_STYLES[report.table_style] if report.template != "pre2019" else None,
                   needs_browser=needs_browser, **(doc_extra or {}))
        if report_urls is not None:
            report_urls[report.key] = art.url
    else:
        b.non_report(art.url)
    return art.url


def site_index_no(county: County, art: Article, serial: int) -> str:
    """The 索引号 most portals print on an article: the site's code, the year, a five-digit serial (`serial` mod
    100000)."""
    return f"{county.site_id_code}/{art.day:%Y}-{serial % 100000:05d}"


def unit_index_no(unit: Unit, art: Article, serial: int, digits: int = 5) -> str:
    """The 索引号 of a document a unit (部门, 乡镇) files in its own directory: the unit's code, the year, a serial
    `digits` long (`serial` mod 10**digits)."""
    return f"{unit.code}/{art.day:%Y}-{serial % 10 ** digits:0{digits}d}"


def column_pages(b: Build, site: Site, county: County, family: str, items: list[Article], report_urls: dict[str, str],
                 *, nav: list[tuple[str, str]], path: Callable[[Article], str], column: str = "政府信息公开年报",
                 serial: Callable[[Article], int] = lambda art: stable_int(art.key, digits=5),
                 scripted_except: Article | None = None, unit: Unit | None = None) -> None:
    """Serve each article of the column `column` at path(art) (article_page(); its 索引号 site_index_no() of
    serial(art), or unit_index_no() in the own directory of `unit`), noting each report's URL in
    `report_urls`. `scripted_except`: the column's list is drawn by a script, so every article needs a browser
    to be found but this one (the report the home page links)."""
    for art in items:
        index_no = unit_index_no(unit, art, serial(art)) if unit else site_index_no(county, art, serial(art))
        article_page(b, site, county, family, art, path(art), nav=nav, column=column, index_no=index_no,
                     needs_browser=scripted_except is not None and art is not scripted_except,
                     report_urls=report_urls)


def trs_column_pages(b: Build, site: Site, county: County, family: str, items: list[Article],
                     report_urls: dict[str, str], *, nav: list[tuple[str, str]], folder: str, salt: str,
                     digits: int = 7, column: str = "政府信息公开年报", scripted_except: Article | None = None) -> None:
    """column_pages() of a TRS-layout column at `folder`: each article at trs_path() under a document id stable
    per portal and article (`salt`, `digits` long), its 索引号 serial too."""
    def doc_id(art: Article) -> int:
        return stable_int(salt, county.pinyin, art.key, digits=digits)

    column_pages(b, site, county, family, items, report_urls, nav=nav, column=column, serial=doc_id,
                 path=lambda art: trs_path(folder, art.day, doc_id(art)), scripted_except=scripted_except)


def report_column_pages(b: Build, site: Site, county: County, family: str, arts: list[Article],
                        noise: dict[str, list[Article]], *, nav: list[tuple[str, str]], path: Callable[[Article], str],
                        **options) -> tuple[list[Article], dict[str, str]]:
    """The one 年报 column of report_column() (the reports `arts` and column_non_reports()) served by column_pages()
    at path(art) (`options`: its serial, column, scripted_except). Returns the column's items, newest first, and
    the reports' URLs (report key → URL: what the family's builder returns)."""
    items = report_column(county, arts, noise)
    report_urls: dict[str, str] = {}
    column_pages(b, site, county, family, items, report_urls, nav=nav, path=path, **options)
    return items, report_urls


def trs_report_column(b: Build, site: Site, county: County, family: str, arts: list[Article],
                      noise: dict[str, list[Article]], *, nav: list[tuple[str, str]], salt: str,
                      folder: str = "/xxgk/nb/", column: str = "政府信息公开年报", digits: int = 7,
                      scripted_except: Article | None = None) -> tuple[list[Article], dict[str, str]]:
    """report_column_pages() of TRS articles under `folder`: each at trs_path() under a document id stable per
    portal and article (`salt`, `digits` long), its 索引号 serial too (as trs_column_pages() serves them)."""
    def doc_id(art: Article) -> int:
        return stable_int(salt, county.pinyin, art.key, digits=digits)

    return report_column_pages(b, site, county, family, arts, noise, nav=nav, column=column, serial=doc_id,
                               path=lambda art: trs_path(folder, art.day, doc_id(art)), scripted_except=scripted_except)


def trs_unit_kind_columns(b: Build, site: Site, county: County, family: str, arts: list[Article],
                          noise: dict[str, list[Article]], labels: dict[str, str], report_urls: dict[str, str], *,
                          nav: list[tuple[str, str]], salt: str, folder: str = "/xxgk/nb/",
                          scripted_except: Article | None = None) -> dict[str, list[Article]]:
    """unit_kind_report_columns() of TRS articles: each at trs_path() under `folder` (`{key}` in it stands for the
    column's key) with a 7-digit document id stable per portal, column and article (`salt`), its 索引号 serial too."""
    def doc_id(key: str, art: Article) -> int:
        return stable_int(salt, county.pinyin, key, art.key, digits=7)

    return unit_kind_report_columns(b, site, county, family, arts, noise, labels, report_urls, nav=nav,
                                    serial=doc_id, scripted_except=scripted_except,
                                    path=lambda key, art: trs_path(folder.format(key=key), art.day, doc_id(key, art)))


def report_list_page(b: Build, site: Site, county: County, family: str, path: str, label: str, listing: str,
                     items: list[Article], *, nav: list[tuple[str, str]], scripts: str = "",
                     ignores_query: bool = True, charset: str = "utf-8") -> Page:
    """The list page of the 年报 column `label` at `path`: the heading and `listing` (the list's markup, or the
    empty element a script fills), dated by the newest of `items`; `charset`: the page's (html_in())."""
    return b.html_page(site, path, page(county, family, label, f"<h2>{label}</h2>{listing}", column=label, nav=nav,
                                        host=site.host, scripts=scripts, charset=charset), b.list_date(items), "list",
                       ignores_query=ignores_query, **html_in(charset))


def json_rows(items: list[Article], host: str, *, url: str = "url", date: str = "date") -> list[dict[str, str]]:
    """The rows a list interface answers as JSON: per item its title, its path on `host` (the key `url`) and its
    date (the key `date`), the keys in that order; the names are the interface's."""
    return [{"title": a.title, url: a.url.split(host, 1)[1], date: a.date_text} for a in items]


def link_list(items: list[Article], href=lambda a: a.url) -> str:
    unserved = [a.title for a in items if not href(a)]
    if unserved:   # an article listed before (or instead of) being served would be linked as href=""
        raise ValueError(f"sandbox: link_list() of articles with no URL ({unserved[:3]}): serve them first, and "
                         "list the same Article objects that were served")
    return ('<ul class="list">' + "".join(
        f'<li><a href="{esc(href(a))}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
        f'<span class="date">{a.date_text}</span></li>' for a in items) + "</ul>")


def spam_mirror(b: Build, county: County, family: str, arts: list[Article], domain: str) -> str:
    """A gambling-spam site on another domain that copies some of the portal's report pages (real ones:
    http://lahohwa.com/llxxgk/zfxxgk/..., https://puroview.com/module/xxgk/xxgkAnnualReport.jsp?...,
    http://www.pamand.com/sitesources/lkxrmzf/page_pc/zfxxgk/zfxxgknb/...). Out of every portal's scope; its
    pages are neither documents nor non-reports of the portal. Returns its homepage URL."""
    site = b.site(domain, f"spam-{county.id}", server="nginx")
    b.spam_hosts.add(domain)
    rows = []
    for art in arts:
        path = "/" + art.url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
        if path in site.pages:
            continue
        body = f"<h1>{esc(art.title)}</h1><p>欧洲杯决赛竞猜_2024欧洲杯买球平台-线上app官网</p>" + "".join(
            f"<p>{esc(p)}</p>" for p in (art.report.prose.intro,) if art.report)
        html = (f'<html><head><meta charset="utf-8"><title>{esc(art.title)}-欧洲杯买球平台</title></head>'
                f"<body>{body}</body></html>")
        site.add(path, Page(html.encode(), moment(art.day), role="spam"))
        rows.append(f'<li><a href="{esc(path)}">{esc(art.title)}</a></li>')
    home = f'<html><head><meta charset="utf-8"><title>{esc(county.gov_name)}</title></head><body><ul>{"".join(rows)}</ul></body></html>'
    site.add("/", Page(home.encode(), moment(date(2025, 1, 1)), role="spam"))
    return f"http://{domain}/"


# --- blocks the family builders had each written out (one definition here, used by every family) ---


def entry_year(art: Article) -> int:
    """The year an entry is filed under in a year-grouped column: a report's own year, anything else its
    publication year."""
    return art.report.year if art.report else art.day.year


def newest_first(items: list[Article]) -> list[Article]:
    """The order of every list of a portal: newest first, the title breaking ties (stable). In place:
    `items[:] = newest_first(items)`."""
    return sorted(items, key=lambda a: (a.day, a.title), reverse=True)


def trs_path(folder: str, day: date, doc_id: int, ext: str = ".html") -> str:
    """Where a TRS WCM site (and the many CMSs that copy its layout) publishes a document of `day` in the column
    at `folder`: `<folder><YYYYMM>/t<YYYYMMDD>_<id><ext>`."""
    return f"{folder}{day:%Y%m}/t{day:%Y%m%d}_{doc_id}{ext}"


def jcms_path(column: int, day: date, doc_id: int) -> str:
    """Where a 大汉 (Hanweb) JCMS site publishes a document of `day` in the column numbered `column`:
    `/art/<Y>/<M>/<D>/art_<column>_<id>.html` (month and day without leading zeros)."""
    return f"/art/{day.year}/{day.month}/{day.day}/art_{column}_{doc_id}.html"


def unit_kind_key(kind: str, keys: tuple[str, str, str]) -> str:
    """Which of the three report columns most portals split their 年报 into a unit of `kind` files in; `keys` are
    the family's names of (the government's own column, the departments', the townships'). The government's
    office files with the government; development zones file with the departments."""
    own, department, township = keys
    return own if kind in ("gov", "office") else township if kind == "township" else department


def group_by_unit_kind(arts: list[Article], keys: tuple[str, str, str]) -> dict[str, list[Article]]:
    """Report articles in the three columns of unit_kind_key(), keyed in the order of `keys`."""
    groups: dict[str, list[Article]] = {k: [] for k in keys}
    for a in arts:
        groups[unit_kind_key(a.report.unit.kind, keys)].append(a)
    return groups


def main_site(b: Build, county: County, family: str, nav: list[tuple[str, str]], **site_options) -> Site:
    """The portal's host the registry declares (county.host; `site_options` for web.Site: server=, robots_txt=…),
    with the pages common.add_common() gives every portal (search, site map, …) under the navigation `nav`."""
    site = b.site(county.host, county.id, **site_options)
    add_common(b, site, county, family, nav)
    return site


def unit_kind_columns(county: County, arts: list[Article], noise: dict[str, list[Article]],
                      keys: tuple[str, str, str]) -> dict[str, list[Article]]:
    """The three report columns of group_by_unit_kind(), the government's own (`keys[0]`) also listing
    column_non_reports()."""
    groups = group_by_unit_kind(arts, keys)
    groups[keys[0]] += column_non_reports(county, noise)
    return groups


def unit_kind_report_columns(b: Build, site: Site, county: County, family: str, arts: list[Article],
                             noise: dict[str, list[Article]], labels: dict[str, str], report_urls: dict[str, str], *,
                             nav: list[tuple[str, str]], path: Callable[[str, Article], str],
                             serial: Callable[[str, Article], int],
                             scripted_except: Article | None = None) -> dict[str, list[Article]]:
    """The three report columns of unit_kind_columns() (`labels`: key → column title), each newest first, its
    articles served by column_pages() at path(key, art) with the 索引号 of serial(key, art). Returns the columns,
    for the family's own list pages."""
    columns = unit_kind_columns(county, arts, noise, tuple(labels))
    for key, label in labels.items():
        columns[key] = newest_first(columns[key])
        column_pages(b, site, county, family, columns[key], report_urls, nav=nav, column=label,
                     path=partial(path, key), serial=partial(serial, key), scripted_except=scripted_except)
    return columns


def unit_kind_list_pages(b: Build, site: Site, county: County, family: str, columns: dict[str, list[Article]],
                         labels: dict[str, str], *, nav: list[tuple[str, str]], list_path: Callable[[str], str],
                         listing: Callable[[list[Article]], str] = link_list) -> list[tuple[str, str]]:
    """The list page of each column of unit_kind_report_columns() at list_path(key), its markup listing(column).
    Returns (path, label) per column, the government's first: the links guide_news_and_home() takes."""
    for key, label in labels.items():
        report_list_page(b, site, county, family, list_path(key), label, listing(columns[key]), columns[key], nav=nav)
    return [(list_path(key), label) for key, label in labels.items()]


def portal_start(b: Build, county: County, family: str, reports: list[Report], nav: list[tuple[str, str]],
                 **site_options) -> tuple[Site, dict[str, list[Article]], list[Article]]:
    """What most builders start with: the main_site(), the portal's noise articles (build.noise_articles) and its
    visible report articles, newest first (report_articles())."""
    site = main_site(b, county, family, nav, **site_options)
    return site, noise_articles(b, county, reports), report_articles(b, reports)


def sub_host(b: Build, county: County, prefix: str, server: str) -> Site:
    """A further host of the portal's site on its domain (`prefix`.X.gov.cn: xxgk., zmhd., info. …), one the
    registry does not declare (the ground truth lists it among the portal's hosts)."""
    site = b.site(f"{prefix}.{county.host.removeprefix('www.')}", county.id, server=server)
    b.site_hosts.setdefault(county.id, []).append(site.host)
    return site


def file_server_ip(county: County, salt: str, first: int, second: range, fourth_from: int) -> str:
    """The IP address of the portal's file server (attachments linked by address, not by name): a stable one per
    portal (and `salt`), its first octet `first`, its second in `second`, its fourth from `fourth_from` on."""
    n = stable_int(salt, county.pinyin, digits=6)
    return f"{first}.{second.start + n % len(second)}.{n // 100 % 250 + 1}.{n % 250 + fourth_from}"


def column_non_reports(county: County, noise: dict[str, list[Article]]) -> list[Article]:
    """The non-reports a portal's 年报 column lists beside the reports: the interpretations (解读) and the first three
    look-alikes (news_items(county, noise, 3) lists the others)."""
    return noise["interpretations"] + lookalikes(county)[:3]


def report_column(county: County, arts: list[Article], noise: dict[str, list[Article]]) -> list[Article]:
    """The one 年报 column of a portal that files all its reports together: the report articles `arts` and
    column_non_reports(), newest first."""
    return newest_first(arts + column_non_reports(county, noise))


def news_items(county: County, noise: dict[str, list[Article]], lookalikes_from: int,
               kinds: tuple[str, ...] = ("news", "notices", "summary", "guide")) -> list[Article]:
    """What a portal's news column lists: the noise articles of `kinds` (build.noise_articles) and the look-alikes
    its report columns did not take (lookalikes(county)[lookalikes_from:]), newest first."""
    return newest_first([a for k in kinds for a in noise[k]] + lookalikes(county)[lookalikes_from:])


def news_column(b: Build, site: Site, county: County, family: str, news: list[Article], *,
                nav: list[tuple[str, str]], label: str, list_path: str, article_path: Callable[[Article], str],
                list_column: bool = False, index_no: Callable[[int, Article], str] = lambda i, art: art.key,
                list_html: Callable[[list[Article]], str] = link_list) -> None:
    """Serve each of `news` (non-reports) at article_path(art) and their one list page at `list_path`, titled
    `label` (and named the column in its meta when `list_column`); index_no(i, art) is an article's 索引号;
    list_html(news) the list's markup (absolute links by default; TRS sites write them relative:
    `lambda items: common.trs_list_html(items, folder)`)."""
    for i, art in enumerate(news):
        article_page(b, site, county, family, art, article_path(art), nav=nav, column=label,
                     index_no=index_no(i, art))
    b.html_page(site, list_path, page(county, family, label, list_html(news), column=label if list_column else "",
                                      nav=nav, host=site.host), b.list_date(news), "list")


def news_center(b: Build, site: Site, county: County, family: str, noise: dict[str, list[Article]], *,
                nav: list[tuple[str, str]], label: str, list_path: str,
                article_path: Callable[[Article], str], **options) -> list[Article]:
    """The portal's 新闻中心 (`label`) column: its news, notices and summaries and the look-alikes its 年报
    columns did not take (news_items(county, noise, 3, …)), served by news_column() (`options`: its
    list_column, index_no, list_html). Returns them, newest first, for the home page."""
    news = news_items(county, noise, 3, ("news", "notices", "summary"))
    news_column(b, site, county, family, news, nav=nav, label=label, list_path=list_path,
                article_path=article_path, **options)
    return news


def guide_section(b: Build, site: Site, county: County, family: str, guide: list[Article], *,
                  nav: list[tuple[str, str]], article_path: Callable[[Article], str], path: str, title: str,
                  reports_href: str, more: tuple[tuple[str, str], ...] = (), scripts: str = "") -> None:
    """The portal's 政府信息公开 (or 政务公开: `title`, also its column) section page at `path`: a menu of the
    disclosure guide (the articles `guide`, served at article_path(art), the first one linked), the 年报 column
    (`reports_href`) and `more` (href, label) links; `scripts` for the page's head."""
    for art in guide:
        article_page(b, site, county, family, art, article_path(art), nav=nav, column="政府信息公开指南",
                     index_no=art.key)
    links = [(guide[0].url, "政府信息公开指南"), (reports_href, "政府信息公开年报"), *more]
    menu = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    b.html_page(site, path, page(county, family, title, f"<ul>{menu}</ul>", column=title, nav=nav, host=site.host,
                                 scripts=scripts), SITE_DATE, "section")


def focus_box(news: list[Article], heading: str = "") -> str:
    """The home page's box of the six newest news items."""
    return f'<div class="focus">{f"<h2>{heading}</h2>" if heading else ""}{link_list(news[:6])}</div>'


def newest_gov_report(items: list[Article]) -> Article:
    """The first of `items` (newest first) that is the government's own report in a current template (2019 on):
    the one report most home pages link to."""
    return next(a for a in items if a.report and a.report.unit.kind == "gov" and a.report.template != "pre2019")


def report_box(items: list[Article], href: Callable[[Article], str] = lambda a: a.url) -> str:
    """The home page's box of 年报 links (most portals: [newest_gov_report(...)])."""
    return f'<div class="nb"><h3>政府信息公开年报</h3>{link_list(items, href)}</div>'


def serve_at_root(b: Build, site: Site, path: str, html: str, role: str, last_modified=SITE_DATE) -> Page:
    """Serve `html` at `path` and at the site's root `/` too (the web server's index document)."""
    front = b.html_page(site, path, html, last_modified, role)
    site.add("/", front)
    b.pages[f"http://{site.host}/"] = role
    return front


def home_page(b: Build, site: Site, county: County, family: str, main: str, *,
              nav: list[tuple[str, str]] | None = None, path: str = "/index.html", last_modified=SITE_DATE,
              scripts: str = "") -> Page:
    """The portal's home page (titled with the government's name; `nav` None: the family's default navigation;
    `scripts` for its head) at `path` and at `/`."""
    return serve_at_root(b, site, path, page(county, family, county.gov_name, main, nav=nav, host=site.host,
                                             scripts=scripts), "home", last_modified)


def zwgk_news_nav() -> list[tuple[str, str]]:
    """The navigation of a portal with the sections of trs_guide_and_news(): 首页, 政务公开, 新闻中心."""
    return [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("新闻中心", "/xwzx/index.html")]


def trs_guide_and_news(b: Build, site: Site, county: County, family: str, noise: dict[str, list[Article]], *,
                       nav: list[tuple[str, str]], reports_href: str, news_salt: str,
                       more: tuple[tuple[str, str], ...] = (), guide_folder: str = "/zwgk/xxgkzn/",
                       news_digits: int = 7) -> list[Article]:
    """The two sections a TRS-layout portal has beside its 年报 column: the 政务公开 page at /zwgk/index.html
    (guide_section(); the guide's articles under `guide_folder`, all with document id 1) and the 新闻中心 column at
    /xwzx/ (news_column(); TRS paths with stable ids salted `news_salt`, `news_digits` long, relative links).
    Returns the news, newest first, for the home's focus box."""
    guide_section(b, site, county, family, noise["guide"], nav=nav, path="/zwgk/index.html", title="政务公开",
                  article_path=lambda art: trs_path(guide_folder, art.day, 1), reports_href=reports_href, more=more)
    return news_center(b, site, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                       article_path=lambda art: trs_path("/xwzx/", art.day, stable_int(
                           news_salt, county.pinyin, art.key, digits=news_digits)),
                       list_html=lambda items: trs_list_html(items, "/xwzx/"))


def news_and_report_home(b: Build, site: Site, county: County, family: str, news: list[Article], newest: Article, *,
                         nav: list[tuple[str, str]] | None = None, scripts: str = "") -> Page:
    """The plainest home page: the focus box of news and the 年报 box linking the one newest government report."""
    return home_page(b, site, county, family, focus_box(news) + report_box([newest]), nav=nav, scripts=scripts)


def guide_news_and_home(b: Build, site: Site, county: County, family: str, noise: dict[str, list[Article]],
                        newest: Article, *, nav: list[tuple[str, str]], reports_href: str, news_salt: str,
                        more: tuple[tuple[str, str], ...] = ()) -> None:
    """What a portal with the zwgk_news_nav() has beside its 年报 columns: trs_guide_and_news() (`reports_href`,
    `more`, `news_salt`) and the news_and_report_home() linking `newest`."""
    news = trs_guide_and_news(b, site, county, family, noise, nav=nav, reports_href=reports_href,
                              news_salt=news_salt, more=more)
    news_and_report_home(b, site, county, family, news, newest, nav=nav)


def ztree_script(tree_url: str, tree_id: str, *, post: bool, data_setting: str) -> str:
    """The async setting of the jQuery zTree such platforms ship (`async.type` "post", zTree's default, or "get"),
    with a few lines in place of the library (the sandbox serves no third-party scripts): each level is fetched
    with the parent's id as `id` (a form field, or the query string) and drawn open, a node's url its link."""
    kind = "" if post else 'type: "get", '    # post: zTree's default, not written
    setting = f'{{async: {{enable: true, {kind}url: "{tree_url}", autoParam: ["id"]}}, data: {data_setting}}}'
    if post:
        request = ('  xhr.open("POST", setting.async.url);\n'
                   '  xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");\n')
        send = 'xhr.send(id ? "id=" + encodeURIComponent(id) : "");'
    else:
        request = '  xhr.open("GET", setting.async.url + (id ? "?id=" + encodeURIComponent(id) : ""));\n'
        send = "xhr.send();"
    return f"""<script type="text/javascript">
var setting = {setting};
function loadNodes(ul, id) {{
  var xhr = new XMLHttpRequest();
{request}  xhr.onload = function () {{
    JSON.parse(xhr.responseText).forEach(function (node) {{
      var li = document.createElement("li"), a = document.createElement("a");
      a.textContent = node.name;
      if (node.url) {{ a.href = node.url; a.target = "_blank"; }}
      li.appendChild(a); ul.appendChild(li);
      if (node.isParent) {{ var sub = document.createElement("ul"); li.appendChild(sub); loadNodes(sub, node.id); }}
    }});
  }};
  {send}
}}
document.addEventListener("DOMContentLoaded", function () {{ loadNodes(document.getElementById("{tree_id}"), ""); }});
</script>"""


def trs_paged_column(b: Build, site: Site, county: County, family: str, entries: list[Article], folder: str,
                     nav: list, page_size: int, *, page_of: bool = False) -> None:
    """A TRS-style 政府信息公开年报 column in pages of `page_size`: index.html, index_1.html …, each with 下一页 and 尾页
    links and 共N条 (and 第i/N页 where `page_of`), as the twelfth and thirteenth rounds' families serve them."""
    chunks = paginate(entries, page_size)
    for n, chunk in enumerate(chunks):
        name = "index.html" if n == 0 else f"index_{n}.html"
        pager = (f'<a href="index_{n + 1}.html">下一页</a> ' if n + 1 < len(chunks) else "") + (
            f'<a href="index_{len(chunks) - 1}.html">尾页</a>' if len(chunks) > 1 else "")
        counter = f"共{len(entries)}条 " + (f"第{n + 1}/{len(chunks)}页 " if page_of else "")
        report_list_page(b, site, county, family, folder + name, "政府信息公开年报",
                         f'{trs_list_html(chunk, folder)}<div class="page">{counter}{pager}</div>', chunk, nav=nav)


def zip_parts(parts: dict[str, str], stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """An Office Open XML (or any zip) package of `parts`, each deflated and dated `stamp`, so a build gives the same
    bytes every time (a zip entry's time is otherwise the clock's)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, stamp), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def split_for_file(arts: list[Article]) -> tuple[list[Article], list[Article]]:
    """The government's own reports since 2019, which the column lists, and the rest (unit and pre-2019 reports),
    newest first, which only the family's index file names: the split every file-index family makes."""
    shown = [a for a in arts if a.report.unit.kind == "gov" and a.report.template != "pre2019"]
    return shown, newest_first([a for a in arts if a not in shown])


def fj_attachment(path: str, file_name: str, note: str, *, lead: str = "附件：") -> str:
    """The 附件 block under a column's list: `lead` and a link to the file at `path` named `file_name`, then `note`
    (what the file holds)."""
    return f'<div class="fj"><p>{lead}<a href="{path}">{esc(file_name)}</a></p><p>{note}</p></div>'


def annex_column(b: Build, site: Site, county: County, family: str, noise: dict[str, list[Article]],
                 arts: list[Article], non_reports: list[Article], newest: Article, *, nav: list[tuple[str, str]],
                 column: str, label: str, news_salt: str, annex_path: Callable[[date], str],
                 annex: Callable[[list[Article], date], bytes], content_type: str,
                 annex_block: Callable[[str], str], headers: tuple[tuple[str, str], ...] = ()) -> None:
    """The rest of a portal whose 年报 column lists only the government's own reports since 2019 and names the others
    in one file (split_for_file()), its articles served: the file annex(in_file, day) at annex_path(day) (`day` the
    newest filed report's date, `newest`'s where none is filed), the list page at `column` (the shown reports and
    `non_reports`, newest first, then annex_block(the file's path)), and guide_news_and_home()."""
    shown, in_file = split_for_file(arts)
    items = newest_first(shown + non_reports)
    day = in_file[0].day if in_file else newest.day
    path = annex_path(day)
    b.add(site, path, Page(annex(in_file, day), b.list_date(in_file), content_type, extra_headers=headers), "list")
    report_list_page(b, site, county, family, column, label, link_list(items) + annex_block(path), items, nav=nav)
    guide_news_and_home(b, site, county, family, noise, newest, nav=nav, reports_href=column, news_salt=news_salt)


def annex_portal(b: Build, county: County, family: str, reports: list[Report], *, server: str,
                 article_path: Callable[[Article], str], serial: Callable[[Article], int] | None = None, column: str,
                 news_salt: str, annex_path: Callable[[date], str], annex: Callable[[list[Article], date], bytes],
                 content_type: str, annex_block: Callable[[str], str],
                 headers: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """A portal (its server `server`) whose 年报 column at `column` lists the government's own reports since 2019
    and names the others in one file (annex_column(), which takes the annex_ arguments, `headers` and
    `news_salt`): every article at article_path(art), its 索引号 of serial(art) (column_pages()). Returns the
    report URLs."""
    nav = zwgk_news_nav()
    www, noise, arts = portal_start(b, county, family, reports, nav, server=server)
    urls: dict[str, str] = {}
    newest = newest_gov_report(arts)
    non_reports = column_non_reports(county, noise)   # once: each call makes new look-alike articles
    column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, path=article_path,
                 **({"serial": serial} if serial else {}))
    annex_column(b, www, county, family, noise, arts, non_reports, newest, nav=nav, column=column,
                 label="政府信息公开年报", news_salt=news_salt, content_type=content_type, headers=headers,
                 annex_path=annex_path, annex=annex, annex_block=annex_block)
    return urls


def trs_annex_portal(b: Build, county: County, family: str, reports: list[Report], *, folder: str, salt: str,
                     annex: Callable[[list[Article], date], bytes], file_name: str, note: str, content_type: str,
                     lead: str = "附件：", digits: int = 7,
                     article_folder: Callable[[Article], str] | None = None) -> dict[str, str]:
    """annex_portal() on a TRS Web Server, its column `folder`index.html: the articles at trs_path() under
    `folder` (or article_folder(art)) by a document id stable per portal and article (`salt`-art, `digits` long),
    the file annex(in_file, day) at `folder`P0<YYYYMMDD><6 digits> with file_name's extension, linked under the
    list as `file_name` with `note` (fj_attachment()). `salt`-art, -news and -file keep each family's ids its
    own."""
    def doc_id(art: Article) -> int:
        return stable_int(f"{salt}-art", county.pinyin, art.key, digits=digits)

    folder_of = article_folder or (lambda art: folder)
    file_id = stable_int(f"{salt}-file", county.pinyin, digits=6)
    ext = file_name[file_name.rindex("."):]
    return annex_portal(b, county, family, reports, server="TRS Web Server", serial=doc_id,
                        article_path=lambda art: trs_path(folder_of(art), art.day, doc_id(art)),
                        column=folder + "index.html", news_salt=f"{salt}-news", content_type=content_type,
                        annex_path=lambda day: f"{folder}P0{day:%Y%m%d}{file_id}{ext}", annex=annex,
                        annex_block=lambda path: fj_attachment(path, file_name, note, lead=lead))


def row_links_js(rows: str, *, href: str, date: str, indent: int, list_id: str | None = None) -> str:
    """The lines of a list script that draw each row of `rows` (a script expression: an array of JSON rows) as an
    <li>: a link to row[`href`] titled row.title (in a new tab) and row[`date`] after it, appended to `ul` (the
    element `list_id`, or the script's own `ul` where list_id is None); every line indented `indent` spaces. The
    part the scripts of XHR/fetch-loaded lists share; how each gets its rows is its own."""
    lines = ([f'var ul = document.getElementById("{list_id}");'] if list_id else []) + [
        f"{rows}.forEach(function (row) {{",
        '  var li = document.createElement("li"), a = document.createElement("a");',
        f'  a.href = row.{href}; a.textContent = row.title; a.target = "_blank";',
        f'  li.appendChild(a); li.appendChild(document.createTextNode(" " + row.{date})); ul.appendChild(li);',
        "});"]
    return "\n".join(" " * indent + line for line in lines)


def xhr_get_list_script(url: str, rows_js: str, *, before: str = "", request: str = "", check: str = "") -> str:
    """A list script that GETs `url` (a script expression) by XMLHttpRequest once the page is loaded and runs
    `rows_js` (row_links_js() of the response) on load: `before` are lines ahead of the handler (the script's
    globals), `request` lines after xhr.open (its headers), `check` lines ahead of rows_js (a status test)."""
    return f"""<script type="text/javascript">
{before}document.addEventListener("DOMContentLoaded", function () {{
  var xhr = new XMLHttpRequest();
  xhr.open("GET", {url});
{request}  xhr.onload = function () {{
{check}{rows_js}
  }};
  xhr.send();
}});
</script>"""
