"""A county portal whose departments and townships, and the government for its reports before 2019, publish their
政府信息公开年报 as files on their own 信息公开 pages, each listed only as `附件<n>：下载` — a link whose text is 下载
to an opaque download address, `/attach/download.jsp?id=<32 hex>` (no extension, no name). Which report a file is —
its title, with the unit and the year — is said only by the answer's `Content-Disposition: attachment;
filename*=UTF-8''<percent-encoded title>.pdf|.docx` (RFC 6266); no page names it. The 年报 column lists the
government's own reports from 2019 on as HTML articles (held out of tuning, thirtieth round).

Modelled on https://ht.sanya.gov.cn/htqsite/xxgknb/201701/dd9b95f6f19146ce81776f6becbb9b61.shtml (三亚市海棠区: a 2015
report in the "政府信息公开年报" column, `/<site>/xxgknb/<YYYYMM>/<32 hex>.shtml`, "本年报电子版可从…栏目下载"), on the
header as https://segmentfault.com/a/1190000044770331 describes it for Chinese file names (`filename*=UTF-8''`, the
name percent-encoded) and https://gitlab.com/gitlab-org/gitlab-ce/issues/1829 (a download whose name only the header
carries). That the units' files hang off their pages as bare 附件/下载 links is this family's choice (the cited page
is the government's text report). Unlike downfile (a servlet whose links carry each report's title as their text),
noticefiles (a notice's attachments named by title, with their extensions) or zipbundle (files inside an archive),
nothing a page shows or links tells one file from another: the link text is the same for all and the address has no
name; only the answer's header does.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/xxgk/index.shtml: the guide, the column, the
  unit directory), /xxgk/xxgknb/index.shtml (the government's reports since 2019, 解读, look-alikes; articles
  /xxgk/xxgknb/<YYYYMM>/<32 hex>.shtml), /xxgk/bmxxgk/index.shtml (部门和乡镇信息公开: one link per unit),
  /xxgk/bmxxgk/<slug>/index.shtml (a unit's page: its duties and its 年度报告 附件 list, newest first),
  /attach/download.jsp?id=<32 hex> (application/octet-stream; an unknown id: 404).
"""

from __future__ import annotations

from urllib.parse import quote

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.documents import report_docx, report_pdf
from nianbao.crawler.sandbox.names import County, Unit, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMN = "/xxgk/xxgknb/index.shtml"
DIRECTORY = "/xxgk/bmxxgk/index.shtml"
DOWNLOAD = "/attach/download.jsp"
WRITERS = {"pdf": report_pdf, "docx": report_docx}


def attach(b: Build, site, county: County, art: Article) -> str:
    """Serve `art`'s report as a file at an opaque download address; its name only in the Content-Disposition."""
    report = art.report
    fmt = "docx" if stable_int("df-fmt", county.pinyin, art.key) % 3 == 0 else "pdf"
    file_id = stable_hex("df-file", county.pinyin, art.key)
    disposition = f"attachment; filename*=UTF-8''{quote(f'{art.title}.{fmt}')}"
    b.add(site, f"{DOWNLOAD}?id={file_id}",
          Page(lambda: WRITERS[fmt](report), b.report_date(report), "application/octet-stream", ignores_query=False,
               extra_headers=(("Content-Disposition", disposition),)), "attachment")
    art.url = f"http://{site.host}{DOWNLOAD}?id={file_id}"
    b.document(art.url, report, fmt, "original")
    return art.url


def unit_page(b: Build, site, county: County, family: str, unit: Unit, files: list[Article], nav) -> str:
    """A unit's 信息公开 page: its duties and its reports as 附件<n>：下载 rows; returns its path."""
    rows = "".join(f'<li>附件{n}：<a href="{esc(a.url)}" target="_blank">下载</a></li>' for n, a in enumerate(files, 1))
    main = (f"<h2>{esc(unit.name)}</h2><div class=\"jgzn\"><h3>机构职能</h3><p>{esc(unit.name)}负责本单位职责范围内的"
            "政府信息公开工作，主动公开本单位政府信息，受理并答复政府信息公开申请。</p></div>"
            f'<div class="ndbg"><h3>政府信息公开工作年度报告</h3><ul>{rows}</ul></div>')
    path = f"/xxgk/bmxxgk/{unit.slug}/index.shtml"
    b.html_page(site, path, page(county, family, f"{unit.name}_信息公开", main, column="部门和乡镇信息公开", nav=nav,
                                 host=site.host), b.list_date(files), "list")
    return path


def build_dispofile(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "dispofile"
    nav = [("首页", "/"), ("政务公开", "/xxgk/index.shtml"), ("新闻中心", "/xwzx/index.shtml")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    newest = kit.newest_gov_report(arts)
    shown = [a for a in arts if a.report.unit.kind in ("gov", "office") and a.report.template != "pre2019"]

    def path(art: Article) -> str:
        return f"/xxgk/xxgknb/{art.day:%Y%m}/{stable_hex('df-art', county.pinyin, art.key)}.shtml"

    items, urls = kit.report_column_pages(b, www, county, family, shown, noise, nav=nav, path=path)
    rows = []
    for unit in county.units:
        files = [a for a in arts if a.report.unit is unit and a not in shown]
        if files:
            for art in files:
                urls[art.report.key] = attach(b, www, county, art)
            rows.append(f'<li><a href="{unit_page(b, www, county, family, unit, files, nav)}">{esc(unit.name)}</a></li>')
    kit.report_list_page(b, www, county, family, COLUMN, "政府信息公开年报", kit.link_list(items), items, nav=nav)
    b.html_page(www, DIRECTORY, page(county, family, "部门和乡镇信息公开", f'<ul class="dwlist">{"".join(rows)}</ul>',
                                     column="部门和乡镇信息公开", nav=nav, host=www.host), SITE_DATE, "section")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/xxgk/index.shtml", title="政务公开",
                      article_path=lambda art: f"/xxgk/xxgkzn/{stable_hex('df-zn', county.pinyin, art.key)}.shtml",
                      reports_href=COLUMN, more=((DIRECTORY, "部门和乡镇信息公开"),))
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.shtml",
                           article_path=lambda art: f"/xwzx/{art.day:%Y%m}/{stable_hex('df-news', art.key)}.shtml")
    kit.news_and_report_home(b, www, county, family, news, newest, nav=nav)
    return urls
