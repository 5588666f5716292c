"""Scope and safety (downloader middleware, order 50): a request may only go to its portal's hosts (the
homepage's host and the registry's `hosts`), and never to a private, loopback, link-local or otherwise
non-public address — literal or resolved — unless NIANBAO_ALLOW_PRIVATE_ADDRESSES is set.

Off-site links are never followed (spam mirrors of government pages are common): drops are counted in
`scope/offsite` (and `scope/offsite/<portal>`); address refusals in `scope/private_address`.

When a proxy is configured the proxy resolves names and local DNS may fail: a resolution failure is then not a
refusal (without a proxy the download itself will fail and be reported as such)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from crawler.discovery.portals import portals_from_settings

logger = logging.getLogger(__name__)
_RESOLVE_TIMEOUT_S = 5.0


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


def literal_ip(host: str) -> str | None:
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


class ScopeMiddleware:
    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.stats = crawler.stats
        self.allow_private = settings.getbool("NIANBAO_ALLOW_PRIVATE_ADDRESSES")
        self.hosts_by_portal = {p.id: p.scope_hosts for p in portals_from_settings(settings)}
        self.all_hosts = frozenset().union(*self.hosts_by_portal.values()) if self.hosts_by_portal else frozenset()
        self._resolved: dict[str, bool | None] = {}   # host → public? (None: could not resolve)
        self._logged_offsite: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        return cls(crawler)

    def allowed_hosts(self, request: Request) -> frozenset[str]:
        portal = request.meta.get("nianbao_portal")
        return self.hosts_by_portal.get(portal, self.all_hosts) if portal else self.all_hosts

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = (urlparse_cached(request).hostname or "").lower().rstrip(".")
        allowed = self.allowed_hosts(request)
        if allowed and host not in allowed:
            portal = request.meta.get("nianbao_portal", "-")
            self.stats.inc_value("scope/offsite")
            self.stats.inc_value(f"scope/offsite/{portal}")
            if host not in self._logged_offsite:
                self._logged_offsite.add(host)
                logger.info("scope: not following %s (host %s is not one of portal %s's hosts)", request.url, host,
                            portal)
            raise OffsiteRequest(f"{host} is outside portal {portal}")
        if self.allow_private:
            return
        ip = literal_ip(host)
        if ip is not None:
            public = is_public_address(ip)
        else:
            public = await self._resolve(host)
            if public is None:  # unresolvable: a proxy may know better; without one the download fails anyway
                return
        if not public:
            self.stats.inc_value("scope/private_address")
            logger.warning("scope: refused %s (its address is private or loopback; set "
                           "NIANBAO_ALLOW_PRIVATE_ADDRESSES / --allow-private-addresses to allow it)", request.url)
            raise PrivateAddressRequest(f"{host} is a private or loopback address")

    async def _resolve(self, host: str) -> bool | None:
        if host in self._resolved:
            return self._resolved[host]
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(host, None, type=socket.SOCK_STREAM),
                                           _RESOLVE_TIMEOUT_S)
            addresses = {info[4][0] for info in infos}
            public: bool | None = bool(addresses) and all(is_public_address(a) for a in addresses)
        except (OSError, asyncio.TimeoutError, UnicodeError):
            self.stats.inc_value("scope/unresolved")
            public = None
        self._resolved[host] = public
        return public

