"""Shared state while building a sandbox: sites, ground-truth bookkeeping, page chrome, non-report articles."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

from nianbao.crawler.sandbox.names import County, rng, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import HTML_UTF8, Page, Site

SITE_DATE = datetime(2025, 3, 31, 8, 0, 0, tzinfo=timezone.utc)      # last change of navigation pages
REVISION_DATE = datetime(2025, 5, 20, 2, 30, 0, tzinfo=timezone.utc)  # when revision 1 happened


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def moment(day: date, seconds: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 30, 0, tzinfo=timezone.utc) + timedelta(seconds=seconds)


@dataclass
class Article:
    """A page that lists show: a report, or a page that only looks like one (解读, 通知, 总结) or news."""
    title: str
    day: date
    kind: str                      # report | interpretation | notice | summary | news | guide
    report: Report | None = None
    paragraphs: list[str] = field(default_factory=list)
    url: str = ""                  # absolute, set by the family
    key: str = ""                  # stable id for ids in URLs

    @property
    def date_text(self) -> str:
        return self.day.isoformat()


@dataclass
class Build:
    seed: int
    revision: int
    news_per_portal: int
    sites: dict[str, Site] = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    non_reports: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)     # url -> role, every URL a crawler may meet
    broken_links: list[str] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)
    disallowed: dict[str, list[str]] = field(default_factory=dict)
    challenge_hosts: list[str] = field(default_factory=list)
    portal_cms: dict[str, str] = field(default_factory=dict)
    portal_hosts: dict[str, list[str]] = field(default_factory=dict)   # hosts the registry declares
    site_hosts: dict[str, list[str]] = field(default_factory=dict)     # further hosts of the site (not declared)
    spam_hosts: set[str] = field(default_factory=set)                  # mirrors on other domains (out of scope)
    image_paths: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)  # (host, report) -> paths
    # requests only a form submission or a script makes (POST pagers, JSON APIs): {"url", "body", "content_type"}
    post_pages: list[dict] = field(default_factory=list)
    # answers a page gives only to a request carrying a cookie a script set (a unit chosen into document.cookie):
    # {"url", "cookie"} (the Cookie header's `name=value`)
    cookie_pages: list[dict] = field(default_factory=list)
    # answers a GET gets only with request headers a script sets (a list negotiated by `Accept`): {"url", "headers"}
    header_pages: list[dict] = field(default_factory=list)

    # --- sites and pages ---

    def site(self, host: str, portal_id: str, **kw) -> Site:
        site = Site(host=host, portal_id=portal_id, **kw)
        self.sites[host] = site
        self.disallowed[host] = [line.split(":", 1)[1].strip() for line in site.robots_txt.splitlines()
                                 if line.lower().startswith("disallow:") and line.split(":", 1)[1].strip()]
        self.pages[f"http://{host}/robots.txt"] = "robots"
        return site

    def alias(self, site: Site, host: str) -> None:
        """Serve `site` under another host name too (bare domain beside www, an IP address): same pages."""
        self.sites[host] = site
        self.disallowed[host] = self.disallowed[site.host]
        self.pages[f"http://{host}/robots.txt"] = "robots"
        self.site_hosts.setdefault(site.portal_id, []).append(host)

    def add(self, site: Site, path: str, page: Page, role: str | None = None) -> Page:
        site.add(path, page)
        page.role = role or page.role
        if page.status == 200 and not page.location:
            self.pages[f"http://{site.host}{path}"] = page.role
        return page

    def html_page(self, site: Site, path: str, text: str | callable, last_modified: datetime, role: str,
                  content_type: str = HTML_UTF8, encoding: str = "utf-8", ignores_query: bool = True) -> Page:
        if callable(text):
            body = lambda: text().encode(encoding)  # noqa: E731
        else:
            body = text.encode(encoding)
        return self.add(site, path, Page(body, last_modified, content_type, ignores_query=ignores_query), role)

    def redirect(self, site: Site, path: str, target: str, status: int = 301) -> None:
        body = f'<html><head><title>{status} Moved</title></head><body><a href="{esc(target)}">here</a></body></html>'
        site.add(path, Page(body.encode(), SITE_DATE, "text/html", status=status, location=target, role="redirect"))
        full = urljoin(f"http://{site.host}{path}", target)   # relative targets (`../x`) as a client resolves them
        self.redirects[f"http://{site.host}{path}"] = full

    def broken(self, url: str) -> str:
        self.broken_links.append(url)
        return url

    def visible(self, report: Report) -> bool:
        if report.revision_added and self.revision < 1:
            return False
        if report.revision_removed and self.revision >= 1:
            return False
        return not report.skipped

    def list_date(self, items: list[Article], touched: bool = False) -> datetime:
        newest = max((moment(a.day) for a in items), default=SITE_DATE)
        if touched and self.revision >= 1:
            return max(newest, REVISION_DATE)
        return newest

    def report_date(self, report: Report) -> datetime:
        if (report.revision_edited or report.revision_rewritten) and self.revision >= 1:
            return REVISION_DATE
        return moment(report.published, 600)

    # --- ground truth ---

    def document(self, url: str, report: Report, fmt: str, role: str, *, republication_of: str | None = None,
                 html_tables: str | None = None, **extra) -> None:
        entry = {"url": url, "report_key": report.key, "portal_id": extra.pop("portal_id", report.county.id),
                 "format": fmt, "role": role, "republication_of": republication_of, "html_tables": html_tables}
        entry.update({k: v for k, v in extra.items() if v not in (None, False)})
        self.documents.append(entry)

    def non_report(self, url: str) -> None:
        self.non_reports.append(url)


# --- noise articles (same for every family; each family lays them out in its own URL scheme) ---

_NEWS = ["{c}召开{y}年政务公开工作推进会", "{c}开展“优化营商环境”专项督查", "{c}举行安全生产工作会议",
         "{c}召开乡村振兴工作推进会", "{c}部署防汛抗旱工作", "{c}开展政府开放日活动", "{c}召开政府常务会议",
         "{c}推进“最多跑一次”改革", "{c}开展民生实事项目督导", "{c}举办政务公开业务培训班",
         "{c}召开森林防火工作会议", "{c}开展“12345”热线办理情况回头看", "{c}部署冬春农田水利建设",
         "{c}召开经济运行分析会", "{c}推进城乡环境综合整治", "{c}开展义务植树活动"]
_NEWS_BODY = ["近日，{c}召开专题会议，研究部署相关工作。会议强调，要提高政治站位，压实工作责任，确保各项任务落到实处。",
              "会议指出，{y}年以来，全县上下认真落实各项决策部署，工作取得积极成效。下一步，要对标对表，补齐短板，"
              "推动工作再上新台阶。", "各乡镇（街道）、县直有关部门负责同志参加会议。"]


def noise_articles(b: Build, county: County, reports: list[Report]) -> dict[str, list[Article]]:
    """News, 解读 and 编制通知 pages (titles with the report words, but not reports), a 工作总结/绩效 page."""
    r = rng(b.seed, "noise", county.pinyin)
    c = county.name
    news = []
    for i in range(b.news_per_portal):
        y = 2024 - i // 6
        day = date(y, 12 - (i % 6) * 2, 1 + r.randrange(27))
        title = _NEWS[(i + r.randrange(3)) % len(_NEWS)].format(c=c, y=y)
        news.append(Article(title, day, "news", paragraphs=[p.format(c=c, y=y) for p in _NEWS_BODY],
                            key=f"news{i}"))
    gov_years = sorted({rep.year for rep in reports if rep.unit.kind == "gov"})
    interpretations = []
    for y in gov_years[-2:]:
        pub = next(rep.published for rep in reports if rep.unit.kind == "gov" and rep.year == y)
        title = (f"《{c}{y}年政府信息公开工作年度报告》解读" if y % 2 else f"图解：{c}{y}年政府信息公开工作年度报告")
        interpretations.append(Article(title, pub + timedelta(days=1), "interpretation", key=f"jd{y}", paragraphs=[
            f"近日，《{c}{y}年政府信息公开工作年度报告》正式发布。为便于公众理解，现将报告主要内容解读如下。",
            "一、报告的主要内容。报告共分六个部分，分别为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
            "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
            f"二、主要亮点。{y}年，{c}持续深化政务公开，依申请公开办理更加规范，平台建设不断加强。",
            "三、下一步工作。将继续坚持以公开为常态、不公开为例外，不断提升政务公开工作水平。"]))
    notices = []
    for y in (2022, 2023):
        notices.append(Article(f"关于做好{y}年度政府信息公开工作年度报告编制和发布工作的通知", date(y + 1, 1, 5 + r.randrange(5)),
                               "notice", key=f"tz{y}", paragraphs=[
            "各乡镇人民政府、街道办事处，县政府各部门：",
            f"根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，现就做好{y}年度"
            f"政府信息公开工作年度报告编制和发布工作通知如下。",
            f"一、各单位应于{y + 1}年1月31日前，在{county.gov_name}门户网站发布本单位{y}年度政府信息公开工作年度报告。",
            "二、年度报告应严格按照统一格式编制，数据准确、内容完整，避免内容雷同、敷衍塞责。",
            f"三、各乡镇（街道）年度报告经审核后报{county.gov_name}办公室汇总。"]))
    summary = [Article(f"{c}{gov_years[-1] if gov_years else 2024}年政务公开工作总结", date(2025, 1, 20), "summary",
                       key="zj", paragraphs=[
        f"{gov_years[-1] if gov_years else 2024}年，{c}深入贯彻落实政务公开各项决策部署，全面推进决策、执行、管理、服务、结果公开。",
        "一、主要工作成效。围绕重点领域信息公开，持续优化政府网站栏目设置，政务公开标准化规范化建设取得积极进展。",
        "二、绩效考核情况。将政务公开工作纳入年度绩效考核，考核结果作为评先评优的重要依据。",
        "三、下一步打算。继续加强政务公开队伍建设，提升政务公开工作质效。"]),
        Article(f"{c}2023年度政务公开工作绩效考核结果公示", date(2024, 3, 8), "summary", key="jx", paragraphs=[
            "根据年度政务公开工作绩效考核办法，经综合评定，现将考核结果公示如下。",
            "考核等次为优秀的单位：县政府办公室、县教育局、县财政局。", "公示期为5个工作日。"])]
    guide = [Article(f"{county.gov_name}政府信息公开指南", date(2023, 6, 1), "guide", key="zn", paragraphs=[
        "一、主动公开。公开的主要内容包括机构职能、政策文件、规划计划、财政资金等。",
        "二、依申请公开。公民、法人或者其他组织可以向本机关申请获取相关政府信息。",
        f"三、受理机构。{county.gov_name}办公室，工作时间：周一至周五（法定节假日除外）。"])]
    return {"news": news, "interpretations": interpretations, "notices": notices, "summary": summary,
            "guide": guide}


def article_id(*keys: object) -> int:
    return stable_int("article", *keys, digits=8)
