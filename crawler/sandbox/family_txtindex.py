"""A county portal whose 政府信息公开年报 column lists only the government's own reports from 2019 on, and names every
other report — each department's and 乡镇's, and every report before 2019 — only in a plain-text 附件: the column's
`各单位政府信息公开工作年度报告目录.txt`, a 目录 typed in Windows Notepad and saved as ANSI (GBK, CRLF line ends, no
byte order mark) and served as `text/plain` with no charset, a heading a year, each report a numbered line with its
title and date, followed by a line `网址：<the report's address>` (a full-width colon against the address, no space),
and a closing note after the last address in full-width brackets. No HTML page of the portal names those reports, and
the file is no markup: its addresses are bare text among Chinese prose (held out of tuning, sixty-seventh round).

Modelled on https://guotuju.hnhx.gov.cn/portal/zwgk/xxgkpt/zfxxgknb/webinfo/2018/02/1616350650758185.htm (滑县人民政府's
2017 report in the 政府信息公开年报 column of its 信息公开平台, articles at
`/portal/zwgk/xxgkpt/zfxxgknb/webinfo/<YYYY>/<MM>/<16 digits>.htm`, the layout this family takes; "本报告的电子版可在滑县
人民政府门户网站下载": a pre-2019 report) and https://m.wenku365.com/p-33072920.html (a copy of 通许县's 2017 report:
"县政府督促政府组成部门和各乡镇政府…", the departments and 乡镇 whose reports this 目录 names). The 目录 as a Notepad
text file is this family's choice (offices attach .txt notes beside their lists; the cited pages are text and show no
such file). Unlike sitemaptxt (a site map for search engines, UTF-8, one bare URL a line, named by robots.txt) or
csvexport (a CSV export of a table's cells), the file is a human-written annex linked from the column, in GBK with no
declared charset, its addresses each a run of ASCII inside a line of Chinese text.

- www.X.gov.cn: home (news; the government's newest report), 政务公开 (/zwgk/index.html: the guide and the column),
  /portal/zwgk/xxgkpt/zfxxgknb/index.htm (the government's reports since 2019, 解读 and look-alikes, the 附件), the
  .txt at /portal/zwgk/xxgkpt/zfxxgknb/files/<YYYYMMDD><6 digits>.txt, articles
  /portal/zwgk/xxgkpt/zfxxgknb/webinfo/<YYYY>/<MM>/<16 digits>.htm.
"""

from __future__ import annotations

from nianbao.crawler.sandbox import kit
from nianbao.crawler.sandbox.build import Article, Build
from nianbao.crawler.sandbox.names import County, stable_int
from nianbao.crawler.sandbox.report import Report

ROOT = "/portal/zwgk/xxgkpt/zfxxgknb/"
COLUMN = ROOT + "index.htm"
TEXT_TYPE = "text/plain"   # what IIS and nginx send for .txt: no charset, the file's GBK undeclared
ADDRESS = "网址："


def index_text(title: str, items: list[Article]) -> bytes:
    """The 目录 as Notepad saves it (GBK, CRLF): the title, a heading a report year, a numbered line per report (its
    title and date) and under it the line `网址：<address>`; a closing note."""
    lines = [title, "（2019年以来县政府的年度报告见本栏目列表）", ""]
    for year in sorted({a.report.year for a in items}, reverse=True):
        lines.append(f"【{year}年度】")
        for n, art in enumerate((a for a in items if a.report.year == year), 1):
            lines += [f"{n}、{art.title}（{art.report.unit.name}，{art.date_text}发布）", f"    {ADDRESS}{art.url}"]
        lines.append("")
    lines.append("（如链接无法打开，请复制网址到浏览器地址栏访问。）")
    return "\r\n".join(lines).encode("gbk") + b"\r\n"


def build_txtindex(b: Build, county: County, reports: list[Report]) -> dict[str, str]:
    def doc_id(art: Article) -> int:
        return stable_int("ti-art", county.pinyin, art.key, digits=16)

    title = f"{county.name}各单位政府信息公开工作年度报告目录"
    file_id = stable_int("ti-file", county.pinyin, digits=6)
    return kit.annex_portal(b, county, "txtindex", reports, server="Microsoft-IIS/7.5", column=COLUMN, serial=doc_id,
                            article_path=lambda art: f"{ROOT}webinfo/{art.day:%Y/%m}/{doc_id(art)}.htm",
                            news_salt="ti-news", content_type=TEXT_TYPE,
                            annex_path=lambda day: f"{ROOT}files/{day:%Y%m%d}{file_id}.txt",
                            annex=lambda in_file, day: index_text(title, in_file),
                            annex_block=lambda path: kit.fj_attachment(path, f"{title}.txt",
                                                                       "各部门、各乡镇及2019年以前的年度报告见附件目录。"))
