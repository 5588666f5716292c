"""Is a page a 政府信息公开工作年度报告? Title first (unit + year + 信息公开…年度报告, minus 解读/通知/…), then the
content (the six section headings, the table headers), then what the page says about itself: agency, report
year, publication date (发布日期 / `PubDate`), `SiteIDCode`.

Titles and text in traditional characters (a 繁體 mirror's copy: 政府信息公開工作年度報告, 總體情況) are folded to
Simplified first, the parser's way (`parse.traditional`), so a mirror's report is judged by the same words.

Pure functions over strings and `HtmlPage`s; the spider turns the verdict into a DocumentItem."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.parse.traditional import fold_traditional

# A title "looks like a report" when it names the report type; a year is needed to call it a report.
_REPORT_TYPE = re.compile(
    r"(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)"
    r"|公开年报|信息公开年度报告|政务公开(?:工作)?年度报告|政府信息公开(?:工作)?情况(?:的)?(?:年度)?报告")
_LOOSE_REPORT_TYPE = re.compile(r"年度报告|年报")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年度?|年)")
_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"([二][〇零○Ｏ O][一二三四五六七八九〇零○]{2})\s*年")
# Words that make a report-like title something else (the domain notes' real negatives: 年报解读, 绩效考评报告,
# 编制通知, 格式通知), checked in this order so the reason names the most telling word.
EXCLUDE_WORDS = ("解读", "图解", "通知", "格式", "绩效", "工作总结", "编制", "通报", "要点", "考评", "评估",
                 "征集", "指南", "目录", "一图读懂", "政策问答", "答记者问")
# Section headings of the 2019/2021 templates and, in the alternatives, of the free-form reports of 2008-2018
# (概述 / 依申请公开 / 收费及减免 / 因政府信息公开申请行政复议、提起行政诉讼的情况).
SECTION_HEADINGS = (
    re.compile(r"总体情况|概述"),
    re.compile(r"主动公开政府信息(?:情况)?"),
    re.compile(r"收到和处理政府信息公开申请|依申请公开"),
    re.compile(r"(?:行政复议|复议)[^。；\n]{0,8}诉讼|收费(?:及|和|与)减免"),
    re.compile(r"存在的?(?:主要)?问题"),
    re.compile(r"其他需要报告的事项"),
)
FIRST_TEMPLATE_YEAR = 2019   # reports for earlier years follow no template: their title is the evidence
TABLE_MARKERS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "本年新收政府信息公开申请数量",
                 "上年结转政府信息公开申请数量", "本列数据的勾稽关系", "维持具体行政行为", "结果维持", "结果纠正")
MIN_SECTIONS = 3
MIN_TABLE_MARKERS = 3
_DATE = r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
_LABELLED_DATES = (
    re.compile(r"(?:发布日期|发布时间|公开日期|发文日期|发布于)\s*[:：]?\s*" + _DATE),
    re.compile(r"(?:日期|时间)\s*[:：]\s*" + _DATE),
    re.compile(r"(?:成文日期)\s*[:：]?\s*" + _DATE),
)
_URL_DATES = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_"),
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/"),
)
_AGENCY_LABEL = re.compile(r"(?:发布机构|发文机关|发布单位|信息来源|来源)\s*[:：]\s*([^\s:：|]{2,40})")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|--|—|\s-\s)\s*")
_AGENCY_TRIM = re.compile(r"^(?:关于)+|(?:关于|的|度)+$")
_BRACKETS = re.compile(r"[【】\[\]]")


@dataclass(frozen=True)
class TitleVerdict:
    looks_like_report: bool   # names the report type (年度报告/年报 with 信息公开)
    excluded_by: str | None   # the exclusion word found, if any
    year: int | None
    agency: str | None

    @property
    def is_candidate(self) -> bool:
        """Worth fetching and confirming as a report."""
        return self.looks_like_report and self.excluded_by is None and self.year is not None


@dataclass(frozen=True)
class Classification:
    kind: str                 # report | not_report
    title: str
    agency: str | None
    year: int | None
    published: str | None     # YYYY-MM-DD
    site_id_code: str | None
    reason: str               # why (confirmed by …, or why rejected)


def normalise_years(title: str) -> str:
    """二〇二三年 → 2023年 (some units write the year in Chinese numerals)."""
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS.get(c, c) for c in m.group(1)) + "年", title)


def report_year(title: str) -> int | None:
    """The report year named in a title: the first 4-digit year followed by 年/年度 (2008, when the 条例 took
    effect, to 2099)."""
    for match in _YEAR.finditer(normalise_years(title)):
        year = int(match.group(1))
        if 2008 <= year <= 2099:
            return year
    return None


def agency_from_title(title: str) -> str | None:
    """`临洮县人民政府2023年政府信息公开工作年度报告` and `2023年临洮县教育局政府信息公开工作年度报告` → the unit."""
    title = normalise_years(clean_text(title))
    kind = _REPORT_TYPE.search(title) or _LOOSE_REPORT_TYPE.search(title)
    year = _YEAR.search(title)
    if not kind or not year:
        return None
    if year.start() > 0 and year.start() <= kind.start():
        candidate = title[: year.start()]
        if not candidate.strip() or candidate.strip() in ("关于",):
            candidate = title[year.end(): kind.start()]
    else:
        candidate = title[year.end(): kind.start()] if year.end() <= kind.start() else title[: kind.start()]
    candidate = _AGENCY_TRIM.sub("", _BRACKETS.sub("", candidate).strip(" 　:：-—_（()）")).strip()
    return candidate or None


def judge_title(title: str) -> TitleVerdict:
    title = fold_traditional(clean_text(title))
    looks = bool(_REPORT_TYPE.search(title)) or (
        bool(_LOOSE_REPORT_TYPE.search(title)) and ("公开" in title))
    excluded = next((w for w in EXCLUDE_WORDS if w in title), None)
    return TitleVerdict(looks, excluded, report_year(title), agency_from_title(title) if looks else None)


def looks_like_report_title(text: str) -> bool:
    """Broad test for link texts: worth fetching to classify (includes the ones we will reject, so that the
    rejection is recorded with its reason)."""
    if "报" not in text and "報" not in text:  # every report-type phrase has it; most link texts do not
        return False
    text = fold_traditional(text)
    return bool(_REPORT_TYPE.search(text)) or (bool(_LOOSE_REPORT_TYPE.search(text)) and "公开" in text)


def content_evidence(text: str) -> tuple[int, int]:
    """(section headings found, table header markers found) in the page text."""
    text = fold_traditional(text)
    sections = sum(1 for pattern in SECTION_HEADINGS if pattern.search(text))
    markers = sum(1 for marker in TABLE_MARKERS if marker in text)
    return sections, markers


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def published_date(page: HtmlPage) -> str | None:
    """The page's publication date: `PubDate`-style meta, then a labelled date (发布日期 …), then the URL."""
    for name in ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "dc.date", "article:published_time"):
        value = page.meta_tags.get(name, "")
        match = re.search(_DATE, value)
        if match and (iso := _iso(*match.groups())):
            return iso
    head = fold_traditional(page.body_text[:20000])   # 發佈日期 is a 发布日期
    for pattern in _LABELLED_DATES:
        match = pattern.search(head)
        if match and (iso := _iso(*match.groups())):
            return iso
    for pattern in _URL_DATES:
        match = pattern.search(page.url)
        if match and (iso := _iso(*match.groups())):
            return iso
    return None


