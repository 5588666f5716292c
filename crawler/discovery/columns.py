"""Which links lead towards annual reports: the disclosure section (政务公开 / 信息公开), the 年报 column(s), and
their per-year / per-unit sub-columns; and which URLs are detail pages (articles) rather than columns.

Pure functions of (link text, URL); the spider decides what to follow from the role of the page it is on."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import clean_text

SECTION_TEXTS = re.compile(
    r"^(?:政务公开|信息公开|政府信息公开|政府信息公开专栏|政务公开专栏|信息公开目录|政府信息公开目录|法定主动公开内容|"
    r"公开目录|政务信息公开|政府公开|主动公开|政府信息公开平台|信息公开专栏)$")
SECTION_SLUGS = re.compile(r"(?:^|/)(?:zwgk|xxgk|zfxxgk|gkml|zfxxgkml|xxgkml|openness|public|gk|zwxxgk)(?:[_/]|$)", re.I)
COLUMN_TEXTS = re.compile(
    r"(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)|公开年报|^年度报告$|^年报$|信息公开年度报告|"
    r"^(?:往年|历年|以往|往期|历史)(?:年度)?(?:年报|报告|年度报告)(?:归档|查询)?$|^年报(?:归档|查询|检索)$|"
    r"^(?:政府)?(?:信息)?公开年报$|"
    r"^(?!.*(?:统计|财政|决算|预算|企业|工商|年检))[^0-9]{0,8}年报(?:查询|专栏|专题|（旧）|\(旧\))?$")
# Path segments naming the 年报 column (TRS appends a numeric id: zfxxgknb_70772).
COLUMN_SLUGS = re.compile(
    r"(?:^|/)(?:zfxxgknb|xxgknb|gknb|zwgknb|zfxxgkndbg|xxgkndbg|ndbg|nb|xxgkndbb|zfxxgkbg|openness/?opennessannualreport|"
    r"opennessannualreport|xxgknb\w*|annualreport|ndxxgkbg)(?:_\d+)?(?:/|$|\.)", re.I)
ANNUAL_MODULE = re.compile(r"/module/xxgk/xxgkAnnualReport\.jsp", re.I)
SUBCOLUMN_YEAR_TEXT = re.compile(r"^(?:(?:19|20)\d{2})\s*(?:年|年度)?\s*(?:报告|年报|年度报告|政府信息公开年报|信息公开年报)?$")
SUBCOLUMN_UNIT_TEXT = re.compile(
    r"^(?:.{0,6})(?:乡镇|街道|镇街|乡镇街道|乡镇（街道）|乡镇\(街道\)|部门|县直|区直|市直|单位|县级|区级|本级|政府部门|"
    r"县政府|区政府|政府办|开发区|园区|管委会)(?:.{0,10})$")
SUBCOLUMN_SLUGS = re.compile(
    r"(?:^|/)(?:xzjd|bmxxgknb|xjbm|jbbmnb|xzbm|xzf|xj|bm|bmnb|xznb|jdnb|zfnb|bjnb|xzjdnb|zsbm|qzbm|xzbmnb|"
    r"(?:19|20)\d{2}n|(?:19|20)\d{2}ndbg|gknb(?:19|20)\d{2}|(?:19|20)\d{2}nb|(?:19|20)\d{2}nd|(?:19|20)\d{2})"
    r"(?:_\d+)?(?:/|$)", re.I)
# Detail (article) pages of the CMS families in the domain notes.
DETAIL_PATTERNS = (
    re.compile(r"/t(?:19|20)\d{6}_\d+\.\w+$"),                     # TRS
    re.compile(r"/art/(?:19|20)\d{2}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$"),  # Hanweb
    re.compile(r"/art_\d+_\d+\.html$"),
    re.compile(r"/post_\d+\.html$"),                               # gkmlpt / NFCMS
    re.compile(r"content_\d+\.\w+$|/content/\d+"),
    re.compile(r"/info/\d+/\d+\.htm$"),                           # 博达 VSB
    re.compile(r"/c\d+/(?:19|20)\d{4,6}/[0-9a-f]{16,}\.s?html$", re.I),
    re.compile(r"/[0-9a-f]{24,32}\.s?html$", re.I),
    re.compile(r"/show/\d+\.html$|/show/\d+$"),
    re.compile(r"/doc/(?:19|20)\d{2}/\d{2}/\d{2}/\d+\.s?html$"),
    re.compile(r"/(?:19|20)\d{4}(?:[0-3]\d)?/t?\d+[_\w]*\.s?html?$"),  # /202301/t…, /20230126/709103.html
    re.compile(r"(?:detail|article|view|show|info)[^/]*\.(?:jsp|aspx?|php|do|action)\?.*(?:id|Id|ID)=", re.I),
    re.compile(r"xxgk-show-\d+\.html$|Pages_\d+_\d+\.aspx$|/i\d+\.html$"),
)
NEUTRAL_TEXTS = re.compile(r"^(?:更多|更多>+|more|more>+|>+|»|查看更多|进入|详情|\+)$", re.I)
UNIT_WORDS = re.compile(r"人民政府|政府|局|委员会|委|办公室|办事处|街道|镇|乡|中心|管委会|公司|院|所|队|站|馆|会")
_YEAR_IN_TEXT = re.compile(r"(?:19|20)\d{2}")


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)  # pure; navigation links repeat on every page of a site
def is_section_link(text: str, url: str) -> bool:
    text = clean_text(text)
    if SECTION_TEXTS.match(text):
        return True
    return not text and bool(SECTION_SLUGS.search(path_of(url)))


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)  # pure; navigation links repeat on every page of a site
def is_column_link(text: str, url: str) -> bool:
    """Link to an annual-report column (not to a report): column name without a unit, or a 年报 slug path."""
    text = clean_text(text)
    if is_detail_url(url):
        return False
    if ANNUAL_MODULE.search(url) and not _module_is_detail(url):
        return True
    if names_report_column(text):
        return True
    if text and SUBCOLUMN_YEAR_TEXT.match(text) and COLUMN_SLUGS.search(path_of(url)):
        return True
    return bool(COLUMN_SLUGS.search(path_of(url))) and not _looks_like_other_text(text)


def names_report_column(text: str) -> bool:
    """The text names the 年报 column (or a catalogue's 年度报告 category), not one report: no year, short."""
    return bool(text) and len(text) <= 20 and COLUMN_TEXTS.search(text) is not None \
        and not _YEAR_IN_TEXT.search(text)


def _looks_like_other_text(text: str) -> bool:
    """A slug match whose link text plainly names something else (e.g. `nb` used for 内部 pages)."""
    return bool(text) and not NEUTRAL_TEXTS.match(text) and not (COLUMN_TEXTS.search(text) or SUBCOLUMN_YEAR_TEXT.match(text)
                               or SUBCOLUMN_UNIT_TEXT.match(text) or "年报" in text or "报告" in text)


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)  # pure; navigation links repeat on every page of a site
def is_subcolumn_link(text: str, url: str) -> bool:
    """On a 年报 column page: a per-year or per-unit-type sub-column."""
    text = clean_text(text)
    if is_detail_url(url):
        return False
    if text and (SUBCOLUMN_YEAR_TEXT.match(text) or SUBCOLUMN_UNIT_TEXT.match(text)):
        return True
    if ANNUAL_MODULE.search(url) and not _module_is_detail(url):
        return True
    return bool(SUBCOLUMN_SLUGS.search(path_of(url))) and (not text or len(text) <= 16)


