"""A shared-frontier scheduler for tests that kills its own worker (SIGKILL, as `kill -9` or a lost machine would)
the moment the engine hands it one given request to queue: a deterministic point in the middle of a page's
processing — the page fetched, its callback run, the link not yet in the shared queue — instead of a kill timed
from outside. Its class name ends in LeasingScheduler, as every component that looks for a shared frontier expects
(crawler/downloadermiddlewares/politeness.py, `uses_shared_frontier`)."""

from __future__ import annotations

import os
import signal

from nianbao.crawler.frontier import LeasingScheduler

KILL_ON_ENQUEUE = "NIANBAO_TEST_KILL_ON_ENQUEUE"     # setting: the URL whose enqueueing kills the worker


class KillSwitchLeasingScheduler(LeasingScheduler):
    @classmethod
    def from_settings(cls, settings):
        instance = super().from_settings(settings)
        instance.kill_url = settings.get(KILL_ON_ENQUEUE, "")
        return instance

    def enqueue_request(self, request) -> bool:
        if request.url == self.kill_url:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().enqueue_request(request)
