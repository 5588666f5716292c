"""A county portal whose three 政府信息公开年报 columns (县政府, 县直部门, 乡镇) are shells filled from an ASP.NET XML
web service (`.asmx`) by SOAP 1.1: each column page holds an empty `<ul id="infoList">` and a script that writes a
SOAP envelope by hand (`<soap:Envelope><soap:Body><GetInfoList xmlns="http://tempuri.org/"><classInfoId>…
</classInfoId>…`) and POSTs it to `/WebService/InfoService.asmx` with `Content-Type: text/xml; charset=utf-8` and
the header `SOAPAction: "http://tempuri.org/GetInfoList"`, then reads the answer's `<InfoItem>`s (`<Title>`,
`<LinkUrl>`, `<PubDate>`) out of `responseXML`. The service answers what ASP.NET answers: a GET of the .asmx is the
framework's service help page (its operations, no data), `?op=GetInfoList` the operation's sample with placeholders
(`<classInfoId>int</classInfoId>`), `?WSDL` the description; a POST without the SOAPAction header or with another
body gets a SOAP fault, and the HTTP GET binding (`InfoService.asmx/GetInfoList?classInfoId=…`) is off, as it is by
default for remote callers ("Request format is unrecognized"). Only the government's newest report is linked as
HTML, from the home page (held out of tuning, seventy-ninth round).

Modelled on https://baoting.hainan.gov.cn/xxgkall.html?ClassInfoId=1898 (保亭黎族苗族自治县's 信息公开 lists, every
column named by a numeric `ClassInfoId`, the id this family's envelope carries) and
https://www.haikou.gov.cn/hkszfgb/2011nd5q/201106/1d7db8663c6e4bf688146ada0a273ed2.shtml (a Hainan article at
`/<column>/<YYYYMM>/<32 hex>.shtml`, the layout of this family's articles). The SOAP web service behind the lists is
this family's choice (the cited pages show their lists, not how they are filled). Unlike jsonpost (a JSON body),
postpager / ztreepost (form-encoded POSTs) or hanweb (a form POST answered with XML), the request is an XML envelope
that names the operation in a header, and the answer is XML whose addresses are element text.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the three
  年报 columns), /xxgk/nb/<bj|bm|xz>.html (a shell and the loader script), /WebService/InfoService.asmx (SOAP 1.1;
  its help page, ?op= and ?WSDL), articles /xxgk/<YYYYMM>/<32 hex>.shtml.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import SITE_DATE, Article, Build
from nianbao.crawler.sandbox.names import County, stable_hex, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"bj": "县政府信息公开年报", "bm": "县直部门信息公开年报", "xz": "乡镇信息公开年报"}
SERVICE = "/WebService/InfoService.asmx"
NAMESPACE = "http://tempuri.org/"
OPERATION = "GetInfoList"
SOAP_ACTION = f'"{NAMESPACE}{OPERATION}"'
XML_TYPE = "text/xml; charset=utf-8"
PAGE_SIZE = 100
MAX_BODY = 16_384   # an envelope asks for one column: anything longer is not the page's request
_ENVELOPE = ('<?xml version="1.0" encoding="utf-8"?>'
             '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
             "<soap:Body>{body}</soap:Body></soap:Envelope>")


def column_path(key: str) -> str:
    return f"/xxgk/nb/{key}.html"


def request_envelope(class_id: int | str, page_index: int | str = 1, page_size: int | str = PAGE_SIZE) -> str:
    """The envelope the loader script sends (and, with placeholders, the sample ?op= shows)."""
    return _ENVELOPE.format(body=f'<{OPERATION} xmlns="{NAMESPACE}"><classInfoId>{class_id}</classInfoId>'
                                 f"<pageIndex>{page_index}</pageIndex><pageSize>{page_size}</pageSize></{OPERATION}>")


def loader(class_id: int) -> str:
    envelope = request_envelope(class_id).replace("'", "\\'")
    return f"""<script type="text/javascript">
(function () {{
  var envelope = '{envelope}';
  var xhr = new XMLHttpRequest();
  xhr.open("POST", "{SERVICE}", true);
  xhr.setRequestHeader("Content-Type", "text/xml; charset=utf-8");
  xhr.setRequestHeader("SOAPAction", '{SOAP_ACTION}');
  xhr.onreadystatechange = function () {{
    if (xhr.readyState !== 4 || xhr.status !== 200) return;
    var items = xhr.responseXML.getElementsByTagName("InfoItem"), html = "";
    for (var i = 0; i < items.length; i++) {{
      var field = function (name) {{ return items[i].getElementsByTagName(name)[0].textContent; }};
      html += '<li><a href="' + field("LinkUrl") + '" target="_blank">' + field("Title") + '</a><span>'
            + field("PubDate") + '</span></li>';
    }}
    document.getElementById("infoList").innerHTML = html;
  }};
  xhr.send(envelope);
}})();
</script>"""


def answer_envelope(items: list[Article], host: str) -> bytes:
    rows = "".join(f"<InfoItem><InfoId>{n}</InfoId><Title>{escape(a.title)}</Title>"
                   f"<LinkUrl>{escape(a.url.split(host, 1)[1])}</LinkUrl><PubDate>{a.date_text}</PubDate></InfoItem>"
                   for n, a in enumerate(items, 1))
    result = (f'<{OPERATION}Response xmlns="{NAMESPACE}"><{OPERATION}Result><Total>{len(items)}</Total>'
              f"<Items>{rows}</Items></{OPERATION}Result></{OPERATION}Response>")
    return _ENVELOPE.format(body=result).encode()


def fault(message: str) -> Page:
    body = _ENVELOPE.format(body=f"<soap:Fault><faultcode>soap:Client</faultcode><faultstring>{escape(message)}"
                                 "</faultstring><detail /></soap:Fault>")
    return Page(body.encode(), SITE_DATE, XML_TYPE, status=500, role="api")


def help_page() -> bytes:
    """ASP.NET's service help page: the operations, linked to their samples; no data."""
    return ('<html><head><title>InfoService Web 服务</title></head><body><div id="content">'
            '<p class="heading1">InfoService</p><span><p class="intro">支持下列操作。有关正式定义，请查看'
            f'<a href="{SERVICE}?WSDL">服务说明</a>。</p><ul>'
            f'<li><a href="{SERVICE}?op={OPERATION}">{OPERATION}</a></li></ul></span></div></body></html>').encode()


