"""A county portal with a Traditional-Chinese (繁體) mirror run by a 繁简转换 gateway on a sub-host of its own domain,
and whose 政府信息公开年报 before 2019 are on that mirror only: the portal's three 年报 columns (本级, 部门, 乡镇（街道）)
list the reports from 2019 on; each column page's head names its Traditional twin (`<link rel="alternate"
hreflang="zh-Hant" href="http://big5.X.gov.cn/gate/big5/www.X.gov.cn/xxgk/nb/<key>/index.html">`) and its header has
a 繁體 toggle to the same address. The gateway (`big5.X.gov.cn`, every path `/gate/big5/<source host>/<source path>`,
the address scheme of the 繁简 gateways that put a portal under `/gate/big5/`) answers in Big5 (`Content-Type:
text/html; charset=big5`), its text converted to traditional characters, every link rewritten into the gateway's
form; its copies of the three columns list every report of every year, and its copies of the reports before 2019 are
the only ones left (the 2019 rebuild of the simplified site dropped them; the gateway keeps the pages it mirrored).
A client that keeps to the portal's host, ignores `hreflang` alternates, reads only UTF-8/GBK, or looks for 年报
(not 年報) in link text misses the historical reports (held out of tuning, fifty-eighth round).

Modelled on http://www.4321666.com/nqzd/nqzwgk/xxgknb/2016/zfbm/201711/5d0c077ea2b75aa4fb669aca6d364dfb.shtml (寧強縣
文物旅游局's 2016 年度报告 on the 宁强县 portal, as stored: the whole report in traditional characters — 《中華人民共和國
政府信息公開條例》, 寧強縣, 報告 — the text of a 繁體 version of a county portal's 政府信息公开年报 column, a department's
pre-2019 report among them) and, as found by the round-56 helper, fygsj.cn (海南, a 2009 report in traditional
characters). The real pages are stored as text: the gateway's host name and `/gate/big5/` path, Big5 as its
encoding, the `hreflang` link and toggle, and that only the mirror keeps the pre-2019 reports are this family's
choices. The conversion uses a table of the common characters (the sandbox must not need OpenCC at run time); a
character Big5 lacks and the table does not convert is written as a numeric character reference, as an encoder with
`xmlcharrefreplace` writes it. Unlike wmlwap (an old WAP site), mobilehost (a phone host) or oldsite (an old host
named in a notice), the other host is a converted mirror in another encoding, named by an alternate link.

- www.X.gov.cn (UTF-8): home, 政务公开 (/zwgk/index.html), the three columns /xxgk/nb/<bj|bm|xz>/index.html (reports
  from 2019 on, with the alternate link and the toggle), articles /xxgk/nb/<key>/<YYYYMM>/t<YYYYMMDD>_<id>.html.
- big5.X.gov.cn (Big5): /gate/big5/www.X.gov.cn/ (the mirror's home: the three columns), /gate/big5/www.X.gov.cn
  /xxgk/nb/<key>/index.html (every year), the articles at their gated paths (from 2019 on: republications of the
  portal's; before 2019: the originals).
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build, esc
from nianbao.crawler.sandbox.chrome import article_main, article_meta, page
from nianbao.crawler.sandbox.common import image_pages
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import TABLE_STYLES, Report
from nianbao.crawler.sandbox.web import Page, Site

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇（街道）信息公开年报"}
FIRST_LIVE_YEAR = 2019   # the rebuilt simplified columns start with the first year of the revised 条例
GATE_PREFIX = "big5"
BIG5 = "text/html; charset=big5"
# simplified → traditional (pairs) for the characters the portal's pages use most: titles, units, navigation, the
# report's words; a table of the builder's, as the sandbox must not need OpenCC at run time
_PAIRS = (
    "县縣 报報 开開 关關 门門 乡鄉 镇鎮 区區 会會 国國 务務 议議 时時 间間 发發 实實 为為 这這 个個 们們 说說 对對 网網 页頁 "
    "栏欄 历歷 简簡 体體 转轉 换換 载載 录錄 与與 见見 条條 则則 请請 询詢 复復 结結 数數 据據 类類 总總 况況 费費 减減 处處 "
    "级級 机機 构構 点點 击擊 计計 财財 农農 业業 卫衛 办辦 统統 审審 场場 监監 应應 经經 济濟 药藥 资資 环環 规規 划劃 设設 "
    "员員 单單 样樣 项項 导導 传傳 认認 进進 动動 态態 书書 调調 强強 长長 华華 广廣 东東 荣榮 游遊 护護 线線 围圍 范範 权權 "
    "现現 么麼 边邊 还還 给給 过過 运運 电電 车車 铁鐵 银銀 证證 专專 让讓 问問 题題 诉訴 讼訟 访訪 达達 标標 际際 层層 术術 "
    "质質 检檢 疗療 险險 贸貿 编編 辑輯 册冊 当當 录錄 汇匯 报報 护護 闻聞 厅廳 务務 储儲 养養 卖賣 买買 产產 尽盡 织織 组組 "
    "织織 纪紀 检檢 维維 宁寧 庆慶 兴興 阳陽 岭嶺 湾灣 龙龍 马馬 鸡雞 凤鳳 风風 云雲 韩韓 刘劉 张張 陈陳 杨楊 赵趙 黄黃 吴吳 "
    "孙孫 郑鄭 冯馮 邓鄧 图圖 馆館 档檔 际際 础礎 职職 责責 负負 执執 罚罰 许許 审審 违違 纳納 税稅 鉴鑑 议議 众眾 网網"
)
TO_TRADITIONAL = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}/index.html"


def gate_path(source_host: str, path: str) -> str:
    """The gateway's path of `path` on `source_host`: `/gate/big5/<host><path>`."""
    return f"/gate/big5/{source_host}{path}"


