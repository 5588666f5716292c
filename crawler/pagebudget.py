"""The page budget (NIANBAO_MAX_PAGES_PER_PORTAL), a guard against crawler traps: the pages of one portal admitted
to the downloader, counted by PortalSpider.admit as a request leaves the scheduler (after scope and robots.txt,
so what they refuse costs nothing; retries and redirects of an admitted request are not counted again).

Without a shared frontier the count lives in the worker's memory. With one (crawler/frontier.py) every worker
admits pages of the same portals, so a per-worker count would let N workers fetch N × the budget: the count is
then one Redis hash in the frontier's namespace, `nianbao:<frontier>:pages` (portal id → pages admitted), and a
page is admitted only by an atomic check-and-increment there. It is counted at admission, as in one process, not
when the frontier hands a request out: a request handed out may still be parked and handed back (then handed out
again), refused by scope or robots.txt, or dropped as superseded, and the frontier's queue knows a request's
host, not its portal (a portal spans several hosts). A page a killed worker had admitted but not finished is
fetched again by its peers and counted again: the budget bounds fetches, and a fetch repeated is one more. The
hash lives as long as the frontier (a worker restarted on a crawl cut short goes on with what is left of the
budget) and is deleted with it when the crawl is complete (LeasingScheduler.flush).
"""

from __future__ import annotations

from collections import Counter

from nianbao.crawler.downloadermiddlewares.politeness import uses_shared_frontier
from scrapy_redis import connection as redis_connection

PAGES_KEY = "pages"     # under the frontier's prefix

# KEYS: the pages hash. ARGV: portal id, budget. Check and increment in one step, so two workers cannot both take
# a portal's last page (a GET then HINCRBY from Python could). Returns the pages admitted with this one, or -1.
_CHARGE = """
local spent = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if spent >= tonumber(ARGV[2]) then return -1 end
return redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
"""


class PageBudget:
    """Pages admitted per portal, counted in this process."""

    def __init__(self, limit: int):
        self.limit = limit
        self.admitted: Counter = Counter()   # portal id → pages admitted (as far as this worker knows)

    def charge(self, portal_id: str) -> bool:
        """Admit one more page of the portal if its budget allows (and count it)."""
        if self.admitted[portal_id] >= self.limit:
            return False
        self.admitted[portal_id] += 1
        return True

    def spent(self, portal_id: str) -> bool:
        """Whether the portal's budget is spent, as far as this worker knows (with a shared budget, its peers may
        have spent it already: `charge` is the check that holds)."""
        return self.admitted[portal_id] >= self.limit


class SharedPageBudget(PageBudget):
    """Pages admitted per portal by all workers of a shared frontier, counted in its Redis (module docstring)."""

    def __init__(self, limit: int, server, prefix: str):
        super().__init__(limit)
        self.key = f"{prefix}:{PAGES_KEY}"
        self._charge = server.register_script(_CHARGE)

    def charge(self, portal_id: str) -> bool:
        admitted = int(self._charge(keys=[self.key], args=[portal_id, self.limit]))
        # what the crawl has spent, learned on every charge: `spent` answers from it without asking Redis
        self.admitted[portal_id] = self.limit if admitted < 0 else admitted
        return admitted >= 0


def page_budget(settings, limit: int) -> PageBudget:
    """The crawl's page budget: shared by the workers of a shared frontier, else this process's own."""
    if not uses_shared_frontier(settings):
        return PageBudget(limit)
    return SharedPageBudget(limit, redis_connection.from_settings(settings),
                            settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0])
