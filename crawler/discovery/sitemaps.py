"""Site maps (sitemaps.org 0.9): the list of every page a site wants search engines to know, announced by
`Sitemap:` lines in robots.txt or found at the conventional /sitemap.xml. XML, or the protocol's text form.

A portal whose 年报 column shows only its newest entries (its 更多 leads to a site search robots.txt disallows)
still names every report in its site map. A site map names pages without anchor text: its entries are ranked
with the page's other unranked links (crawler/discovery/rank.py: by their URL), never pruned. A sitemap index
names further site maps, read to limits.MAX_SITEMAP_DEPTH levels.

Parsing is Scrapy's (`scrapy.utils.sitemap`: lxml's iterparse with entity resolution off, comments and
processing instructions dropped, `recover` for the broken XML CMSs write); gzip'd maps (`sitemap.xml.gz`) are
unpacked, and every map read to its first limits.MAX_SITEMAP_BYTES (the download is bounded by the crawl's
response cap: Scrapy cancels a download past its `download_maxsize`, nothing read).

The protocol's other form is a text file (`/sitemap.txt`, robots.txt names it like an XML map): UTF-8, one absolute
URL a line, nothing else (https://www.sitemaps.org/protocol.html#otherformats). A body with no markup whose first
line is such a URL is read as a url set (Scrapy reads XML only); a line that is no URL is skipped and counted, and
a text answer that does not open with a URL (a plain-text 404, a notice) is no site map. Pure: the spider
(crawler/spiders/portal.py, role `sitemap`) applies the crawl state."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from nianbao.crawler import limits
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

CONVENTIONAL_PATH = "/sitemap.xml"
_GZIP_CHUNK_BYTES = 64 * 1024
_MAX_URL_CHARS = 2048   # sitemaps.org: "less than 2,048 characters"; a longer line is no entry
# one absolute http(s) URL and nothing else on a text site map's line (no spaces, quotes or angle brackets)
_TEXT_LINE_URL = re.compile(r"https?://[^\s/?#<>\"']+(?:[/?#][^\s<>\"']*)?", re.I)


@dataclass
class SitemapEntries:
    """What one site map names: further site maps (a `sitemapindex`) or pages (a `urlset`)."""
    kind: str                                        # "sitemapindex" | "urlset" | "" (not a site map)
    sitemaps: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    truncated: bool = False                          # more entries or bytes than read (limits.MAX_SITEMAP_*)
    text: bool = False                               # the protocol's text form (one URL a line), not XML
    skipped_lines: int = 0                           # a text map's non-blank lines that are no URL


def robots_sitemaps(robots_body: bytes, robots_url: str) -> list[str]:
    """The site maps a robots.txt names (absolute http(s) URLs, at most limits.MAX_ROBOTS_SITEMAPS, in order). A line
    that names no URL (`Sitemap: http://[bad`, on which urljoin raises) is left out, the others still read."""
    out: list[str] = []
    for line in robots_body.splitlines():
        if line.lstrip()[:8].lower() != b"sitemap:":
            continue
        try:   # one line at a time: Scrapy's reader is a generator that stops at the first line it cannot join
            urls = list(sitemap_urls_from_robots(line, base_url=robots_url))
        except ValueError:
            continue
        for url in urls:
            if url.startswith(("http://", "https://")) and url not in out:
                out.append(url)
        if len(out) >= limits.MAX_ROBOTS_SITEMAPS:
            return out[:limits.MAX_ROBOTS_SITEMAPS]
    return out


def conventional_sitemap(homepage: str) -> str:
    """The site map a site keeps by convention: /sitemap.xml on the homepage's host."""
    parts = urlsplit(homepage)
    return f"{parts.scheme}://{parts.netloc}{CONVENTIONAL_PATH}"


def _unpacked(body: bytes) -> bytes | None:
    """The bytes of a site map (XML or text), gzip unpacked, its first limits.MAX_SITEMAP_BYTES only (what follows is cut:
    lxml's `recover` keeps the whole entries before the cut); None when it is gzip that does not unpack at all.
    Not Scrapy's gunzip, which raises past its `max_size`: a map of more than that unpacked (the protocol allows
    50 MB) gave no entry at all. Like it, what a broken or cut gzip unpacks to before the break is kept."""
    if body[:2] != b"\x1f\x8b":
        return body[:limits.MAX_SITEMAP_BYTES]
    out = bytearray()
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as unpacked:   # (reads every member of a multi-member file)
        while len(out) < limits.MAX_SITEMAP_BYTES:
            try:
                chunk = unpacked.read1(min(_GZIP_CHUNK_BYTES, limits.MAX_SITEMAP_BYTES - len(out)))
            except (OSError, EOFError, zlib.error):   # broken, cut or with a wrong checksum: keep what was read
                break
            if not chunk:
                break
            out += chunk
    return bytes(out) or None


def read_sitemap(body: bytes, url: str) -> SitemapEntries:
    """The entries of a site map answer; kind "" when the body is no site map (an HTML 404 page, a soft 404)."""
    xml = _unpacked(body)
    if not xml:
        return SitemapEntries("")
    cut = len(xml) >= limits.MAX_SITEMAP_BYTES
    if b"<" not in xml[:1024]:
        return _read_text(xml, cut)
    try:
        sitemap = Sitemap(xml)
    except Exception:  # noqa: BLE001 - lxml raises several kinds on what is not XML at all
        return SitemapEntries("")
    if sitemap.type not in ("sitemapindex", "urlset"):
        return SitemapEntries("")
    result = SitemapEntries(sitemap.type, truncated=cut)
    target = result.sitemaps if sitemap.type == "sitemapindex" else result.pages
    seen: set[str] = set()
    try:
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            loc = urljoin(url, loc) if loc else ""
            if not loc.startswith(("http://", "https://")) or loc in seen:
                continue
            if len(target) >= limits.MAX_SITEMAP_ENTRIES:
                result.truncated = True
                break
            seen.add(loc)
            target.append(loc)
    except Exception:  # noqa: BLE001 - XML broken past what `recover` mends: keep the entries read so far
        pass
    return result


def _read_text(body: bytes, cut: bool) -> SitemapEntries:
    """A text site map's pages (module docstring); kind "" when its first non-blank line is no URL. A line cut by
    limits.MAX_SITEMAP_BYTES is left out. Hand-written: Scrapy and the sitemap libraries read XML only."""
    lines = body.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines()
    if cut and lines:
        lines.pop()
    result = SitemapEntries("urlset", truncated=cut, text=True)
    seen: set[str] = set()
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if len(line) > _MAX_URL_CHARS or not _TEXT_LINE_URL.fullmatch(line):
            if not seen and not result.skipped_lines:   # opens with no URL: a text page, not a site map
                return SitemapEntries("")
            result.skipped_lines += 1
            continue
        if line in seen:
            continue
        if len(result.pages) >= limits.MAX_SITEMAP_ENTRIES:
            result.truncated = True
            break
        seen.add(line)
        result.pages.append(line)
    return result if result.pages else SitemapEntries("")