def big5(html: str) -> bytes:
    """What the gateway sends for a simplified page: its text in traditional characters, declared and encoded as
    Big5, a character Big5 lacks as a numeric character reference."""
    converted = html.translate(TO_TRADITIONAL).replace("charset=utf-8", "charset=big5").replace('lang="zh-CN"', 'lang="zh-TW"')
    return converted.encode("big5", "xmlcharrefreplace")


def gated(html: str, www: str, gate: str) -> str:
    """`html` with its links to `www` rewritten: those to the reports' columns and articles into the gateway's form,
    any other back to the portal (the gateway mirrors only the 年报 section)."""
    full = f"http://{gate}{gate_path(www, '/xxgk/nb/')}"
    html = html.replace(f'href="http://{www}/xxgk/nb/', f'href="{full}').replace('href="/xxgk/nb/', f'href="{full}')
    return html.replace('href="/', f'href="http://{www}/')


def toggle(gate_url: str) -> tuple[str, str]:
    """The head's alternate link and the header's 繁體 toggle to the page's Traditional twin."""
    head = f'<link rel="alternate" hreflang="zh-Hant" href="{esc(gate_url)}">'
    return head, f'<div class="lang"><a href="{esc(gate_url)}" title="繁體中文版">繁體</a> | <span>简体</span></div>'


def gate_article(b: Build, gate: Site, www: str, county: County, family: str, art: Article, path: str, *,
                 nav: list[tuple[str, str]], column: str, index_no: str, original: str | None) -> str:
    """The gateway's copy of the article that the portal had at `path`: a report's original when the portal no
    longer has it (`original` None), else a republication of `original`."""
    url_path = gate_path(www, path)
    url = f"http://{gate.host}{url_path}"
    report = art.report
    publisher = report.unit.name if report else f"{county.gov_name}办公室"
    lm = b.report_date(report) if report else SITE_DATE
    image_url = None   # a report whose tables are images: the gateway mirrors the images beside the page
    if report is not None and report.table_style == "image" and report.template != "pre2019":
        folder = url_path.rsplit("/", 1)[0] + "/"
        image_url = image_pages(b, gate, report, folder, stable_hex("img", art.key, length=10), lm)
    main = article_main(county, family, art, index_no=index_no, publisher=publisher, image_url=image_url)
    text = page(county, family, art.title, main, column=column, nav=nav, meta=article_meta(art, publisher), host=www)
    b.add(gate, url_path, Page(big5(gated(text, www, gate.host)), lm, BIG5), "article")
    if report is None:
        b.non_report(url)
    else:
        b.document(url, report, "html", "republication" if original else "original", republication_of=original,
                   html_tables=TABLE_STYLES[report.table_style] if report.template != "pre2019" else None)
    return url


def build_big5gate(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "big5gate"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Apache")
    gate = kit.sub_host(b, county, GATE_PREFIX, server="nginx/1.0.15")
    urls: dict[str, str] = {}

    def doc_id(key: str, art: Article) -> int:
        return stable_int("b5-art", county.pinyin, key, art.key, digits=7)

    def art_path(key: str, art: Article) -> str:
        return kit.trs_path(f"/xxgk/nb/{key}/", art.day, doc_id(key, art))

    columns = kit.unit_kind_columns(county, arts, noise, tuple(COLUMNS))
    gate_home = []
    for key, label in COLUMNS.items():
        items = kit.newest_first(columns[key])
        live = [a for a in items if kit.entry_year(a) >= FIRST_LIVE_YEAR]
        kit.column_pages(b, www, county, family, live, urls, nav=nav, column=label, path=lambda a, k=key: art_path(k, a),
                         serial=lambda a, k=key: doc_id(k, a))
        live_urls = {a.key: a.url for a in live}
        gate_urls = {}
        for art in items:
            original = live_urls.get(art.key) if art.report else None
            url = gate_article(b, gate, www.host, county, family, art, art_path(key, art), nav=nav, column=label,
                               index_no=kit.site_index_no(county, art, doc_id(key, art)),
                               original=original)
            gate_urls[art.key] = url
            if art.report and art.key not in live_urls:
                urls[art.report.key] = url
        gate_url = f"http://{gate.host}{gate_path(www.host, column_path(key))}"
        head, switch = toggle(gate_url)
        kit.report_list_page(b, www, county, family, column_path(key), label, switch + kit.link_list(live),
                             live or items, nav=nav, scripts=head)
        listing = page(county, family, label, f"<h2>{label}</h2>{kit.link_list(items, lambda a, named=gate_urls: named[a.key])}",
                       column=label, nav=nav, host=www.host)
        b.add(gate, gate_path(www.host, column_path(key)), Page(big5(gated(listing, www.host, gate.host)),
                                                                b.list_date(items), BIG5), "list")
        gate_home.append(f'<li><a href="{esc(gate_url)}">{esc(label)}</a></li>')
    home = page(county, family, county.gov_name, f'<ul class="cols">{"".join(gate_home)}</ul>', nav=nav, host=www.host)
    b.add(gate, gate_path(www.host, "/"), Page(big5(gated(home, www.host, gate.host)), SITE_DATE, BIG5), "home")
    newest = kit.newest_gov_report([a for a in arts if kit.entry_year(a) >= FIRST_LIVE_YEAR])
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="b5-news", more=tuple(hrefs[1:]))
    return urls