def _module_is_detail(url: str) -> bool:
    query = parse_qs(urlsplit(url).query)
    return bool(query.get("area")) and bool(query.get("fbtime"))


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)  # navigation links repeat on every page of a site
def is_detail_url(url: str) -> bool:
    if ANNUAL_MODULE.search(url):
        return _module_is_detail(url)
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    return any(p.search(target) for p in DETAIL_PATTERNS)


def is_list_item_link(text: str, url: str) -> bool:
    """On a 年报 column/list page: an entry worth fetching and classifying (a detail page whose text names a
    report, a unit or a year; list texts are often just the unit's name)."""
    text = clean_text(text)
    if not is_detail_url(url):
        return False
    return bool(text) and (("年报" in text or "报告" in text) or bool(UNIT_WORDS.search(text))
                           or bool(_YEAR_IN_TEXT.search(text)))


def column_name_of(meta_tags: dict[str, str]) -> str:
    return meta_tags.get("columnname", "")


_TITLE_SEGMENTS = re.compile(r"\s*(?:[_|｜-]|--|—)\s*")


def is_column_page(meta_tags: dict[str, str], url: str, title: str = "") -> bool:
    """The page declares itself the 年报 column (ColumnName meta, or a <title> segment that names the column and
    no year) or sits at a 年报 slug path."""
    if is_detail_url(url):
        return False
    name = column_name_of(meta_tags)
    if (name and COLUMN_TEXTS.search(name)) or COLUMN_SLUGS.search(path_of(url)):
        return True
    return any(len(seg) <= 20 and COLUMN_TEXTS.search(seg) and not _YEAR_IN_TEXT.search(seg)
               for seg in _TITLE_SEGMENTS.split(title) if seg)
