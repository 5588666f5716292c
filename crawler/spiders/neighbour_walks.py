"""Walking an article's 上一篇/下一篇 chain for the portal spider (crawler/spiders/portal.py `parse_html`;
crawler/discovery/neighbours.py reads the box): the box's static links are requested as articles of the page's
column, the interface a script draws it from as a script's data (`nianbao_api: data`, read by
`parse_json_answer`: the entries it names are the column's articles, reports first). Each hop is one page further
along the column, so hops reset Scrapy's depth (a chain of forty reports is no deeper than its column) and are
bounded per column instead (limits.MAX_NEIGHBOUR_HOPS_PER_COLUMN). A report's or look-alike's chain goes first
(article priority); a plain article's waits with the unranked links (rank, don't prune: a non-report entry sits
between two reports). Stats `pager/neighbours`, `pager/neighbour_links`, `discovery/neighbours_capped`."""

from __future__ import annotations

from nianbao.crawler import limits
from nianbao.crawler.discovery import rank, script_data
from nianbao.crawler.discovery.analysis import PageAnalysis
from scrapy.http import Response

FOCUSED_PRIORITY = 30    # as an article's (spiders/portal.py PRIORITY["article"])


def neighbour_requests(spider, response: Response, analysis: PageAnalysis):
    """Requests for the neighbours of the article `response` (its analysis read the box)."""
    if not (analysis.neighbour_gets or analysis.neighbour_links):
        return
    meta = response.meta
    state = spider.states[meta["nianbao_portal"]]
    stats = spider.crawler.stats
    column = analysis.column_key or meta.get("nianbao_column")
    hops_key = column or "(no column)"   # one bound for a portal's articles outside any column
    priority = FOCUSED_PRIORITY if analysis.neighbour_focus else rank.PAGE_PRIORITY
    wanted = [(url, "api", "X", "", {"nianbao_api": script_data.API_KIND}, "pager/neighbours")
              for url in analysis.neighbour_gets]
    wanted += [(url, "article" if analysis.neighbour_focus else "page", "L", label, {}, "pager/neighbour_links")
               for url, label in analysis.neighbour_links]
    for url, role, letter, label, extra, stat in wanted:
        if spider._seen(url):
            continue
        if state.neighbour_hops[hops_key] >= limits.MAX_NEIGHBOUR_HOPS_PER_COLUMN:
            stats.inc_value("discovery/neighbours_capped")
            return
        request = spider._child(response, url, role, letter, anchor=label, column=column, priority=priority,
                                extra={**extra, "nianbao_neighbours": True, "depth_reset": True})
        if request is not None:
            state.neighbour_hops[hops_key] += 1
            stats.inc_value(stat)
            yield request
