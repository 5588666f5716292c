"""Small fixture portals, one per CMS style, for end-to-end crawls through tests/crawler/minisite.py.
Each builder adds routes to a MiniWeb and returns (registry row, expected report URLs, expected attachment URLs,
non-report URLs that must not come out as reports)."""

from __future__ import annotations

import json

from tests.crawler.minisite import MiniWeb, html

REPORT_BODY = """<div class="TRS_Editor"><p>一、总体情况</p><p>本年度……</p><p>二、主动公开政府信息情况</p>
<table><tr><td>信息内容</td><td>本年制发件数</td></tr></table><p>三、收到和处理政府信息公开申请情况</p>
<table><tr><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td></tr></table>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div>"""

NAV = '<a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="http://spam-mirror.example.com/nb/">政府信息公开年报</a>'


def report_page(title: str, date: str, site_id: str, extra: str = "", body: str = REPORT_BODY) -> bytes:
    head = (f'<meta name="SiteIDCode" content="{site_id}"><meta name="ArticleTitle" content="{title}">'
            f'<meta name="PubDate" content="{date} 09:00">')
    return html(f"{NAV}<h1>{title}</h1><div>发布日期：{date}</div>{body}{extra}", title=title, head=head)


def trs_portal(web: MiniWeb, host: str = "www.trs-county.gov.cn") -> tuple[dict, set, set, set]:
    base = f"http://{host}"
    web.add(f"{base}/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.add(f"{base}/", html(f'{NAV}<a href="/zwgk/">政务公开</a><a href="/private/x.html">内部</a>', "TRS县人民政府"))
    web.add(f"{base}/zwgk/", html(f'{NAV}<a href="/zwgk/zfxxgknb_70772/">政府信息公开年报</a>'
                                  '<a href="/zwgk/tzgg/">通知公告</a>', "政务公开"))
    column = f"{base}/zwgk/zfxxgknb_70772/"
    reports, attachments, negatives = set(), set(), set()
    items = []
    for n in range(1, 24):
        year = 2019 + n % 5
        url = f"{column}{year}01/t{year}0120_{1000 + n}.html"
        title = f"TRS县第{n}局{year}年政府信息公开工作年度报告"
        extra = ""
        if n % 7 == 0:  # report posted as PDF only
            pdf = f"{base}/u/cms/{1000 + n}.pdf"
            extra = f'<p><a href="{pdf}">附件：{title}.pdf</a></p>'
            web.add(pdf, b"%PDF-1.4 fake", content_type="application/pdf")
            attachments.add(pdf)
            web.add(url, report_page(title, f"{year + 1}-01-20", "1101070001", extra, body="<p>详见附件。</p>"))
        else:
            web.add(url, report_page(title, f"{year + 1}-01-20", "1101070001", extra))
        reports.add(url)
        items.append(f'<li><a href="./{year}01/t{year}0120_{1000 + n}.html" title="{title}">{title[:12]}…</a>'
                     f'<span>{year + 1}-01-20</span></li>')
    # a 解读 and a 通知 inside the column
    jd = f"{column}202401/t20240125_9001.html"
    web.add(jd, report_page("TRS县2023年政府信息公开工作年度报告解读", "2024-01-25", "1101070001"))
    items.append('<li><a href="./202401/t20240125_9001.html">TRS县2023年政府信息公开工作年度报告解读</a></li>')
    negatives.add(jd)
    pages = [items[i:i + 10] for i in range(0, len(items), 10)]
    for i, chunk in enumerate(pages):
        name = "index.html" if i == 0 else f"index_{i}.html"
        script = f'<script>createPageHTML({len(pages)}, {i}, "index", "html");</script>'
        body = html(f'{NAV}<ul>{"".join(chunk)}</ul>{script}', "政府信息公开年报",
                    head='<meta name="ColumnName" content="政府信息公开年报">')
        web.add(column + name, body)
        if i == 0:
            web.add(column, body)
    row = {"id": "trs", "name": "TRS县", "region_code": "110107", "level": "county", "homepage": f"{base}/"}
    return row, reports, attachments, negatives


def hanweb_portal(web: MiniWeb, host: str = "www.hanweb-county.gov.cn") -> tuple[dict, set, set, set]:
    base = f"http://{host}"
    web.add(f"{base}/robots.txt", "", status=404)
    web.add(f"{base}/", html('<a href="/col/col1229000001/index.html">信息公开</a>', "汉威县"))
    web.add(f"{base}/col/col1229000001/index.html",
            html('<a href="/col/col1229000002/index.html">政府信息公开年报</a>', "信息公开"))
    reports = set()
    records = []
    for n in range(1, 61):
        year = 2019 + n % 5
        url = f"{base}/art/{year + 1}/1/{n % 28 + 1}/art_1229000002_{5000 + n}.html"
        title = f"汉威县第{n}镇人民政府{year}年度政府信息公开工作年度报告"
        web.add(url, report_page(title, f"{year + 1}-01-{n % 28 + 1:02d}", "3308250001"))
        reports.add(url)
        records.append(f'<record><![CDATA[<li><a href="{url}" title="{title}">{title}</a><span>{year + 1}-01-30</span>'
                       f'</li>]]></record>')
    inline = (f'<div id="4400001"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
              f'dataproxy.jsp?page=1&webid=3&path=/&columnid=1229000002&unitid=4400001&webname=汉威县&permissiontype=0">'
              f'</a>]]></nextgroup><recordset>{"".join(records[:15])}</recordset></datastore></script></div>'
              f'<script>$(document).ready(function(){{$("#4400001").jpage({{perPage:15,totalRecord:60,'
              f'proxyUrl:"/module/web/jpage/dataproxy.jsp"}});}});</script>')
    web.add(f"{base}/col/col1229000002/index.html", html(inline, "政府信息公开年报"))

    def dataproxy(method, url, headers, body):
        if method != "POST" or b"columnid=1229000002" not in body or b"unitid=4400001" not in body:
            return 400, {"Content-Type": "text/plain"}, b"bad request"
        from urllib.parse import parse_qs, urlsplit

        query = parse_qs(urlsplit(url).query)
        start, end = int(query["startrecord"][0]), int(query["endrecord"][0])
        chunk = "".join(records[start - 1:end])
        xml = (f"<?xml version='1.0' encoding='UTF-8'?><datastore><totalrecord>{len(records)}</totalrecord>"
               f"<recordset>{chunk}</recordset></datastore>")
        return 200, {"Content-Type": "text/xml;charset=UTF-8"}, xml.encode()

    web.routes[f"{base}/module/web/jpage/dataproxy.jsp"] = dataproxy
    row = {"id": "hanweb", "name": "汉威县", "region_code": "330825", "level": "county", "homepage": f"{base}/"}
    return row, reports, set(), set()


def gkmlpt_portal(web: MiniWeb, host: str = "www.gd-county.gov.cn") -> tuple[dict, set, set, set]:
    base = f"http://{host}"
    web.add(f"{base}/", html('<a href="/gkmlpt/index">政府信息公开</a>', "粤县"))
    tree = [{"id": 100, "name": "政策文件", "children": []},
            {"id": 200, "name": "政府信息公开年报", "children": [{"id": 201, "name": "2023年"}]}]
    web.add(f"{base}/gkmlpt/index", html("<div id='app'></div><script>window._CONFIG = {SID: '755001', "
                                         f"TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>", "政府信息公开"))
    reports = set()
    articles: dict[int, list[dict]] = {200: [], 201: []}
    for n in range(1, 26):
        year = 2019 + n % 5
        url = f"{base}/gkmlpt/content/1/{n}/post_{7000 + n}.html"
        title = f"粤县第{n}局{year}年政府信息公开年报"
        web.add(url, report_page(title, f"{year + 1}-02-01", "4400010001"))
        reports.add(url)
        articles[201 if year == 2023 else 200].append({"id": 7000 + n, "title": title, "url": url})

    def api(method, url, headers, body):
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(url)
        column = int(parts.path.rsplit("/", 1)[1])
        page = int(parse_qs(parts.query).get("page", ["1"])[0])
        posts = articles.get(column, [])
        data = {"classify": {"id": column, "post_count": len(posts)}, "articles": posts[(page - 1) * 10: page * 10]}
        return 200, {"Content-Type": "application/json"}, json.dumps(data, ensure_ascii=False).encode()

    for column in (200, 201):
        web.routes[f"{base}/gkmlpt/api/all/{column}"] = api
    row = {"id": "gkmlpt", "name": "粤县", "region_code": "440101", "level": "county", "homepage": f"{base}/"}
    return row, reports, set(), set()


def query_gbk_portal(web: MiniWeb, host: str = "www.gbk-county.gov.cn") -> tuple[dict, set, set, set]:
    """A JSP portal: GBK pages with no charset anywhere but the bytes, a `pageNo=` pager, a 年报 column."""
    base = f"http://{host}"

    def gbk(body: str, title: str) -> bytes:
        return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode("gb18030")

    ctype = "text/html"  # no charset: the decoder must find GBK from the bytes
    web.add(f"{base}/", gbk('<a href="/xxgk/index.jsp">政府信息公开</a>', "临洮县人民政府门户网站"), content_type=ctype)
    web.add(f"{base}/xxgk/index.jsp", gbk('<a href="/xxgk/list.jsp?cid=9">政府信息公开工作年度报告</a>', "信息公开"),
            content_type=ctype)
    reports = set()
    entries = []
    for n in range(1, 26):
        url = f"{base}/xxgk/content.jsp?id={n}"
        title = f"临洮县第{n}乡人民政府{2018 + n % 6}年政府信息公开工作年度报告"
        web.add(url, gbk(f"<h1>{title}</h1>{REPORT_BODY}", title), content_type=ctype)
        reports.add(url)
        entries.append(f'<li><a href="/xxgk/content.jsp?id={n}">{title}</a></li>')
    for page in range(1, 4):
        chunk = entries[(page - 1) * 10: page * 10]
        pager = "".join(f'<a href="/xxgk/list.jsp?cid=9&pageNo={p}">{p}</a>' for p in range(1, 4))
        body = gbk(f"<ul>{''.join(chunk)}</ul><div>{pager}<a href=\"/xxgk/list.jsp?cid=9&pageNo=3\">尾页</a> 共3页</div>",
                   "政府信息公开工作年度报告")
        web.add(f"{base}/xxgk/list.jsp?cid=9&pageNo={page}", body, content_type=ctype)
        if page == 1:
            web.add(f"{base}/xxgk/list.jsp?cid=9", body, content_type=ctype)
    row = {"id": "gbk", "name": "临洮县", "region_code": "621124", "level": "county", "homepage": f"{base}/"}
    return row, reports, set(), set()


def search_only_portal(web: MiniWeb, host: str = "www.search-county.gov.cn") -> tuple[dict, set, set, set]:
    """No findable column: the reports turn up only through the site's own TRS search."""
    base = f"http://{host}"
    web.add(f"{base}/", html('<a href="/xwzx/">新闻</a><form action="/was5/web/search" method="get">'
                             '<input type="hidden" name="channelid" value="1"><input name="searchword"></form>', "某县"))
    reports = {f"{base}/art/2024/1/{n}/art_77_{n}.html" for n in range(1, 13)}
    results = []
    for url in sorted(reports):
        n = int(url.rsplit("_", 1)[1].split(".")[0])
        title = f"某县第{n}局2023年政府信息公开工作年度报告"
        web.add(url, report_page(title, "2024-01-10", "1234560001"))
        results.append(f'<li><a href="{url}">{title}</a></li>')

    def search_page(method, url, headers, body):
        from urllib.parse import parse_qs, urlsplit

        query = parse_qs(urlsplit(url).query)
        if "searchword" not in query:
            return None
        page = int(query.get("page", ["1"])[0])
        from urllib.parse import urlencode

        pager = f'<a href="/was5/web/search?{urlencode({"channelid": 1, "searchword": query["searchword"][0], "page": 2})}">2</a>'
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(
            f"<ul>{''.join(results[(page - 1) * 6: page * 6])}</ul>{pager}", "检索结果")

    web.routes[f"{base}/was5/web/search"] = search_page
    row = {"id": "search", "name": "某县", "region_code": "123456", "level": "county", "homepage": f"{base}/"}
    return row, reports, set(), set()
