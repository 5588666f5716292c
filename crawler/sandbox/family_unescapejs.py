"""A county portal whose 政府信息公开年报 columns are written by a "防采集" script: each column page holds only
`<script>document.write(unescape("%3Cul%20class%3D%22list%22%3E…%u5E74%u62A5…"))</script>`, the list's markup with
every character but letters, digits and `-_.~` escaped (`%XX` below U+0100, `%uXXXX` above, as JavaScript's escape()
writes non-ASCII; the page-encrypting tools of Chinese webmaster sites escape `/` too). No `<`, no quote and no
slash is in the script's text: an address shows only percent-encoded whole (`%2Fxxgk%2Fnb%2F…`), and the `<a href>`
of every report exist only once the script has run (held out of tuning, forty-ninth round).

Modelled on http://zltq.gov.cn/zltq/2026-02/02/article_2026020215383939768.html (扎赉特旗宝力根花苏木's 2025 report on
the 旗's portal, "电子版可以从扎赉特旗人民政府门户网站…下载", articles `/<site>/<YYYY-MM>/<DD>/article_<id>.html`) and
http://wsb.xam.gov.cn/wsb/2026-01/20/article_2026012017235865780.html (兴安盟行署外事办公室's 2025 report, the same
CMS for a 部门). Escaping the list with unescape() is this family's choice (the search corpus holds page text, not
scripts). Unlike docwrite (document.write of plain strings), packedjs (Dean Edwards' packer), b64config (base64
ids) or cryptlist (an encrypted list), the markup is percent-escaped character by character.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (guide, the three columns),
  /xxgk/nb/<bj|bm|xz>/index.html (the columns: the script alone), articles
  /<site>/nb/<bj|bm|xz>/<YYYY-MM>/<DD>/article_<id>.html.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "旗政府信息公开年报", "bm": "旗直部门信息公开年报", "xz": "苏木乡镇信息公开年报"}


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def js_escape_all(text: str) -> str:
    """Every character but RFC 3986's unreserved ones escaped as JavaScript's unescape() reads it back: `%XX` below
    U+0100, `%uXXXX` above (escape() itself keeps `@*_+-./`; the encrypting tools escape `/` too)."""
    return "".join(c if c in UNRESERVED else f"%{ord(c):02X}" if ord(c) < 0x100 else f"%u{ord(c):04X}" for c in text)


def written_list(items) -> str:
    return ('<div id="nblist"><script type="text/javascript">document.write(unescape("'
            f'{js_escape_all(kit.link_list(items))}"));</script></div>')


def build_unescapejs(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "unescapejs"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    site = county.pinyin[:6]

    def doc_id(key, art):
        return stable_int("uj-art", county.pinyin, key, art.key, digits=8)

    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, COLUMNS, urls, nav=nav, serial=doc_id, scripted_except=newest,
        path=lambda key, art: f"/{site}/nb/{key}/{art.day:%Y-%m}/{art.day:%d}/article_{art.day:%Y%m%d}"
                              f"{doc_id(key, art)}.html")
    hrefs = kit.unit_kind_list_pages(b, www, county, family, columns, COLUMNS, nav=nav, list_path=column_path,
                                     listing=written_list)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="uj-news", more=tuple(hrefs[1:]))
    return urls
