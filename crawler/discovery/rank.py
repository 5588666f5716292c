"""The order of the frontier: what discovery knows about CMSs and report columns decides which in-scope link is
fetched first, never whether it is fetched ("rank, don't prune").

Links the focused rules recognise keep their role's priority (crawler/spiders/portal.py `PRIORITY`: report files
and pages, then list pages and pagers, then columns, then the disclosure section). Every other in-scope link is
followed too, in role `page` (HTML) or `file` (a document nobody named a report), below all of those, and ranked
among themselves by the little their text and URL say: a link into the disclosure platform or naming a year
before the site's news. Within one priority the scheduler is first-in first-out (settings: FIFO queues), so the
unranked rest is crawled breadth-first, like a plain link follower, with the same page budget."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.classify import looks_like_report_title

# Below every focused role (the lowest is `home` at 0); within [-30, -10].
PAGE_PRIORITY = -20
FILE_PRIORITY = -30
PAGER_BONUS = 4          # a pager of an unrecognised page: its list goes on before other unranked pages
_DISCLOSURE_TEXT = re.compile(r"公开|年报|报告|政务|目录|指南")
_DISCLOSURE_PATH = re.compile(r"(?:^|[/_.-])(?:xxgk|zwgk|zfxxgk|gkml|gk|openness|public|nb|ndbg)(?:[/_.-]|\d|$)", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PAGER_TEXT = re.compile(r"^(?:\d{1,4}|下一页|下页|上一页|上页|尾页|末页|首页|next|prev|>|<|>>|<<|»|«)$", re.I)


@lru_cache(maxsize=limits.LINK_CACHE_ENTRIES)   # navigation links repeat on every page of a site
def page_priority(label: str, url: str) -> int:
    """The priority of an unrecognised in-scope HTML link: disclosure words or paths +6, a pager of the page
    +4 (a list we did not recognise goes on), a year +2."""
    score = PAGE_PRIORITY
    if _DISCLOSURE_TEXT.search(label) or _DISCLOSURE_PATH.search(urlsplit(url).path):
        score += 6
    if _PAGER_TEXT.match(label.strip()):
        score += PAGER_BONUS
    if _YEAR.search(label):
        score += 2
    return score


_NEXT_TEXT = re.compile(r"^(?:下一页|下页|后一页|尾页|末页|next|>|>>|»)$", re.I)


def continues_list(label: str) -> bool:
    """A 下一页 / 尾页 link: its chain is bounded by the page budget, not by the depth limit (numbered links
    are not: day numbers of calendars look the same and never end)."""
    return bool(_NEXT_TEXT.match(label.strip()))


_REPORT_CONTEXT = re.compile(r"信息公开|公开目录|年报|年度报告")


def names_disclosure(text: str) -> bool:
    """Link or page text about information disclosure or its reports (信息公开, 公开目录, 年报, 年度报告)."""
    return bool(_REPORT_CONTEXT.search(text))


# An entry of a list whose title ends in another kind of document than a report: the 公文 types (党政机关公文处理工作
# 条例 art. 8, less 报告/公报) and the names rules, plans and notices go by, with a bracketed note such as （试行）.
_OTHER_DOCUMENT = re.compile(r"(?:通知|通告|公告|公示|决定|决议|命令|意见|通报|请示|批复|议案|函|纪要|办法|规定|细则|条例|"
                             r"方案|规划|计划|要点|说明|名单|目录)(?:[（(][^（()）]{1,10}[)）])?$")
# An article link whose title names another document: after list pages and pagers (20) and columns (15), so a long
# directory's page budget goes to its pages and its report-titled entries first; above the unranked links (-20).
OTHER_DOCUMENT_PRIORITY = 10
_ANNUAL_REPORT = re.compile(r"年度报告|年报")


def names_other_document(label: str) -> bool:
    """A link title that ends in another kind of document (关于…的通知, …工作方案, …情况公示) and does not name a
    report (关于印发…年度报告的通知 names one)."""
    title = label.strip()
    return (len(title) >= 6 and bool(_OTHER_DOCUMENT.search(title)) and not _ANNUAL_REPORT.search(title)
            and not looks_like_report_title(title))


def file_priority(label: str) -> int:
    return FILE_PRIORITY + (4 if _DISCLOSURE_TEXT.search(label) else 0)
