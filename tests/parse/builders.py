"""Small report documents for tests, written here (not taken from the sandbox) so the parser's tests state their
own expectations: an HTML page with DOM tables whose layout options exercise label-based reading."""

from __future__ import annotations

import io
import zipfile

from nianbao.parse.tables import COLUMNS, application_rows

COLUMN_LABELS = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构",
                 "social_org": "社会公益组织", "legal_service": "法律服务机构", "other_org": "其他", "total": "总计"}
ROW_LABELS = {
    "new_received": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开", "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied.state_secret": "1.属于国家秘密", "denied.prohibited_by_law": "2.其他法律行政法规禁止公开",
    "denied.security_stability": "3.危及“三安全一稳定”", "denied.third_party_rights": "4.保护第三方合法权益",
    "denied.internal_affairs": "5.属于三类内部事务信息", "denied.process_info": "6.属于四类过程性信息",
    "denied.enforcement_case": "7.属于行政执法案卷", "denied.admin_query": "8.属于行政查询事项",
    "unable.no_info": "1.本机关不掌握相关政府信息", "unable.needs_creation": "2.没有现成信息需要另行制作",
    "unable.unclear": "3.补正后申请内容仍不明确", "not_processed.complaint": "1.信访举报投诉类申请",
    "not_processed.repeat": "2.重复申请", "not_processed.publication": "3.要求提供公开出版物",
    "not_processed.excessive": "4.无正当理由大量反复申请",
    "not_processed.confirm_info": "5.要求行政机关确认或重新出具已获取信息", "other": "（六）其他处理",
    "other.overdue_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other.overdue_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other.other": "3.其他", "total": "（七）总计", "carried_forward": "四、结转下年度继续办理",
}
GROUP_LABELS = {"denied": "（三）不予公开", "unable": "（四）无法提供", "not_processed": "（五）不予处理",
                "other": "（六）其他处理"}


def applications_values(template: str, seed: int = 1) -> dict:
    """A consistent table 三 (every rule passes): each row's applicant cells differ, so a misplaced value shows."""
    rows = application_rows(template)
    outcomes = [r for r in rows if r not in ("new_received", "carried_over", "total", "carried_forward")]
    table: dict[str, dict] = {}
    for i, row in enumerate(outcomes):
        table[row] = {c: (i * 7 + j * seed) % 5 for j, c in enumerate(COLUMNS[:-1])}
    table["total"] = {c: sum(table[r][c] for r in outcomes) for c in COLUMNS[:-1]}
    table["carried_forward"] = {c: (j + seed) % 2 for j, c in enumerate(COLUMNS[:-1])}
    table["carried_over"] = {c: min((j * seed) % 3, table["total"][c] + table["carried_forward"][c])
                             for j, c in enumerate(COLUMNS[:-1])}
    table["new_received"] = {c: table["total"][c] + table["carried_forward"][c] - table["carried_over"][c]
                             for c in COLUMNS[:-1]}
    for cells in table.values():
        cells["total"] = sum(cells.values())
    return {row: table[row] for row in rows}


def _cell(value) -> str:
    return "" if value is None else str(value)