def op_page() -> bytes:
    sample = escape(request_envelope("int", "int", "int"))
    return (f'<html><head><title>InfoService Web 服务</title></head><body><p class="heading1">{OPERATION}</p>'
            "<h3>SOAP 1.1</h3><p>以下是 SOAP 1.2 请求和响应示例。所显示的占位符需替换为实际值。</p>"
            f"<pre>POST {SERVICE} HTTP/1.1\nContent-Type: text/xml; charset=utf-8\nSOAPAction: {escape(SOAP_ACTION)}"
            f"\n\n{sample}</pre></body></html>").encode()


def wsdl() -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" '
            f'xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" targetNamespace="{NAMESPACE}">'
            f'<wsdl:binding name="InfoServiceSoap"><wsdl:operation name="{OPERATION}">'
            f'<soap:operation soapAction="{NAMESPACE}{OPERATION}" style="document"/></wsdl:operation></wsdl:binding>'
            '<wsdl:service name="InfoService"><wsdl:port name="InfoServiceSoap" binding="tns:InfoServiceSoap">'
            f'<soap:address location="{SERVICE}"/></wsdl:port></wsdl:service></wsdl:definitions>').encode()


def build_soaplist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "soaplist"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/7.5")
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)

    def doc(key, art):
        return stable_hex("sl-art", county.pinyin, key, art.key, length=32)

    columns = kit.unit_kind_report_columns(b, www, county, family, arts, noise, COLUMNS, urls, nav=nav,
                                           scripted_except=newest, serial=lambda key, art: int(doc(key, art)[:6], 16),
                                           path=lambda key, art: f"/xxgk/{art.day:%Y%m}/{doc(key, art)}.shtml")
    answers: dict[str, bytes] = {}
    for key, label in COLUMNS.items():
        class_id = stable_int("sl-class", county.pinyin, key, digits=4)
        answers[str(class_id)] = answer_envelope(columns[key], www.host)
        b.post_pages.append({"url": f"http://{www.host}{SERVICE}", "body": request_envelope(class_id),
                             "content_type": "text/xml; charset=utf-8", "headers": {"SOAPAction": SOAP_ACTION}})
        kit.report_list_page(b, www, county, family, column_path(key), label, '<ul id="infoList"></ul>',
                             columns[key], nav=nav, scripts=loader(class_id))

    def service(method, query, headers, body):
        asked = {k.lower(): v for k, v in headers.items()}
        if method != "POST":
            if "wsdl" in {name.lower() for name in query}:   # ASP.NET reads ?WSDL in any case
                return Page(wsdl(), SITE_DATE, XML_TYPE, role="api")
            return Page(op_page() if query.get("op") == OPERATION else help_page(), SITE_DATE, role="api")
        if not asked.get("content-type", "").startswith("text/xml"):
            return Page(b"Request format is invalid: " + asked.get("content-type", "").encode("latin-1", "replace"),
                        SITE_DATE, "text/plain; charset=utf-8", status=500, role="api")
        if asked.get("soapaction", "") != SOAP_ACTION:
            return fault(f"服务器未能识别 HTTP 头 SOAPAction 的值: {asked.get('soapaction', '')}。")
        text = body[:MAX_BODY].decode("utf-8", "replace")
        found = re.search(r"<classInfoId>\s*(\d+)\s*</classInfoId>", text)
        if len(body) > MAX_BODY or f'<{OPERATION} xmlns="{NAMESPACE}"' not in text or not found:
            return fault("服务器无法读取请求。 ---> XML 文档中有错误。")
        return Page(answers.get(found.group(1), answer_envelope([], www.host)), SITE_DATE, XML_TYPE, role="api")

    def http_get_binding(method, query, headers, body):   # the HTTP GET/POST protocols are off for remote callers
        return Page(f"Request format is unrecognized for URL unexpectedly ending in '/{OPERATION}'.".encode(),
                    SITE_DATE, "text/plain; charset=utf-8", status=500, role="api")

    www.dynamic[SERVICE] = service
    www.dynamic[f"{SERVICE}/{OPERATION}"] = http_get_binding
    hrefs = [(column_path(key), label) for key, label in COLUMNS.items()]
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=hrefs[0][0],
                            news_salt="sl-news", more=tuple(hrefs[1:]))
    return urls
