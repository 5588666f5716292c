"""A county portal whose 政府信息公开年报 column page is a short notice, "历年年报目录（单个文件网页）", linking three
`.mht` files — Word's "save as 单个文件网页" export of the office's report registers (区政府, 区直部门, 乡镇街道), one a
unit kind, served as IIS serves .mht, `Content-Type: message/rfc822`. Each is a MIME `multipart/related` message whose
first part is the register's HTML in GBK, quoted-printable (`href=3D"…"`, lines broken at 76 characters with soft
`=` breaks that cut addresses apart), beside Word's filelist.xml part. The registers link every unit's reports of
every year, the years before 2019 included; no other page links them but the home page's newest government report
(held out of tuning, thirty-eighth round).

Modelled on http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201707/t20170721_1341809.htm (福州市晋安区2016年政府信息公开
工作年度报告, a Fujian district's pre-2019 report in the 政府信息公开年报 column, `.htm` articles) and
http://www.fuqing.gov.cn/xjwz/zfxxgk/zfbmxxgk/zfjzfzcbm/fqsmzj/zfxxgknb/201711/t20171109_1825874.htm (福清市民政局's 2016
report, a department's). The .mht registers are this family's choice (the cited pages are text); MHTML is RFC 2557,
and offices that keep registers in Word publish them so. Unlike docxindex/xlsxindex/pdfindex (a list in an Office or
PDF file) or xlshtml (an HTML table sent as an Excel download), the list is HTML, but wrapped in a mail message and
encoded: no `href="` in the bytes served, and many addresses cut apart by soft line breaks.

- www.X.gov.cn (Microsoft-IIS/7.5): home (news; the government's newest report), 政务公开 (/xjwz/zwgk/index.htm: the
  guide and the 年报 column), /xjwz/zwgk/zfxxgk/zfxxgknb/index.htm (the three .mht links),
  /xjwz/zwgk/zfxxgk/zfxxgknb/P020170101<n>.mht (message/rfc822), articles
  /xjwz/zwgk/zfxxgk/zfxxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.htm.
"""

from __future__ import annotations

from email.charset import QP, Charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Build, esc
from nianbao.crawler.sandbox.chrome import page
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

COLUMNS = {"qzf": "区政府信息公开年报目录", "bm": "区直部门信息公开年报目录", "xz": "乡镇（街道）信息公开年报目录"}
FOLDER = "/xjwz/zwgk/zfxxgk/zfxxgknb/"
SERVER = "Microsoft-IIS/7.5"
FILELIST = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../nb.htm"/>\n'
            ' <o:File HRef="filelist.xml"/>\n</xml>')


def mht(html: str, location: str) -> bytes:
    """`html` as Word's 单个文件网页 export: multipart/related, the page GBK quoted-printable, then filelist.xml."""
    gbk = Charset("gbk")
    gbk.body_encoding = QP
    message = MIMEMultipart("related", type="text/html", boundary="----=_NextPart_01D0A1B2.3C4D5E60")
    message["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.1.7601.17609"
    part = MIMEText(html, "html", gbk)
    part["Content-Location"] = location
    files = MIMEText(FILELIST, "xml", "utf-8")
    files["Content-Location"] = location.rsplit("/", 1)[0] + "/nb.files/filelist.xml"
    message.attach(part)
    message.attach(files)
    message.preamble = ("This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing"
                        " this message, your browser or editor doesn't support Web Archive files.")
    return message.as_bytes(policy=SMTP)


def register(title: str, items: list) -> str:
    """The register as Word writes it: a table of 序号, 名称 (a link to the article), 发布日期."""
    rows = "".join(f'<tr><td class="MsoNormal">{n}</td><td><a href="{esc(a.url)}">{esc(a.title)}</a></td><td>{a.date_text}'
                   "</td></tr>" for n, a in enumerate(items, 1))
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><meta name="Generator" '
            f'content="Microsoft Word 14"><title>{esc(title)}</title></head><body lang="ZH-CN"><div class="WordSection1">'
            f'<p class="MsoTitle">{esc(title)}</p><table class="MsoTableGrid" border="1"><tr><td>序号</td><td>名称</td>'
            f"<td>发布日期</td></tr>{rows}</table></div></body></html>")


def build_mhtlist(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "mhtlist"
    nav = [("首页", "/"), ("政务公开", "/xjwz/zwgk/index.htm"), ("新闻中心", "/xwzx/index.html")]
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server=SERVER)
    urls: dict[str, str] = {}
    columns = kit.unit_kind_report_columns(
        b, www, county, family, arts, noise, {k: "政府信息公开年报" for k in COLUMNS}, urls, nav=nav,
        serial=lambda key, art: stable_int("mh-art", county.pinyin, key, art.key, digits=7),
        path=lambda key, art: kit.trs_path(FOLDER, art.day, stable_int("mh-art", county.pinyin, key, art.key,
                                                                       digits=7), ".htm"))
    links = []
    for n, (key, label) in enumerate(COLUMNS.items(), 1):
        path = f"{FOLDER}P020170101{n}.mht"
        body = mht(register(f"{county.name}{label}", columns[key]), f"file:///C:/Users/admin/Desktop/{key}.htm")
        b.add(www, path, Page(body, b.list_date(columns[key]), "message/rfc822"), role="list")
        links.append(f'<li><a href="{path}">{label}（单个文件网页，.mht）</a></li>')
    notice = ("<p>本栏目历年政府信息公开工作年度报告目录以“单个文件网页”（.mht）格式提供，请下载后用浏览器打开。</p>"
              f'<ul class="mht">{"".join(links)}</ul>')
    b.html_page(www, f"{FOLDER}index.htm", page(county, family, "政府信息公开年报", f"<h2>政府信息公开年报</h2>{notice}",
                                                column="政府信息公开年报", nav=nav, host=www.host),
                b.list_date(arts), "list")
    kit.guide_section(b, www, county, family, noise["guide"], nav=nav, path="/xjwz/zwgk/index.htm", title="政务公开",
                      article_path=lambda art: kit.trs_path("/xjwz/zwgk/xxgkzn/", art.day, 1),
                      reports_href=f"{FOLDER}index.htm")
    news = kit.news_center(b, www, county, family, noise, nav=nav, label="新闻中心", list_path="/xwzx/index.html",
                           article_path=lambda art: kit.trs_path("/xwzx/", art.day, stable_int("mh-news", county.pinyin,
                                                                                          art.key, digits=7)))
    kit.news_and_report_home(b, www, county, family, news[:6], kit.newest_gov_report(arts), nav=nav)
    return urls
