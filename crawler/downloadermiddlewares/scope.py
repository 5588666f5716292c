"""Scope and safety (downloader middleware, order 50): a request may only go to its portal's site — its
registered domain and every host under it, plus the registry's `hosts` (crawler/discovery/site.py) — or to a
public IP address linked from a page on that site (CMSs write attachment links with the server's address), and
never to a private, loopback, link-local or otherwise non-public address — literal or resolved — unless
NIANBAO_ALLOW_PRIVATE_ADDRESSES is set.

Off-site pages are never followed (spam mirrors of government pages are common; other counties' `*.gov.cn`
sites are other portals): drops are counted in `scope/offsite` (and `scope/offsite/<portal>`); address refusals
in `scope/private_address`.

Documents are the exception, one hop: a link that names a document (a file by its extension, a viewer's file, a
download address labelled with a file name: attachments.is_file_link) found on a page of the portal's site is
fetched whatever its host — CMSs keep uploads in a cloud object store (`<bucket>.oss-cn-hangzhou.aliyuncs.com`,
`obs.cn-north-4.myhuaweicloud.com`) or on a file server of another domain and link the object's URL from the
article. The portal's own page vouches for the file; a file is read, not followed (links inside documents are
taken only on the site, spiders/document_reading.py), so nothing beyond the one hop is reached, and a spam
mirror's pages (HTML) stay out. Not another registry portal's host (that portal's crawl owns it), never a private
address (the same lookup as every host), at most MAX_OFFSITE_DOCUMENTS per portal; the host's robots.txt is
fetched and obeyed (`scope/offsite_document`, `scope/offsite_document/<portal>`, `scope/offsite_documents_capped`). One exception, reported rather than silent: a portal's homepage that redirects to
another domain is followed once (`scope/home_redirect_offsite/<portal>`, the spider's per-portal status says
where it went); the links on that page stay outside the portal's site. Another, one hop: a sign-on round trip
(crawler/discovery/sign_on.py) — a redirect from the portal's site to another site's host whose query names the
address asked for as the way back (CAS `service=`, `redirect_uri=`, `returnUrl=`) — is followed to that host once
per redirect chain (`scope/sign_on_hop`, `scope/sign_on_hop/<portal>`; at most NIANBAO_SIGN_ON_HOPS_PER_HOST per
sign-on host and portal, `scope/sign_on_capped`): the host's redirect back goes on (cookieredirect.py), any other
answer of that host is dropped, never a page of the portal (`scope/sign_on_no_return`), and nothing beyond it is
followed; a return parameter naming another address is no round trip.

One portal, several domains: a site is often configured under a second government domain as well (an old and
a new name, a county's domain and one under its city's: real ones answer on both, e.g. the 晋安区 report
http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm names http://jaq.fuzhou.gov.cn/
as its portal), and its CMS writes some links with it. Every government website carries its national site
identification code (网站标识码, `<meta name="SiteIDCode">`), the same on every host the site answers on. So
the first link of a portal to another `*.gov.cn` domain (not another registry portal's) is fetched once as a
probe (`scope/sister_probe`); when that page carries the code the portal's homepage carries, the domain joins
the portal's site for the rest of the crawl (`scope/sister_domain/<portal>`, logged; the response goes on to
the spider, which widens its own view of the site); when it carries another code (another county's site) the
domain stays out (`scope/sister_rejected`) and its links are dropped as off-site. Requests for the domain that
come while the probe is out wait for its answer. At most MAX_SISTER_PROBES domains are probed per portal;
a probe's page stays in the WARC either way (it was fetched).

One portal, its server's address: a CMS configured with the server's IP address before the domain name was filed
(备案) writes whole sections' links on that address (real: 舒兰's 信息公开 system at
http://122.137.242.24:8080/pub/slsxxgkw/…). A page of the site vouches for one hop to a public IP address (above), but
the links on that page are on the IP host, off the site. When that one-hop page carries the 网站标识码 the portal's
homepage carries, the server is the portal's own: the address joins the portal's site for the rest
of the crawl (`scope/ip_alias/<portal>`, logged; the response tells the spider, which widens its own view of the
site). Another code (another site on a shared server) leaves it out (`scope/ip_alias_rejected`), and so does a
page with no code. Evidence, not trust: only a page the portal's own page linked, at most MAX_IP_ALIASES addresses
per portal (`scope/ip_alias_capped`), never a private address (refused before any of this).

A government domain is one only government bodies may register, so that a copied 网站标识码 cannot carry a
mirror in: `*.gov.cn` (CNNIC registers it to government bodies only) and the 政务 top-level domain,
`*.xn--zfr164b` (CONAC's 党政机关 Chinese domain names, `<县名>人民政府.政务`, registered only with the body's
机构编制 approval; pages write it in Unicode, links are compared in IDNA form, site.host_ascii). A mirror on
any other domain copies the chrome, code and all: it is never probed.

When a proxy is configured the proxy resolves names and local DNS may fail: a resolution failure is then not a
refusal (without a proxy the download itself will fail and be reported as such).

Name lookups (`_Resolver`) never hold up the crawl more than they must: every host of the registry is looked up
when the spider opens, in the background; all requests to a host share its one lookup, and with a shared
frontier all workers do (SharedVerdicts: each host is looked up once per crawl); a lookup with no answer after
0.25 s is asked again beside the first (a lost UDP packet: glibc itself would wait 5 s), all within the same 5 s
limit; and lookups go out as fast as the resolver answers them (_Lane: one at a time at first, more while
every answer comes at the first ask, half as many after a loss). Measured on the sandbox's resolver, which
rate-limits (~20 lookups a second; bursts beyond are dropped): one lookup at a time from each of two workers
took 87 s for the 934 lookups of a 400-portal crawl, and requests waited for them in 25 % of the download
slots' time; four at a time lost so many packets that the lookups took 889 s and the slots 43 % (README,
"National scale").

A request whose host's lookup is not done does not wait for it in a download slot when it came from the shared
frontier: it goes back there (`scope/dns_deferred`, as politeness defers a request whose host is not ready), and
its host is handed out again when the lookup is done (at the latest after 60 s); the slot goes to a host whose
lookup is done. Other requests (robots.txt, without a shared frontier) wait (`scope/dns_waited`, `dns_wait_s`)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import time
from collections import Counter, deque
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from nianbao.crawler.discovery.attachments import is_file_link
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.discovery.portals import portals_from_settings
from nianbao.crawler.discovery.sign_on import SIGN_ON_META, returns_to
from nianbao.crawler.discovery.site import literal_ip, registered_domain, site_code
from nianbao.crawler.downloadermiddlewares.politeness import (
    DEFER_HOST_S_META,
    DEFER_META,
    SharedPolitenessMiddleware,
    host_ready,
    uses_shared_frontier,
)
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis import connection as redis_connection

logger = logging.getLogger(__name__)
_RESOLVE_TIMEOUT_S = 5.0
_ASK_AGAIN_AFTER_S = (0.25, 1.0, 2.5)   # a lookup with no answer yet is asked again (lost packet), up to 4 times
_MAX_HOME_REDIRECTS = 3                 # an off-site homepage redirect chain followed this far, no further
_DNS_DEFER_WAIT_S = 60.0                # a host deferred for its lookup is ready again when it is done, or after this
DNS_MAX_IN_FLIGHT = 8                   # lookups out at once at most (_Lane paces them below that)
MAX_IP_ALIASES = 4                      # IP addresses that may join a portal's site
MAX_SISTER_PROBES = 8                   # other government domains probed per portal
_SISTER_WAIT_S = 60.0                   # a request for a domain being probed waits this long for the answer
# domains only government bodies may register (module docstring): no other is probed
_GOVERNMENT_SUFFIXES = (".gov.cn", ".xn--zfr164b")
MAX_OFFSITE_DOCUMENTS = 2000            # documents on other sites' hosts fetched per portal (one hop each)
DEFAULT_SIGN_ON_HOPS_PER_HOST = 64      # sign-on round trips through one host per portal: a few columns, in flight
_NOT_DOCUMENT_ROLES = ("home", "robots", "requisite", "script", "sitemap")   # never fetched as a linked document
_UNKNOWN = object()


class OffsiteRequest(IgnoreRequest):
    """The URL is outside the portal's hosts."""


