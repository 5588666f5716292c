"""Walking an article's 上一篇/下一篇 chain for the portal spider (crawler/spiders/portal.py `parse_html` and
`parse_json_answer`; crawler/discovery/neighbours.py reads the box): the box's static links are requested as
articles of the page's column, the interface a script draws it from as a script's data (`nianbao_api: data`);
the entries its answer names are the column's articles. Each hop is one page further along the column, so hops
reset Scrapy's depth (a chain of forty reports is no deeper than its column) and are bounded per column instead
(limits.MAX_NEIGHBOUR_HOPS_PER_COLUMN).

A chain starts at a report or a look-alike and goes at article priority. A plain article continues it only when
the chain or a report column's list reached it, for at most limits.MAX_NEIGHBOUR_GAP plain articles in a row (a 解读 or a notice filed
between two reports), at the unranked links' priority: a news column's chain is not walked (its articles' static
links remain the page's ranked links). Stats `pager/neighbours` (interface answers asked for),
`pager/neighbour_links` (static links), `pager/neighbour_entries` (entries of the answers),
`discovery/neighbours_capped`, `discovery/neighbour_gaps_ended`."""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery import rank, script_data
from nianbao.crawler.discovery.analysis import PageAnalysis
from nianbao.crawler.discovery.classify import looks_like_report_title
from scrapy.http import Response

FOCUSED_PRIORITY = 30    # as an article's (spiders/portal.py PRIORITY["article"])
GAP_META = "nianbao_neighbour_gap"   # plain articles in a row before this one on its chain (0: after a report)


def neighbour_requests(spider, response: Response, analysis: PageAnalysis):
    """Requests for the neighbours of the article `response` (its analysis read the box)."""
    if not (analysis.neighbour_gets or analysis.neighbour_links):
        return
    meta = response.meta
    stats = spider.crawler.stats
    if analysis.neighbour_focus:
        gap = 0
    elif meta.get(GAP_META) is not None:
        gap = meta[GAP_META] + 1
    elif meta.get("nianbao_role") == "article" and meta.get("nianbao_column"):
        gap = 1   # a plain entry of a report column's list (a 解读 listed beside the reports): as one after a report
    else:
        return   # a plain article no chain reached: its static links are ranked like its others
    if gap > limits.MAX_NEIGHBOUR_GAP:
        stats.inc_value("discovery/neighbour_gaps_ended")
        return
    state = spider.states[meta["nianbao_portal"]]
    column = analysis.column_key or meta.get("nianbao_column")
    hops_key = column or "(no column)"   # one bound for a portal's articles outside any column
    priority = FOCUSED_PRIORITY if gap == 0 else rank.PAGE_PRIORITY
    wanted = [(url, "api", "X", "", {"nianbao_api": script_data.API_KIND}, "pager/neighbours")
              for url in analysis.neighbour_gets]
    wanted += [(url, "article" if looks_like_report_title(label) or gap == 0 else "page", "L", label, {},
                "pager/neighbour_links") for url, label in analysis.neighbour_links]
    for url, role, letter, label, extra, stat in wanted:
        if spider._seen(url):
            continue
        if state.neighbour_hops[hops_key] >= limits.MAX_NEIGHBOUR_HOPS_PER_COLUMN:
            stats.inc_value("discovery/neighbours_capped")
            return
        request = spider._child(response, url, role, letter, anchor=label, column=column, priority=priority,
                                extra={**extra, GAP_META: gap, "depth_reset": True})
        if request is not None:
            state.neighbour_hops[hops_key] += 1
            stats.inc_value(stat)
            yield request


def neighbour_answer_requests(spider, response: Response, links: list):
    """The entries a neighbour interface's answer names: reports as articles of the column (article priority),
    other in-site entries as pages on the chain (the unranked links' priority; they continue it only as far as
    limits.MAX_NEIGHBOUR_GAP allows)."""
    meta = response.meta
    site = spider._sites[meta["nianbao_portal"]]
    gap = meta.get(GAP_META, 0)
    for link in links:
        if not site.contains(urlsplit(link.url).hostname or ""):
            continue
        report = looks_like_report_title(link.label)
        request = spider._child(response, link.url, "article" if report else "page", "L", anchor=link.label,
                                column=meta.get("nianbao_column"),
                                priority=FOCUSED_PRIORITY if report else rank.PAGE_PRIORITY,
                                extra={GAP_META: gap})
        if request is not None:
            spider.crawler.stats.inc_value("pager/neighbour_entries")
            yield request
