"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and township's, and every report before 2019 — only in the column's 附件
`历年政府信息公开工作年度报告目录.pdf`, a list whose titles carry link annotations with URI actions, saved as a PDF 1.5
with compressed cross-references (what Acrobat's PDF 优化器 or `qpdf --object-streams=generate` write): every object
that is not a stream (the catalog, the pages, the annotations and their `/URI` actions) sits Flate-compressed in an
object stream (`/Type /ObjStm`), and the file's cross-reference is itself a compressed stream (`/Type /XRef`), with
no `xref` table and no `trailer`. No address is in the file's bytes as text, and no HTML page of the portal names
those reports (held out of tuning, seventy-first round).

Modelled on http://www.wuhu.gov.cn/openness/public/6596211/15194811.html ((文字版)2017年芜湖市政府信息公开工作年度报告:
an Anhui 信息公开 platform whose articles are `/openness/public/<column>/<id>.html`, the layout this family's
column and articles take, and a 文字版 beside other versions of the report) and
http://xxgk.ah.gov.cn/UserData/DocHtml/731/2017/3/29/5003797272865.html (安徽省人民政府2016年政府信息公开工作报告:
"电子版可在…政府信息公开平台下载", reports before 2019 kept). The PDF 目录 and its compressed object streams are this
family's choice (the cited pages are text and show no such file); the objects are reportlab's, moved by this module
into one object stream and indexed by a cross-reference stream as ISO 32000-1 §7.5.7-7.5.8 lay them out. Unlike
pdfindex (29th round: the same `/Link` annotations in a PDF 1.3's plain objects, `/URI (…)` readable in its bytes),
pdfoutline (bookmarks), pdfbutton (a form button's action) or pdfattach (an embedded file), the annotations are
readable only once the object stream is inflated and found through the cross-reference stream.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /openness/public/<column>/index.html (the government's reports since 2019, 解读, look-alikes and the 附件), the
  PDF at /openness/public/<column>/files/<YYYYMMDD><id>.pdf, articles /openness/public/<column>/<id>.html.
"""

from __future__ import annotations

import re
import zlib

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build, esc
from nianbao.crawler.sandbox.family_pdfindex import index_pdf
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report
from nianbao.crawler.sandbox.web import Page

LABEL = "政府信息公开年报"
STREAM_DICT = re.compile(rb">>\s*stream\r?\n")


def column_folder(county: County) -> str:
    return f"/openness/public/{stable_int('os-col', county.pinyin, digits=7)}/"


def plain_objects(pdf: bytes) -> tuple[dict[int, bytes], bytes]:
    """The numbered objects of a PDF with a classic `xref` table (reportlab's: one section from 0, generation 0),
    each as the text between `N 0 obj` and `endobj`, and its trailer dictionary."""
    start = int(re.search(rb"startxref\s+(\d+)", pdf).group(1))
    table = re.match(rb"xref\s+0 (\d+)\s+((?:\d{10} \d{5} [nf]\s*)+)trailer\s*(<<.*>>)\s*startxref", pdf[start:], re.S)
    offsets = [int(row[:10]) for row in re.findall(rb"\d{10} \d{5} n", table.group(2))]
    ends = sorted(offsets) + [start]
    objects = {}
    for number, offset in enumerate(offsets, 1):
        text = pdf[offset:ends[ends.index(offset) + 1]]
        body = re.match(rb"\d+ 0 obj\s*(.*?)\s*endobj\s*$", text, re.S).group(1)
        objects[number] = body
    return objects, table.group(3)


def with_object_streams(pdf: bytes) -> bytes:
    """`pdf` saved as a PDF 1.5 with compressed cross-references: every object but the streams (which cannot be)
    in one Flate-compressed object stream, the cross-reference a Flate-compressed `/Type /XRef` stream whose entries
    are of type 1 (an offset in the file) or 2 (an object stream's number and the index in it)."""
    objects, trailer = plain_objects(pdf)
    packed = {n: body for n, body in objects.items() if not STREAM_DICT.search(body)}
    holder, xref_number = len(objects) + 1, len(objects) + 2
    header, part, heads = b"", b"", []
    for number, body in packed.items():
        heads.append(b"%d %d" % (number, len(part)))
        part += body + b"\n"
    header = b" ".join(heads) + b"\n"
    data = zlib.compress(header + part, 9)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    entries = {0: (0, 0, 0xFFFF)}
    for number, body in objects.items():
        if number in packed:
            entries[number] = (2, holder, list(packed).index(number))
        else:
            entries[number] = (1, len(out), 0)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    entries[holder] = (1, len(out), 0)
    out += (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\n"
            b"endobj\n" % (holder, len(packed), len(header), len(data), data))
    entries[xref_number] = (1, len(out), 0)
    rows = zlib.compress(b"".join(bytes([kind]) + field.to_bytes(4, "big") + index.to_bytes(2, "big")
                                  for kind, field, index in (entries[n] for n in range(xref_number + 1))), 9)
    keep = b" ".join(re.findall(rb"/(?:Root|Info) \d+ 0 R|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", trailer))
    xref_at = len(out)
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] %s /Filter /FlateDecode /Length %d >>\nstream\n%s\n"
            b"endstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % (xref_number, xref_number + 1, keep, len(rows), rows,
                                                               xref_at))
    return bytes(out)


def directory_pdf(title: str, items: list[Article]) -> bytes:
    return with_object_streams(index_pdf(title, items))


def build_pdfobjstm(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    family = "pdfobjstm"
    nav = kit.zwgk_news_nav()
    www, noise, arts = kit.portal_start(b, county, family, reports, nav, server="Microsoft-IIS/10.0")
    folder = column_folder(county)
    column = folder + "index.html"
    urls: dict[str, str] = {}
    newest = kit.newest_gov_report(arts)
    non_reports = kit.column_non_reports(county, noise)   # once: each call makes new look-alike articles

    def doc_id(art: Article) -> int:
        return stable_int("os-art", county.pinyin, art.key, digits=8)

    kit.column_pages(b, www, county, family, arts + non_reports, urls, nav=nav, column=LABEL, serial=doc_id,
                     path=lambda art: f"{folder}{doc_id(art)}.html")
    shown, in_file = kit.split_for_file(arts)
    shown = kit.newest_first(shown + non_reports)
    title = f"{county.gov_name}历年政府信息公开工作年度报告目录"
    day = in_file[0].day if in_file else newest.day
    pdf_path = f"{folder}files/{day:%Y%m%d}{stable_int('os-file', county.pinyin, digits=6)}.pdf"
    b.add(www, pdf_path, Page(lambda: directory_pdf(title, in_file), b.list_date(in_file), "application/pdf"), "list")
    attachment = (f'<div class="fj"><p>附件：<a href="{pdf_path}">{esc(title)}.pdf</a></p>'
                  "<p>县直部门、乡镇及2019年以前的政府信息公开工作年度报告，请查阅附件目录（点击报告名称打开）。</p></div>")
    kit.report_list_page(b, www, county, family, column, LABEL, kit.link_list(shown) + attachment, shown, nav=nav)
    kit.guide_news_and_home(b, www, county, family, noise, newest, nav=nav, reports_href=column, news_salt="os-news")
    return urls
