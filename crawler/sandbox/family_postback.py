"""A county portal whose 政府信息公开年报 list is an ASP.NET Web Forms page: every title is a LinkButton,
`<a href="javascript:__doPostBack('rptList$ctl03$lnkTitle','')">`, which posts the page's one form back to itself
(`__EVENTTARGET`, `__EVENTARGUMENT`, `__VIEWSTATE`, `__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`), and the server
answers the postback with `302 Found` to the article (`Response.Redirect`, /xxgk/nb/Content.aspx?InfoID=<guid>).
No page writes an article's address: it is named only by the Location header of a postback's answer. A postback
whose __EVENTVALIDATION is not the page's answers 500 (Invalid postback or callback argument), as ASP.NET's event
validation does (held out of tuning, nineteenth round).

Modelled on http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县: a 公开领域 column of a county
portal, department reports listed with the county's own) and https://www.np.gov.cn/cms/html/npszf/2013-01-25/1779102018.html
(南平: a 2012 report, pre-2019, naming the 政府信息公开专栏 it is downloaded from). ASP.NET Web Forms with
LinkButtons is this family's choice (many older county 信息公开 systems run on IIS; the cited pages do not show it).
Unlike postpager (a pager's later pages as POST answers), onclickid (an id in an onclick, the address composed by a
script) or formview (a GET form per row, the address its action and field), the address exists only in a redirect
the server gives to a POST of the page's hidden state.

- www.X.gov.cn (IIS): home (news; the government's newest report, linked), 政务公开 (/zwgk/index.html: the guide and
  the 年报 column), /xxgk/nb/List.aspx (the list; POST: the postbacks), articles /xxgk/nb/Content.aspx?InfoID=<guid>.
"""

from __future__ import annotations

import base64
from urllib.parse import parse_qsl, urlencode, urlsplit

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_hex
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LIST = "/xxgk/nb/List.aspx"
CONTENT = "/xxgk/nb/Content.aspx"
FORM_TYPE = "application/x-www-form-urlencoded"
DO_POSTBACK = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def guid(*keys: object) -> str:
    h = stable_hex("pb-art", *keys, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hidden_state(county: County) -> dict[str, str]:
    """The page's hidden fields (fixed per portal: the sandbox's list never changes between requests)."""
    return {"__EVENTTARGET": "", "__EVENTARGUMENT": "",
            "__VIEWSTATE": "/wEPDwUK" + base64.b64encode(bytes.fromhex(stable_hex("pb-vs", county.pinyin, length=64))).decode(),
            "__VIEWSTATEGENERATOR": stable_hex("pb-gen", county.pinyin, length=8).upper(),
            "__EVENTVALIDATION": "/wEdAA" + base64.b64encode(bytes.fromhex(stable_hex("pb-ev", county.pinyin, length=48))).decode()}


def target(n: int) -> str:
    """The UniqueID of the n-th row's LinkButton in the Repeater `rptList` (ctl00, ctl01, …)."""
    return f"rptList$ctl{n:02d}$lnkTitle"


def postback_body(state: dict[str, str], event_target: str) -> str:
    """What the browser posts for __doPostBack(event_target, ''): the form's fields in document order."""
    return urlencode({**state, "__EVENTTARGET": event_target})


def rows_html(items) -> str:
    return ('<table class="list"><tr><th>标题</th><th>发布日期</th></tr>' + "".join(
        f'<tr><td><a id="rptList_lnkTitle_{n}" title="{esc(a.title)}" '
        f'href="javascript:__doPostBack(&#39;{target(n)}&#39;,&#39;&#39;)">{esc(a.title)}</a></td>'
        f'<td>{a.date_text}</td></tr>' for n, a in enumerate(items)) + "</table>")


def build_postback(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "postback"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/8.5")
    newest = kit.newest_gov_report(arts)
    items, urls = kit.report_column_pages(b, www, county, family, arts, noise, nav=nav, scripted_except=newest,
                                          path=lambda art: f"{CONTENT}?InfoID={guid(county.pinyin, art.key)}",
                                          serial=lambda art: int(guid(county.pinyin, art.key)[:5], 16))
    state = hidden_state(county)
    hidden = "".join(f'<input type="hidden" name="{k}" id="{k}" value="{esc(v)}" />' for k, v in state.items())
    main = (f'<form name="form1" method="post" action="./List.aspx" id="form1">{hidden}{DO_POSTBACK}'
            f'<h2>政府信息公开年报</h2>{rows_html(items)}</form>')
    column = b.html_page(www, LIST, page(county, family, "政府信息公开年报", main, column="政府信息公开年报", nav=nav,
                                         host=www.host), b.list_date(items), "list")
    redirects = {target(n): urlsplit(a.url)._replace(scheme="", netloc="").geturl() for n, a in enumerate(items)}

    def list_handler(method, query, headers, body):
        if method != "POST":
            return column
        fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        where = redirects.get(fields.get("__EVENTTARGET", ""))
        if fields.get("__EVENTVALIDATION") != state["__EVENTVALIDATION"] or where is None:
            error = ("<html><head><title>Invalid postback or callback argument.</title></head><body><h2>"
                     "<i>Invalid postback or callback argument.</i></h2></body></html>")
            return Page(error.encode(), SITE_DATE, status=500, role="error")
        moved = f'<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="{esc(where)}">here</a>.</h2></body></html>'
        return Page(moved.encode(), SITE_DATE, status=302, location=where, role="redirect")

    www.dynamic[LIST] = list_handler
    b.post_pages += [{"url": f"http://{www.host}{LIST}", "body": postback_body(state, target(n)),
                      "content_type": FORM_TYPE, "status": 302} for n in range(len(items))]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=LIST, news_salt="pb-news")
    return urls
