"""Which copy of a report is canonical, and why.

Members of a cluster are ordered by this key (smaller is better); the first is canonical:

1. completeness of the parse (`parse_score` from the pipeline: sections found, tables filled, validation rules
   passed), in three levels: ≥ `complete_score` (0), ≥ `partial_score` (1), below (2). An HTML page whose
   tables are images loses to the PDF that has them.
2. host authority tier (`host_tier()`): 0 the agency's own site, 1 the county portal that hosts its units'
   reports, 2 a city, provincial or national platform, 3 anything else.
3. original format: position in `format_preference` (default pdf, ofd, docx, odt, doc, wps, html, mht, txt, rtf — the
   released file before its web rendering).
4. earliest `published` date, then earliest `captured_at`.
5. stable tiebreak: the URL, then the document id.

Sticky across re-crawls: a newcomer replaces the canonical only when it is strictly better on keys 1–3
(`replaces()`); a later capture that is merely older-published or earlier-sorted does not move export ids or
`canonical` fields. The reason recorded is the first key on which the canonical beats the best other member:
`complete_tables`, `authority:own_portal` / `authority:county_portal` / `authority:platform`,
`format:<fmt>`, `earliest_published`, `earliest_capture`, `tiebreak`; `only_member` for a singleton, and
`sticky` when the canonical stays although a member now sorts before it on keys 4–5.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from nianbao.archive.dedup.config import DedupConfig

if TYPE_CHECKING:   # the order reads a document's row as the deduper keeps it (no copy of its fields)
    from nianbao.archive.dedup.persist import DocRow

TIER_OWN, TIER_COUNTY, TIER_PLATFORM, TIER_OTHER = 0, 1, 2, 3
TIER_NAMES = {TIER_OWN: "own_portal", TIER_COUNTY: "county_portal", TIER_PLATFORM: "platform",
              TIER_OTHER: "other"}

# Hosts of city, provincial and national open-government platforms (tier 2 when not the portal's own).
_PLATFORM_MARKERS = ("www.gov.cn", "gkml", "xxgk", "zwgk", "zfxxgk", "open.")


def host_of(url: str | None) -> str:
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def _in_hosts(host: str, hosts) -> bool:
    for candidate in hosts or ():
        candidate = host_of(candidate) if "/" in candidate else candidate.lower().rstrip(".")
        if candidate and (host == candidate or host.endswith("." + candidate)):
            return True
    return False


def host_tier(url: str | None, portal_hosts=None, agency: str | None = None, *, portal_agency: str | None = None,
              county_hosts=None, platform_hosts=None) -> int:
    """Authority tier of a capture's host (0 best).

    `portal_hosts`: hosts of the registry portal the capture was found on (homepage host plus `hosts`;
    subdomains count as their parent). A page on one of them is tier 0 — the agency's own site — unless the
    caller says whose portal it is (`portal_agency`, the registry row's name) and the report's `agency` is
    another body (a county portal carrying a township's or a bureau's report): tier 1. A host listed in
    `county_hosts` is tier 1 too. Hosts in `platform_hosts`, or that look like a platform (www.gov.cn,
    gkml./xxgk./zwgk./open. sub-sites), are tier 2; everything else is tier 3.
    """
    from nianbao.archive.dedup.normalize import normalize_key

    host = host_of(url)
    if not host:
        return TIER_OTHER
    if _in_hosts(host, county_hosts):
        return TIER_COUNTY
    if _in_hosts(host, portal_hosts):
        if portal_agency and agency and normalize_key(portal_agency) != normalize_key(agency):
            return TIER_COUNTY
        return TIER_OWN
    if _in_hosts(host, platform_hosts) or any(marker in host for marker in _PLATFORM_MARKERS):
        return TIER_PLATFORM
    return TIER_OTHER


def completeness_level(score: float | None, config: DedupConfig) -> int:
    score = score or 0.0
    if score >= config.complete_score:
        return 0
    if score >= config.partial_score:
        return 1
    return 2


def format_rank(fmt: str | None, config: DedupConfig) -> int:
    fmt = (fmt or "").lower()
    return config.format_preference.index(fmt) if fmt in config.format_preference else len(config.format_preference)


def rank_key(doc: DocRow, config: DedupConfig) -> tuple:
    return (completeness_level(doc.parse_score, config), doc.host_tier, format_rank(doc.fmt, config),
            doc.published or "9999", doc.captured_at or "9999", doc.url or "", doc.doc_id)


def replaces(newcomer: DocRow, current: DocRow, config: DedupConfig) -> bool:
    """Sticky rule: strictly better on completeness, authority or format (keys 1–3) only."""
    return rank_key(newcomer, config)[:3] < rank_key(current, config)[:3]


def best(members: list[DocRow], config: DedupConfig) -> DocRow:
    return min(members, key=lambda m: rank_key(m, config))


def reason(canonical: DocRow, others: list[DocRow], config: DedupConfig) -> str:
    """The first key on which the canonical beats the best of the other members."""
    if not others:
        return "only_member"
    return reason_from_keys(canonical, rank_key(canonical, config), [rank_key(o, config) for o in others])


def reason_from_keys(canonical: DocRow, mine: tuple, other_keys: list[tuple]) -> str:
    """`reason` with the rank keys already computed (`mine` is the canonical's; the deduper caches them)."""
    if not other_keys:
        return "only_member"
    runner_up = min(other_keys)
    if runner_up < mine:
        return "sticky"
    names = ("complete_tables", "authority", "format", "earliest_published", "earliest_capture", "tiebreak",
             "tiebreak")
    for index, (a, b) in enumerate(zip(mine, runner_up, strict=True)):
        if a != b:
            name = names[index]
            if name == "authority":
                return f"authority:{TIER_NAMES.get(canonical.host_tier, 'other')}"
            if name == "format":
                return f"format:{canonical.fmt}"
            return name
    return "tiebreak"
