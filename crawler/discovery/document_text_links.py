"""Addresses printed in a fetched document's text: the links of a list that nobody made a hyperlink.

A county's 各单位年度报告网址汇总表.pdf, printed from a spreadsheet, has a 网址 column of addresses typed out
(`http://www.x.gov.cn/xxgk/gknb/202301/t20230118_1.html`) and no link annotation; a report says "本报告电子版可在
www.x.gov.cn 下载" and an attachment notice "附件下载地址：http://…" (山西's 2017 report, http://www.shanxi.gov.cn/zfxxgk/
zfxxgkzl/zfxxgknb/201803/t20180330_6670096.shtml; 南平's 2012 report, https://www.np.gov.cn/cms/html/npszf/2013-01-25/
1779102018.html). The document readers (document_links.py) hand the text they already read to `text_links`, which
finds the addresses the way a page's printed addresses are found (printed.py: a scheme and a host, or a web host's
name) and labels each by the text before it on its line (a table row's 年度 and 发布机关). The spider keeps them in
the portal's site like any document link and ranks them by their labels as such (after the document's hyperlinks,
which win a tie): a printed address is ranked, never a reason to drop another link.

A table cell too narrow for an address wraps it: a line that ends inside an address (its last character a `/`, `_`,
`-`, `.`, `?`, `=` or `&`) is joined to the next line's leading ASCII run. An address cut elsewhere cannot be told
from a whole one and is taken as printed (a request that fails costs one fetch). A bare host (`www.x.gov.cn`, the
site's home page) is kept, tagged apart from the addresses with a path: it names a site, not a document. Bounded:
the text read (limits.MAX_DOCUMENT_TEXT_CHARS) and the addresses taken (limits.MAX_DOCUMENT_TEXT_LINKS). Pure."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from nianbao.crawler import limits
from nianbao.crawler.discovery.page import Link
from nianbao.crawler.discovery.printed import addresses_in, label_before
from nianbao.crawler.discovery.site import registered_domain

TAG, HOST_TAG = "document_text", "document_text_host"   # an address with a path; a bare host (a site's home)
_CUT = re.compile(r"(?:https?://|www\.)[\x21-\x7e]*[/_\-.?=&]$", re.I)   # a line ending inside an address
_CONTINUED = re.compile(r"^[\w/%\-.?=&~#]+", re.A)                       # the rest of it on the next line


def text_links(text: str, url: str) -> list[Link]:
    """The http(s) addresses printed in `text` (a document's text, lines apart) of the document fetched from `url`,
    in order, each once, at most limits.MAX_DOCUMENT_TEXT_LINKS: tag `document_text`, or `document_text_host` for
    a host without a path."""
    text = text[: limits.MAX_DOCUMENT_TEXT_CHARS]
    if "://" not in text and "www." not in text:
        return []
    own = registered_domain(urlsplit(url).hostname or "")
    out: list[Link] = []
    seen: set[str] = set()
    for line in _joined_lines(text):
        for match, address in addresses_in(line, own):
            if address in seen:
                continue
            seen.add(address)
            bare = urlsplit(address).path in ("", "/") and not urlsplit(address).query
            out.append(Link(address, label_before(line[: match.start()]), "", HOST_TAG if bare else TAG))
            if len(out) >= limits.MAX_DOCUMENT_TEXT_LINKS:
                return out
    return out


def _joined_lines(text: str) -> list[str]:
    """The text's lines, a line that ends inside an address joined to the rest of the address on the next line."""
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        while index + 1 < len(lines) and _CUT.search(line):
            rest = _CONTINUED.match(lines[index + 1].lstrip())
            if rest is None:
                break
            index += 1
            line += rest.group() + "  " + lines[index].lstrip()[rest.end():]
            line = line.rstrip()
        out.append(line)
        index += 1
    return out
