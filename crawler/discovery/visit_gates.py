"""Visit gates: a column that serves its list only to a visit the site's own sub-resources have seen,
`gate_resources(page) -> list[str]`.

Some portals answer a column asked "from outside" with `200 OK` and a small guard page — 请从网站首页进入本栏目,
非法访问, 请先访问首页 — and a 继续访问 / 进入 link back to the same address (or to the home page), serving the list only
to a request that carries a cookie the answer to one of the site's own images, scripts or stylesheets sets (a visit
counter's 1×1 `<img src="/tj/count.gif?…">`, a statistics script). A browser fetches those while it shows the
guard page, so following 继续访问 it is served; a client that fetches pages only never holds the cookie, and the
duplicate filter drops the link back to the page it has just had.

What is a visit gate (all of it):
- the page's text is short (at most MAX_GATE_TEXT_CHARS: a notice, not a column of entries) and it links no entry
  titled as a report;
- it says so: a message of the 从首页进入 / 非法访问 / 请先访问首页 kind (GATE_MESSAGE), or a single link whose whole
  text goes on (GO_ON: 继续访问, 点击进入 …) back to its own address or to the site's home page;
- it embeds sub-resources on its own host (`<img>`, `<script src>`, `<link rel=stylesheet>`…: requisites.py's
  reading, other hosts and analytics hosts left out): what a browser would have fetched.
Its answer is those sub-resources (at most MAX_GATE_RESOURCES); the spider fetches them once per host into the
crawl's cookie jar and asks the page once more after their answers came (crawler/spiders/visit_gate_retries.py).
A small page with no such message or link (a 404 text, an empty column: 暂无信息) is no gate. Pure; no network."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.requisites import html_requisite_refs, in_scope
from nianbao.crawler.fingerprint import duplicate_key

MAX_GATE_TEXT_CHARS = 3000   # a guard page in its site's chrome (navigation, footer): a few hundred characters
MAX_GATE_RESOURCES = 4       # a counter image, a script, a stylesheet: what sets a visit's cookie
GATE_MESSAGE = re.compile(r"(?:从|由|通过)[^。，,！!]{0,8}首页[^。，,！!]{0,6}(?:进入|访问|浏览)|"
                          r"请先(?:访问|打开|进入|浏览)[^。，,！!]{0,6}首页|非法(?:访问|进入|链接|请求)|"
                          r"禁止(?:直接|外部|站外)(?:访问|链接|进入)|不允许直接访问")
_INDEX_FILE = re.compile(r"(?:^|/)(?:index|default)\.[a-z]+$", re.I)
GO_ON = re.compile(r"(?:点击|点此)?(?:继续(?:访问|浏览)?|进入(?:本?栏目|网站)?)(?:本页)?|continue|enter", re.I)


def gate_resources(page: HtmlPage, homepage: str = "", report_links: int = 0) -> list[str]:
    """The same-host sub-resources to fetch before asking `page` again when it is a visit gate (module
    docstring), else []. `report_links`: the page's links titled as reports (a gate lists none)."""
    if report_links or page.tree is None:
        return []
    body = page.tree.find(".//body")
    text = clean_text((body if body is not None else page.tree).text_content())
    if len(text) > MAX_GATE_TEXT_CHARS:
        return []
    if GATE_MESSAGE.search(text) is None and not _goes_on_to_itself(page, homepage):
        return []
    host = (urlsplit(page.url).hostname or "").lower()
    found = in_scope(html_requisite_refs(page), page.url)
    return [url for url in found.urls if (urlsplit(url).hostname or "").lower() == host][:MAX_GATE_RESOURCES]


def _goes_on_to_itself(page: HtmlPage, homepage: str) -> bool:
    """A single link whose whole text goes on (继续访问) and leads back to the page itself or to the home page."""
    going_on = [link for link in page.links if link.tag == "a" and GO_ON.fullmatch(link.text or "")]
    targets = {_bare(page.url), _bare(homepage)} - {""}
    return len(going_on) == 1 and _bare(going_on[0].url) in targets


def _bare(url: str) -> str:
    """An address as the duplicate filter compares it (fingerprint.duplicate_key), a trailing index file dropped (`/c1/` is
    `/c1/index.shtml`)."""
    parts = urlsplit(url)
    if not parts.hostname:
        return ""
    return duplicate_key(parts._replace(path=_INDEX_FILE.sub("/", parts.path or "/")).geturl())
