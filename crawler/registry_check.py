"""`nianbao registry check`: does each registry homepage still belong to its county? One polite GET per portal
(robots.txt obeyed, one request at a time, a pause between hosts, our User-Agent), then the verdict:

  ok        the page names the portal's unit (`name`, e.g. 临洮县) in its <title> or `SiteName` meta
  redirect  the homepage moved to another host (the new URL is reported; whether it names the unit too)
  mismatch  the page answers but names another body (a parked domain, a merged portal)
  fail      no answer: DNS, connection, time-out, HTTP error, robots.txt forbids the homepage

Limits: MAX_HOMEPAGE_BYTES read per page, CHECK_TIMEOUT_S per request."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.registry import Portal
from nianbao.crawler.settings import ROBOTSTXT_USER_AGENT

MAX_HOMEPAGE_BYTES = 2 * 1024 * 1024
CHECK_TIMEOUT_S = 20.0
_UNIT_SUFFIXES = ("自治县", "自治旗", "县", "区", "市", "旗")


@dataclass
class HomepageCheck:
    portal_id: str
    name: str
    homepage: str
    status: str                  # ok | redirect | mismatch | fail
    final_url: str = ""
    title: str = ""
    site_name: str = ""
    detail: str = ""


def names_unit(name: str, *texts: str) -> bool:
    """The unit's name (or, when that leaves two characters or more, its name without 县/区/市…) in any text."""
    short = next((name[: -len(s)] for s in _UNIT_SUFFIXES if name.endswith(s)), name)
    needles = [name] + ([short] if len(short) >= 2 else [])
    return any(needle in text for needle in needles for text in texts if text)


def _opener(proxy: str | None) -> urllib.request.OpenerDirector:
    handlers = [urllib.request.ProxyHandler({"http": proxy, "https": proxy})] if proxy else []
    return urllib.request.build_opener(*handlers)


def _robots_allows(opener, homepage: str, user_agent: str) -> bool:
    parts = urlsplit(homepage)
    robots = urllib.robotparser.RobotFileParser()
    try:
        request = urllib.request.Request(f"{parts.scheme}://{parts.netloc}/robots.txt",
                                         headers={"User-Agent": user_agent})
        with opener.open(request, timeout=CHECK_TIMEOUT_S) as response:
            robots.parse(response.read(512 * 1024).decode("utf-8", "replace").splitlines())
    except (urllib.error.URLError, OSError, ValueError):
        return True          # no robots.txt (or unreachable: the homepage fetch will say so)
    # the rules for our name: urllib matches a User-Agent by its first word, `Mozilla` in ours
    return robots.can_fetch(ROBOTSTXT_USER_AGENT, homepage)


def check_homepage(portal: Portal, user_agent: str, proxy: str | None = None) -> HomepageCheck:
    result = HomepageCheck(portal.id, portal.name, portal.homepage, "fail")
    opener = _opener(proxy)
    if not _robots_allows(opener, portal.homepage, user_agent):
        result.detail = "robots.txt disallows the homepage"
        return result
    request = urllib.request.Request(portal.homepage, headers={"User-Agent": user_agent})
    try:
        with opener.open(request, timeout=CHECK_TIMEOUT_S) as response:
            body = response.read(MAX_HOMEPAGE_BYTES)
            result.final_url = response.geturl()
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        result.detail = f"HTTP {exc.code}"
        return result
    except (urllib.error.URLError, OSError, ValueError) as exc:
        result.detail = str(getattr(exc, "reason", exc))
        return result
    page = HtmlPage.from_bytes(result.final_url, body, content_type)
    result.title, result.site_name = page.title, page.meta_tags.get("sitename", "")
    named = names_unit(portal.name, result.title, result.site_name)
    moved = (urlsplit(result.final_url).hostname or "") != (urlsplit(portal.homepage).hostname or "")
    if moved:
        result.status = "redirect"
        result.detail = f"now {result.final_url}" + ("" if named else f"; it does not name {portal.name}")
    elif named:
        result.status = "ok"
    else:
        result.status = "mismatch"
        result.detail = f"neither the title nor SiteName names {portal.name}"
    return result


def check_registry(portals: list[Portal], user_agent: str, proxy: str | None = None, delay_s: float = 2.0,
                   sleep=time.sleep):
    """Check each portal in turn, pausing `delay_s` between them; yields HomepageCheck."""
    for n, portal in enumerate(portals):
        if n:
            sleep(delay_s)   # politeness between portals (the same host may serve several)
        yield check_homepage(portal, user_agent, proxy)
