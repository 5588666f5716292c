"""One annual report: its values, prose and how its body renders (HTML with DOM tables, flattened tables or
table images; the same blocks feed the PDF and DOCX writers in documents.py)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from nianbao.crawler.sandbox.names import County, Unit
from nianbao.crawler.sandbox.prose import Prose
from nianbao.crawler.sandbox.tables import Grid, active_grid, applications_grid, layout, review_grid

HEADINGS = {
    "1": "一、总体情况",
    "2": "二、主动公开政府信息情况",
    "3": "三、收到和处理政府信息公开申请情况",
    "4": "四、政府信息公开行政复议、行政诉讼情况",
    "5": "五、存在的主要问题及改进情况",
    "6": "六、其他需要报告的事项",
}
HEADING_VARIANTS = {
    "4": "四、政府信息公开行政复议、行政诉讼情况",
    "5": "五、政府信息公开工作存在的主要问题及改进情况",
}

# How the tables of an HTML page are rendered; ground truth `html_tables` is "dom", "flattened" or "image".
TABLE_STYLES = {"dom": "dom", "dom_word": "dom", "lines": "flattened", "pipes": "flattened", "tabs": "flattened",
                "image": "image"}


@dataclass
class Report:
    key: str
    county: County
    unit: Unit
    year: int
    published: date
    tables: dict
    prose: Prose
    title: str
    variants: frozenset[str] = frozenset()
    table_style: str = "dom"
    heading_variant: bool = False
    valid: bool = True
    failing_rules: list[str] = field(default_factory=list)
    revision_added: bool = False        # appears only from revision 1 on
    revision_removed: bool = False      # gone (404) from revision 1 on
    revision_edited: bool = False       # values changed in revision 1
    revision_rewritten: bool = False    # section 五 rewritten in revision 1 (same URL)
    corrects: str = ""                  # key of the report this corrected one replaces in revision 1 (new URL)
    replaced: bool = False              # replaced by a corrected report in revision 1 (its URL is gone)
    skipped: bool = False               # never published: its unit skipped this year
    host: str = ""

    @property
    def template(self) -> str:
        if self.year < 2019:
            return "pre2019"     # free-form reports under the 2008 regulation (no official tables)
        return "2019" if self.year <= 2020 else "2021"

    @property
    def agency(self) -> str:
        return self.unit.name

    def heading(self, n: str) -> str:
        return HEADING_VARIANTS.get(n, HEADINGS[n]) if self.heading_variant else HEADINGS[n]

    def grids(self) -> dict[str, Grid]:
        return {"2": active_grid(self.tables["active"], self.template, self.variants),
                "3": applications_grid(self.tables["applications"], self.template),
                "4": review_grid(self.tables["review_litigation"])}

    def blocks(self) -> list[tuple[str, object]]:
        """The report as a sequence of ("title"|"p"|"h"|"table"|"sign", content)."""
        out: list[tuple[str, object]] = [("title", self.title), ("p", self.prose.intro)]
        if self.template == "pre2019":
            for n in sorted(self.prose.sections):
                out += [("p", para) for para in self.prose.sections[n]]
            return out + [("sign", self.unit.name), ("sign", f"{self.published:%Y年%-m月%-d日}")]
        grids = self.grids()
        for n in "123456":
            out.append(("h", self.heading(n)))
            if n in grids:
                out.append(("table", grids[n]))
            for para in self.prose.sections.get(n, []):
                out.append(("p", para))
        out.append(("sign", self.unit.name))
        out.append(("sign", f"{self.published.year}年{self.published.month}月{self.published.day}日"))
        return out

    def section_texts(self) -> dict[str, str]:
        if self.template == "pre2019":
            return {n: "\n".join(paras) for n, paras in sorted(self.prose.sections.items())}
        return {n: "\n".join(self.prose.sections.get(n, [])) for n in "123456"}

    def plain_text(self) -> str:
        lines = []
        for kind, content in self.blocks():
            if kind == "table":
                matrix, _ = layout(content)  # type: ignore[arg-type]
                lines += ["\t".join(row) for row in matrix]
            else:
                lines.append(str(content))
        return "\n".join(lines)


# --- HTML body ---

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def table_dom(grid: Grid, word_style: bool = False) -> str:
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">',
           "<tbody>"]
    for row in grid:
        out.append("<tr>")
        for cell in row:
            attrs = ""
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            text = _esc(cell.text)
            if word_style:
                text = (f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:'
                        f'宋体;font-size:10.5pt">{text or "&nbsp;"}</span></p>')
                out.append(f'<td valign="middle"{attrs}>{text}</td>')
            else:
                out.append(f"<td{attrs}>{text}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def table_lines(grid: Grid) -> str:
    """One cell per line, ' |' after each and a line of '|' for the cells a colspan covers (like
    tests/samples/xinghe-county-2024.txt)."""
    lines = []
    for row in grid:
        for cell in row:
            lines.append(f"{cell.text} |")
            if cell.colspan > 1:
                lines.append("|" * (cell.colspan - 1))
    return "".join(f"<p>{_esc(line)}</p>" for line in lines)


def table_joined(grid: Grid, sep: str) -> str:
    matrix, _ = layout(grid)
    rows = [sep.join(row) for row in matrix]
    if sep == "\t":
        return '<div class="tab-table" style="white-space:pre">' + _esc("\n".join(rows)) + "</div>"
    return "".join(f"<p>{_esc(r)}</p>" for r in rows)


def body_html(report: Report, image_url=None, blocks: list[tuple[str, object]] | None = None) -> str:
    """The report body as portal editors produce it. `image_url(n)` gives the table image URL (image style);
    `blocks`: the part of report.blocks() to render (one page of an article split into pages), None for all."""
    parts = []
    for kind, content in report.blocks() if blocks is None else blocks:
        if kind == "title":
            continue
        if kind == "p":
            parts.append(f'<p style="text-indent:2em">{_esc(str(content))}</p>')
        elif kind == "h":
            parts.append(f'<p style="text-indent:2em"><strong>{_esc(str(content))}</strong></p>')
        elif kind == "sign":
            parts.append(f'<p style="text-align:right">{_esc(str(content))}</p>')
        elif kind == "table":
            grid = content
            style = report.table_style
            if style == "image":
                parts.append(f'<p style="text-align:center"><img src="{image_url(table_number(grid))}" alt="表格（图片版）" '
                             f'width="600"/></p>')
            elif style in ("dom", "dom_word"):
                parts.append(table_dom(grid, style == "dom_word"))  # type: ignore[arg-type]
            elif style == "lines":
                parts.append(table_lines(grid))  # type: ignore[arg-type]
            elif style == "pipes":
                parts.append(table_joined(grid, " | "))  # type: ignore[arg-type]
            else:
                parts.append(table_joined(grid, "\t"))  # type: ignore[arg-type]
    return "\n".join(parts)


def table_number(grid: Grid) -> str:
    """Which section a grid belongs to ("2", "3" or "4"), from its first cell."""
    first = grid[0][0].text
    if first.startswith("第二十条"):
        return "2"
    if first.startswith("（本列"):
        return "3"
    return "4"


def split_at_sections(report: Report, starts: tuple[str, ...]) -> list[list[tuple[str, object]]]:
    """report.blocks() cut into pages, as an editor's page breaks cut a long article: a page begins at the first
    block whose text begins with each of `starts` ("三、", …: a section's number, whether the section's heading is a
    heading of the official template or the first paragraph of a free-form pre-2019 report)."""
    pages: list[list[tuple[str, object]]] = [[]]
    waiting = list(starts)
    for kind, content in report.blocks():
        if waiting and kind in ("h", "p") and str(content).startswith(waiting[0]):
            waiting.pop(0)
            pages.append([])
        pages[-1].append((kind, content))
    if waiting:
        raise ValueError(f"sandbox: report {report.key} has no section {waiting[0]!r} to begin a page with")
    return pages
