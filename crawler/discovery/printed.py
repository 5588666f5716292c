"""Addresses printed in a page's text: links nobody wrote as `<a href>`.

Reports, 指南 and 编制通知 end with "本年度报告…可在政府信息公开专栏查阅，网址为：http://wcsxxgk.harbin.gov.cn/col/col12596/
index.html" (五常市, http://hljwch.gov.cn/hebwcs/c111341/202301/c01_592213.shtml): the disclosure platform's address
as text. Where no page links that host, the printed address is the only way in. This module reads such
addresses — `http(s)://…`, or a host name written without a scheme (`www.x.gov.cn/…`, `xxgk.x.gov.cn`) — from
the page's text outside scripts and styles; the caller keeps those in the portal's site (crawler/discovery/
site.py). Each carries the text just before it as its label (the sentence says what the address is).

A column or site that moved (集约化, 改版) may leave only a 200 notice naming the new platform's bare host in a sentence
("本栏目已迁移至…新平台：gk.x.gov.cn，请在浏览器地址栏输入该网址访问"): no link, redirect or script. A host without a
scheme is read when it is a web host's name (www., a disclosure sub-host, a government domain) or a host of the page's
own registered domain; `says_moved` tells the sentences that send the reader to a new address (ranked high by the
caller, crawler/discovery/analysis.py)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree
from nianbao.crawler import limits
from nianbao.crawler.discovery.page import HtmlPage, Link, clean_text
from nianbao.crawler.discovery.site import registered_domain

TAG, MOVED_TAG = "text", "moved"
_LABEL_CHARS = 40          # text before an address kept as its label
# Text outside scripts and styles (a script's string literals are read by inline_data.py) that holds a "." (every
# address does): the cheap test first, libxml2 runs the predicates in order and the ancestor test costs most.
_PROSE = etree.XPath("//body//text()[contains(., '.')][not(ancestor::script or ancestor::style or ancestor::a)]",
                     smart_strings=False)
# An address: a scheme and a host, or a host of three labels or more (www.x.gov.cn); then an ASCII path. The text
# around is Chinese: the first non-ASCII character (，。） or a space) ends it.
_ADDRESS = re.compile(
    r"(?<![\w.@/-])(?:(https?)://)?((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){2,}[a-z]{2,12}|"
    r"(?<=://)(?:\d{1,3}\.){3}\d{1,3})(:\d{1,5})?(/[\w\-.~/?#@!$&*+,;=%:]*)?", re.I | re.A)
_TRAILING = ".,;:!?*"
_LABEL_END = re.compile(r"[（(：:\s]*(?:网址|地址|网站|链接|访问)?(?:为|是)?[：:\s]*$")


def printed_links(page: HtmlPage) -> list[Link]:
    """The addresses printed in `page`'s prose, in order, as links of tag `text` — `moved` where their sentence
    says the site or column moved there (duplicates removed). Hosts without a registered domain
    (`report.2023.pdf`, a dotted version number) are not addresses."""
    text = page.body_text
    own = registered_domain(urlsplit(page.url).hostname or "")
    if ("://" not in text and "www." not in text and ".gov" not in text and "xxgk." not in text
            and "zwgk." not in text and (not own or own not in text)):
        return []
    # body_text holds every prose node's text (and the scripts'): an address in a node is one in it, and a search
    # of it costs less than the walk over the prose nodes (most pages print none: their scripts name the "://")
    if _ADDRESS.search(text) is None:
        return []
    out: list[Link] = []
    seen: set[str] = set()
    for node in _PROSE(page.tree):
        for match, address in addresses_in(node, own):
            url = page.absolute(address)
            if url is None or url in seen:
                continue
            seen.add(url)
            label = label_before(node[: match.start()])
            moved = says_moved(label) or says_moved(_sentence_after(node[match.end():]))
            out.append(Link(url, label, "", MOVED_TAG if moved else TAG))
            if len(out) >= limits.MAX_PRINTED_LINKS:
                return out
    return out


def addresses_in(text: str, own: str):
    """(match, address) for each address printed in `text`: `http(s)://…`, or a host without a scheme that names a
    web site or is of the registered domain `own` (the page's); trailing punctuation dropped, `http` supplied."""
    for match in _ADDRESS.finditer(text):
        scheme, host, port, path = match.groups()
        if not scheme and not (_names_site(host) or registered_domain(host) == own != ""):
            continue
        if not scheme and registered_domain(host) == "":
            continue
        yield match, f"{scheme or 'http'}://{host}{port or ''}{(path or '/').rstrip(_TRAILING) or '/'}"


def _names_site(host: str) -> bool:
    """A host written without a scheme is an address when it is a web host's name (`www.`, a disclosure
    sub-host) or a government domain; `a.b.cn` in prose may be anything."""
    host = host.lower()
    return host.startswith("www.") or ".gov." in host or host.endswith(".gov") or "xxgk." in host or "zwgk." in host


# A sentence that sends the reader to a new address: the column or site moved (已迁移, 迁移至, 新网址, 新平台, 请访问).
_MOVED = re.compile(r"迁移|迁至|搬迁|新网址|新址|新平台|新版|改版|请访问|请登录|访问新|更换域名|域名变更|网址变更")


def says_moved(label: str) -> bool:
    """The sentence an address is printed in sends the reader there: the site or column moved."""
    return bool(_MOVED.search(label))


def _sentence_after(after: str) -> str:
    """The rest of the address's sentence (…，请在浏览器地址栏输入该网址访问。)."""
    after = after[:_LABEL_CHARS * 2]
    for stop in "。；;！!":
        after = after.split(stop, 1)[0]
    return after


def label_before(before: str) -> str:
    """The end of the sentence before the address, without its 网址为： lead-in."""
    before = clean_text(before)[-_LABEL_CHARS * 2:]
    before = _LABEL_END.sub("", before)
    for stop in "。；;！!":
        before = before.rsplit(stop, 1)[-1]
    return before[-_LABEL_CHARS:].strip("，,→ ")
