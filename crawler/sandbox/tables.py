"""The three statistical tables as grids of cells with the official labels and real rowspan/colspan layout.

A grid is a list of rows, each a list of `Cell`s as they appear in HTML (cells covered by a span are absent).
`layout()` expands a grid to a full matrix for writers that need one (PDF, DOCX, flattened text).
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.crawler.sandbox.values import COLUMNS, DENIED, GROUPS, NOT_PROCESSED, OTHER_2021, UNABLE


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


Grid = list[list[Cell]]

REL_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
DENIED_LABELS = ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")
UNABLE_LABELS = ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
NOT_PROCESSED_LABELS = ("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                        "5.要求行政机关确认或重新出具已获取信息")
OTHER_2021_LABELS = ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
APPLICANT_LABELS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
OUTCOME_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

# Label variants seen in the wild (report.variants switches them on).
VARIANTS = ("normative_2021_label", "truncated_in_force", "signed_change", "unit_suffix", "slash_null")


def fmt_number(v, *, signed: bool = False, suffix: str = "") -> str:
    if v is None:
        return "/"
    if isinstance(v, float):
        text = f"{v:.4f}".rstrip("0").rstrip(".")
    else:
        text = str(v)
        if signed and v > 0:
            text = "+" + text
    return text + suffix if v is not None else text


def active_grid(active: dict, template: str, variants: frozenset[str] = frozenset()) -> Grid:
    H = lambda t, cs=1: Cell(t, colspan=cs, header=True)  # noqa: E731
    V = lambda v, cs=1, **kw: Cell(fmt_number(v, **kw), colspan=cs)  # noqa: E731
    g: Grid = []
    if template == "2019":
        signed = "signed_change" in variants
        g.append([H("第二十条第（一）项", 4)])
        g.append([H("信息内容"), H("本年新制作数量"), H("本年新公开数量"), H("对外公开总数量")])
        for key, label in (("regulations", "规章"), ("normative_docs", "规范性文件")):
            a = active[key]
            g.append([Cell(label), V(a["made"]), V(a["published"]), V(a["total"])])
        for item, rows in (("（五）", (("licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
                           ("（六）", (("punishment", "行政处罚"), ("coercion", "行政强制")))):
            g.append([H(f"第二十条第{item}项", 4)])
            g.append([H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("处理决定数量")])
            for key, label in rows:
                a = active[key]
                g.append([Cell(label), V(a["previous"]), V(a["change"], signed=signed), V(a["decisions"])])
        g.append([H("第二十条第（八）项", 4)])
        g.append([H("信息内容"), H("上一年项目数量"), H("本年增/减", 2)])
        g.append([Cell("行政事业性收费"), V(active["fees"]["previous"]), V(active["fees"]["change"], 2, signed=signed)])
        g.append([H("第二十条第（九）项", 4)])
        g.append([H("信息内容"), H("采购项目数量"), H("采购总金额", 2)])
        suffix = "万元" if "unit_suffix" in variants else ""
        g.append([Cell("政府集中采购"), V(active["procurement"]["count"]),
                  V(active["procurement"]["amount_wan"], 2, suffix=suffix)])
        return g
    g.append([H("第二十条第（一）项", 4)])
    in_force = "现行有效件" if "truncated_in_force" in variants else "现行有效件数"
    g.append([H("信息内容"), H("本年制发件数"), H("本年废止件数"), H(in_force)])
    normative = "规范性文件" if "normative_2021_label" in variants else "行政规范性文件"
    for key, label in (("regulations", "规章"), ("normative_docs", normative)):
        a = active[key]
        g.append([Cell(label), V(a["issued"]), V(a["repealed"]), V(a["in_force"])])
    g.append([H("第二十条第（五）项", 4)])
    g.append([H("信息内容"), H("本年处理决定数量", 3)])
    g.append([Cell("行政许可"), V(active["licensing"]["decisions"], 3)])
    g.append([H("第二十条第（六）项", 4)])
    g.append([H("信息内容"), H("本年处理决定数量", 3)])
    g.append([Cell("行政处罚"), V(active["punishment"]["decisions"], 3)])
    g.append([Cell("行政强制"), V(active["coercion"]["decisions"], 3)])
    g.append([H("第二十条第（八）项", 4)])
    g.append([H("信息内容"), H("本年收费金额（单位：万元）", 3)])
    suffix = "万元" if "unit_suffix" in variants else ""
    g.append([Cell("行政事业性收费"), V(active["fees"]["amount_wan"], 3, suffix=suffix)])
    return g


def applications_grid(apps: dict, template: str) -> Grid:
    def values(row: str) -> list[Cell]:
        return [Cell(fmt_number(apps[row][c])) for c in COLUMNS]

    H = lambda t, rs=1, cs=1: Cell(t, rowspan=rs, colspan=cs, header=True)  # noqa: E731
    g: Grid = [
        [H(REL_NOTE, 3, 3), H("申请人情况", 1, 7)],
        [H("自然人", 2), H("法人或其他组织", 1, 5), H("总计", 2)],
        [H(t) for t in APPLICANT_LABELS],
        [H("一、本年新收政府信息公开申请数量", 1, 3), *values("new_received")],
        [H("二、上年结转政府信息公开申请数量", 1, 3), *values("carried_over")],
    ]
    result_rows = 20 if template == "2019" else 22
    g.append([H("三、本年度办理结果", result_rows), H("（一）予以公开", 1, 2), *values("granted")])
    g.append([H("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2), *values("partially_granted")])
    for group, keys, labels in (("（三）不予公开", DENIED, DENIED_LABELS), ("（四）无法提供", UNABLE, UNABLE_LABELS),
                                ("（五）不予处理", NOT_PROCESSED, NOT_PROCESSED_LABELS)):
        prefix = group.split("）")[0][1:]
        rowname = {"三": "denied", "四": "unable", "五": "not_processed"}[prefix]
        for i, (key, label) in enumerate(zip(keys, labels, strict=True)):
            first = [H(group, len(keys))] if i == 0 else []
            g.append([*first, H(label), *values(f"{rowname}.{key}")])
    if template == "2019":
        g.append([H("（六）其他处理", 1, 2), *values("other")])
    else:
        for i, (key, label) in enumerate(zip(OTHER_2021, OTHER_2021_LABELS, strict=True)):
            first = [H("（六）其他处理", 3)] if i == 0 else []
            g.append([*first, H(label), *values(f"other.{key}")])
    g.append([H("（七）总计", 1, 2), *values("total")])
    g.append([H("四、结转下年度继续办理", 1, 3), *values("carried_forward")])
    return g


def review_grid(rl: dict) -> Grid:
    H = lambda t, rs=1, cs=1: Cell(t, rowspan=rs, colspan=cs, header=True)  # noqa: E731
    keys = ("upheld", "corrected", "other", "pending", "total")
    return [
        [H("行政复议", 1, 5), H("行政诉讼", 1, 10)],
        [*(H(t, 2) for t in OUTCOME_LABELS), H("未经复议直接起诉", 1, 5), H("复议后起诉", 1, 5)],
        [*(H(t) for t in OUTCOME_LABELS), *(H(t) for t in OUTCOME_LABELS)],
        [Cell(fmt_number(rl[g][k])) for g in GROUPS for k in keys],
    ]


def layout(grid: Grid) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Expand a grid into a full matrix of texts ('' under spans) and the spans as (col0, row0, col1, row1)."""
    taken: dict[tuple[int, int], bool] = {}
    placed: list[tuple[int, int, Cell]] = []
    width = 0
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while taken.get((r, c)):
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken[(r + dr, c + dc)] = True
            placed.append((r, c, cell))
            c += cell.colspan
            width = max(width, c)
    height = len(grid)
    matrix = [[""] * width for _ in range(height)]
    spans = []
    for r, c, cell in placed:
        matrix[r][c] = cell.text
        if cell.rowspan > 1 or cell.colspan > 1:
            spans.append((c, r, c + cell.colspan - 1, r + cell.rowspan - 1))
    return matrix, spans
