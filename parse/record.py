"""The export record (docs/DESIGN.md "Exported report", with the extras of docs/INTERNALS.md): one typed
definition of every field a report record carries, each with its description. The JSONL, Parquet and CSV writers
(parse/export.py) and the data card derive their columns and their field list from it.

The steps still build records as dicts (archive/steps.py, archive/revisions.py, archive/ocr_images.py).
`ReportRecord.from_dict(d)` reads one and refuses a key defined nowhere here (a field a step adds without a
definition stops the export loudly instead of going missing from Parquet and CSV); `to_dict()` gives it back
exactly: a key the producer did not set stays out (`ABSENT`, which is not null), and keys keep the order they were
read in, so a JSONL export is byte for byte the `json.dumps` of the step's dict. A record built in code writes its
fields in definition order, which is the column order of Parquet and CSV.

Field metadata, set with `item()`: `description` (the data card's text); `key` (the JSON key where it is not a
Python name: sections "1"…"6"); `kind` where the annotation does not say how Parquet and CSV hold a value —
`date` and `timestamp` (ISO 8601 strings in JSONL and CSV, typed in Parquet), `int32`, `json` (JSON text in both
Parquet and CSV), `cells` (the tables: one typed column per cell, parse/export.py `TABLE_COLUMNS`); `summary`
(for a list: CSV columns derived from it, `{suffix: function of the list of dicts}`; the whole list is in the CSV
column `<name>.json`); `csv_last` for a scalar added after the CSV layout was released (its column comes after all
the others, so the released ones keep their places): `True` (1) for the first additions, `2` for those after them, …
(within one addition, in the record's field order), so each addition's columns come after every earlier one's.

Hand-written rather than cattrs/dacite/pydantic: what the converter must keep — absent versus null, and key order —
is what those libraries normalise away, and it is a few lines over `dataclasses`.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, NamedTuple


class Absent(enum.Enum):
    """A field the producer did not set: left out of the JSON object (null is a value, absent is not)."""
    ABSENT = "absent"

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = Absent.ABSENT
KINDS = ("date", "timestamp", "int32", "json", "cells")


class UnknownField(ValueError):
    """A record holds a key the export record does not define."""


def item(description: str, *, key: str | None = None, kind: str | None = None,
         summary: dict[str, Callable[[list[dict]], Any]] | None = None, csv_last: bool | int = False) -> Any:
    """A record field: absent unless set, with the metadata the exports and the data card read."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"field kind {kind!r}: one of {', '.join(KINDS)}")
    return field(default=ABSENT, metadata={"description": description, "key": key, "kind": kind,
                                           "summary": summary or {}, "csv_last": int(csv_last)})


# --- CSV summaries of lists (the columns of earlier releases; `<name>.json` holds the whole list) -----------------

def _count(items: list[dict]) -> int:
    return len(items)


def _urls(items: list[dict]) -> str | None:
    return " ".join(i.get("url") or "" for i in items) or None


def _urls_at(items: list[dict]) -> str | None:
    return " ".join(f"{i.get('url') or ''}@{i.get('captured_at') or ''}" for i in items) or None


def _rules(severity: str, default: str | None) -> Callable[[list[dict]], str | None]:
    """Failing rules of one severity (`default`: the severity of a result that names none)."""
    def failing(items: list[dict]) -> str | None:
        return ";".join(str(i.get("rule")) for i in items if i.get("status") == "fail"
                        and i.get("severity", default) == severity) or None
    failing.__name__ = f"failing_{severity}s"
    return failing


def _not_assessable(items: list[dict]) -> int:
    return sum(1 for i in items if i.get("status") == "not_assessable")


def _stage_messages(items: list[dict]) -> str | None:
    return " | ".join(f"{i.get('stage')}: {i.get('message')}" for i in items) or None


# --- the record ----------------------------------------------------------------------------------------------

R = typing.TypeVar("R", bound="Record")


