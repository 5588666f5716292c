"""Exports of parsed reports: JSONL, Parquet (typed columns), CSV (one row per report, one stable column per
table cell), each with a data card (README.md in the export folder).

Writers take an iterable of export records (docs/DESIGN.md "Exported report") and an output path: a file path
(`reports.jsonl`, `x.parquet`, `x.csv`) or a folder (the file is then `reports.<ext>` inside it). They return the
path of the data file. Keys starting with `_` are internal and never exported.

Table layout in Parquet and CSV: the three tables are flattened into one typed column per cell, named by DESIGN
keys, e.g. `applications.denied.state_secret.natural_person` (int64), `active.fees.amount_wan` (float64). The
column set is the union of both templates (2019 `applications.other.*` and 2021 `applications.other.other.*`,
2019 `active.procurement.*` and 2021 `active.regulations.issued` …), so every report has the same columns and a
cell a template does not have is null. Flattening (rather than nested structs) keeps every cell one column for
SQL engines and spreadsheets alike; the nested form is in the JSONL export.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path

from parse.tables import ACTIVE_2019, ACTIVE_2021, COLUMNS, GROUPS, OUTCOMES, application_rows

DATA_NAME = "reports"
CARD_NAME = "README.md"
METADATA_FIELDS = ("id", "is_report", "title", "agency", "region_code", "level", "year", "template", "published")
CANONICAL_FIELDS = ("url", "captured_at", "warc", "offset", "length", "payload_digest", "content_type", "reason")
# Record fields added after the flat layout was drawn: strings as they are, nested ones as JSON text (one column
# each, in CSV and Parquet alike), so no field of the JSONL record is missing from the tables.
TEXT_FIELDS = ("is_report_reason", "agency_raw")
JSON_FIELDS = ("agency_sources", "table_labels", "revisions", "ocr")
MANIFEST_NAME = ".nianbao-export"      # the files an export wrote into its folder: later exports may replace them


class ExportExists(FileExistsError):
    """The output would replace a file this export did not write."""
SECTION_KEYS = ("1", "2", "3", "4", "5", "6")
_INT_FIELDS = {"year", "canonical.offset", "canonical.length"}


def _active_fields() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for layout in (ACTIVE_2019, ACTIVE_2021):
        for row, fields in layout.items():
            for f in fields:
                if (row, f) not in out:
                    out.append((row, f))
    return out


def table_columns() -> list[tuple[str, str]]:
    """(column name, 'int'|'float') of every table cell, in a fixed order."""
    cols: list[tuple[str, str]] = []
    for row, f in _active_fields():
        cols.append((f"active.{row}.{f}", "float" if f == "amount_wan" else "int"))
    rows = application_rows("2021")
    rows.insert(rows.index("other.overdue_correction"), "other")     # the 2019 single row, then the 2021 ones
    for row in rows:
        for c in COLUMNS:
            cols.append((f"applications.{row}.{c}", "int"))
    for g in GROUPS:
        for o in OUTCOMES:
            cols.append((f"review_litigation.{g}.{o}", "int"))
    return cols


TABLE_COLUMNS = table_columns()


def clean(record: dict) -> dict:
    return {k: v for k, v in record.items() if not str(k).startswith("_")}


def table_cells(tables: dict | None) -> dict[str, int | float | None]:
    """Flatten a record's tables into {column name: value}, typed as the column (None where absent). A count
    that is not a whole number (a parse artefact) is exported as null rather than truncated."""
    out: dict[str, int | float | None] = {}
    tables = tables or {}
    for name, kind in TABLE_COLUMNS:
        table, rest = name.split(".", 1)
        row, field = rest.rsplit(".", 1)
        value = ((tables.get(table) or {}).get(row) or {}).get(field)
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            out[name] = None
        elif kind == "float":
            out[name] = float(value)
        elif isinstance(value, float):
            out[name] = int(value) if value.is_integer() else None
        else:
            out[name] = int(value)
    return out


def _target(out: str | Path, suffix: str, force: bool = False) -> Path:
    path = Path(out)
    if not (path.suffix.lower() in (suffix, ".gz") or (path.suffix and not path.is_dir())):
        path = path / f"{DATA_NAME}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not force:
        ours = _written_here(path.parent)
        for target in (path, path.parent / CARD_NAME):
            if target.exists() and target.name not in ours:
                raise ExportExists(f"{target} exists and was not written by a nianbao export: choose another "
                                   f"--out, or pass --force to replace it")
    return path


def _written_here(folder: Path) -> set[str]:
    try:
        return set((folder / MANIFEST_NAME).read_text(encoding="utf-8").split())
    except OSError:
        return set()


def _record_written(data_file: Path) -> None:
    folder = data_file.parent
    names = _written_here(folder) | {data_file.name, CARD_NAME}
    (folder / MANIFEST_NAME).write_text("".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")


# --- JSONL -----------------------------------------------------------------------------------------------------

def write_jsonl(records: Iterable[dict], out: str | Path, force: bool = False) -> Path:
    path = _target(out, ".jsonl", force)
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(clean(record), ensure_ascii=False, sort_keys=False) + "\n")
            count += 1
    _record_written(path)
    write_data_card(path.parent)
    return path


# --- flat rows (CSV and Parquet) ---------------------------------------------------------------------------

def flat_row(record: dict) -> dict:
    record = clean(record)
    row: dict = {k: record.get(k) for k in METADATA_FIELDS}
    canonical = record.get("canonical") or {}
    for k in CANONICAL_FIELDS:
        row[f"canonical.{k}"] = canonical.get(k)
    duplicates = record.get("duplicates") or []
    row["duplicates.count"] = len(duplicates)
    row["duplicates.urls"] = " ".join(d.get("url", "") for d in duplicates) or None
    previous = record.get("previous_versions") or []
    row["previous_versions.count"] = len(previous)
    row["previous_versions.urls"] = " ".join(f"{p.get('url', '')}@{p.get('captured_at', '')}" for p in previous) or None
    landing = record.get("landing_pages") or []
    row["landing_pages.urls"] = " ".join(p.get("url", "") for p in landing) or None
    sections = record.get("sections") or {}
    for k in SECTION_KEYS:
        row[f"sections.{k}"] = sections.get(k)
    validation = record.get("validation") or []
    row["validation.failed"] = ";".join(v["rule"] for v in validation if v.get("status") == "fail"
                                        and v.get("severity", "error") == "error") or None
    row["validation.warnings"] = ";".join(v["rule"] for v in validation if v.get("status") == "fail"
                                          and v.get("severity") == "warning") or None
    row["validation.not_assessable"] = sum(1 for v in validation if v.get("status") == "not_assessable")
    errors = record.get("errors") or []
    row["errors"] = " | ".join(f"{e.get('stage')}: {e.get('message')}" for e in errors) or None
    row.update(_extra_fields(record))
    for field in _INT_FIELDS:
        value = row.get(field)
        if isinstance(value, str) and value.isdigit():
            row[field] = int(value)
        elif not isinstance(value, int) or isinstance(value, bool):
            row[field] = None
    row.update(table_cells(record.get("tables")))
    return row


FLAT_COLUMNS = (list(METADATA_FIELDS) + [f"canonical.{k}" for k in CANONICAL_FIELDS]
                + ["duplicates.count", "duplicates.urls", "previous_versions.count", "previous_versions.urls",
                   "landing_pages.urls"] + [f"sections.{k}" for k in SECTION_KEYS]
                + ["validation.failed", "validation.warnings", "validation.not_assessable", "errors"]
                + list(TEXT_FIELDS) + list(JSON_FIELDS) + [name for name, _ in TABLE_COLUMNS])


def _extra_fields(record: dict) -> dict:
    row = {name: _str(record.get(name)) for name in TEXT_FIELDS}
    for name in JSON_FIELDS:
        value = record.get(name)
        row[name] = json.dumps(value, ensure_ascii=False, sort_keys=True) if value not in (None, [], {}) else None
    return row


def write_csv(records: Iterable[dict], out: str | Path, force: bool = False) -> Path:
    """UTF-8 with a BOM (so spreadsheet programs read the Chinese text right), one row per report."""
    path = _target(out, ".csv", force)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            row = flat_row(record)
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    _record_written(path)
    write_data_card(path.parent)
    return path


# --- Parquet -------------------------------------------------------------------------------------------------

def parquet_schema():
    import pyarrow as pa

    TIMESTAMP = pa.timestamp("us", tz="UTC")   # noqa: N806 - a type, named as one
    fields = [
        pa.field("id", pa.string()), pa.field("is_report", pa.bool_()), pa.field("title", pa.string()),
        pa.field("agency", pa.string()), pa.field("region_code", pa.string()), pa.field("level", pa.string()),
        pa.field("year", pa.int32()), pa.field("template", pa.string()), pa.field("published", pa.date32()),
        pa.field("canonical", pa.struct([
            pa.field("url", pa.string()), pa.field("captured_at", TIMESTAMP), pa.field("warc", pa.string()),
            pa.field("offset", pa.int64()), pa.field("length", pa.int64()), pa.field("payload_digest", pa.string()),
            pa.field("content_type", pa.string()), pa.field("reason", pa.string())])),
        pa.field("duplicates", pa.list_(pa.struct([
            pa.field("url", pa.string()), pa.field("captured_at", TIMESTAMP),
            pa.field("similarity", pa.float64())]))),
        pa.field("previous_versions", pa.list_(pa.struct([
            pa.field("id", pa.string()), pa.field("url", pa.string()), pa.field("captured_at", TIMESTAMP),
            pa.field("payload_digest", pa.string())]))),
        pa.field("landing_pages", pa.list_(pa.struct([
            pa.field("url", pa.string()), pa.field("captured_at", TIMESTAMP)]))),
        pa.field("sections", pa.struct([pa.field(k, pa.string()) for k in SECTION_KEYS])),
        pa.field("validation", pa.list_(pa.struct([
            pa.field("rule", pa.string()), pa.field("status", pa.string()), pa.field("severity", pa.string()),
            pa.field("detail", pa.string())]))),
        pa.field("errors", pa.list_(pa.struct([pa.field("stage", pa.string()), pa.field("message", pa.string())]))),
        *(pa.field(name, pa.string()) for name in (*TEXT_FIELDS, *JSON_FIELDS)),
    ]
    for name, kind in TABLE_COLUMNS:
        fields.append(pa.field(name, pa.float64() if kind == "float" else pa.int64()))
    return pa.schema(fields)


def _int_or_none(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _float_or_none(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(float(value)):
        return float(value)
    return None


def parquet_row(record: dict) -> dict:
    record = clean(record)
    canonical = record.get("canonical")
    year = _int_or_none(record.get("year"))
    row = {
        "id": _str(record.get("id")), "is_report": bool(record.get("is_report")), "title": _str(record.get("title")),
        "agency": _str(record.get("agency")), "region_code": _str(record.get("region_code")),
        "level": _str(record.get("level")), "year": year, "template": _str(record.get("template")),
        "published": _date(record.get("published")),
        "canonical": None if not canonical else {
            "url": _str(canonical.get("url")), "captured_at": _timestamp(canonical.get("captured_at")),
            "warc": _str(canonical.get("warc")), "offset": _int_or_none(canonical.get("offset")),
            "length": _int_or_none(canonical.get("length")),
            "payload_digest": _str(canonical.get("payload_digest")),
            "content_type": _str(canonical.get("content_type")), "reason": _str(canonical.get("reason"))},
        "duplicates": [{"url": _str(d.get("url")), "captured_at": _timestamp(d.get("captured_at")),
                        "similarity": _float_or_none(d.get("similarity"))} for d in record.get("duplicates") or []],
        "previous_versions": [{"id": _str(p.get("id")), "url": _str(p.get("url")),
                               "captured_at": _timestamp(p.get("captured_at")),
                               "payload_digest": _str(p.get("payload_digest"))}
                              for p in record.get("previous_versions") or []],
        "landing_pages": [{"url": _str(p.get("url")), "captured_at": _timestamp(p.get("captured_at"))}
                          for p in record.get("landing_pages") or []],
        "sections": {k: _str((record.get("sections") or {}).get(k)) for k in SECTION_KEYS},
        "validation": [{"rule": _str(v.get("rule")), "status": _str(v.get("status")),
                        "severity": _str(v.get("severity")), "detail": _str(v.get("detail"))}
                       for v in record.get("validation") or []],
        "errors": [{"stage": _str(e.get("stage")), "message": _str(e.get("message"))}
                   for e in record.get("errors") or []],
        **_extra_fields(record),
    }
    row.update(table_cells(record.get("tables")))
    return row


def _str(value) -> str | None:
    return None if value is None else str(value)


def _date(value) -> date | None:
    """`YYYY-MM-DD` as a date (Parquet date32); anything else null."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _timestamp(value) -> datetime | None:
    """An ISO 8601 capture time (`…Z` or with an offset; naive is UTC) as an aware datetime; else null."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for record in records:
        batch.append(parquet_row(record))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(records: Iterable[dict], out: str | Path, row_group_size: int = 5000, force: bool = False) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = _target(out, ".parquet", force)
    schema = parquet_schema()
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        wrote = False
        for batch in _batches(records, row_group_size):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            wrote = True
        if not wrote:
            writer.write_table(schema.empty_table())
    _record_written(path)
    write_data_card(path.parent)
    return path


# --- data card -------------------------------------------------------------------------------------------------

def dataset_card_yaml(files: list[str]) -> str:
    """Hugging Face dataset-card metadata (YAML front matter): `datasets.load_dataset(folder)` reads the files
    it names; the Hub shows the rest."""
    data = next((name for ext in (".parquet", ".jsonl", ".csv") for name in files if name.endswith(ext)), None)
    lines = ["---", "pretty_name: nianbao 政府信息公开工作年度报告 (China government information disclosure annual reports)",
             "language:", "- zh", "license: other",
             "license_name: public-government-documents",
             "license_details: Public documents of Chinese government bodies (政府信息公开条例); derived data, see below.",
             "tags:", "- government", "- transparency", "- china", "- annual-reports", "- tabular",
             "task_categories:", "- table-question-answering", "- text-classification"]
    if data:
        lines += ["configs:", "- config_name: default", "  data_files:", "  - split: train", f"    path: {data}"]
    return "\n".join(lines + ["---", ""]) + "\n"


def data_card(files: list[str]) -> str:
    cells = len(TABLE_COLUMNS)
    listing = "\n".join(f"- `{name}`" for name in files) or "- (none yet)"
    return dataset_card_yaml(files) + f"""# nianbao export: 政府信息公开工作年度报告 (government information disclosure annual reports)

