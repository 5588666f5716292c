"""Consistency rules (勾稽关系) over a parsed report, with the rule ids of docs/INTERNALS.md.

Each result is `{"rule", "status": "pass"|"fail"|"not_assessable", "severity": "error"|"warning", "detail"}`.
A rule whose inputs include a blank/null cell is `not_assessable` (never a silent pass). `carry_continuity`
needs two reports of one agency and is computed over a set of parsed reports (`carry_continuity(reports)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nianbao.parse.tables import COLUMNS, GROUPS, OUTCOMES, application_rows

APPLICANTS = COLUMNS[:-1]
SIGNED_FIELDS = frozenset({"change", "amount_wan"})   # 本年增/减 is signed; money is not a count


def _num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _result(rule: str, status: str, detail: str, severity: str = "error") -> dict:
    return {"rule": rule, "status": status, "severity": severity, "detail": detail}


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _sum_rule(rule: str, parts: dict[str, object], total_name: str, total, severity: str = "error") -> dict:
    missing = [k for k, v in parts.items() if not _num(v)] + ([] if _num(total) else [total_name])
    if missing:
        return _result(rule, "not_assessable", "blank cells: " + ", ".join(missing), severity)
    s = sum(parts.values())  # type: ignore[arg-type]
    expr = " + ".join(_fmt(v) for v in parts.values())
    if s == total:
        return _result(rule, "pass", f"{expr} = {_fmt(total)}", severity)
    return _result(rule, "fail", f"{expr} = {_fmt(s)} ≠ {total_name} {_fmt(total)}", severity)


def outcome_rows(template: str, apps: dict | None = None) -> list[str]:
    """The rows that sum to （七）总计. A 2021 table that printed （六） as one row (`other` present, its sub-rows
    null) sums with that row instead of the three."""
    rows = [r for r in application_rows(template) if r not in ("new_received", "carried_over", "total",
                                                                 "carried_forward")]
    if template == "2021" and apps and "other" in apps and all(
            all(v is None for v in (apps.get(r) or {}).values()) for r in rows if r.startswith("other.")):
        rows = [r for r in rows if not r.startswith("other.")] + ["other"]
    return rows


def validate_tables(tables: dict | None, template: str | None) -> list[dict]:
    if not tables or template not in ("2019", "2021"):
        return []
    out: list[dict] = []
    apps = tables.get("applications")
    if apps is None:
        for c in COLUMNS:
            out.append(_result(f"t3_balance:{c}", "not_assessable", "table 三 not found"))
            out.append(_result(f"t3_total:{c}", "not_assessable", "table 三 not found"))
    else:
        for c in COLUMNS:
            cell = {row: (apps.get(row) or {}).get(c) for row in apps}
            lhs = {"new_received": cell.get("new_received"), "carried_over": cell.get("carried_over")}
            rhs = {"total": cell.get("total"), "carried_forward": cell.get("carried_forward")}
            missing = [k for k, v in {**lhs, **rhs}.items() if not _num(v)]
            rule = f"t3_balance:{c}"
            if missing:
                out.append(_result(rule, "not_assessable", "blank cells: " + ", ".join(missing)))
            else:
                a, b = sum(lhs.values()), sum(rhs.values())  # type: ignore[arg-type]
                detail = (f"new_received {_fmt(lhs['new_received'])} + carried_over {_fmt(lhs['carried_over'])} = "
                          f"{_fmt(a)} {'=' if a == b else '≠'} total {_fmt(rhs['total'])} + carried_forward "
                          f"{_fmt(rhs['carried_forward'])} = {_fmt(b)}")
                out.append(_result(rule, "pass" if a == b else "fail", detail))
            out.append(_sum_rule(f"t3_total:{c}", {r: cell.get(r) for r in outcome_rows(template, apps)}, "total",
                                 cell.get("total")))
        for row in application_rows(template) + (["other"] if "other" in apps and template == "2021" else []):
            values = apps.get(row) or {}
            out.append(_sum_rule(f"t3_row_total:{row}", {c: values.get(c) for c in APPLICANTS}, "total",
                                 values.get("total")))
    review = tables.get("review_litigation")
    for group in GROUPS:
        rule = f"t4_total:{group}"
        if review is None:
            out.append(_result(rule, "not_assessable", "table 四 not found"))
            continue
        g = review.get(group) or {}
        out.append(_sum_rule(rule, {k: g.get(k) for k in OUTCOMES[:-1]}, "total", g.get("total")))
    out.append(_nonnegative(tables))
    return out


def _nonnegative(tables: dict) -> dict:
    negatives = []
    for row, cells in (tables.get("applications") or {}).items():
        negatives += [f"applications.{row}.{c}" for c, v in cells.items() if _num(v) and v < 0]
    for group, cells in (tables.get("review_litigation") or {}).items():
        negatives += [f"review_litigation.{group}.{k}" for k, v in cells.items() if _num(v) and v < 0]
    for row, cells in (tables.get("active") or {}).items():
        negatives += [f"active.{row}.{k}" for k, v in cells.items()
                      if k not in SIGNED_FIELDS and _num(v) and v < 0]
    if negatives:
        return _result("nonnegative", "fail", "negative counts: " + ", ".join(negatives))
    return _result("nonnegative", "pass", "no negative counts")


# --- prose figures ---------------------------------------------------------------------------------------

_CN_NUM = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10}
_N = r"(-?\d+|[零〇一二两三四五六七八九十]{1,3})"
_UNIT = r"\s*(?:件|起|宗|个|份|条|人次|次)"
PROSE_PATTERNS = {
    "new_received": (
        re.compile(r"(?:没有|未|无)(?:收到|受理|接到)[^。；;，,]{0,20}?申请"),
        re.compile(r"(?:收到|受理|接收到?|接到|新收)[^。；;，,]{0,30}?申请[^。；;，,\d零〇一二两三四五六七八九十]{0,8}?"
                   + _N + _UNIT),
    ),
    "carried_forward": (None, re.compile(r"结转下一?年度?(?:继续办理)?" + _N + _UNIT)),
    "review": (
        re.compile(r"(?:未发生|没有发生|无|未收到|未出现)[^。；;，,]{0,16}?行政复议"),
        re.compile(r"行政复议(?:案件|申请)?\s*(?:共)?" + _N + _UNIT),
    ),
    "litigation": (
        re.compile(r"(?:未发生|没有发生|无|未出现)[^。；;，,]{0,20}?行政诉讼"),
        re.compile(r"行政诉讼(?:案件)?\s*(?:共)?" + _N + _UNIT),
    ),
}


def _cn_int(text: str) -> int | None:
    if text.lstrip("-").isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_NUM.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_NUM.get(tens, 0) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    return _CN_NUM.get(text)


def prose_figures(text: str) -> dict[str, int]:
    """Figures stated in the prose: 共收到申请X件, 行政复议X件, 行政诉讼X件, 结转下年度X件 (first statement wins)."""
    found: dict[str, int] = {}
    for what, (none_pattern, pattern) in PROSE_PATTERNS.items():
        zero = none_pattern.search(text) if none_pattern is not None else None
        match = pattern.search(text)
        if match and (zero is None or match.start() < zero.start()):
            value = _cn_int(match.group(1))
            if value is not None:
                found[what] = value
        elif zero is not None:
            found[what] = 0
    return found


def table_figure(tables: dict | None, what: str):
    if not tables:
        return None
    apps = tables.get("applications") or {}
    rl = tables.get("review_litigation") or {}
    if what == "new_received":
        return (apps.get("new_received") or {}).get("total")
    if what == "carried_forward":
        return (apps.get("carried_forward") or {}).get("total")
    if what == "review":
        return (rl.get("review") or {}).get("total")
    if what == "litigation":
        a = (rl.get("litigation_direct") or {}).get("total")
        b = (rl.get("litigation_after_review") or {}).get("total")
        return a + b if _num(a) and _num(b) else None
    raise KeyError(what)


def prose_vs_table(prose: str, tables: dict | None) -> list[dict]:
    out = []
    for what, stated in sorted(prose_figures(prose).items()):
        rule = f"prose_vs_table:{what}"
        actual = table_figure(tables, what)
        if actual is None:
            out.append(_result(rule, "not_assessable", f"prose says {stated}; table cell is blank", "warning"))
        elif actual == stated:
            out.append(_result(rule, "pass", f"prose {stated} = table {_fmt(actual)}", "warning"))
        else:
            out.append(_result(rule, "fail", f"prose says {stated}, table says {_fmt(actual)}", "warning"))
    return out


def validate_report(tables: dict | None, template: str | None, prose: str = "") -> list[dict]:
    results = validate_tables(tables, template)
    if tables and template in ("2019", "2021"):
        results += prose_vs_table(prose, tables)
    return results


def carry_continuity(reports: Iterable[dict]) -> list[dict]:
    """Warnings over several parsed reports: carried_over(year N) == carried_forward(year N−1), per agency (the
    total column). One result per pair of consecutive years an agency has reports for; each names both years."""
    by_agency: dict[str, dict[int, dict]] = {}
    for report in reports:
        agency, year = report.get("agency"), report.get("year")
        if agency and isinstance(year, int) and report.get("is_report", True):
            by_agency.setdefault(agency, {})[year] = report
    out = []
    for agency, years in sorted(by_agency.items()):
        for year in sorted(years):
            before = years.get(year - 1)
            if before is None:
                continue
            prev = ((before.get("tables") or {}).get("applications") or {}).get("carried_forward", {}).get("total")
            now = ((years[year].get("tables") or {}).get("applications") or {}).get("carried_over", {}).get("total")
            detail = f"{agency}: carried_forward {year - 1} = {prev}, carried_over {year} = {now}"
            if not (_num(prev) and _num(now)):
                status = "not_assessable"
            else:
                status = "pass" if prev == now else "fail"
            result = _result("carry_continuity", status, detail, "warning")
            result.update({"agency": agency, "year": year})
            out.append(result)
    return out