class PrivateAddressRequest(IgnoreRequest):
    """The URL's host is (or resolves to) a private or loopback address."""


def is_public_address(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class ScopeMiddleware:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.stats = crawler.stats
        self.allow_private = settings.getbool("NIANBAO_ALLOW_PRIVATE_ADDRESSES")
        portals = portals_from_settings(settings)
        self.hosts_by_portal = {p.id: p.scope_hosts for p in portals}
        # page requisites (role `requisite`) may also come from the registry's requisite_hosts (a CDN)
        self.requisite_hosts = {p.id: frozenset(p.requisite_hosts) for p in portals}
        self.sites = {p.id: p.site for p in portals}
        self.all_hosts = frozenset().union(*self.hosts_by_portal.values()) if self.hosts_by_portal else frozenset()
        # with a shared frontier, each host is looked up once for all workers
        shared = (SharedVerdicts(redis_connection.from_settings(settings),
                                 settings.get("SCHEDULER_QUEUE_KEY").rsplit(":", 1)[0])
                  if uses_shared_frontier(settings) else None)
        self.resolver = _Resolver(self.stats, shared)
        self.signals = crawler.signals
        self._deferred_hosts: set[str] = set()   # hosts whose lookup will send `host_ready` when done
        self._logged_offsite: set[str] = set()
        self.site_codes: dict[str, set[str]] = {}    # portal → 网站标识码 its homepage carries
        # (portal, domain) → True (a sister domain) / False (another site) / a future while its probe is out
        self._sisters: dict[tuple[str, str], bool | asyncio.Future] = {}
        self._probes: Counter = Counter()             # probes made per portal
        self._ip_aliases: Counter = Counter()         # IP addresses joined to each portal's site
        self._offsite_documents: Counter = Counter()   # documents fetched one hop off the site, per portal
        self._document_hosts: dict[str, set[str]] = {}   # portal → hosts it fetched such documents on
        self.sign_on_hops_per_host = settings.getint("NIANBAO_SIGN_ON_HOPS_PER_HOST", DEFAULT_SIGN_ON_HOPS_PER_HOST)
        self._sign_on_hops: Counter = Counter()       # (portal, sign-on host) → round trips let through
        # homepages first: their requests come first
        self.prefetch_hosts = [h for h in dict.fromkeys([p.home_host for p in portals] + sorted(self.all_hosts))
                               if literal_ip(h) is None]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Spider | None = None) -> None:
        """Look up every registry host now, in the background, before the first requests need the answers."""
        if self.allow_private or not self.prefetch_hosts:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        for host in self.prefetch_hosts:
            self.resolver.start(host)

    def in_scope(self, request: Request, host: str) -> bool:
        """The request's host is on its portal's site (any portal's when the request names none), or is a
        public IP address linked from a page on that site."""
        portal = request.meta.get("nianbao_portal")
        site = self.sites.get(portal) if portal else None
        if site is None:   # robots.txt: also for a domain being probed
            return (not self.all_hosts or host in self.all_hosts or any(s.contains(host) for s in self.sites.values())
                    or any(d == registered_domain(host) for _, d in self._sisters))
        if site.contains(host):
            return True
        if request.meta.get("nianbao_role") == "requisite" and host in self.requisite_hosts.get(portal, ()):
            return True
        if literal_ip(host) is not None:
            via = request.meta.get("nianbao_via")
            via_host = (urlsplit(via).hostname or "") if via else ""
            return bool(via_host) and literal_ip(via_host) is None and site.contains(via_host)
        return False

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = (urlparse_cached(request).hostname or "").lower().rstrip(".")
        ip = literal_ip(host)
        if ip is not None and not self.allow_private and not is_public_address(ip):
            self._refuse_private(request, host)
        if (not self.in_scope(request, host) and not self._home_redirect(request, host)
                and not self._offsite_document(request, host) and not self._sign_on_hop(request, host)
                and not await self._sister(request, host)):
            portal = request.meta.get("nianbao_portal", "-")
            self.stats.inc_value("scope/offsite")
            self.stats.inc_value(f"scope/offsite/{portal}")
            if host not in self._logged_offsite:
                self._logged_offsite.add(host)
                logger.info("scope: not following %s (host %s is not one of portal %s's hosts)", request.url, host,
                            portal)
            raise OffsiteRequest(f"{host} is outside portal {portal}")
        if self.allow_private or ip is not None:
            return
        public = self.resolver.known(host)
        if public is _UNKNOWN and SharedPolitenessMiddleware.can_defer(request):
            return self._defer(request, host)
        if public is _UNKNOWN:   # the request waits in its download slot for the lookup: counted
            waited_from = time.monotonic()
            public = await self.resolver.resolve(host)
            self.stats.inc_value("scope/dns_waited")
            self.stats.inc_value("scope/dns_wait_s", time.monotonic() - waited_from)
        if public is None:  # unresolvable: a proxy may know better; without one the download fails anyway
            return
        if not public:
            self._refuse_private(request, host)

    def _defer(self, request: Request, host: str) -> Request:
        """Hand a request whose host's lookup is not done back to the shared frontier, which gives its download
        slot to a host that is ready. The host is handed out again when its lookup is done (signal
        `politeness.host_ready`), at the latest after _DNS_DEFER_WAIT_S (lookups wait their turn in the lane: at
        2,000 portals the last came ~145 s in, and a shorter wait handed each host out and back ~13 times)."""
        task = self.resolver.start(host)
        if task is not None and host not in self._deferred_hosts:
            self._deferred_hosts.add(host)
            task.add_done_callback(lambda _: self._lookup_done(host))
        request.meta[DEFER_META] = True        # Scrapy re-schedules a request returned here: the frontier keeps it
        request.meta[DEFER_HOST_S_META] = _DNS_DEFER_WAIT_S
        self.stats.inc_value("scope/dns_deferred")
        return request

    def _lookup_done(self, host: str) -> None:
        self._deferred_hosts.discard(host)
        if self.signals is not None:
            self.signals.send_catch_log(host_ready, host=host)

    async def _sister(self, request: Request, host: str) -> bool:
        """May this request go to another government domain of its portal's site? (See the module docstring.)"""
        meta = request.meta
        portal = meta.get("nianbao_portal")
        domain = registered_domain(host)
        if (not portal or not self.site_codes.get(portal) or not domain.endswith(_GOVERNMENT_SUFFIXES)
                or meta.get("nianbao_role") in ("requisite", "robots")
                or any(s.contains(host) for pid, s in self.sites.items() if pid != portal)):
            return False
        key = (portal, domain)
        while True:
            known = self._sisters.get(key)
            if isinstance(known, bool):
                return known
            if known is not None:
                if meta.get("nianbao_sister_probe") == domain:   # the probe itself, redirected
                    return True
                try:
                    await asyncio.wait_for(asyncio.shield(known), _SISTER_WAIT_S)
                except asyncio.TimeoutError:
                    return False
                continue   # decided, or undecided (the probe had no code): look again
            if self._probes[portal] >= MAX_SISTER_PROBES:
                return False
            self._probes[portal] += 1
            self._sisters[key] = asyncio.get_running_loop().create_future()
            meta["nianbao_sister_probe"] = domain
            self.stats.inc_value("scope/sister_probe")
            logger.info("scope: portal %s links to %s on another government domain; fetching it once to compare "
                        "its 网站标识码 with the portal's", portal, request.url)
            return True

    def _offsite_document(self, request: Request, host: str) -> bool:
        """May this request fetch a document on another site's host, linked from a page of its portal's site? (See
        the module docstring.) Also the robots.txt of a host such a document was fetched from."""
        meta = request.meta
        portal, role = meta.get("nianbao_portal"), meta.get("nianbao_role")
        site = self.sites.get(portal) if portal else None
        if site is None:
            return False
        if role == "robots":
            return host in self._document_hosts.get(portal, ())
        via = meta.get("nianbao_via")
        via_host = (urlsplit(via).hostname or "") if via else ""
        if (role in _NOT_DOCUMENT_ROLES or not via_host or literal_ip(via_host) is not None
                or not site.contains(via_host) or not is_file_link(Link(request.url, meta.get("nianbao_anchor") or ""))
                or any(s.contains(host) for pid, s in self.sites.items() if pid != portal)):
            return False
        if self._offsite_documents[portal] >= MAX_OFFSITE_DOCUMENTS:
            self.stats.inc_value("scope/offsite_documents_capped")
            return False
        self._offsite_documents[portal] += 1
        hosts = self._document_hosts.setdefault(portal, set())
        if host not in hosts:
            hosts.add(host)
            logger.info("scope: portal %s links documents on %s (another site): fetched one hop, never followed "
                        "further", portal, host)
        self.stats.inc_value("scope/offsite_document")
        self.stats.inc_value(f"scope/offsite_document/{portal}")
        return True

    def _sign_on_hop(self, request: Request, host: str) -> bool:
        """May this redirect to another site's host be followed as one end of a sign-on round trip? (See the
        module docstring.) Only from the portal's site, only when a return parameter names an address of the
        redirect chain, one hop per chain, at most NIANBAO_SIGN_ON_HOPS_PER_HOST per sign-on host and portal.
        Also the robots.txt of a sign-on host passed through."""
        meta = request.meta
        portal, chain = meta.get("nianbao_portal"), meta.get("redirect_urls") or ()
        if meta.get("nianbao_role") == "robots":
            return (portal, host) in self._sign_on_hops
        site = self.sites.get(portal) if portal else None
        if (site is None or not chain or meta.get(SIGN_ON_META)
                or not all(site.contains((urlsplit(url).hostname or "").lower()) for url in chain)
                or returns_to(request.url, chain) is None
                or any(s.contains(host) for pid, s in self.sites.items() if pid != portal)):
            return False
        if self._sign_on_hops[portal, host] >= self.sign_on_hops_per_host:
            self.stats.inc_value("scope/sign_on_capped")
            return False
        self._sign_on_hops[portal, host] += 1
        meta[SIGN_ON_META] = host   # the way back: cookieredirect.py; an answer that is not: process_response
        self.stats.inc_value("scope/sign_on_hop")
        self.stats.inc_value(f"scope/sign_on_hop/{portal}")
        if self._sign_on_hops[portal, host] == 1:
            logger.info("scope: portal %s sends visitors through the sign-on host %s and back (%s): one hop, only "
                        "back to the address asked for", portal, host, request.url)
        return True

    def process_response(self, request: Request, response, spider: Spider | None = None):
        meta = request.meta
        portal = meta.get("nianbao_portal")
        if meta.get(SIGN_ON_META) == urlparse_cached(request).hostname:   # a sign-on host that did not send back
            self.stats.inc_value("scope/sign_on_no_return")
            raise OffsiteRequest(f"{request.url}: a sign-on host's answer ({response.status}), not a redirect back "
                                 "to the portal: not the portal's page")
        if portal and meta.get("nianbao_role") == "home" and not meta.get("nianbao_via") and response.status < 300:
            code = site_code(response.body)
            if code:
                self.site_codes.setdefault(portal, set()).add(code)
        domain = meta.get("nianbao_sister_probe")
        if portal and domain and isinstance(self._sisters.get((portal, domain)), asyncio.Future):
            self._decide_sister(request, response, portal, domain)
        if portal and self.site_codes.get(portal):
            self._decide_ip_alias(request, response, portal)
        return response

    def _decide_ip_alias(self, request: Request, response, portal: str) -> None:
        """A one-hop page on an IP host: the address joins the portal's site when the page carries the homepage's
        网站标识码 (module docstring)."""
        host = (urlparse_cached(request).hostname or "").lower()
        site = self.sites.get(portal)
        if (literal_ip(host) is None or site is None or site.contains(host) or response.status != 200
                or request.meta.get("nianbao_role") in _NOT_DOCUMENT_ROLES):
            return
        code = site_code(response.body)
        if code is None:
            return                                   # a file or a bare page says nothing: a later page may
        if code not in self.site_codes[portal]:
            self.stats.inc_value("scope/ip_alias_rejected")
            return
        if self._ip_aliases[portal] >= MAX_IP_ALIASES:
            self.stats.inc_value("scope/ip_alias_capped")
            return
        self._ip_aliases[portal] += 1
        self.sites[portal] = site.with_host(host)
        request.meta["nianbao_ip_alias"] = host   # the spider widens its view of the site too
        self.stats.inc_value(f"scope/ip_alias/{portal}")
        logger.warning("scope: portal %s's site also answers on %s (same 网站标识码 %s): its links there are "
                       "followed (add the address to the registry's `hosts` to say so up front)", portal, host,
                       code)

    def _decide_sister(self, request: Request, response, portal: str, domain: str) -> None:
        """A probe's answer: the domain joins the portal's site, stays out, or (no code) stays undecided."""
        key = (portal, domain)
        future = self._sisters[key]
        code = site_code(response.body) if response.status == 200 else None
        if code is None:
            del self._sisters[key]          # a file or an error page says nothing: a later link may probe again
            verdict = None
        else:
            verdict = code in self.site_codes.get(portal, ())
            self._sisters[key] = verdict
        if not future.done():
            future.set_result(verdict)
        if verdict:
            self.sites[portal] = self.sites[portal].with_sister(domain)
            request.meta["nianbao_sister_domain"] = domain   # the spider widens its view of the site too
            self.stats.inc_value(f"scope/sister_domain/{portal}")
            logger.warning("scope: portal %s's site also answers on %s (same 网站标识码 %s): its links there are "
                           "followed (add the host to the registry's `hosts` to say so up front)", portal, domain,
                           code)
            return
        self.stats.inc_value("scope/sister_rejected" if verdict is False else "scope/sister_unverified")
        raise OffsiteRequest(f"{domain} is not portal {portal}'s site ("
                             f"{'another 网站标识码' if verdict is False else 'no 网站标识码 on the page'})")

    def _refuse_private(self, request: Request, host: str) -> None:
        self.stats.inc_value("scope/private_address")
        logger.warning("scope: refused %s (its address is private or loopback; set "
                       "NIANBAO_ALLOW_PRIVATE_ADDRESSES / --allow-private-addresses to allow it)", request.url)
        raise PrivateAddressRequest(f"{host} is a private or loopback address")

    def _home_redirect(self, request: Request, host: str) -> bool:
        """A portal's homepage that redirected elsewhere: followed once, counted and logged (the spider reports
        it in the portal's status); never the links found there."""
        meta = request.meta
        if (meta.get("nianbao_role") != "home" or meta.get("nianbao_via")
                or not 0 < len(meta.get("redirect_urls") or ()) <= _MAX_HOME_REDIRECTS):
            return False
        portal = meta.get("nianbao_portal", "-")
        self.stats.inc_value(f"scope/home_redirect_offsite/{portal}")
        logger.warning("scope: portal %s's homepage redirects off its site, to %s: fetched once, not followed "
                       "further (fix the registry's homepage, or add the host to its `hosts`)", portal, request.url)
        return True