Structured data parsed from the annual reports that Chinese government bodies publish under the 政府信息公开条例
(sections 一–六 and the statistical tables of sections 二, 三, 四), with the provenance of every record.

## Files

{listing}

- `*.jsonl`: one JSON object per line, nested exactly as described below.
- `*.parquet`: typed columns; `canonical` and `sections` are structs, `duplicates`, `validation` and `errors` lists of
  structs; the tables are flattened into {cells} typed cell columns (see "Table cells").
- `*.csv`: UTF-8 with BOM, one row per report; the same {cells} cell columns; `validation.failed` /
  `validation.warnings` list the failing rule ids (`;`-separated), `errors` the parse errors (`stage: message`,
  ` | `-separated), `duplicates.urls` the duplicate URLs (space-separated).

## Fields

| field | meaning |
|---|---|
| `id` | report id (the near-duplicate cluster id; stable across re-runs) |
| `is_report` | false for a 解读, 通知, news page or anything else that is not an annual report |
| `title` | title as published (null when the document has none) |
| `agency` | reporting body, normalised (e.g. 临洮县 → 临洮县人民政府; 县政府办 → 县人民政府办公室) |
| `region_code` | 6-digit GB/T 2260 code: from the crawl registry, else from the agency name |
| `level` | `county_government`, `government_office`, `department`, `township`, `development_zone`, `other` |
| `year` | the report year (the year reported on, not the year of publication) |
| `template` | `2019` (国办公开办函〔2019〕60号 tables), `2021` (〔2021〕30号), `pre2019` (free form), `unknown`; read from the table headers, never from the 文号 a report cites |
| `published` | publication date `YYYY-MM-DD` (发布日期 / PubDate / 成文日期 / the date signing the report) |
| `sections` | text of sections `1`–`6` (null when a section was not found) |
| `tables` | the statistical tables, keyed as below; a blank cell, `/`, `—` or `无` is null; `0` is 0 |
| `validation` | consistency rules: `{{rule, status: pass/fail/not_assessable, severity: error/warning, detail}}` |
| `errors` | what could not be parsed: `{{stage, message}}` (e.g. a table published as an image) |
| `is_report_reason` | why the record is (or is not) a report: the evidence weighed, with its weights |
| `agency_raw`, `agency_sources` | the agency as printed, and every source of it found (title, 本报告由…编制, metadata, 我区/我局 resolved against the portal, URL), in order of trust: `{{source, raw, name}}` (CSV and Parquet: JSON text) |
| `table_labels` | each table row's label as the report prints it: `{{table: {{row: label}}}}` (CSV and Parquet: JSON text) |
| `revisions` | when the report changed after publication: `{{kind: edited/replaced/gone, at, old, new, fields, cells, sections}}` (CSV and Parquet: JSON text; `nianbao changes`) |
| `ocr` | when tables were read from the page's images by OCR (CSV and Parquet: JSON text): `engine`, `tables` (which), `images` (`url`, `record_id`, `captured_at`, `payload_digest`), `values` (`{{key: {{source: "ocr", confidence, image, bbox}}}}`: image is an index into `images`, bbox `[left, top, right, bottom]` in its pixels), `withheld` (keys nulled because a consistency rule over them failed), `failing_rules` |

