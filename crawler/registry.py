"""The portal registry: which government portals to crawl (CSV with a header row, or a YAML list)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from nianbao.crawler.discovery.site import SiteScope

REQUIRED_FIELDS = ("id", "name", "region_code", "level", "homepage")
_REGION_CODE = re.compile(r"^\d{6}$")
_PORTAL_ID = re.compile(r"^[A-Za-z0-9_.-]+$")


class RegistryError(ValueError):
    """The registry cannot be used; the message says which row and how to fix it."""


@dataclass(frozen=True)
class Portal:
    id: str
    name: str
    region_code: str
    level: str
    homepage: str
    hosts: tuple[str, ...] = ()
    hints: str = ""
    robots_override: str = ""  # a stated reason to ignore robots.txt for this portal; empty = obey
    requisite_hosts: tuple[str, ...] = ()  # extra hosts (a CDN) for page requisites only: images, CSS, fonts
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def home_host(self) -> str:
        return (urlsplit(self.homepage).hostname or "").lower()

    @property
    def scope_hosts(self) -> frozenset[str]:
        """The hosts named for this portal: the homepage's host and the declared ones (see `site` for scope)."""
        return frozenset({self.home_host, *(h.lower() for h in self.hosts)})

    @cached_property   # a frozen dataclass still has a __dict__, which cached_property writes directly
    def site(self) -> SiteScope:
        """What the crawler may fetch for this portal: its registered domain's hosts plus the declared ones."""
        return SiteScope.of(self.home_host, self.hosts)

    def hint_urls(self) -> list[str]:
        return [h for h in self.hints.split() if h.startswith(("http://", "https://"))]


def _portal_from_row(row: dict, where: str) -> Portal:
    row = {str(k).strip(): ("" if v is None else str(v).strip()) for k, v in row.items() if k is not None}
    missing = [f for f in REQUIRED_FIELDS if not row.get(f)]
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(missing)} (required columns: {', '.join(REQUIRED_FIELDS)})")
    if not _PORTAL_ID.match(row["id"]):
        raise RegistryError(f"{where}: id {row['id']!r} may only contain letters, digits, '_', '-' and '.'")
    if not _REGION_CODE.match(row["region_code"]):
        raise RegistryError(f"{where}: region_code {row['region_code']!r} must be the 6-digit GB/T 2260 code")
    parts = urlsplit(row["homepage"])
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RegistryError(f"{where}: homepage {row['homepage']!r} must be an absolute http(s) URL")
    known = set(REQUIRED_FIELDS) | {"hosts", "hints", "robots_override", "requisite_hosts"}
    return Portal(
        id=row["id"], name=row["name"], region_code=row["region_code"], level=row["level"],
        homepage=row["homepage"], hosts=tuple(row.get("hosts", "").split()), hints=row.get("hints", ""),
        robots_override=row.get("robots_override", ""),
        requisite_hosts=tuple(h.lower() for h in row.get("requisite_hosts", "").split()),
        extra={k: v for k, v in row.items() if k not in known},
    )


def parse_registry(text: str, name: str = "registry") -> list[Portal]:
    """Parse registry text; YAML when it looks like a YAML list, else CSV."""
    stripped = text.lstrip("\ufeff").lstrip()
    if stripped.startswith("-") or name.endswith((".yaml", ".yml")):
        try:
            rows = yaml.safe_load(stripped) or []
        except yaml.YAMLError as exc:
            raise RegistryError(f"{name}: not valid YAML ({exc})") from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise RegistryError(f"{name}: a YAML registry must be a list of mappings, one per portal")
        where = [f"{name}: item {i + 1}" for i in range(len(rows))]
    else:
        reader = csv.DictReader(io.StringIO(stripped))
        if not reader.fieldnames or "id" not in [f.strip() for f in reader.fieldnames]:
            raise RegistryError(f"{name}: CSV needs a header row with {', '.join(REQUIRED_FIELDS)}")
        rows = list(reader)
        where = [f"{name}: line {i + 2}" for i in range(len(rows))]
    portals = [_portal_from_row(row, w) for row, w in zip(rows, where, strict=True)]
    seen: set[str] = set()
    for portal in portals:
        if portal.id in seen:
            raise RegistryError(f"{name}: portal id {portal.id!r} appears twice")
        seen.add(portal.id)
    return portals


def load_registry(path: str | Path) -> list[Portal]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RegistryError(f"registry file {path} does not exist (pass --registry FILE)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read registry {path}: {exc} (it must be a UTF-8 CSV or YAML file)") from exc
    return parse_registry(text, path.name)


def select_portals(portals: list[Portal], ids: list[str] | None) -> list[Portal]:
    if not ids:
        return portals
    by_id = {p.id: p for p in portals}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise RegistryError(f"unknown portal id(s): {', '.join(unknown)}; known: {', '.join(sorted(by_id)) or 'none'}")
    return [by_id[i] for i in ids]


def registry_to_csv(portals: list[Portal]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    cdn = any(p.requisite_hosts for p in portals)   # the column only when used: older snapshots stay the same
    writer.writerow([*REQUIRED_FIELDS, "hosts", "hints", "robots_override"] + (["requisite_hosts"] if cdn else []))
    for p in portals:
        writer.writerow([p.id, p.name, p.region_code, p.level, p.homepage, " ".join(p.hosts), p.hints,
                         p.robots_override] + ([" ".join(p.requisite_hosts)] if cdn else []))
    return out.getvalue()