def applications_table(values: dict, template: str, order: list[str] | None = None, subtotal: bool = False,
                       cell=_cell) -> str:
    """Table 三 as HTML with real spans. `order`: the applicant columns left to right (by key); `subtotal`
    adds a 法人或其他组织小计 column after the five organisation columns (value = their sum)."""
    order = order or list(COLUMNS)
    orgs = [c for c in order if c in ("commercial", "research", "social_org", "legal_service", "other_org")]
    top = []
    for c in order:
        if c in orgs:
            if c == orgs[0]:
                top.append(f'<td colspan="{len(orgs) + subtotal}">法人或其他组织</td>')
            continue
        top.append(f'<td rowspan="2">{COLUMN_LABELS[c]}</td>')
    sub = "".join(f"<td>{COLUMN_LABELS[c]}</td>" for c in orgs) + ("<td>小计</td>" if subtotal else "")
    width = len(order) + subtotal
    rows = [f'<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            f'<td colspan="{width}">申请人情况</td></tr>', f"<tr>{''.join(top)}</tr>", f"<tr>{sub}</tr>"]

    def values_html(row: str) -> str:
        out = []
        for c in order:
            out.append(f"<td>{cell(values[row][c])}</td>")
            if subtotal and c == orgs[-1]:
                out.append(f"<td>{sum(values[row][o] or 0 for o in orgs)}</td>")
        return "".join(out)

    data_rows = application_rows(template)
    outcome_rows = [r for r in data_rows if r not in ("new_received", "carried_over", "carried_forward")]
    for row in data_rows:
        label = ROW_LABELS[row]
        if row in ("new_received", "carried_over", "carried_forward"):
            rows.append(f'<tr><td colspan="3">{label}</td>{values_html(row)}</tr>')
            continue
        lead = f'<td rowspan="{len(outcome_rows)}">三、本年度办理结果</td>' if row == outcome_rows[0] else ""
        group = row.split(".")[0] if "." in row else None
        if group:
            members = [r for r in data_rows if r.startswith(group + ".")]
            glabel = f'<td rowspan="{len(members)}">{GROUP_LABELS[group]}</td>' if row == members[0] else ""
            rows.append(f"<tr>{lead}{glabel}<td>{label}</td>{values_html(row)}</tr>")
        else:
            rows.append(f'<tr>{lead}<td colspan="2">{label}</td>{values_html(row)}</tr>')
    return "<table>" + "".join(rows) + "</table>"


def review_values() -> dict:
    return {"review": {"upheld": 3, "corrected": 1, "other": 0, "pending": 2, "total": 6},
            "litigation_direct": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
            "litigation_after_review": {"upheld": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1}}


def review_table(values: dict) -> str:
    labels = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    keys = ("upheld", "corrected", "other", "pending", "total")
    return ("<table><tr><td colspan='5'>行政复议</td><td colspan='10'>行政诉讼</td></tr><tr>"
            + "".join(f"<td rowspan='2'>{t}</td>" for t in labels)
            + "<td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr><tr>"
            + "".join(f"<td>{t}</td>" for t in labels * 2) + "</tr><tr>"
            + "".join(f"<td>{values[g][k]}</td>" for g in ("review", "litigation_direct", "litigation_after_review")
                      for k in keys) + "</tr></table>")


def active_2021(normative_label: str = "行政规范性文件", in_force_label: str = "现行有效件数",
                fee: str = "12.5") -> str:
    return (f"<table><tr><td colspan='4'>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td>"
            f"<td>本年废止件数</td><td>{in_force_label}</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            f"<tr><td>{normative_label}</td><td>5</td><td>1</td><td>40</td></tr>"
            "<tr><td colspan='4'>第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            "<tr><td>行政许可</td><td colspan='3'>1520</td></tr>"
            "<tr><td colspan='4'>第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            "<tr><td>行政处罚</td><td colspan='3'>/</td></tr><tr><td>行政强制</td><td colspan='3'>—</td></tr>"
            "<tr><td colspan='4'>第二十条第（八）项</td></tr><tr><td>信息内容</td>"
            "<td colspan='3'>本年收费金额（单位：万元）</td></tr>"
            f"<tr><td>行政事业性收费</td><td colspan='3'>{fee}</td></tr></table>")


def active_2019() -> str:
    head = "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
    return ("<table><tr><td colspan='4'>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年新制作数量</td>"
            "<td>本年新公开数量</td><td>对外公开总数量</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            "<tr><td>规范性文件</td><td>3</td><td>3</td><td>21</td></tr>"
            f"<tr><td colspan='4'>第二十条第（五）项</td></tr>{head}"
            "<tr><td>行政许可</td><td>120</td><td>+4</td><td>990</td></tr>"
            "<tr><td>其他对外管理服务事项</td><td>30</td><td>-2</td><td>41</td></tr>"
            f"<tr><td colspan='4'>第二十条第（六）项</td></tr>{head}"
            "<tr><td>行政处罚</td><td>80</td><td>0</td><td>312</td></tr><tr><td>行政强制</td><td>9</td><td>1</td><td>7</td></tr>"
            "<tr><td colspan='4'>第二十条第（八）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td>"
            "<td colspan='2'>本年增/减</td></tr><tr><td>行政事业性收费</td><td>6</td><td colspan='2'>-1</td></tr>"
            "<tr><td colspan='4'>第二十条第（九）项</td></tr><tr><td>信息内容</td><td>采购项目数量</td>"
            "<td colspan='2'>采购总金额</td></tr><tr><td>政府集中采购</td><td>14</td><td colspan='2'>1234.5万元</td></tr>"
            "</table>")


def page(body: str, title: str = "岚川县人民政府2023年政府信息公开工作年度报告", charset: str = "utf-8",
         pubdate: str = "2024-01-20") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_岚川县人民政府</title>
<meta name="PubDate" content="{pubdate} 09:30"><meta name="ArticleTitle" content="{title}"></head><body>
<div class="header"><div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/xxgk">信息公开</a></div></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="article"><h1>{title}</h1><div class="info">发布日期：{pubdate}　来源：县政府办</div>
<div class="TRS_Editor">{body}</div>
<div class="share">分享到：微信 微博</div></div>
<div class="xglj">相关链接：<a href="/a">国务院</a><a href="/b">省政府</a></div>
<div class="footer">主办单位：岚川县人民政府办公室 网站标识码：5190210001 蜀ICP备12345678号</div>
</body></html>"""


def report_body(template: str = "2021", apps: dict | None = None, t3: str | None = None, t4: str | None = None,
                t2: str | None = None) -> str:
    apps = apps if apps is not None else applications_values(template)
    return ("<p>一、总体情况</p><p>2023年，我县共收到政府信息公开申请"
            f"{apps['new_received']['total']}件，因政府信息公开被申请行政复议6件、提起行政诉讼3件。</p>"
            "<p>二、主动公开政府信息情况</p>" + (t2 if t2 is not None else active_2021())
            + "<p>三、收到和处理政府信息公开申请情况</p>" + (t3 if t3 is not None else applications_table(apps, template))
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + (t4 if t4 is not None else review_table(review_values()))
            + "<p>五、存在的主要问题及改进情况</p><p>一是公开深度不够。</p><p>六、其他需要报告的事项</p>"
            "<p>本年度未收取信息处理费。</p><p>岚川县人民政府办公室</p><p>2024年1月18日</p>")


def full_record() -> dict:
    """An export record with every field of parse/record.py set to a value of its own (tests/parse/test_record.py
    checks that none is missing), as the steps build it: a dict, internal `_` keys included."""
    capture = {"url": "http://lanchuan.gov.cn/old.html", "captured_at": "2024-02-01T00:00:00Z",
               "payload_digest": "sha1:OLD", "record_id": "<urn:uuid:old>", "warc": "warcs/c1/a.warc.gz",
               "offset": 10, "length": 20, "member": "2023年报/01.岚川县人民政府2023年报告.pdf",
               "member_digest": "sha1:MEMBEROLD", "truncated": "disconnect"}
    return {
        "is_report": True, "is_report_reason": "title names the report (+4)", "title": "岚川县人民政府2023年政府信息公开工作年度报告",
        "agency": "岚川县人民政府", "agency_raw": "岚川县政府",
        "agency_sources": [{"source": "self_reference", "raw": "我县", "name": "岚川县人民政府", "how": "我县 = 岚川县",
                            "rejected": "the page speaks as a 局"}],
        "table_labels": {"active": {"regulations": "规章"}}, "region_code": "990101", "level": "county_government",
        "year": 2023, "template": "2021", "published": "2024-01-20",
        "sections": {str(k): f"第{k}节" for k in range(1, 7)},
        "tables": {"active": {"regulations": {"issued": 1, "repealed": 0, "in_force": 5}, "fees": {"amount_wan": 1.5}},
                   "applications": applications_values("2021"), "review_litigation": review_values()},
        "validation": [{"rule": "t3_total:total", "status": "fail", "severity": "error", "detail": "1 ≠ 2"},
                       {"rule": "carry_continuity", "status": "fail", "severity": "warning", "detail": "3 ≠ 4"},
                       {"rule": "t4_total:review", "status": "not_assessable", "severity": "error", "detail": "blank"}],
        "errors": [{"stage": "tables", "message": "table 二 not found | as text"}],
        "ocr": {"engine": "rapidocr-onnxruntime", "tables": ["active"],
                "images": [{"url": "http://lanchuan.gov.cn/t.png", "record_id": "<urn:uuid:img>",
                            "captured_at": "2024-02-01T00:00:01Z", "payload_digest": "sha1:IMG"}],
                "values": {"active.regulations.issued": {"source": "ocr", "confidence": 0.91, "image": 0,
                                                         "bbox": [1.0, 2.0, 30.5, 40.0]}},
                "withheld": ["active.fees.amount_wan"], "failing_rules": ["nonnegative"]},
        "_format": "html",
        "id": "R0001", "_canonical_id": "<urn:uuid:new>",
        "canonical": {"url": "http://lanchuan.gov.cn/r.html", "captured_at": "2024-03-01T08:00:00Z",
                      "warc": "warcs/c2/b.warc.gz", "offset": 1234, "length": 5678, "payload_digest": "sha1:NEW",
                      "content_type": "text/html; charset=utf-8", "reason": "latest_version",
                      "member": "2023年报/01.岚川县人民政府2023年报告.pdf", "member_digest": "sha1:MEMBERNEW",
                      "truncated": "disconnect"},
        "duplicates": [{"url": "http://mirror.gov.cn/r.html", "captured_at": "2024-03-02T00:00:00Z",
                        "similarity": 0.9731, "warc": "warcs/c2/c.warc.gz", "offset": 99, "length": 77,
                        "member": "报告.docx", "member_digest": "sha1:MEMBERDUP", "truncated": "disconnect"}],
        "previous_versions": [{"id": "R0000", "url": "http://lanchuan.gov.cn/r.html",
                               "captured_at": "2024-02-01T00:00:00Z", "payload_digest": "sha1:OLD",
                               "member": "2023年报/01.岚川县人民政府2023年报告.pdf", "member_digest": "sha1:MEMBEROLD",
                               "truncated": "disconnect"}],
        "landing_pages": [{"url": "http://lanchuan.gov.cn/landing.html", "captured_at": "2024-03-01T07:59:00Z"}],
        "continuation_pages": [{"url": "http://lanchuan.gov.cn/r_1.html", "record_id": "<urn:uuid:page2>",
                                "captured_at": "2024-03-01T08:00:01Z", "payload_digest": "sha1:PAGE2"}],
        "continuation_missing": ["http://lanchuan.gov.cn/r_2.html"],
        "members_refused": [{"member": "2023年报/02.某某局2023年报告.pdf", "size": 70_000_000, "reason": "too_large",
                             "detail": "70000000 bytes, more than a document may be (67108864)"}],
        "revisions": [{"kind": "edited", "at": "2024-03-01T08:00:00Z", "old": capture,
                       "new": {**capture, "url": "http://lanchuan.gov.cn/r.html", "payload_digest": "sha1:NEW"},
                       "fields": [{"key": "published", "old": "2024-01-19", "new": "2024-01-20"}],
                       "cells": [{"key": "applications.granted.total", "old": 3, "new": 4}],
                       "sections": [{"section": "2", "diff": ["- 旧句。", "+ 新句。"]}]}],
    }


# --- OFD (GB/T 33190) packages -----------------------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"


def ofd_package(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


def ofd_text_object(ident: int, boundary: str, size: float, codes: str, extra: str = "") -> str:
    return f'<TextObject ID="{ident}" Boundary="{boundary}" Font="1" Size="{size}"{extra}>{codes}</TextObject>'


LONG_LINE = "本年度我县认真贯彻落实条例规定，不断完善依申请公开工作机制，全年共收到政府信息公开申请"


def hand_made_ofd(namespace: str | None) -> dict[str, str]:
    """Two A4 pages drawing on a template page (a header line), the document root named by an absolute path, a
    title scaled by a CTM, a paragraph wrapped at the margin, a table without ruling whose last label nearly
    touches its value, a DeltaX in its `g` shorthand, a TextObject of two TextCodes (the second inheriting X), and
    text placed beside the page."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    width = len(LONG_LINE) * 3.7

    def page(objects: str) -> str:
        return (f'{head}<Page{xmlns}><Template TemplateID="2" ZOrder="Background"/><Content><Layer ID="9">'
                f"{objects}</Layer></Content></Page>")

    first = page(
        ofd_text_object(10, "70 20 80 10", 7.4, '<TextCode X="0" Y="8">岚川县财政局2023年政府信息公开工作年度报告</TextCode>',
                     ' CTM="0.5 0 0 0.5 0 0"')
        + ofd_text_object(11, f"25 40 {width:.2f} 6", 3.7, f'<TextCode X="0" Y="3.7">{LONG_LINE}</TextCode>')
        + ofd_text_object(12, "25 46 30 6", 3.7, '<TextCode X="0" Y="3.7">12件，全部按期办结。</TextCode>')
        + ofd_text_object(13, "25 60 15 6", 3.7, '<TextCode X="0" Y="3.7">行政许可</TextCode>')
        + ofd_text_object(14, "70 60 7.4 6", 3.7, '<TextCode X="0" Y="3.7" DeltaX="g 3 1.85">5240</TextCode>')
        + ofd_text_object(15, "115 60 3.7 6", 3.7, '<TextCode X="0" Y="3.7">12</TextCode>')
        + ofd_text_object(16, "25 66 15 6", 3.7, '<TextCode X="0" Y="3.7">行政处罚</TextCode>')
        + ofd_text_object(17, "70 66 5.6 6", 3.7, '<TextCode X="0" Y="3.7">700</TextCode>')
        + ofd_text_object(18, "115 66 3.7 6", 3.7, '<TextCode X="0" Y="3.7">3</TextCode>')
        + ofd_text_object(19, "25 72 44.4 6", 3.7, '<TextCode X="0" Y="3.7">行政强制措施执行情况说明</TextCode>')
        + ofd_text_object(20, "70 72 3.7 6", 3.7, '<TextCode X="0" Y="3.7">15</TextCode>')
        + ofd_text_object(21, "115 72 3.7 6", 3.7, '<TextCode X="0" Y="3.7">0</TextCode>')
        + ofd_text_object(22, "230 80 20 6", 3.7, '<TextCode X="0" Y="3.7">页面以外的文字</TextCode>'))
    second = page(
        ofd_text_object(30, "25 30 80 6", 3.7, '<TextCode X="0" Y="3.7">二、主动公开政府信息情况</TextCode>')
        + ofd_text_object(31, "140 200 45 14", 3.7,
                       '<TextCode X="0" Y="3.7">岚川县财政局</TextCode><TextCode Y="10.2">2024年1月20日</TextCode>'))
    return {
        "OFD.xml": f'{head}<OFD{xmlns} Version="1.0" DocType="OFD"><DocBody><DocInfo><DocID>1</DocID>'
                   "<Title>岚川县财政局2023年政府信息公开工作年度报告</Title></DocInfo>"
                   "<DocRoot>/Doc_0/Document.xml</DocRoot></DocBody></OFD>",
        "Doc_0/Document.xml": f"{head}<Document{xmlns}><CommonData><MaxUnitID>40</MaxUnitID><PageArea>"
                              "<PhysicalBox>0 0 210 297</PhysicalBox></PageArea>"
                              '<TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>'
                              '</CommonData><Pages><Page ID="3" BaseLoc="Pages/Page_0/Content.xml"/>'
                              '<Page ID="4" BaseLoc="Pages/Page_1/Content.xml"/></Pages></Document>',
        "Doc_0/Tpls/Tpl_0/Content.xml": f'{head}<Page{xmlns}><Content><Layer ID="5">'
                                        + ofd_text_object(6, "25 8 160 6", 3.7,
                                                       '<TextCode X="0" Y="4">岚川县财政局文件</TextCode>')
                                        + "</Layer></Content></Page>",
        "Doc_0/Pages/Page_0/Content.xml": first,
        "Doc_0/Pages/Page_1/Content.xml": second,
    }


HAND_MADE_OFD_LINES = [
    "岚川县财政局文件",
    "岚川县财政局2023年政府信息公开工作年度报告",
    LONG_LINE + "12件，全部按期办结。",
    "行政许可 | 5240 | 12",
    "行政处罚 | 700 | 3",
    "行政强制措施执行情况说明 | 15 | 0",
    "岚川县财政局文件",
    "二、主动公开政府信息情况",
    "岚川县财政局",
    "2024年1月20日",
]
