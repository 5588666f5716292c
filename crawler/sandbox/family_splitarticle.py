"""A TRS county portal whose report articles are split into pages, as an editor's page breaks (分页符) cut a long
article when the CMS publishes it: `t<YYYYMMDD>_<id>.html` holds the title, the introduction and the first sections,
`t<YYYYMMDD>_<id>_1.html`, `_2.html` the rest — the applications table and the review table among them — each page
under the same title and metadata block. The only pager is the article's own `createPageHTML(<pages>, <index>,
"t<YYYYMMDD>_<id>", "html")`, the TRS pager function written out by document.write(): no `<a href>` names a page after
the first. A report of the 2019/2021 template is in three pages (sections 一-二, 三, 四-六) for the government and
its office, two (一-三, 四-六) for the others; a report before 2019 in two. The ground truth's documents of a report
are all its pages: the first (`original`, with `pages`) and each later one (`continuation`, with `part_of`, the
first page's URL, and `page_number`). The parser reads one page at a time: a reader would join a report's pages
before it parses the tables (held out of tuning, twenty-seventh round).

Modelled on http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (晋安: a zfxxgknb column of
TRS articles `<YYYYMM>/t<YYYYMMDD>_<id>`, a 2016 report among them) and http://www.lipu.gov.cn/xxgk/xxgknb/202301/t20230129_2444881.html
(荔浦: every unit's report in one 政府信息公开年报 column), with CMSs' article pagination as their code shows it
(https://github.com/summeng/sws Include/contentautopage.asp: an article cut into pages at a page-break mark or every
2,000 characters) and TRS's own createPageHTML(count, index, name, ext) naming page i `name_i.ext`
(common.TRS_PAGER_JS, the lists of the trs family). That the reports are cut into pages, where, and that the
article's pager is TRS's list pager, is this family's choice; the cited reports are one page each. Unlike every
other family, the column and its links are plain: what is new is that one report is several addresses, the later
ones named only by the first page's script.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the 年报
  column), 新闻中心 (/xwzx/), the 年报 column /zwgk/zfxxgknb/index.html, index_1.html … (12 a page, 下一页 and 尾页
  links; every unit, every year, 解读 and look-alikes), articles /zwgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html and
  their later pages t<YYYYMMDD>_<id>_<i>.html beside them.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import TRS_PAGER_JS
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report, split_at_sections
from nianbao.crawler.sandbox.web import Site

NB = "/zwgk/zfxxgknb/"
LABEL = "政府信息公开年报"
PAGE_SIZE = 12


def page_breaks(report: Report) -> tuple[str, ...]:
    """The sections that begin a new page of the report's article (see the module's docstring)."""
    if report.template != "pre2019" and report.unit.kind in ("gov", "office"):
        return ("三、", "四、")
    return ("四、",)


def pager(name: str, count: int, index: int) -> str:
    """The article's pager: TRS's createPageHTML, defined and called where the pager is drawn."""
    return f'{TRS_PAGER_JS}<script type="text/javascript">createPageHTML({count}, {index}, "{name}", "html");</script>'


def serve_split(b: Build, site: Site, county: County, family: str, art: Article, path: str, *,
                nav: list[tuple[str, str]], index_no: str, urls: dict[str, str]) -> None:
    """Serve a report article in pages: the first by kit.article_page (the report's `original` document), the
    later ones beside it as `continuation` documents."""
    report = art.report
    pages = split_at_sections(report, page_breaks(report))
    stem = path.rsplit("/", 1)[1].removesuffix(".html")
    kit.article_page(b, site, county, family, art, path, nav=nav, column=LABEL, index_no=index_no,
                     attachments=pager(stem, len(pages), 0), blocks=pages[0], doc_extra={"pages": len(pages)},
                     report_urls=urls)
    images = b.image_paths.get((site.host, report.key), {})   # the first page registered the table images

    def image_url(n: str) -> str:
        return "./" + images[n].rsplit("/", 1)[1]

    tables = TABLE_STYLES[report.table_style] if report.template != "pre2019" else None
    for i, blocks in enumerate(pages[1:], start=1):
        later = f"{path.rsplit('/', 1)[0]}/{stem}_{i}.html"
        main = article_main(county, family, art, index_no=index_no, image_url=image_url, blocks=blocks,
                            attachments=pager(stem, len(pages), i))
        b.html_page(site, later, page(county, family, art.title, main, column=LABEL, nav=nav, host=site.host,
                                      meta=article_meta(art, report.unit.name)), b.report_date(report), "article")
        b.document(f"http://{site.host}{later}", report, "html", "continuation", html_tables=tables,
                   part_of=art.url, page_number=i + 1, pages=len(pages))


def build_splitarticle(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "splitarticle"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="nginx")
    urls: dict[str, str] = {}
    entries = kit.report_column(county, arts, noise)
    for art in entries:
        doc_id = stable_int("sa-art", county.pinyin, art.key, digits=7)
        path, index_no = kit.trs_path(NB, art.day, doc_id), kit.site_index_no(county, art, doc_id)
        if art.report is not None:
            serve_split(b, www, county, family, art, path, nav=nav, index_no=index_no, urls=urls)
        else:   # 解读 and look-alikes: one page each
            kit.article_page(b, www, county, family, art, path, nav=nav, column=LABEL, index_no=index_no)
    kit.trs_paged_column(b, www, county, family, entries, NB, nav, PAGE_SIZE)
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=NB + "index.html", news_salt="sa-news")
    return urls