class Record:
    """Reading and writing the JSON form, shared by every record dataclass."""

    @classmethod
    def from_dict(cls: type[R], data: dict, path: str = "") -> R:
        if not isinstance(data, dict):
            raise TypeError(f"export record {path or cls.__name__}: expected an object, got {type(data).__name__}")
        by_key = _fields_by_key(cls)
        values, order = {}, []
        for key, value in data.items():
            if not path and str(key).startswith("_"):
                continue                    # internal keys of the steps (`_canonical_id`, …): never exported
            spec = by_key.get(key)
            if spec is None:
                raise UnknownField(f"export record {path or cls.__name__}: no field {key!r} in {cls.__name__}; "
                                   f"define it in parse/record.py (with a description) so every export format "
                                   f"carries it")
            name, read = spec
            values[name] = value if read is None or value is None else read(value, f"{path}.{key}" if path else key)
            order.append(name)
        record = cls(**values)
        record._key_order = tuple(order)
        return record

    def to_dict(self) -> dict:
        out = {}
        for name, key, write in _writers(type(self), getattr(self, "_key_order", ())):
            value = getattr(self, name)
            if value is not ABSENT:
                out[key] = value if write is None or value is None else write(value)
        return out


def json_key(f) -> str:
    return f.metadata.get("key") or f.name


