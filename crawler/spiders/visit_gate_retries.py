"""Visit gates passed as a browser passes them (a mixin of crawler/spiders/portal.py `PortalSpider`, kept apart so the
spider stays readable).

A page the analysis reads as a visit gate (crawler/discovery/visit_gates.py: a guard page of the 请从网站首页进入 kind
that embeds same-host sub-resources) is asked once more after those sub-resources were fetched into the crawl's
cookie jar — the cookie a counter image's or a script's answer sets is what the column asks for. A chained request:
the sub-resources go out first (role `requisite`, hop `E`, once per host: at most
visit_gates.MAX_GATE_RESOURCES; a resource asked for already is not asked again), and the page's retry waits until
the last of their answers (or errors) came, then goes past the duplicate filter with the jar's cookies. Bounded: once
per address, NIANBAO_VISIT_GATE_RETRIES_PER_HOST retries a host, and none more on a host whose first
GIVE_UP_AFTER retries all answered the gate again (the cookie opens nothing). Stats: `discovery/visit_gates`,
`discovery/visit_gate_resources`, `discovery/visit_gate_retries`, `…/passed`, `…/gated_again`, `…/gave_up`."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.analysis import PageAnalysis
from scrapy import Request
from scrapy.http import Response

RETRY_META = "nianbao_visit_gate_retry"         # the retry of a gated address (its URL)
RESOURCE_META = "nianbao_visit_gate_resource"   # a gate's sub-resource (its host)
GIVE_UP_AFTER = 3   # retries on a host all gated again, none passed: the resources' cookies open nothing


@dataclass
class HostGate:
    """One host's visit-gate bookkeeping."""
    resources_asked: bool = False
    pending: int = 0                                      # sub-resources not answered yet
    waiting: list[Request] = field(default_factory=list)  # retries held until they are
    retried: set[str] = field(default_factory=set)        # addresses asked again
    gated_again: int = 0
    passed: int = 0


class VisitGateRetries:
    """Uses the spider's `_child`, `crawler` and `settings`."""

    def init_visit_gates(self, crawler) -> None:
        self._visit_gates: dict[str, HostGate] = {}
        self.visit_gate_retries_per_host = crawler.settings.getint("NIANBAO_VISIT_GATE_RETRIES_PER_HOST",
                                                                   limits.VISIT_GATE_RETRIES_PER_HOST)

    def visit_gate_requests(self, response: Response, analysis: PageAnalysis) -> list[Request]:
        """The sub-resources to fetch and the page's retry (held until they are answered), or the outcome of a
        retry counted (module docstring)."""
        stats = self.crawler.stats
        meta = response.meta
        host = (urlsplit(response.url).hostname or "").lower()
        gate = self._visit_gates.get(host)
        if meta.get(RETRY_META):
            if gate is not None:
                if analysis.visit_gate_resources:
                    gate.gated_again += 1
                else:
                    gate.passed += 1
            stats.inc_value("discovery/visit_gate_retries/" + ("gated_again" if analysis.visit_gate_resources
                                                               else "passed"))
            return []
        if not analysis.visit_gate_resources:
            return []
        gate = self._visit_gates.setdefault(host, HostGate())
        stats.inc_value("discovery/visit_gates")
        if response.url in gate.retried:
            return []
        if len(gate.retried) >= self.visit_gate_retries_per_host or (gate.gated_again >= GIVE_UP_AFTER
                                                                     and not gate.passed):
            stats.inc_value("discovery/visit_gate_retries/gave_up")
            return []
        retry = self._child(response, response.url, meta.get("nianbao_role") or "page", "L",
                            anchor=meta.get("nianbao_anchor") or "", column=meta.get("nianbao_column"),
                            dont_filter=True, extra={RETRY_META: response.url})
        if retry is None:
            return []
        gate.retried.add(response.url)
        stats.inc_value("discovery/visit_gate_retries")
        out: list[Request] = []
        if not gate.resources_asked:
            gate.resources_asked = True
            for url in analysis.visit_gate_resources:
                resource = self._child(response, url, "requisite", "E", extra={RESOURCE_META: host})
                if resource is not None:
                    gate.pending += 1
                    out.append(resource)
            stats.inc_value("discovery/visit_gate_resources", len(out))
        if gate.pending:
            gate.waiting.append(retry)   # asked when the last sub-resource's answer came (visit_gate_resource_done)
        else:
            out.append(retry)
        return out

    def visit_gate_resource_done(self, meta: dict) -> list[Request]:
        """A gate's sub-resource answered (or failed): the host's waiting retries once none is pending."""
        gate = self._visit_gates.get(meta.get(RESOURCE_META) or "")
        if gate is None or gate.pending <= 0:
            return []
        gate.pending -= 1
        if gate.pending:
            return []
        waiting, gate.waiting = gate.waiting, []
        return waiting
