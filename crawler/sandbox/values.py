"""Table values of a report (DESIGN keys) and an independent checker of the validation rules.

The checker here is written from docs/INTERNALS.md ("Validation rule ids"), not shared with parse/validate.py,
so that the sandbox's `failing_rules` are an independent statement of what a correct validator must find.
"""

from __future__ import annotations

import random

# The DESIGN keys of the tables' rows and columns: one definition, the parser's (the crawler may import parse).
from nianbao.parse.tables import COLUMNS, DENIED, GROUPS, NOT_PROCESSED, OTHER_2021, OUTCOMES, UNABLE

APPLICANTS = COLUMNS[:-1]


def outcome_rows(template: str) -> list[str]:
    rows = ["granted", "partially_granted", *(f"denied.{k}" for k in DENIED), *(f"unable.{k}" for k in UNABLE),
            *(f"not_processed.{k}" for k in NOT_PROCESSED)]
    rows += ["other"] if template == "2019" else [f"other.{k}" for k in OTHER_2021]
    return rows


def application_rows(template: str) -> list[str]:
    return ["new_received", "carried_over", *outcome_rows(template), "total", "carried_forward"]


# Relative weights of outcomes when distributing processed applications.
_OUTCOME_WEIGHT = {"granted": 45, "partially_granted": 10, "denied.state_secret": 1, "denied.prohibited_by_law": 1,
                   "denied.security_stability": 1, "denied.third_party_rights": 2, "denied.internal_affairs": 2,
                   "denied.process_info": 3, "denied.enforcement_case": 1, "denied.admin_query": 2,
                   "unable.no_info": 18, "unable.needs_creation": 4, "unable.unclear": 2,
                   "not_processed.complaint": 5, "not_processed.repeat": 3, "not_processed.publication": 1,
                   "not_processed.excessive": 1, "not_processed.confirm_info": 1, "other": 3,
                   "other.overdue_correction": 2, "other.overdue_fee": 0.3, "other.other": 2}

# Typical yearly applications (natural persons) by kind of unit: (low, high).
_VOLUME = {"gov": (8, 90), "office": (2, 30), "department": (0, 18), "township": (0, 6), "zone": (0, 5),
           "city": (40, 260)}


def _split(r: random.Random, n: int, keys: list[str]) -> dict[str, int]:
    out = dict.fromkeys(keys, 0)
    weights = [_OUTCOME_WEIGHT.get(k, 1) for k in keys]
    for _ in range(n):
        out[r.choices(keys, weights)[0]] += 1
    return out


