"""A page served by User-Agent asked once more as a phone (a mixin of crawler/spiders/portal.py `PortalSpider`).

Dynamic serving (Baidu's 移动适配 "代码适配", Google's "dynamic serving"): one address answers a desktop browser with
one template and a phone with another, and says so with `Vary: User-Agent` (RFC 9110 §12.5.5: the answer was chosen
by that request header). The phone template of a 年报 column is often the fuller one — a plain list of every entry
where the desktop page shows a widget of the newest year's — and no other address (no `m.` host, alternate link or
mobile-agent meta, which page.py reads) holds it. So a page (not an article, not a file) whose answer names
`User-Agent` in its `Vary` is asked once more with a phone's User-Agent, past the duplicate filter, its answer
recorded as a capture of its own (variant `user-agent:phone`, its conditional state apart) and its links read like any page's. The phone agent names nianbao and its contact
as the crawler's own does, with the `Android` and `Mobile` words the servers' template switches look for; it claims
no browser. Bounded: once per address, NIANBAO_UA_VARIANTS_PER_HOST a host. Never rendered (a browser sends its
own agent). Stats: `discovery/ua_variants` (asked), `…/capped` (over the host's bound), `…/answered`."""

from __future__ import annotations

from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.pagers import PageRequest
from nianbao.crawler.downloadermiddlewares.conditional import UA_VARIANT_META
from scrapy.http import Response

DEVICE = "phone"   # the variant its capture is recorded as (archive/warc/variants.py `user-agent:phone`)
PAGE_ROLES = ("home", "section", "column", "list", "page", "search")   # not an article, a file or a sub-resource
MAX_VARY_CHARS = 512   # a Vary header read (untrusted; real ones name a few headers)


def varies_by_agent(response: Response) -> bool:
    """Whether the answer says it was chosen by the request's User-Agent (`Vary` lists it; `*` is no evidence of
    which header, and is passed over)."""
    values = b",".join(response.headers.getlist(b"Vary"))[:MAX_VARY_CHARS].decode("latin-1")
    return any(token.strip().lower() == "user-agent" for token in values.split(","))


def phone_user_agent(contact_url: str) -> str:
    """The crawler's User-Agent as a phone's (module docstring): ASCII, names nianbao and its contact."""
    return f"Mozilla/5.0 (Linux; Android 10; Mobile; compatible; nianbao/0.1; +{contact_url})"


class UaVariants:
    """Uses the spider's `_child` and `crawler`."""

    def init_ua_variants(self, crawler) -> None:
        settings = crawler.settings
        self.phone_agent = settings.get("NIANBAO_PHONE_USER_AGENT") or phone_user_agent(
            settings.get("NIANBAO_CONTACT_URL") or "")
        self.ua_variants_per_host = settings.getint("NIANBAO_UA_VARIANTS_PER_HOST", limits.UA_VARIANTS_PER_HOST)
        self._ua_variants: dict[str, set[str]] = {}   # host → addresses asked as a phone

    def ua_variant_requests(self, response: Response) -> list:
        """The page asked again as a phone, if its answer varies by User-Agent (module docstring)."""
        stats = self.crawler.stats
        meta = response.meta
        if meta.get(UA_VARIANT_META):
            stats.inc_value("discovery/ua_variants/answered")
            return []
        if meta.get("nianbao_role") not in PAGE_ROLES or not varies_by_agent(response):
            return []
        asked = self._ua_variants.setdefault((urlsplit(response.url).hostname or "").lower(), set())
        if response.url in asked:
            return []
        if len(asked) >= self.ua_variants_per_host:
            stats.inc_value("discovery/ua_variants/capped")
            return []
        request = self._child(response, response.url, meta.get("nianbao_role") or "page", "L",
                              anchor=meta.get("nianbao_anchor") or "", column=meta.get("nianbao_column"),
                              page_request=PageRequest(response.url, headers={"User-Agent": self.phone_agent}),
                              render=False, dont_filter=True, extra={UA_VARIANT_META: DEVICE})
        if request is None:
            return []
        asked.add(response.url)
        stats.inc_value("discovery/ua_variants")
        return [request]
