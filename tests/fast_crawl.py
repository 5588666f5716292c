"""The crawl settings of tests whose subject is not politeness. The sandbox answers on loopback at once, so the
default politeness (crawler/settings.py: a 0.5 s delay per host that AutoThrottle stretches, two requests per host
at a time) only makes such a test wait: most of an end-to-end crawl's time went to it. Tests about delays,
concurrency per host or the shared frontier's leases keep the defaults (tests/crawler/test_politeness_*.py).
tests/e2e/test_scale_out.py uses these: with them it once showed two crawler faults the default delays hid
(robots.txt not applied to a host's second waiting request; a page's lease ended before its links were queued),
now pinned by tests/crawler/test_robots_waiters.py and test_frontier_kill.py."""

from __future__ import annotations

import json

FAST_CRAWL = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}

# the same settings as the `-s NAME=VALUE` options of `nianbao run`, `crawl` and `demo` (values read as JSON)
FAST_CRAWL_ARGS = [arg for name, value in FAST_CRAWL.items() for arg in ("-s", f"{name}={json.dumps(value)}")]
