"""Mangled reports (truncated, shuffled, random bytes, deleted cells): no exception escapes parse_report, every
failure is a structured error, and a deleted cell never shifts a value into the wrong place."""

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nianbao.parse.report import parse_report
from nianbao.parse.values import is_value

from tests.parse.builders import OFD_NS, hand_made_ofd, ofd_package, page, report_body
from tests.parse.conftest import GOLD, SAMPLES

SAMPLE_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
GOLDS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in GOLD.glob("*.json")}
NAMES = sorted(SAMPLE_TEXTS)
FIELDS = {"is_report", "title", "agency", "region_code", "level", "year", "template", "published", "sections",
          "tables", "validation", "errors"}
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_well_formed(record: dict) -> None:
    assert FIELDS <= set(record)
    json.dumps(record, ensure_ascii=False)            # exportable as is
    for error in record["errors"]:
        assert set(error) == {"stage", "message"} and isinstance(error["message"], str) and error["message"]
    for result in record["validation"]:
        assert result["status"] in ("pass", "fail", "not_assessable")
        assert result["severity"] in ("error", "warning") and result["rule"]
    assert record["template"] in ("2019", "2021", "pre2019", "unknown")
    assert isinstance(record["is_report"], bool)


def assert_no_misplaced_value(record: dict, gold: dict) -> None:
    """Every cell the parser filled holds the gold value: damage may blank cells, never move values."""
    for table, rows in (record["tables"] or {}).items():
        for row, cells in (rows or {}).items():
            for column, value in cells.items():
                if value is not None and record["template"] == gold["template"]:
                    expected = gold["tables"][table][row][column] if gold["tables"][table] else None
                    assert value == expected, f"{table}.{row}.{column}: {value} (gold {expected})"


@FAST
@given(st.binary(max_size=4000), st.sampled_from([None, "text/html", "application/pdf", "text/plain",
                                                    "application/msword", "application/ofd"]))
def test_random_bytes(data, content_type):
    assert_well_formed(parse_report(data, content_type, None))


@FAST
@given(st.sampled_from(NAMES), st.floats(0, 1))
def test_truncated_samples(name, fraction):
    data = SAMPLE_TEXTS[name].encode("utf-8")
    assert_well_formed(parse_report(data[: int(len(data) * fraction)], "text/plain", None))


@FAST
@given(st.sampled_from(NAMES), st.randoms(use_true_random=False))
def test_shuffled_lines(name, rng):
    lines = SAMPLE_TEXTS[name].split("\n")
    rng.shuffle(lines)
    assert_well_formed(parse_report("\n".join(lines).encode("utf-8"), "text/plain", None))


def value_cells(lines: list[str]) -> list[tuple[int, int, int]]:
    """(line, start, end) of every cell holding a value, cells being separated by `|`, tabs or line ends."""
    out = []
    for i, line in enumerate(lines):
        for match in re.finditer(r"[^|\t]+", line):
            text = match.group().strip(" \u00a0")
            if text and is_value(text):
                out.append((i, match.start(), match.end()))
    return out


@FAST
@given(st.sampled_from(NAMES), st.data())
def test_deleting_value_cells_never_misplaces_values(name, data):
    lines = SAMPLE_TEXTS[name].split("\n")
    doomed = data.draw(st.sets(st.sampled_from(value_cells(lines)), min_size=1, max_size=3))
    for i, start, end in sorted(doomed, key=lambda d: -d[1]):
        lines[i] = lines[i][:start] + " " + lines[i][end:]
    record = parse_report("\n".join(lines).encode("utf-8"), "text/plain", None)
    assert_well_formed(record)
    assert_no_misplaced_value(record, GOLDS[name])


@FAST
@given(st.sampled_from(NAMES), st.data())
def test_deleting_any_one_line_never_misplaces_values(name, data):
    lines = SAMPLE_TEXTS[name].split("\n")
    doomed = data.draw(st.integers(0, len(lines) - 1))
    record = parse_report("\n".join(lines[:doomed] + lines[doomed + 1:]).encode("utf-8"), "text/plain", None)
    assert_well_formed(record)
    assert_no_misplaced_value(record, GOLDS[name])


@FAST
@given(st.data())
def test_mangled_html(data):
    html = page(report_body())
    cuts = data.draw(st.lists(st.tuples(st.integers(0, len(html)), st.integers(0, 40)), max_size=6))
    for start, length in cuts:
        html = html[:start] + html[start + length:]
    encoding = data.draw(st.sampled_from(["utf-8", "gb18030", "utf-16"]))
    assert_well_formed(parse_report(html.encode(encoding, errors="replace"), "text/html", None))


@FAST
@given(st.data())
def test_mangled_ofd(data):
    """Cuts in one XML part of a well-formed package (the zip stays readable), or in the zip's bytes."""
    members = hand_made_ofd(data.draw(st.sampled_from([OFD_NS, None])))
    name = data.draw(st.sampled_from(sorted(members)))
    cuts = data.draw(st.lists(st.tuples(st.integers(0, len(members[name])), st.integers(0, 40)), max_size=6))
    for start, length in cuts:
        members[name] = members[name][:start] + members[name][start + length:]
    body = ofd_package(members)
    if data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(body)))
        body = body[:start] + body[start + data.draw(st.integers(0, 200)):]
    assert_well_formed(parse_report(body, "application/ofd", "http://www.x.gov.cn/nb.ofd"))
