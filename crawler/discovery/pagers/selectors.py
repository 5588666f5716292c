"""Per-year and per-unit enumeration, wherever a listing exposes its selectors.

- Query parameters that hold a report year: the annual-report module of Hanweb portals takes the year and the
  unit as parameters (http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663
  is 丽水市's 2017 report); a list filtered by `?year=2022` or `?nd=2022` the same way. Every year from 2008 (the
  first report year) to the latest the page names is asked for, with the other parameters kept.
- Forms with `<select>`s (年度 / 单位 pickers): each option of each select is submitted once, the other fields at
  their defaults, then every combination of up to three selects' options (GET as a query string, POST as a
  form body): provincial annual-report platforms answer one unit and one year at a time. Search boxes (a text field and no select) are the
  site search's business (crawler/discovery/search.py), not enumerated here.

- A catalogue's search form as the only list of its 年度报告 category: 政府信息公开目录 systems (Struts `.action`,
  JSP, ASP.NET) show the newest entries of every category and list one category only as the answer to their
  检索 form — GET or POST, a per-page token in a hidden field, a 分类 select beside 发布机构 and a title box
  (http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769 is an entry of such a directory). A select with
  an option that names the report category (`columns.names_report_column`: 年度报告, 政府信息公开年报, 年报…) is
  submitted with that option chosen, the form's other fields as the page gives them (the fresh token of the page
  just fetched), and the answer is a list page (`category_requests`); enumerating the selects of such a form
  submits only that option of its category select (the other categories hold no report).

`<select>`s whose options are URLs (jump menus) are links already (crawler/discovery/page.py). Scrapy's
FormRequest.from_response does the same submission from a Response; these are pure functions of the page
(they run in worker processes, crawler/workers.py), so the form is read with lxml and `form_fields`."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.columns import names_report_column
from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import MAX_PAGES, PageRequest, form_fields
from nianbao.crawler.discovery.pagers.form_choices import Choice, Submissions, choice_submissions

PAGER = "form"
FIRST_REPORT_YEAR = 2008          # the 条例 took effect on 2008-05-01; the first reports are for 2008
_YEAR_VALUE = re.compile(r"^(?:19|20)\d{2}$")
_PAGE_KEYS = {"page", "pageno", "pagenum", "pageindex", "pn", "p", "curpage", "currentpage"}
_YEARS_IN_TEXT = re.compile(r"(?:19|20)\d{2}")


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # pure; a site's navigation links repeat on every page
def _year_param(url: str) -> tuple[str, int] | None:
    if "?" not in url:
        return None
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key.lower() not in _PAGE_KEYS and _YEAR_VALUE.match(value) and int(value) >= FIRST_REPORT_YEAR:
            return key, int(value)
    return None


def _with_years(url: str, key: str, years: range) -> list[str]:
    """`url` with its `key` parameter set to each of `years`, the query written as urlencode writes it: the
    other pairs are encoded once, not once per year (a year is digits, which urlencode leaves as they are)."""
    parts = urlsplit(url)
    pairs = [None if k == key else urlencode([(k, v)]) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    named = urlencode([(key, "")])
    return [urlunsplit(parts._replace(query="&".join(f"{named}{year}" if pair is None else pair for pair in pairs)))
            for year in years]


def latest_year(page: HtmlPage) -> int:
    """The latest plausible year the page names (its list, its dates): the end of a year enumeration."""
    years = [int(y) for y in _YEARS_IN_TEXT.findall(page.body_text[:20000] + " " + page.url)]
    years += [found[1] for link in page.links if (found := _year_param(link.url))]
    plausible = [y for y in years if FIRST_REPORT_YEAR <= y <= 2100]
    return max(plausible, default=FIRST_REPORT_YEAR)


def year_requests(page: HtmlPage) -> list[PageRequest]:
    """Every report year of each URL (the page's own and its links') that carries a year parameter."""
    templates: dict[tuple[str, str], str] = {}
    for url in [page.url, *(link.url for link in page.links)]:
        found = _year_param(url)
        if found is None:
            continue
        parts = urlsplit(url)
        shape = (f"{parts.netloc}{parts.path}?{found[0]}",
                 urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if k != found[0])))
        templates.setdefault(shape, url)
        if len(templates) >= limits.MAX_YEAR_PARAM_URLS:
            break
    if not templates:
        return []
    last = latest_year(page)
    out = []
    for url in templates.values():
        key, _ = _year_param(url)
        out.extend(PageRequest(year_url, pager="year")
                   for year_url in _with_years(url, key, range(FIRST_REPORT_YEAR, last + 1)))
    return [r for r in out if r.url != page.url][:MAX_PAGES]


def submission(action: str, method: str, fields: list[tuple[str, str]]) -> PageRequest:
    """A form submitted with `fields`: GET as the action's query string (after its own), POST as a form body."""
    query = urlencode(fields)
    if method == "POST":
        return PageRequest(action, "POST", query, {"Content-Type": "application/x-www-form-urlencoded"}, pager="form")
    parts = urlsplit(action)
    joined = "&".join(q for q in (parts.query, query) if q)
    return PageRequest(urlunsplit(parts._replace(query=joined)), pager="form")


