"""End to end without a browser on two twenty-third-round families (issue 12): a publication calendar whose days
come from a per-year JSON and whose lists from a per-day request (pubcalendar: a select read by its id, then a chain
of two data requests), and a question-answering box whose hot questions are button text, answered with JSON whose
HTML names the reports (robotqa). crawl_main finds every report; the stats count what each mechanism read."""

from __future__ import annotations

import pytest

from tests.crawler.sandbox_crawl import crawl_families

pytestmark = pytest.mark.slow


def test_a_calendars_chain_and_a_robots_button_questions_find_every_report_without_a_browser(tmp_path):
    crawl = crawl_families(tmp_path, ("pubcalendar", "robotqa"))
    assert crawl.expected and crawl.expected <= crawl.found, sorted(crawl.expected - crawl.found)[:5]
    assert crawl.stat("discovery/chained_gets") > 0 and crawl.stat("discovery/chained_fills") > 0
    assert crawl.stat("discovery/element_links") >= 3   # the robot's three hot questions at least