_executor: ThreadPoolExecutor | None = None


def _dns_executor() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        # every ask of every lookup in flight has a thread: a lost ask blocks its thread in glibc for 5 s, and
        # must not take the next lookups' turn
        _executor = ThreadPoolExecutor(max_workers=2 * DNS_MAX_IN_FLIGHT * (1 + len(_ASK_AGAIN_AFTER_S)),
                                       thread_name_prefix="nianbao-dns")
    return _executor


def _addresses(host: str) -> set[str] | None:
    """The addresses a name resolves to (getaddrinfo, in a thread); None when it does not resolve."""
    try:
        return {info[4][0] for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}
    except (OSError, UnicodeError):
        return None


class _Lane:
    """How many lookups may be out at once, paced the way TCP paces packets (additive increase, multiplicative
    decrease): one more per window of lookups answered at the first ask, half as many when an ask went
    unanswered (the resolver dropped it: rate limits drop bursts). A fast resolver is soon asked
    DNS_MAX_IN_FLIGHT at a time; a rate-limited one about as fast as it answers, without the losses that more
    lookups in flight cost (measured: module docstring). Hand-written: asyncio has no adaptive semaphore."""

    def __init__(self):
        self.window, self.in_flight = 1.0, 0
        self._waiting: deque[asyncio.Future] = deque()

    async def __aenter__(self) -> _Lane:
        while self.in_flight >= int(self.window):
            waiter = asyncio.get_running_loop().create_future()
            self._waiting.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiting:
                    self._waiting.remove(waiter)
        self.in_flight += 1
        return self

    async def __aexit__(self, *exc) -> None:
        self.in_flight -= 1
        self._wake()

    def answered(self, lost: bool) -> None:
        """A lookup was answered; `lost`: not at its first ask."""
        if lost:
            self.window = max(1.0, self.window / 2)
        else:
            self.window = min(float(DNS_MAX_IN_FLIGHT), self.window + 1 / self.window)
        self._wake()

    def _wake(self) -> None:
        room = int(self.window) - self.in_flight
        while room > 0 and self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                room -= 1


