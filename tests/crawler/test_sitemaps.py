"""XML site maps (crawler/discovery/sitemaps.py): robots.txt `Sitemap:` lines, indexes, url sets, gzip, bounds and
what is no site map at all."""

from __future__ import annotations

import gzip

from nianbao.crawler.discovery import sitemaps
from nianbao.crawler.discovery.sitemaps import conventional_sitemap, read_sitemap, robots_sitemaps

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _urlset(locs: list[str]) -> bytes:
    rows = "".join(f"<url><loc>{loc}</loc><lastmod>2024-01-02</lastmod></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS}>{rows}</urlset>'.encode()


def test_robots_txt_names_its_site_maps_in_order_relative_ones_resolved():
    robots = (b"User-agent: *\nDisallow: /search/\n\nSitemap: http://www.x.gov.cn/sitemap.xml\n"
              b"sitemap: /sitemap/news.xml\nSITEMAP: http://www.x.gov.cn/sitemap.xml\nSitemap: ftp://x/a.xml\n")
    assert robots_sitemaps(robots, "http://www.x.gov.cn/robots.txt") == [
        "http://www.x.gov.cn/sitemap.xml", "http://www.x.gov.cn/sitemap/news.xml"]
    assert robots_sitemaps(b"User-agent: *\nDisallow:\n", "http://www.x.gov.cn/robots.txt") == []
    many = b"".join(b"Sitemap: /s%d.xml\n" % i for i in range(50))
    assert len(robots_sitemaps(many, "http://www.x.gov.cn/robots.txt")) == sitemaps.MAX_ROBOTS_SITEMAPS


def test_the_conventional_site_map_is_on_the_homepage_host():
    assert conventional_sitemap("http://www.x.gov.cn/index.htm") == "http://www.x.gov.cn/sitemap.xml"
    assert conventional_sitemap("https://x.gov.cn:8443/") == "https://x.gov.cn:8443/sitemap.xml"


def test_an_index_names_site_maps_and_a_url_set_names_pages():
    index = (f'<?xml version="1.0"?><sitemapindex {NS}><sitemap><loc>http://www.x.gov.cn/sitemap/a.xml</loc>'
             f'</sitemap><sitemap><loc> /sitemap/b.xml </loc></sitemap></sitemapindex>').encode()
    entries = read_sitemap(index, "http://www.x.gov.cn/sitemap.xml")
    assert entries.kind == "sitemapindex" and entries.pages == []
    assert entries.sitemaps == ["http://www.x.gov.cn/sitemap/a.xml", "http://www.x.gov.cn/sitemap/b.xml"]
    pages = ["http://www.x.gov.cn/xxgk/nb/t20240102_1.htm", "http://www.x.gov.cn/xxgk/nb/t20230102_2.htm"]
    entries = read_sitemap(_urlset([*pages, pages[0]]), "http://www.x.gov.cn/sitemap/a.xml")
    assert (entries.kind, entries.pages, entries.sitemaps, entries.truncated) == ("urlset", pages, [], False)


def test_a_gzipped_site_map_is_unpacked_and_a_broken_one_keeps_what_was_read():
    pages = [f"http://www.x.gov.cn/a/{i}.htm" for i in range(3)]
    assert read_sitemap(gzip.compress(_urlset(pages)), "http://www.x.gov.cn/s.xml.gz").pages == pages
    assert read_sitemap(b"\x1f\x8b\x08garbage", "http://www.x.gov.cn/s.xml.gz").kind == ""
    cut = _urlset(pages)[:-30]   # the last entry cut off mid-way: lxml's recover keeps the whole ones
    assert read_sitemap(cut, "http://www.x.gov.cn/s.xml").pages[:2] == pages[:2]


def test_entries_are_bounded(monkeypatch):
    monkeypatch.setattr(sitemaps, "MAX_ENTRIES", 5)
    entries = read_sitemap(_urlset([f"http://www.x.gov.cn/{i}.htm" for i in range(9)]), "http://www.x.gov.cn/s.xml")
    assert len(entries.pages) == 5 and entries.truncated


def test_what_is_no_site_map_says_so():
    for body in (b"", b"<html><body>404 Not Found</body></html>", b"not xml at all", b'{"urlset": []}',
                 b"<?xml version='1.0'?><rss><channel><item><link>http://x/</link></item></channel></rss>"):
        assert read_sitemap(body, "http://www.x.gov.cn/sitemap.xml").kind == "", body
    # a page that is no http(s) URL is left out; an entity is not expanded (no XXE)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<urlset><url><loc>&e;</loc></url><url><loc>javascript:alert(1)</loc></url>'
           b'<url><loc>http://www.x.gov.cn/ok.htm</loc></url></urlset>')
    assert read_sitemap(xxe, "http://www.x.gov.cn/sitemap.xml").pages == ["http://www.x.gov.cn/ok.htm"]