def make_applications(r: random.Random, kind: str, template: str, carried_over: dict[str, int] | None) -> dict:
    low, high = _VOLUME[kind]
    busy = 1.0 if kind in ("gov", "city") else 0.5
    new = {"natural_person": r.randint(low, high),
           "commercial": r.randint(0, max(1, high // 10)) if r.random() < 0.6 * busy else 0,
           "research": 1 if r.random() < 0.08 else 0,
           "social_org": 1 if r.random() < 0.1 else 0,
           "legal_service": r.randint(1, 3) if r.random() < 0.25 * busy else 0,
           "other_org": r.randint(1, 2) if r.random() < 0.2 * busy else 0}
    if carried_over is None:
        carried_over = {c: (r.randint(0, 2) if new[c] > 3 and r.random() < 0.3 else 0) for c in APPLICANTS}
    rows = outcome_rows(template)
    table: dict[str, dict[str, int]] = {row: {} for row in application_rows(template)}
    for c in APPLICANTS:
        available = new[c] + carried_over[c]
        forward = r.randint(0, min(3, available // 4)) if available >= 4 and r.random() < 0.35 else 0
        parts = _split(r, available - forward, rows)
        table["new_received"][c] = new[c]
        table["carried_over"][c] = carried_over[c]
        for row in rows:
            table[row][c] = parts[row]
        table["total"][c] = available - forward
        table["carried_forward"][c] = forward
    for row in table:
        table[row]["total"] = sum(table[row][c] for c in APPLICANTS)
    return table


def make_review_litigation(r: random.Random, kind: str) -> dict:
    scale = {"gov": 6, "city": 14, "office": 2, "department": 2, "township": 1, "zone": 1}[kind]
    out = {}
    for group, share in (("review", 1.0), ("litigation_direct", 0.4), ("litigation_after_review", 0.25)):
        n = r.randint(0, scale) if r.random() < (0.7 if kind in ("gov", "city") else 0.2) * share * 1.5 else 0
        parts = dict.fromkeys(OUTCOMES[:-1], 0)
        for _ in range(n):
            parts[r.choices(OUTCOMES[:-1], (6, 2, 1, 2))[0]] += 1
        parts["total"] = n
        out[group] = parts
    return out


def _amount(r: random.Random, low: float, high: float, places: int) -> float:
    return round(r.uniform(low, high), places)


def make_active(r: random.Random, kind: str, template: str, previous: dict | None) -> dict:
    big = kind in ("gov", "city")
    small = kind in ("township", "zone")
    if template == "2019":
        made = r.randint(2, 15) if big else r.randint(0, 3)
        published = max(0, made - (1 if r.random() < 0.2 else 0))
        active = {"regulations": {"made": 0, "published": 0, "total": 0},
                  "normative_docs": {"made": made, "published": published,
                                     "total": published + (r.randint(20, 150) if big else r.randint(0, 12))}}
        for key, lo, hi in (("licensing", 20, 600), ("other_services", 5, 300), ("punishment", 0, 400),
                            ("coercion", 0, 60)):
            prev = r.randint(lo, hi) if not small else r.randint(0, 8)
            change = r.randint(-min(prev, 20), 40) if not small else r.randint(-1, 2)
            if prev + change < 0:
                change = -prev
            active[key] = {"previous": prev, "change": change,
                           "decisions": r.randint(0, 12000 if big else 900) if not small else r.randint(0, 20)}
        prev_fees = r.randint(0, 30) if not small else 0
        active["fees"] = {"previous": prev_fees, "change": r.randint(-min(prev_fees, 3), 2) if prev_fees else 0}
        active["procurement"] = {"count": r.randint(0, 180) if not small else r.randint(0, 5),
                                 "amount_wan": _amount(r, 10, 40000 if big else 900, 2) if not small else 0}
        return active
    in_force_prev = (previous or {}).get("normative_docs", {}).get("in_force")
    issued = r.randint(1, 14) if big else r.randint(0, 3)
    repealed = r.randint(0, 6) if big else r.randint(0, 1)
    base = in_force_prev if isinstance(in_force_prev, int) else (r.randint(25, 120) if big else r.randint(0, 10))
    return {"regulations": {"issued": 0, "repealed": 0, "in_force": 0},
            "normative_docs": {"issued": issued, "repealed": repealed, "in_force": max(0, base + issued - repealed)},
            "licensing": {"decisions": r.randint(100, 16000) if big else r.randint(0, 900 if not small else 30)},
            "punishment": {"decisions": r.randint(50, 3000) if big else r.randint(0, 300 if not small else 10)},
            "coercion": {"decisions": r.randint(0, 150) if big else r.randint(0, 20 if not small else 2)},
            "fees": {"amount_wan": _amount(r, 1, 900, 4) if not small and r.random() < 0.8 else 0}}


# --- deliberate faults, as found in real reports (each breaks one or more rules) ---

FAULTS = ("t3_balance", "t3_total", "t3_row", "t4", "negative")


def inject_fault(r: random.Random, tables: dict, template: str, fault: str) -> None:
    apps, review = tables["applications"], tables["review_litigation"]
    if fault == "t3_balance":      # carried-forward typed one too high in the total column
        apps["carried_forward"]["total"] += r.randint(1, 3)
    elif fault == "t3_total":      # one outcome counted twice (natural persons and total column)
        row = "granted" if apps["granted"]["natural_person"] else "unable.no_info"
        apps[row]["natural_person"] += 1
        apps[row]["total"] += 1
    elif fault == "t3_row":        # total column of the first row not updated
        apps["new_received"]["total"] += r.choice((-1, 1, 2)) if apps["new_received"]["total"] else 1
    elif fault == "t4":            # 总计 of 行政复议 does not add up
        review["review"]["total"] += r.randint(1, 2)
    elif fault == "negative":      # a minus sign where none belongs
        key = "licensing" if template == "2021" else "punishment"
        tables["active"][key]["decisions"] = -r.randint(1, 9)


# --- the independent checker ---

def _num(v) -> bool:
    # type() rather than isinstance(): bool is an int subclass, and this runs ~600 times per report (a 2,000-portal
    # sandbox checks 54,000 reports)
    return type(v) is int or type(v) is float


def failing_rules(tables: dict, template: str, prose_figures: dict | None = None,
                  previous_tables: dict | None = None) -> tuple[list[str], list[str]]:
    """(failing error rule ids, failing warning rule ids) computed from final values. Rules with a missing
    input (None) are not assessable and never fail."""
    errors: list[str] = []
    warnings: list[str] = []
    apps = tables["applications"]
    rows = outcome_rows(template)
    for c in COLUMNS:
        vals = [apps["new_received"][c], apps["carried_over"][c], apps["total"][c], apps["carried_forward"][c]]
        if all(_num(v) for v in vals) and vals[0] + vals[1] != vals[2] + vals[3]:
            errors.append(f"t3_balance:{c}")
        parts = [apps[row][c] for row in rows]
        if all(_num(v) for v in parts + [apps["total"][c]]) and sum(parts) != apps["total"][c]:
            errors.append(f"t3_total:{c}")
    for row in application_rows(template):
        vals = [apps[row][c] for c in COLUMNS]
        if all(_num(v) for v in vals) and sum(vals[:-1]) != vals[-1]:
            errors.append(f"t3_row_total:{row}")
    for group in GROUPS:
        g = tables["review_litigation"][group]
        if all(_num(g[k]) for k in OUTCOMES) and g["upheld"] + g["corrected"] + g["other"] + g["pending"] != g["total"]:
            errors.append(f"t4_total:{group}")
    if _has_negative(tables):
        errors.append("nonnegative")
    if previous_tables is not None:
        before = previous_tables["applications"]["carried_forward"]["total"]
        now = apps["carried_over"]["total"]
        if _num(before) and _num(now) and before != now:
            warnings.append("carry_continuity")
    for what, stated in sorted((prose_figures or {}).items()):
        actual = table_figure(tables, what)
        if stated is not None and actual is not None and stated != actual:
            warnings.append(f"prose_vs_table:{what}")
    return errors, warnings


def _has_negative(tables: dict) -> bool:
    for row in tables["applications"].values():
        if any(_num(v) and v < 0 for v in row.values()):
            return True
    for group in tables["review_litigation"].values():
        if any(_num(v) and v < 0 for v in group.values()):
            return True
    for cells in tables["active"].values():
        for field, v in cells.items():
            if field in ("change", "amount_wan"):   # signed by nature (本年增/减) or money
                continue
            if _num(v) and v < 0:
                return True
    return False


def table_figure(tables: dict, what: str):
    """The table value a prose figure states (None if not computable)."""
    apps, rl = tables["applications"], tables["review_litigation"]
    if what == "new_received":
        return apps["new_received"]["total"]
    if what == "carried_forward":
        return apps["carried_forward"]["total"]
    if what == "review":
        return rl["review"]["total"]
    if what == "litigation":
        a, b = rl["litigation_direct"]["total"], rl["litigation_after_review"]["total"]
        return a + b if _num(a) and _num(b) else None
    raise KeyError(what)