class SharedVerdicts:
    """Name lookups' verdicts shared by the workers of a shared frontier, so each host is looked up once per crawl
    rather than once per worker: Redis hashes `nianbao:<frontier>:dns` (host → "1" public, "0" not, "-" did not
    resolve) and `dns_claims` (host → the worker looking it up). A worker claims a host before it looks it up; a
    peer that finds it claimed waits for the verdict (up to the lookup's time limit, then looks it up itself: the
    claimant may have died). Deleted with the frontier (LeasingScheduler.flush)."""

    KEY, CLAIMS_KEY = "dns", "dns_claims"
    _ENCODE = {True: "1", False: "0", None: "-"}
    _DECODE = {b"1": True, b"0": False, b"-": None}

    def __init__(self, server, prefix: str):
        self.server, self.key, self.claims_key = server, f"{prefix}:{self.KEY}", f"{prefix}:{self.CLAIMS_KEY}"
        self.token = f"{socket.gethostname()}:{id(self):x}"

    def get(self, host: str):
        """True / False / None as for _Resolver, or _UNKNOWN."""
        return self._DECODE.get(self.server.hget(self.key, host), _UNKNOWN)

    def claim(self, host: str) -> bool:
        return bool(self.server.hsetnx(self.claims_key, host, self.token))

    def put(self, host: str, public: bool | None) -> None:
        self.server.hset(self.key, host, self._ENCODE[public])

    async def wait(self, host: str, until: float):
        """The verdict a peer is working out, or _UNKNOWN if none came by `until` (loop time)."""
        loop, pause = asyncio.get_running_loop(), 0.02
        while loop.time() < until:
            await asyncio.sleep(pause)
            verdict = self.get(host)
            if verdict is not _UNKNOWN:
                return verdict
            pause = min(pause * 2, 0.5)
        return _UNKNOWN