def form_requests(page: HtmlPage) -> Submissions:
    """Submissions of the page's forms that have `<select>`s (年度 / 单位 pickers): first each option of each
    select with the other fields at their defaults (a unit's page often lists all its years), then every
    combination of the selects' options (a platform that answers one unit and one year at a time), up to
    limits.MAX_FORM_REQUESTS_PER_PAGE — its own bound, not the list pager's MAX_PAGES: a county's units × the
    years since 2008 runs past a list's page count. The loop (gate_forms.refusal: never a 留言/投诉 form because it
    has a 类别 drop-down; the bound and its count; duplicates; a GET that asks for the page shown) is
    form_choices.py's."""
    if "<select" not in page.lower_text:
        return Submissions()
    return choice_submissions(page, _select_choices, PAGER, bound=limits.MAX_FORM_REQUESTS_PER_PAGE)


def _select_choices(form) -> list[Choice]:
    """The form's fields once per option of each named select, then once per combination of up to
    MAX_COMBINED_SELECTS selects' options; [] for a form without a named select. The fields go in the form's
    order with the chosen values in place, as a browser sends them (form2request appends the `data` it is given
    after the form's other fields; it adds what form_fields leaves out: checked boxes, the clicked button)."""
    selects = [s for s in form.iter("select") if s.get("name")]
    if not selects:
        return []
    defaults = form_fields(form)
    options = {s.get("name"): [v for o in s.iter("option") if (v := (o.get("value") or "").strip())
                               and "/" not in v]          # URL options are jump-menu links already
               for s in selects}
    for select in selects:   # a catalogue's category select: only its report category holds reports
        report = report_option(select)
        if report is not None:
            options[select.get("name")] = [report[0]]
    chosen: list[dict[str, str]] = [{name: value} for name, values in options.items() for value in values]
    names = [n for n, values in options.items() if len(values) > 1]
    if 1 < len(names) <= limits.MAX_COMBINED_SELECTS:   # (no more combinations than a page may submit)
        chosen += [dict(zip(names, combination, strict=True)) for combination in itertools.islice(
            itertools.product(*(options[n] for n in names)), limits.MAX_FORM_REQUESTS_PER_PAGE)]
    return [Choice([(k, values.get(k, v)) for k, v in defaults], click=None) for values in chosen]


def report_option(select) -> tuple[str, str, bool] | None:
    """(value, text, selected) of the `<select>`'s option that names the report category, if one does."""
    for option in select.iter("option"):
        value = (option.get("value") or "").strip()
        text = clean_text(option.text_content())
        if value and "/" not in value and names_report_column(text):
            return value, text, option.get("selected") is not None
    return None


def category_requests(page: HtmlPage) -> list[tuple[PageRequest, str, str]]:
    """(submission, option text, choice) of each form whose select has a report-category option, submitted with it
    chosen (see the module docstring); none for a form where it is chosen already (the page is that answer). The
    choice (`POST <action> fenlei=0112`) is the same on every page the form comes on, whatever its token."""
    out: list[tuple[PageRequest, str, str]] = []
    for form in page.forms():
        defaults = None
        for select in form.iter("select"):
            name = select.get("name")
            report = report_option(select) if name else None
            if report is None or report[2]:
                continue
            defaults = form_fields(form) if defaults is None else defaults
            action = page.absolute(form.get("action") or page.url) or page.url
            method = (form.get("method") or "get").upper()
            fields = [(k, report[0] if k == name else v) for k, v in defaults]
            request = submission(action, method, fields)
            out.append((PageRequest(request.url, request.method, request.body, request.headers, pager="category"),
                        report[1], f"{method} {action} {name}={report[0]}"))
            if len(out) >= limits.MAX_CATEGORY_REQUESTS_PER_PAGE:
                return out
    return out
