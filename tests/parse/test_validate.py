import copy

from nianbao.parse.tables import empty_tables
from nianbao.parse.validate import carry_continuity, prose_figures, validate_report, validate_tables

from tests.parse.builders import applications_values, review_values


def _tables(template="2021"):
    tables = empty_tables(template)
    tables["applications"] = applications_values(template)
    tables["review_litigation"] = review_values()
    for row in tables["active"].values():
        for k in row:
            row[k] = 1
    return tables


def _status(results):
    return {r["rule"]: r["status"] for r in results}


def test_a_consistent_table_passes_every_rule_with_the_documented_ids():
    results = validate_tables(_tables(), "2021")
    status = _status(results)
    assert set(status.values()) == {"pass"}
    assert "t3_balance:natural_person" in status and "t3_total:total" in status
    assert "t3_row_total:other.overdue_fee" in status and "t4_total:litigation_after_review" in status
    assert "nonnegative" in status
    assert all(set(r) == {"rule", "status", "severity", "detail"} and r["severity"] == "error" for r in results)


def test_each_fault_fails_its_rule():
    tables = _tables()
    tables["applications"]["carried_forward"]["total"] += 2
    tables["review_litigation"]["review"]["total"] += 1
    tables["applications"]["granted"]["research"] += 1
    tables["active"]["licensing"]["decisions"] = -3
    status = _status(validate_tables(tables, "2021"))
    assert status["t3_balance:total"] == "fail"
    assert status["t4_total:review"] == "fail"
    assert status["t3_row_total:granted"] == "fail" and status["t3_total:research"] == "fail"
    assert status["nonnegative"] == "fail"


def test_signed_change_and_money_are_not_negative_counts():
    tables = _tables("2019")
    tables["active"]["punishment"]["change"] = -167
    assert _status(validate_tables(tables, "2019"))["nonnegative"] == "pass"


def test_blank_cells_make_rules_not_assessable():
    tables = _tables()
    tables["applications"]["new_received"]["legal_service"] = None
    status = _status(validate_tables(tables, "2021"))
    assert status["t3_balance:legal_service"] == "not_assessable"
    assert status["t3_row_total:new_received"] == "not_assessable"
    assert status["t3_balance:natural_person"] == "pass"


def test_missing_tables_and_unknown_templates():
    tables = _tables()
    tables["applications"] = None
    assert _status(validate_tables(tables, "2021"))["t3_balance:total"] == "not_assessable"
    assert validate_tables(None, "pre2019") == []


def test_prose_figures_and_warnings():
    prose = "2023年，我县共收到政府信息公开申请12件，因政府信息公开被申请行政复议二件、提起行政诉讼3件。"
    assert prose_figures(prose) == {"new_received": 12, "review": 2, "litigation": 3}
    assert prose_figures("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。") == {"review": 0, "litigation": 0}
    assert prose_figures("2019年我社没有收到公开政府信息申请。") == {"new_received": 0}
    tables = _tables()
    tables["applications"]["new_received"]["total"] = 12
    results = [r for r in validate_report(tables, "2021", prose) if r["rule"].startswith("prose_vs_table")]
    assert _status(results) == {"prose_vs_table:new_received": "pass", "prose_vs_table:review": "fail",
                                "prose_vs_table:litigation": "pass"}
    assert all(r["severity"] == "warning" for r in results)


def test_carry_continuity_over_reports_of_one_agency():
    a2022 = {"agency": "甲县人民政府", "year": 2022, "tables": _tables()}
    a2023 = {"agency": "甲县人民政府", "year": 2023, "tables": copy.deepcopy(_tables())}
    a2022["tables"]["applications"]["carried_forward"]["total"] = 3
    a2023["tables"]["applications"]["carried_over"]["total"] = 3
    other = {"agency": "乙县人民政府", "year": 2023, "tables": _tables()}
    results = carry_continuity([a2023, other, a2022])
    assert [(r["rule"], r["status"], r["severity"], r["year"]) for r in results] == [
        ("carry_continuity", "pass", "warning", 2023)]
    a2023["tables"]["applications"]["carried_over"]["total"] = 4
    assert carry_continuity([a2022, a2023])[0]["status"] == "fail"
    a2023["tables"]["applications"] = None
    assert carry_continuity([a2022, a2023])[0]["status"] == "not_assessable"
