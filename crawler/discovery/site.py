"""What a portal's *site* is: the hosts its pages may be on.

CMSs write links with whatever host they were configured with: the bare domain (`x.gov.cn`) beside
`www.x.gov.cn`, an `xxgk.` / `zwgk.` sub-host for the disclosure platform, a department's `jyj.x.gov.cn`, or a
bare IP address for files (real pages: http://guanyang.gov.cn/xxgk/fdzdgk/jcxxgk/gfxwj/bmwj/ is 灌阳县's disclosure
catalogue on the bare domain; http://tjj.pingliang.gov.cn/zfxxgk/zfxxgkzd/bjgkzd/index.html a bureau's disclosure
pages on a sub-host of 平凉市's domain). A portal's site is therefore its *registered domain* (the label below the public
suffix: `gov.cn` is a public suffix, so `x.gov.cn` and `y.gov.cn` are two counties, not one) and every host under
it, plus the hosts the registry declares. Look-alikes (`x.gov.cn.evil.com`, `xgov.cn`, `x-gov.cn`) have another
registered domain and stay out.

The public-suffix list is tldextract's bundled snapshot (`suffix_list_urls=()`, no cache directory): no network
access at run time, the same answer on every machine of a crawl.

A homepage deeper than one label below its registered domain (`www.chengguan.lanzhou.gov.cn`: a district
hosted under its city's domain) scopes to its own host without the `www.`, not to the whole city: the site is
the smallest domain that is the portal's own."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract
from w3lib.url import safe_url_string

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
_HOST_PREFIXES = ("www.", "m.", "wap.")


@lru_cache(maxsize=4096)   # per request; a host name costs a ValueError
def literal_ip(host: str) -> str | None:
    """The address when `host` is an IP literal (brackets of IPv6 URLs allowed), else None."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def ascii_netloc(netloc: str) -> str:
    """`netloc` with an internationalised host name (`岚川县人民政府.政务`, as a page writes it) in the IDNA form DNS and
    the Host header carry (`xn--….xn--zfr164b`): w3lib's safe_url_string, as Scrapy sends the request and a browser
    resolves the link (the URL Standard's domain-to-ASCII); ASCII unchanged."""
    if netloc.isascii():
        return netloc
    return urlsplit(safe_url_string(f"http://{netloc}/")).netloc


def url_with_ascii_host(url: str) -> str:
    """`url` with its host as ascii_netloc gives it (a link's path and query are left to the request's escaping)."""
    if url.isascii():
        return url
    parts = urlsplit(url)
    netloc = ascii_netloc(parts.netloc)
    return url if netloc == parts.netloc else parts._replace(netloc=netloc).geturl()


@lru_cache(maxsize=1 << 14)
def registered_domain(host: str) -> str:
    """`x.gov.cn` for `www.x.gov.cn`; "" for IP addresses, single labels and bare public suffixes."""
    host = host.lower().rstrip(".")
    if not host or literal_ip(host) is not None:
        return ""
    parts = _EXTRACT(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else ""


def site_root(home_host: str) -> str:
    """The domain whose hosts are the portal's own (see the module docstring); "" for an IP homepage."""
    host = home_host.lower().rstrip(".")
    domain = registered_domain(host)
    if not domain:
        return ""
    if host == domain or host.count(".") == domain.count(".") + 1:
        return domain                                    # x.gov.cn, www.x.gov.cn, xxgk.x.gov.cn
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


@dataclass(frozen=True)
class SiteScope:
    """A portal's site: hosts under `root`, plus `hosts` exactly (the homepage's host and the registry's), plus
    hosts under `sisters`: other government domains the site was found to answer on during the crawl
    (crawler/downloadermiddlewares/scope.py; the site code is read by site_code below)."""
    root: str
    hosts: frozenset[str]
    sisters: frozenset[str] = frozenset()

    @classmethod
    def of(cls, home_host: str, declared: tuple[str, ...] | frozenset[str] = ()) -> SiteScope:
        home = home_host.lower().rstrip(".")
        return cls(site_root(home), frozenset({home, *(h.lower().rstrip(".") for h in declared)}))

    def contains(self, host: str) -> bool:
        host = ascii_netloc(host).lower().rstrip(".")
        if host in self.hosts:
            return True
        root = self.root
        if root and (host == root or (host.endswith(root) and host[-len(root) - 1] == ".")):
            return True
        return bool(self.sisters) and registered_domain(host) in self.sisters

    def with_host(self, host: str) -> SiteScope:
        """The site, also on `host` exactly (an IP address the site was found to answer on)."""
        return replace(self, hosts=self.hosts | {host.lower().rstrip(".")})

    def with_sister(self, domain: str) -> SiteScope:
        """The site, also on every host of `domain` (a registered domain)."""
        return replace(self, sisters=self.sisters | {domain})


# 网站标识码: `<meta name="SiteIDCode" content="…">` (either attribute order), else the footer's 网站标识码：…
# (UTF-8 or GBK bytes: matched without decoding the page)
_SITE_CODE = re.compile(
    rb"""<meta\s+name=["']?SiteIDCode["']?\s+content=["']?([0-9A-Za-z]{6,20})"""
    rb"""|<meta\s+content=["']?([0-9A-Za-z]{6,20})["']?\s+name=["']?SiteIDCode"""
    + b"|(?:" + "网站标识码".encode() + b"|" + "网站标识码".encode("gbk") + rb")\s*(?:\xef\xbc\x9a|\xa3\xba|:)\s*"
    rb"([0-9A-Za-z]{6,20})", re.I)


def site_code(body: bytes) -> str | None:
    """The page's 网站标识码 (site identification code), or None."""
    found = _SITE_CODE.search(body[:300_000])
    if found is None:
        return None
    return next(g for g in found.groups() if g).decode("ascii").upper()