@functools.cache
def hints(cls) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def unwrap(hint) -> Any:
    """`X | None` → X (the record's fields may all be null)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


# Converters are built once per annotation (a report has hundreds of table cells: no per-value type inspection).
# None means "keep the value as it is": scalars, and lists or mappings with no record inside.

@functools.cache
def _fields_by_key(cls) -> dict[str, tuple[str, Callable | None]]:
    return {json_key(f): (f.name, _reader(hints(cls)[f.name])) for f in fields(cls)}


@functools.cache
def _writers(cls, order: tuple) -> tuple[tuple[str, str, Callable | None], ...]:
    """(name, JSON key, writer) per field: the fields read in, in their order, then the others in definition
    order."""
    by_name = {f.name: f for f in fields(cls)}
    names = dict.fromkeys([*order, *by_name])
    return tuple((name, json_key(by_name[name]), _writer(hints(cls)[name])) for name in names)


@functools.cache
def _reader(hint) -> Callable[[Any, str], Any] | None:
    """Records inside a value become dataclasses. A value of another shape than its definition (a string where an
    object belongs…) is kept as given, and the flat writers null what they cannot type: one odd value does not
    stop an export; an undefined key does."""
    hint = unwrap(hint)
    origin = typing.get_origin(hint)
    if isinstance(hint, type) and issubclass(hint, Record):
        return lambda value, path: hint.from_dict(value, path) if isinstance(value, dict) else value
    if origin is list:
        inner = _reader(typing.get_args(hint)[0])
        if inner is None:
            return None

        def read_list(value, path):
            if not isinstance(value, list):
                return value
            return [None if v is None else inner(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return read_list
    if origin is dict:
        inner = _reader(typing.get_args(hint)[1])
        if inner is None:
            return None

        def read_mapping(value, path):
            if not isinstance(value, dict):
                return value
            return {k: None if v is None else inner(v, f"{path}.{k}") for k, v in value.items()}
        return read_mapping
    return None         # a scalar, kept as given: the writers type it (JSONL must stay what the step wrote)


@functools.cache
def _writer(hint) -> Callable[[Any], Any] | None:
    hint = unwrap(hint)
    origin = typing.get_origin(hint)
    if isinstance(hint, type) and issubclass(hint, Record):
        return lambda value: value.to_dict() if isinstance(value, Record) else value
    inner = _writer(typing.get_args(hint)[-1]) if origin in (list, dict) else None
    if inner is None:
        return None
    if origin is list:
        return lambda value: [None if v is None else inner(v) for v in value] if isinstance(value, list) else value
    return lambda value: {k: None if v is None else inner(v) for k, v in value.items()} if isinstance(value, dict) \
        else value


@dataclass
class Canonical(Record):
    url: str | None = item("URL of the copy the record was parsed from")
    captured_at: str | None = item("capture time (UTC)", kind="timestamp")
    warc: str | None = item("the WARC file in the archive store holding the response record the record was "
                            "parsed from")
    offset: int | None = item("byte offset of that response record in the WARC file")
    length: int | None = item("byte length of that response record")
    payload_digest: str | None = item("`sha1:` base32 digest of the payload")
    content_type: str | None = item("HTTP Content-Type of the capture")
    reason: str | None = item("why this copy was chosen as canonical: `latest_version` (the current content of a "
                              "report edited in place), `correction` (a corrected report that replaced a gone one), "
                              "or the dedup's pick (own site, format, completeness)")
    member: str | None = item("when the document is a member of the zip archive at `url` (a portal's 打包下载 of "
                              "many reports), its path in the archive; absent for a whole payload", csv_last=True)
    member_digest: str | None = item("`sha1:` base32 digest of that member's own bytes (present with `member`)",
                                     csv_last=True)
    truncated: str | None = item("`disconnect` when the answer was cut short before its declared length (the "
                                 "WARC record says `WARC-Truncated`): its text may end early; absent for a whole "
                                 "answer", csv_last=2)


@dataclass
class Duplicate(Record):
    url: str | None = item("URL of the other capture")
    captured_at: str | None = item("its capture time (UTC)", kind="timestamp")
    similarity: float | None = item("text similarity to the canonical copy (0–1)")
    warc: str | None = item("the WARC file holding its response record")
    offset: int | None = item("byte offset of its response record")
    length: int | None = item("byte length of its response record")
    member: str | None = item("its path in the zip archive at `url`, when it is a member of one")
    member_digest: str | None = item("`sha1:` base32 digest of that member's own bytes (present with `member`)")
    truncated: str | None = item("`disconnect` when its answer was cut short (`WARC-Truncated`); absent when whole")


@dataclass
class PreviousVersion(Record):
    id: str | None = item("the report id that version had")
    url: str | None = item("URL of the earlier capture")
    captured_at: str | None = item("its capture time (UTC)", kind="timestamp")
    payload_digest: str | None = item("`sha1:` digest of its payload")
    member: str | None = item("its path in the zip archive at `url`, when it is a member of one")
    member_digest: str | None = item("`sha1:` base32 digest of that member's own bytes (present with `member`)")
    truncated: str | None = item("`disconnect` when its answer was cut short (`WARC-Truncated`); absent when whole")


@dataclass
class LandingPage(Record):
    url: str | None = item("URL of the landing page")
    captured_at: str | None = item("its capture time (UTC)", kind="timestamp")


@dataclass
class ContinuationPage(Record):
    url: str | None = item("URL of the later page")
    record_id: str | None = item("WARC-Record-ID of its capture")
    captured_at: str | None = item("its capture time (UTC)", kind="timestamp")
    payload_digest: str | None = item("`sha1:` digest of its payload")


@dataclass
class Sections(Record):
    s1: str | None = item("section 一 (overview)", key="1")
    s2: str | None = item("section 二 (information published on the body's own initiative)", key="2")
    s3: str | None = item("section 三 (requests for information and how they were handled)", key="3")
    s4: str | None = item("section 四 (administrative review and litigation)", key="4")
    s5: str | None = item("section 五 (problems and improvements)", key="5")
    s6: str | None = item("section 六 (other matters)", key="6")


TableRows = dict[str, dict[str, float | int | None]]     # row key → column → value (keys: the data card)


@dataclass
class Tables(Record):
    active: TableRows | None = item("table 二: information published on the body's own initiative")
    applications: TableRows | None = item("table 三: requests received and how they were handled")
    review_litigation: TableRows | None = item("table 四: administrative review and litigation")


@dataclass
class MemberRefused(Record):
    member: str | None = item("its path in the archive (`<inner archive>!/<member>` inside an archive in it)")
    size: int | None = item("its size in bytes as the archive's headers declare it (null when they do not)")
    reason: str | None = item("why it was not read: `too_large` (over 64 MiB), `unpack_limit` (an archive in the "
                              "archive beyond the member and size bounds left), `nested_archive` (archives nested "
                              "too deep), `encrypted`, `compression` (a zip method not read within bounds), "
                              "`broken` (its data unreadable), `duplicate_name`")
    detail: str | None = item("the reason in words")


@dataclass
class ValidationResult(Record):
    rule: str | None = item("rule id (see \"Validation rule ids\")")
    status: str | None = item("`pass`, `fail` or `not_assessable` (a blank input cell)")
    severity: str | None = item("`error` or `warning`")
    detail: str | None = item("the figures the rule compared")


@dataclass
class ParseError(Record):
    stage: str | None = item("where it happened (`extract`, `sections`, `tables`, `metadata`, `ocr`, …)")
    message: str | None = item("what could not be parsed")


@dataclass
class AgencySource(Record):
    source: str | None = item("where the name was found: `title`, `compiled_by` (本报告由…编制), `hint`, "
                              "`metadata`, `announcement`, `joint_name` (以…人民政府及其办公室名义), `opening_subject`, `self_reference` (我区/我局), "
                              "`contact`, `site`, `url`, `url_township` (a quoted name + kind the URL spells), `own_document`, `url_county`, `portal`")
    raw: str | None = item("the name as printed there")
    name: str | None = item("the name normalised")
    how: str | None = item("how a name that is not printed was resolved (我区 = …, a URL's unit)")
    rejected: str | None = item("why this candidate was not taken (e.g. the page speaks as another kind of unit)")


@dataclass
class RevisionCapture(Record):
    url: str | None = item("URL of the capture")
    captured_at: str | None = item("capture time (UTC)")
    payload_digest: str | None = item("`sha1:` digest of its payload")
    record_id: str | None = item("WARC-Record-ID of its response record")
    warc: str | None = item("the WARC file holding it")
    offset: int | None = item("byte offset of the record")
    length: int | None = item("byte length of the record")
    member: str | None = item("its path in the zip archive at `url`, when it is a member of one")
    member_digest: str | None = item("`sha1:` base32 digest of that member's own bytes (present with `member`)")
    truncated: str | None = item("`disconnect` when its answer was cut short (`WARC-Truncated`); absent when whole")


@dataclass
class Change(Record):
    key: str | None = item("the field name, or the cell's column name (`<table>.<row>.<column>`)")
    old: Any = item("value before")
    new: Any = item("value after")


@dataclass
class SectionChange(Record):
    section: str | None = item("section number `1`–`6`")
    diff: list[str] | None = item("sentence-level diff, `- old` / `+ new` lines (a few; the captures hold the rest)")


@dataclass
class Revision(Record):
    kind: str | None = item("`edited` (same URL, new content), `replaced` (a correction at a new URL), `gone`")
    at: str | None = item("capture time of the new version; for `gone`, when it was found gone")
    old: RevisionCapture | None = item("the capture before")
    new: RevisionCapture | None = item("the capture after (null for `gone`)")
    fields: list[Change] | None = item("metadata that changed (`title`, `published`, `agency`, `year`)")
    cells: list[Change] | None = item("table cells that changed")
    sections: list[SectionChange] | None = item("sections whose text changed")


@dataclass
class OcrImage(Record):
    url: str | None = item("URL of the image")
    record_id: str | None = item("WARC-Record-ID of its capture")
    captured_at: str | None = item("its capture time (UTC)")
    payload_digest: str | None = item("`sha1:` digest of the image")


@dataclass
class OcrValue(Record):
    source: str | None = item("`ocr`")
    confidence: float | None = item("the engine's confidence, 0–1")
    image: int | None = item("index into `ocr.images` of the image it was read from")
    bbox: list[float] | None = item("`[left, top, right, bottom]` in that image's pixels")


@dataclass
class Ocr(Record):
    engine: str | None = item("the OCR engine")
    tables: list[str] | None = item("which tables were read from images")
    images: list[OcrImage] | None = item("the archived images read")
    values: dict[str, OcrValue] | None = item("per cell key (`<table>.<row>.<column>`): where the value was read")
    withheld: list[str] | None = item("cell keys nulled because a consistency rule over them failed")
    failing_rules: list[str] | None = item("the rules that failed on the values read")


@dataclass
class ReportRecord(Record):
    """One exported report (or, with `export --all`, one parsed document)."""
    id: str | None = item("report id (the near-duplicate cluster id; stable across re-runs and edits)")
    is_report: bool | None = item("false for a 解读, 通知, news page or anything else that is not an annual report")
    title: str | None = item("title as published (null when the document has none)")
    agency: str | None = item("reporting body, normalised (e.g. 临洮县 → 临洮县人民政府; 县政府办 → 县人民政府办公室)")
    region_code: str | None = item("6-digit GB/T 2260 code: from the crawl registry, else from the agency name")
    level: str | None = item("`county_government`, `government_office`, `department`, `township`, "
                             "`development_zone`, `other`")
    year: int | None = item("the report year (the year reported on, not the year of publication)", kind="int32")
    template: str | None = item("`2019` (国办公开办函〔2019〕60号 tables), `2021` (〔2021〕30号), `pre2019` (free "
                                "form), `unknown`; read from the table headers, never from the 文号 a report cites")
    published: str | None = item("publication date `YYYY-MM-DD` (发布日期 / PubDate / 成文日期 / the date signing "
                                 "the report)", kind="date")
    canonical: Canonical | None = item("the capture the record was parsed from")
    duplicates: list[Duplicate] | None = item(
        "other captures of the same report (republications, attachments, mirrors)",
        summary={"count": _count, "urls": _urls})
    previous_versions: list[PreviousVersion] | None = item(
        "earlier content of a report edited in place, or an earlier report a correction replaced",
        summary={"count": _count, "urls": _urls_at})
    landing_pages: list[LandingPage] | None = item(
        "report pages that hold no report text and link the file the record was parsed from",
        summary={"urls": _urls})
    sections: Sections | None = item("text of sections 一–六 (null when a section was not found)")
    tables: Tables | None = item("the statistical tables, keyed as in \"Tables\"; a blank cell, `/`, `—` or `无` "
                                 "is null; `0` is 0", kind="cells")
    validation: list[ValidationResult] | None = item(
        "consistency rules over the tables (and the prose)",
        summary={"failed": _rules("error", "error"), "warnings": _rules("warning", None), "not_assessable": _not_assessable})
    errors: list[ParseError] | None = item("what could not be parsed (e.g. a table published as an image)",
                                           summary={"": _stage_messages})
    is_report_reason: str | None = item("why the record is (or is not) a report: the evidence weighed, with its "
                                        "weights")
    agency_raw: str | None = item("the agency as printed")
    agency_sources: list[AgencySource] | None = item("every source of the agency found (title, 本报告由…编制, "
                                                     "metadata, 我区/我局 resolved against the portal, URL), in "
                                                     "order of trust", kind="json")
    table_labels: dict[str, dict[str, str]] | None = item("each table row's label as the report prints it: "
                                                          "`{table: {row: label}}`", kind="json")
    revisions: list[Revision] | None = item("when the report changed after publication (`nianbao changes`)",
                                            kind="json")
    ocr: Ocr | None = item("when tables were read from the page's images by OCR", kind="json")
    continuation_pages: list[ContinuationPage] | None = item(
        "the later pages of a report article cut into pages (`…_1.html`, `…_2.html`, named by its own pager), "
        "joined to the canonical page before parsing: their text and tables are in this record",
        summary={"count": _count, "urls": _urls}, csv_last=True)
    continuation_missing: list[str] | None = item(
        "later pages the article's pager names that were not captured (or not readable): the record's text and "
        "tables are incomplete", kind="json", csv_last=True)
    members_refused: list[MemberRefused] | None = item(
        "for a document in a zip or RAR archive (or the record of an archive that gave none): the archive's "
        "members that were not read although one may be a report (over a bound, encrypted, unreadable); the "
        "same list on every document of the archive", kind="json", csv_last=True)


# --- walking the definition (exports, data card, tests) --------------------------------------------------------

class FieldInfo(NamedTuple):
    path: str           # `canonical.url`, `duplicates[].similarity`, `ocr.values{}.bbox`
    keys: tuple         # JSON keys from the record down, `[]` for a list's items, `{}` for a mapping's values
    hint: Any           # the annotation, `X | None` unwrapped
    description: str
    kind: str | None    # the nearest `kind` on the way down (a field inside a `json` field is JSON too)


def walk(cls: type = ReportRecord, keys: tuple = (), kind: str | None = None) -> Iterator[FieldInfo]:
    """Every field of the record, parents before children, in definition order."""
    for f in fields(cls):
        hint = unwrap(hints(cls)[f.name])
        here = keys + (json_key(f),)
        field_kind = kind or f.metadata.get("kind")
        yield FieldInfo(path_name(here), here, hint, f.metadata["description"], field_kind)
        inner, suffix = element(hint)
        if is_dataclass(inner):
            yield from walk(inner, here + suffix, field_kind)


def element(hint) -> tuple[Any, tuple]:
    """(the record type inside a hint, the path steps to reach it): `list[X]` → (X, ("[]",)), `dict[str, X]` →
    (X, ("{}",)), X → (X, ())."""
    origin = typing.get_origin(hint)
    if origin is list:
        return unwrap(typing.get_args(hint)[0]), ("[]",)
    if origin is dict:
        return unwrap(typing.get_args(hint)[1]), ("{}",)
    return hint, ()


def path_name(keys: tuple) -> str:
    out = ""
    for key in keys:
        out += key if key in ("[]", "{}") else (f".{key}" if out else key)
    return out