def page_titles(page: HtmlPage, anchor_text: str | None = None) -> list[str]:
    """Title candidates, most specific first: ArticleTitle meta, headings, the <title> segments, the link text."""
    out = [page.meta_tags.get("articletitle", "")]
    for tag in ("h1", "h2", "h3"):
        out.extend(clean_text(el.text_content()) for el in page.tree.iter(tag))
    out.extend(sorted(_TITLE_SPLIT.split(page.title), key=len, reverse=True))
    out.append(clean_text(anchor_text))
    return [t for t in out if t and len(t) <= 200]


def best_title(page: HtmlPage, anchor_text: str | None = None) -> tuple[str, TitleVerdict]:
    titles = page_titles(page, anchor_text)
    verdicts = [(t, judge_title(t)) for t in titles]
    for title, verdict in verdicts:
        if verdict.looks_like_report and verdict.year is not None:
            return title, verdict
    for title, verdict in verdicts:
        if verdict.looks_like_report:
            return title, verdict
    if verdicts:
        return verdicts[0]
    return "", judge_title("")


def page_agency(page: HtmlPage, verdict: TitleVerdict) -> str | None:
    """The reporting unit: the title's, completed by the page's publisher when that is the same unit's full name
    (title 城关镇…, 发布机构 城关镇人民政府); the publisher alone when the title names none."""
    publishers = [page.meta_tags.get(name, "") for name in ("contentsource", "author")]
    match = _AGENCY_LABEL.search(fold_traditional(page.body_text[:5000]))
    publishers.append(match.group(1) if match else "")
    publishers = [p for p in publishers if p]
    if verdict.agency:
        fuller = [p for p in publishers if p.startswith(verdict.agency) and len(p) > len(verdict.agency)
                  and len(p) - len(verdict.agency) <= 6]
        return fuller[0] if fuller else verdict.agency
    return publishers[0] if publishers else None