### Provenance

| field | meaning |
|---|---|
| `canonical.url` | URL of the copy the record was parsed from |
| `canonical.captured_at` | capture time (UTC) |
| `canonical.warc`, `.offset`, `.length` | the WARC file in the archive store and the byte range of the response record: the bytes the record was parsed from |
| `canonical.payload_digest` | `sha1:` base32 digest of the payload |
| `canonical.content_type` | HTTP Content-Type of the capture |
| `canonical.reason` | why this copy was chosen as canonical (e.g. `latest_version`, or the dedup's pick: own site, format, completeness) |
| `duplicates` | other captures of the same report (republications, attachments, mirrors): `url`, `captured_at`, `similarity` to the canonical copy |
| `previous_versions` | earlier content of a report edited in place: `id`, `url`, `captured_at`, `payload_digest` (CSV: `previous_versions.count`, `previous_versions.urls` as `URL@captured_at`, space-separated) |
| `landing_pages` | report pages that hold no report text and link the file the record was parsed from: `url`, `captured_at` (CSV: `landing_pages.urls`) |

Types: in Parquet `published` is a `date32`, every `captured_at` a UTC `timestamp[us]`; in JSONL and CSV they are
ISO 8601 strings (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS…Z`).

`nianbao provenance "<agency> <year>"` lists every capture of a report; `nianbao verify` re-checks their digests.

### Tables (DESIGN keys)

- `applications[row][column]` (table 三): columns `natural_person, commercial, research, social_org,
  legal_service, other_org, total`; rows `new_received, carried_over, granted, partially_granted,
  denied.{{state_secret, prohibited_by_law, security_stability, third_party_rights, internal_affairs,
  process_info, enforcement_case, admin_query}}, unable.{{no_info, needs_creation, unclear}},
  not_processed.{{complaint, repeat, publication, excessive, confirm_info}}`, `other` (2019 template) or
  `other.{{overdue_correction, overdue_fee, other}}` (2021 template), `total, carried_forward`.
- `review_litigation` (table 四): `review, litigation_direct, litigation_after_review`, each `upheld, corrected,
  other, pending, total`.
- `active` (table 二), 2019 template: `regulations, normative_docs` `{{made, published, total}}`;
  `licensing, other_services, punishment, coercion` `{{previous, change, decisions}}`; `fees {{previous, change}}`;
  `procurement {{count, amount_wan}}`. 2021 template: `regulations, normative_docs` `{{issued, repealed,
  in_force}}`; `licensing, punishment, coercion` `{{decisions}}`; `fees {{amount_wan}}`. Money is in 万元 (values
  given in 元 were divided by 10 000); `change` is signed (本年增/减).

### Table cells (Parquet and CSV)

One column per cell, named `<table>.<row>.<column>`, e.g. `applications.denied.state_secret.natural_person`,
`review_litigation.review.total`, `active.fees.amount_wan`. Counts are integers, `amount_wan` is a float. The
column set is the same for every report: cells of the other template are null.

### Validation rule ids

`t3_balance:<column>` (new_received + carried_over = total + carried_forward), `t3_total:<column>` (total = sum of
the outcome rows), `t3_row_total:<row>` (total column = sum of the six applicant columns), `t4_total:<group>`,
`nonnegative` (no negative counts; `change` and money excepted) — severity error; `carry_continuity`
(carried_over of year N = carried_forward of year N−1, same agency) and `prose_vs_table:<what>` (figures stated in
the text agree with the tables) — severity warning. A rule with a blank input cell is `not_assessable`.

## Licence and citation

The reports are public documents published by Chinese government bodies under the 政府信息公开条例. This export
is provided for research; it is derived data and may contain parse errors (see `errors` and `validation`).
Cite the source URLs (`canonical.url`) and capture times when you use the figures, and check a figure against
the archived capture (`nianbao provenance`) before relying on it.
"""


def write_data_card(folder: str | Path) -> Path:
    folder = Path(folder)
    files = sorted(p.name for p in folder.iterdir()
                   if p.is_file() and p.suffix in (".jsonl", ".parquet", ".csv") and p.name != CARD_NAME)
    path = folder / CARD_NAME
    path.write_text(data_card(files), encoding="utf-8")
    return path
