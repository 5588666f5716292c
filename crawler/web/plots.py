"""Region plots over the years, drawn by matplotlib as inline SVG (no JavaScript needed to read them).

    series = region_series(reports)      # {plot: {line label: {year: value}}} summed over the region's reports
    svg = plot_svg(title, lines)         # one SVG document, text kept as SVG <text>
    svg = timeline_svg(captures)         # a report's captures on a time axis

The pages show them as <img> of their own URLs (/region/<code>/plot/<name>.svg, /report/<id>/timeline.svg):
drawing takes matplotlib tens of milliseconds per figure, so the page itself does not wait for it, and each
figure is cached once drawn. Text is written as SVG <text> (`svg.fonttype = none`): the browser draws the Chinese
labels with the system's CJK font (WenQuanYi Zen Hei / Noto CJK) instead of matplotlib needing the glyphs.
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache

from nianbao.parse.tables import DENIED, NOT_PROCESSED, UNABLE

_LOCK = threading.Lock()   # pyplot's state machine is not thread-safe; figures are built through the OO API
                           # but matplotlib's font and text caches are shared: one drawing at a time

PLOTS = {
    "applications": "依申请公开 applications",
    "outcomes": "办理结果 outcomes",
    "reviews": "行政复议 administrative reviews",
    "lawsuits": "行政诉讼 lawsuits",
}


def _total(table: dict, row: str, col: str = "total"):
    value = (table.get(row) or {}).get(col)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _sum(values):
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def region_series(reports: list[dict]) -> dict[str, dict[str, dict[int, float]]]:
    """Per plot, per line, per year: the sum over the region's reports that state the value."""
    lines: dict[str, dict[str, dict[int, float]]] = {name: {} for name in PLOTS}

    def add(plot: str, label: str, year: int, value) -> None:
        if value is not None:
            bucket = lines[plot].setdefault(label, {})
            bucket[year] = bucket.get(year, 0) + value

    for report in reports:
        year, tables = report.get("year"), report.get("tables") or {}
        if not year or not report.get("is_report", 1):
            continue
        apps = tables.get("applications") or {}
        add("applications", "新收 new", year, _total(apps, "new_received"))
        add("applications", "上年结转 carried over", year, _total(apps, "carried_over"))
        add("outcomes", "予以公开 granted", year, _total(apps, "granted"))
        add("outcomes", "部分公开 partly", year, _total(apps, "partially_granted"))
        add("outcomes", "不予公开 denied", year, _sum(_total(apps, f"denied.{k}") for k in DENIED))
        add("outcomes", "无法提供 unable", year, _sum(_total(apps, f"unable.{k}") for k in UNABLE))
        add("outcomes", "不予处理 not processed", year,
            _sum(_total(apps, f"not_processed.{k}") for k in NOT_PROCESSED))
        rl = tables.get("review_litigation") or {}
        add("reviews", "总计 total", year, _total(rl, "review"))
        add("reviews", "结果纠正 corrected", year, _total(rl, "review", "corrected"))
        add("lawsuits", "直接起诉 direct", year, _total(rl, "litigation_direct"))
        add("lawsuits", "复议后起诉 after review", year, _total(rl, "litigation_after_review"))
        add("lawsuits", "结果纠正 corrected", year, _sum([_total(rl, "litigation_direct", "corrected"),
                                                      _total(rl, "litigation_after_review", "corrected")]))
    return lines


@lru_cache(maxsize=1)
def _setup():
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update({
        "svg.fonttype": "none", "svg.hashsalt": "nianbao",   # text as text; stable ids: same data, same bytes
        "font.family": "sans-serif",
        "font.sans-serif": ["WenQuanYi Zen Hei", "Noto Sans CJK SC", "DejaVu Sans"],
        "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
    })
    import logging

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # no warning per missing CJK font
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    return Figure, MaxNLocator


def plot_svg(title: str, lines: dict[str, dict[int, float]]) -> str:
    """A line chart of values per year as an SVG document (string)."""
    Figure, MaxNLocator = _setup()
    with _LOCK:
        fig = Figure(figsize=(5.6, 2.6))
        ax = fig.add_axes((0.08, 0.1, 0.6, 0.78))     # fixed layout: tight_layout would draw the figure twice
        for label, by_year in lines.items():
            years = sorted(by_year)
            ax.plot(years, [by_year[y] for y in years], marker="o", linewidth=1.5, markersize=3.5, label=label)
        ax.set_title(title)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(bottom=0)
        ax.grid(axis="y", linewidth=0.4, alpha=0.5)
        if lines:
            ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()


def timeline_svg(captures: tuple) -> str:
    """Captures (url, captured_at, record_type, payload_digest) on a time axis, one row per URL: a filled dot
    where content new for that URL was captured, an open circle where the same content was seen again."""
    from datetime import datetime

    Figure, _ = _setup()
    urls = list(dict.fromkeys(c[0] for c in captures))
    with _LOCK:
        height = 0.9 + 0.3 * len(urls)
        fig = Figure(figsize=(9, height))
        ax = fig.add_axes((0.42, 0.55 / height, 0.55, 1 - 0.75 / height))
        seen: dict[str, set] = {}
        for url, at, kind, digest in captures:
            when = datetime.strptime(at[:19], "%Y-%m-%dT%H:%M:%S")
            row = urls.index(url)
            new = kind == "response" and digest not in seen.setdefault(url, set())
            seen[url].add(digest)
            ax.plot([when], [row], marker="o", markersize=7, linestyle="none",
                    color="#c0392b" if new else "#2c7fb8", fillstyle="full" if new else "none")
        ax.set_yticks(range(len(urls)))
        ax.set_yticklabels([u if len(u) <= 60 else u[:28] + "…" + u[-28:] for u in urls], fontsize=7)
        ax.set_ylim(-0.6, len(urls) - 0.4)
        ax.invert_yaxis()
        ax.grid(axis="x", linewidth=0.4, alpha=0.5)
        for label in ax.get_xticklabels():
            label.set_rotation(20)
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()
