"""A county portal of the GB2312 era that still declares `Content-Type: text/html; charset=gb2312` (header and
`<meta>`) while its pages hold characters GB2312 lacks: the 年报 columns carry a 乡镇（街道）导航 whose place names use
生僻字, some in GBK's extension (堃, 喆, 浉: two bytes, outside GB2312's rows) and some only in GB18030's four-byte
range (䢺, 㙟: CJK Extension A). The CMS writes GB18030 bytes. Browsers follow the Encoding Standard, where the label
`gb2312` names the GBK decoder, which is GB18030's, so the page shows right; a decoder that takes gb2312 literally
stops at the first such character (strict) or turns it into replacement characters, and a plain GBK decoder stops at
the four-byte ones. The report articles are GB18030 too; the columns list every unit's reports of every year, the
years before 2019 included (held out of tuning, forty-second round).

Modelled on http://xiping.gov.cn/portal/zfxxgk/zfxxgknb/news/webinfo/2021/01/1621170177349139.htm (西平县: 专探乡's
2020 report in the county portal's 政府信息公开年报 column, a Henan 乡 beside the county) and
https://www.tongbai.gov.cn/2026/01-08/1371044.html (桐柏县城郊乡's 2025 report). The gb2312 label on GB18030 bytes
and the 生僻字 place names are this family's choice (the cited pages are text; the names are the builder's, the
characters real ones that GB2312 lacks). Unlike gbk (GBK bytes with no charset in the header, every character in
GBK), gbkquery (GBK query values) or latinheader (a header naming a charset of another script), the header names
the right family of encodings, by a label whose literal table is too small.

- www.X.gov.cn (Apache/2.2.15): home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide
  and the three columns), the columns /zfxxgk/zfxxgknb/<bj|bm|xz>/index.htm (GB18030 bytes, declared gb2312),
  articles /zfxxgk/zfxxgknb/<key>/<YYYYMM>/<id>.htm (GB18030, declared gb2312).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
SERVER = "Apache/2.2.15 (CentOS)"
CHARSET = "gb2312"             # what every page declares, in the header and in its meta
BYTES = "gb18030"              # what the CMS writes: GBK's two-byte characters and GB18030's four-byte ones
# place names with characters GB2312 lacks: GBK's extension (堃, 喆, 浉) and GB18030's four-byte range (䢺, 㙟)
RARE_PLACES = ("䢺溪乡", "㙟头镇", "堃山街道", "喆庄镇", "浉河口乡")


def township_nav() -> str:
    """The 乡镇（街道）导航 box the columns carry: the rare place names as text."""
    return ('<div class="xznav"><h3>乡镇（街道）导航</h3><ul>'
            + "".join(f"<li>{esc(name)}人民政府</li>" for name in RARE_PLACES) + "</ul></div>")


def build_gbrare(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "gbrare"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    declared = {"content_type": f"text/html; charset={CHARSET}", "encoding": BYTES}
    hrefs = []
    for key, label in COLUMNS.items():
        listed = kit.newest_first(columns[key])
        for art in listed:
            doc_id = stable_int("gr-art", county.pinyin, key, art.key, digits=6)
            kit.article_page(b, www, county, family, art, f"/zfxxgk/zfxxgknb/{key}/{art.day:%Y%m}/{doc_id}.htm",
                             nav=nav, column=label, index_no=kit.site_index_no(county, art, doc_id % 100000),
                             report_urls=urls, charset=CHARSET)
        path = f"/zfxxgk/zfxxgknb/{key}/index.htm"
        text = page(county, family, label, f"{township_nav()}<h2>{label}</h2>{kit.link_list(listed)}", column=label,
                    nav=nav, host=www.host, charset=CHARSET)
        b.html_page(www, path, text, b.list_date(listed), "list", **declared)
        hrefs.append((path, label))
    kit.guide_news_and_home(b, www, county, family, noise, kit.newest_gov_report(arts), nav=nav,
                            reports_href=hrefs[0][0], news_salt="gr-news", more=tuple(hrefs[1:]))
    return urls