class _Resolver:
    """host → public? (True / False / None: could not resolve), one shared lookup per host (per crawl, with
    `shared` verdicts), as many at a time as the resolver answers (_Lane)."""

    def __init__(self, stats, shared: SharedVerdicts | None = None):
        self.stats, self.shared = stats, shared
        self.results: dict[str, bool | None] = {}
        self._pending: dict[str, asyncio.Task] = {}
        self._lane: tuple[asyncio.AbstractEventLoop, _Lane] | None = None

    def start(self, host: str) -> asyncio.Task | None:
        """The lookup of `host` (started now unless it is running or done)."""
        if host in self.results:
            return None
        loop = asyncio.get_running_loop()
        task = self._pending.get(host)
        if task is None or task.get_loop() is not loop or task.done():
            task = loop.create_task(self._lookup(host))
            self._pending[host] = task
        return task

    def known(self, host: str):
        """The verdict on `host` if this worker or (with shared verdicts) a peer has it, else _UNKNOWN."""
        public = self.results.get(host, _UNKNOWN)
        if public is _UNKNOWN and self.shared is not None:
            try:
                public = self.shared.get(host)
            except Exception:  # a Redis hiccup: the lookup path decides
                return _UNKNOWN
            if public is not _UNKNOWN:
                self.results[host] = public
        return public

    async def resolve(self, host: str) -> bool | None:
        if host in self.results:
            return self.results[host]
        task = self.start(host)
        if task is None:
            return self.results[host]
        return await asyncio.shield(task)

    def _lane_of_loop(self) -> _Lane:
        loop = asyncio.get_running_loop()
        if self._lane is None or self._lane[0] is not loop:
            self._lane = (loop, _Lane())
        return self._lane[1]

    async def _lookup(self, host: str) -> bool | None:
        try:
            public = await self._verdict(host)
        finally:
            self._pending.pop(host, None)
        self.results[host] = public
        return public

    async def _verdict(self, host: str) -> bool | None:
        lane = self._lane_of_loop()
        async with lane:   # claimed in turn, so that workers sharing verdicts take the hosts in turn too
            if self.shared is None:
                return await self._look_up(host, lane)
            try:
                public = self.shared.get(host)
                claimed = public is _UNKNOWN and self.shared.claim(host)
            except Exception as exc:  # a Redis hiccup: this worker looks the host up itself
                logger.warning("scope: shared name lookups unavailable (%s); looking %s up here", exc, host)
                public, claimed = _UNKNOWN, True
            if claimed:
                return await self._look_up(host, lane)
        if public is _UNKNOWN:   # a peer is looking it up: wait for its verdict outside the lane
            public = await self.shared.wait(host, asyncio.get_running_loop().time() + _RESOLVE_TIMEOUT_S)
        if public is not _UNKNOWN:
            self.stats.inc_value("scope/dns_shared")
            return public
        async with lane:
            return await self._look_up(host, lane)

    async def _look_up(self, host: str, lane: _Lane) -> bool | None:
        asked_at = time.monotonic()
        addresses, asks = await self._ask(host)
        lane.answered(lost=asks > 1)
        self.stats.inc_value("scope/dns_lookups")
        self.stats.inc_value("scope/dns_lookup_s", time.monotonic() - asked_at)
        if asks > 1:
            self.stats.inc_value("scope/dns_asked_again")
        if addresses is None:
            self.stats.inc_value("scope/unresolved")
            public: bool | None = None
        else:
            public = bool(addresses) and all(is_public_address(a) for a in addresses)
        if self.shared is not None:
            try:
                self.shared.put(host, public)
            except Exception as exc:  # the peers look it up themselves
                logger.warning("scope: could not share the lookup of %s: %s", host, exc)
        return public

    @staticmethod
    async def _ask(host: str) -> tuple[set[str] | None, int]:
        """The first answer of up to 4 identical lookups, started 0, 0.25, 1 and 2.5 s in, within 5 s; and how
        many were asked."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + _RESOLVE_TIMEOUT_S
        attempts: list[asyncio.Future] = []
        again = iter(_ASK_AGAIN_AFTER_S)
        while True:
            attempts.append(loop.run_in_executor(_dns_executor(), _addresses, host))
            next_at = next(again, None)
            until = deadline if next_at is None else min(started + next_at, deadline)
            done, _ = await asyncio.wait(attempts, timeout=max(until - loop.time(), 0.0),
                                         return_when=asyncio.FIRST_COMPLETED)
            if done:
                return done.pop().result(), len(attempts)
            if loop.time() >= deadline:
                return None, len(attempts)