def classify_page(page: HtmlPage, anchor_text: str | None = None, has_attachments: bool = False) -> Classification:
    """Report or not, with the reason. A page whose title names a report but whose body has no report
    content is still a report when it carries the report as an attachment (PDF/DOC posted alone)."""
    title, verdict = best_title(page, anchor_text)
    if not verdict.looks_like_report:
        # most pages of a crawl that follows every link: skip the date and publisher scans (the spider records
        # no item for them)
        return Classification("not_report", title, None, verdict.year, None, None,
                              "title does not name an annual report")
    site_id = page.meta_tags.get("siteidcode") or None
    published = published_date(page)

    def result(kind: str, reason: str) -> Classification:
        return Classification(kind, title, page_agency(page, verdict), verdict.year, published, site_id, reason)

    if verdict.excluded_by:
        return result("not_report", f"title contains {verdict.excluded_by}")
    if verdict.year is None:
        return result("not_report", "title names no report year")
    sections, markers = content_evidence(page.body_text)
    if sections >= MIN_SECTIONS or markers >= MIN_TABLE_MARKERS:
        return result("report", f"content: {sections} section headings, {markers} table markers")
    if has_attachments:
        return result("report", "title; the report is an attachment")
    if verdict.year < FIRST_TEMPLATE_YEAR:
        # 2008-2018 reports are free-form (template pre2019): no table headers to find, often short
        return result("report", f"title; a {verdict.year} report, before the 2019 template")
    return result("not_report", f"no report content ({sections} section headings, {markers} table markers)")


def classify_file_title(anchor_text: str) -> Classification | None:
    """A PDF/DOC linked straight from a list: a report when its link text is a report title."""
    verdict = judge_title(anchor_text)
    if not verdict.looks_like_report:
        return None
    if verdict.excluded_by:
        return Classification("not_report", anchor_text, verdict.agency, verdict.year, None, None,
                              f"title contains {verdict.excluded_by}")
    if verdict.year is None:
        return Classification("not_report", anchor_text, verdict.agency, None, None, None, "title names no report year")
    return Classification("report", anchor_text, verdict.agency, verdict.year, None, None, "file linked with a report title")


UNIT_TYPES = (
    ("government_office", re.compile(r"人民政府办公室$|政府办公室$|政府办$")),
    ("government", re.compile(r"人民政府$|^[^局委办]{2,12}[县区市旗]$")),
    ("township", re.compile(r"(?:镇|乡|街道|街道办事处|办事处|苏木)(?:人民政府)?$")),
    ("development_zone", re.compile(r"开发区|园区|管委会|管理委员会|新区")),
    ("department", re.compile(r"局$|委员会$|委$|办公室$|办$|中心$|院$|所$|队$|站$|会$|公司$|署$|处$")),
)


def unit_type(agency: str | None) -> str:
    """government | government_office | township | development_zone | department | unknown (closing table)."""
    if not agency:
        return "unknown"
    for name, pattern in UNIT_TYPES:
        if pattern.search(agency):
            return name
    return "unknown"
