"""Addresses typed host first with no scheme: `bare_host_url(href) -> str | None`.

A rich-text editor keeps an address as its user typed it, so a hand-edited column may link
`<a href="www.x.gov.cn/zwgk/nb/202301/t20230118_1.html">` (real reports write the portal's address so:
https://www.guizhou.gov.cn/zwgk/zfxxgk/zfxxgknb/2018n/202109/t20210914_70371700.html, "贵州省人民政府网
(www.guizhou.gov.cn)"). RFC 3986 reads such an href as a relative path — a browser resolves it below the page's
folder, a 404 — but what the author meant is `http://www.x.gov.cn/zwgk/…`. That address is read as a second
candidate beside the browser's (page.py, tag `barehost`, ranked like the page's other links; stats
discovery/bare_host_links); whether its host is the portal's is the ordinary scope's question.

An href is read so when its first segment is a registrable host name — dot-separated LDH labels under a public
suffix (tldextract's snapshot, as the site's scope reads hosts: site.py), an optional port — followed by a path
(`/`, `?`), or standing alone as a `www.` host. A lone segment is otherwise a file (`list.do`, `report.zip` and
`main.py` end in country and generic TLDs), and a host whose last label is a page or file suffix is one too;
`index.html`, `v1.2/file.pdf` and `a.b/` name no registrable host. Pure; at most MAX_HREF_CHARS read."""

from __future__ import annotations

import re

from nianbao.crawler.discovery.backslashes import as_browser_reads
from nianbao.crawler.discovery.site import registered_domain

MAX_HREF_CHARS = 2000
# host[:port] then the end, a path or a query; labels are LDH (RFC 1123), the last alphabetic (a TLD or xn--)
_BARE_HOST = re.compile(r"((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))"
                        r"(:\d{1,5})?(?=[/?]|$)", re.I)
# suffixes of the pages and files a relative href names that are also TLDs (.do is the Dominican Republic's and a
# Struts action's, .et Ethiopia's and a WPS sheet's, .zip Google's): such a last label is a file's
# (attachments.FILE_EXTENSIONS is not imported: attachments imports page.py, which imports this module)
_FILE_SUFFIXES = frozenset({"do", "et", "zip", "mov", "py", "sh", "pl", "md", "rs", "ps", "cc", "so", "ai", "pk", "ws"})


def bare_host_url(href: str) -> str | None:
    """`http://<href>` when `href` is an address typed host first with no scheme (module docstring), else None."""
    # the backslashes as a browser reads them in `http://<href>` (`host:8080\nb` alone would read as a scheme's),
    # no fragment
    href = as_browser_reads(f"http://{href.strip()}").removeprefix("http://").split("#", 1)[0]
    if not href or len(href) > MAX_HREF_CHARS:
        return None
    match = _BARE_HOST.match(href)
    if match is None:
        return None
    host = match.group(1).lower()
    if host.rsplit(".", 1)[1] in _FILE_SUFFIXES or not registered_domain(host):
        return None
    if match.end() == len(href) and not host.startswith("www."):
        return None   # a lone name is a file unless it is plainly a web host
    return "http://" + href if match.end() < len(href) else f"http://{href}/"
