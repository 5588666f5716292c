"""Exports of parsed reports: JSONL, Parquet (typed columns), CSV (one row per report, one stable column per
table cell), each with a data card (README.md in the export folder).

Writers take an iterable of export records (parse/record.py `ReportRecord`, or the dicts the steps build, read
through `ReportRecord.from_dict`) and an output path: a file path (`reports.jsonl`, `x.parquet`, `x.csv`) or a
folder (the file is then `reports.<ext>` inside it). They return the path of the data file. Keys starting with
`_` are internal and never exported.

Every column comes from the record's definition (parse/record.py): a scalar is one column; an object (`canonical`,
`sections`) is a Parquet struct and `name.child` columns in CSV; a list of objects (`duplicates`, `validation`,
…) is a Parquet list of structs and, in CSV, its summary columns of earlier releases (`duplicates.count`, …)
plus the whole list as JSON text in `<name>.json` (after the cell columns, so earlier columns keep their place);
a `json` field is JSON text in both; dates and capture times are typed in Parquet. A scalar added since the CSV
layout was released (`csv_last`: `canonical.member`, `canonical.member_digest`, the `continuation_pages` and
`continuation_missing` columns, `members_refused`; then, a later addition, `canonical.truncated`) has its columns
after all those, each addition after the ones before it.

Table layout in Parquet and CSV: the three tables are flattened into one typed column per cell, named by DESIGN
keys, e.g. `applications.denied.state_secret.natural_person` (int64), `active.fees.amount_wan` (float64). The
column set is the union of both templates (2019 `applications.other.*` and 2021 `applications.other.other.*`,
2019 `active.procurement.*` and 2021 `active.regulations.issued` …), so every report has the same columns and a
cell a template does not have is null. Flattening (rather than nested structs) keeps every cell one column for
SQL engines and spreadsheets alike; the nested form is in the JSONL export.
"""

from __future__ import annotations

import csv
import functools
import json
import math
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from nianbao.parse.record import ReportRecord, element, hints, json_key, unwrap, walk
from nianbao.parse.tables import ACTIVE_2019, ACTIVE_2021, COLUMNS, GROUPS, OUTCOMES, application_rows

DATA_NAME = "reports"
CARD_NAME = "README.md"
MANIFEST_NAME = ".nianbao-export"      # the files an export wrote into its folder: later exports may replace them
WHOLE_LIST = "json"                    # CSV: `<list field>.json` holds the whole list


class ExportExists(FileExistsError):
    """The output would replace a file this export did not write."""


def _active_fields() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for layout in (ACTIVE_2019, ACTIVE_2021):
        for row, fields_ in layout.items():
            for f in fields_:
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
_CELL_PATHS = [(name, kind, name.split(".", 1)[0], *name.split(".", 1)[1].rsplit(".", 1)) for name, kind in TABLE_COLUMNS]


def table_cells(tables: dict | None) -> dict[str, int | float | None]:
    """Flatten a record's tables into {column name: value}, typed as the column (None where absent). A count
    that is not a whole number (a parse artefact) is exported as null rather than truncated."""
    out: dict[str, int | float | None] = {}
    tables = tables if isinstance(tables, dict) else {}
    for name, kind, table, row, field_name in _CELL_PATHS:
        rows = tables.get(table)
        cells = rows.get(row) if isinstance(rows, dict) else None
        value = cells.get(field_name) if isinstance(cells, dict) else None
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            out[name] = None
        elif kind == "float":
            out[name] = float(value)
        elif isinstance(value, float):
            out[name] = int(value) if value.is_integer() else None
        else:
            out[name] = int(value)
    return out


def as_dict(record: dict | ReportRecord) -> dict:
    """The record's JSON form, read through its definition (a key it does not define raises UnknownField)."""
    if not isinstance(record, ReportRecord):
        record = ReportRecord.from_dict(record)
    return record.to_dict()


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

def write_jsonl(records: Iterable[dict | ReportRecord], out: str | Path, force: bool = False) -> Path:
    path = _target(out, ".jsonl", force)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(as_dict(record), ensure_ascii=False, sort_keys=False) + "\n")
    _record_written(path)
    write_data_card(path.parent)
    return path


# --- values as the flat formats hold them ----------------------------------------------------------------------

def _str(value) -> str | None:
    return None if value is None else str(value)


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


def json_text(value) -> str | None:
    """Nested values as JSON text (keys sorted; null when there is nothing)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value not in (None, [], {}) else None


@functools.cache
def _children(cls) -> tuple[tuple[str, Any, str | None], ...]:
    """(JSON key, annotation, kind) of each field of a record class."""
    return tuple((json_key(f), unwrap(hints(cls)[f.name]), f.metadata.get("kind")) for f in fields(cls))


def _csv_last(cls) -> dict[str, int]:
    """JSON keys of the fields whose CSV column comes after all the released ones, with the addition each came in
    (parse/record.py `csv_last`)."""
    return {json_key(f): f.metadata["csv_last"] for f in fields(cls) if f.metadata.get("csv_last")}


def _is_list(hint) -> bool:
    return typing.get_origin(hint) is list


# --- flat rows (CSV) -------------------------------------------------------------------------------------------

class Column(NamedTuple):
    name: str
    value: Callable[[dict], Any]        # from the record's JSON form (parse/record.py `to_dict`)
    addition: int = 0                   # `csv_last`'s addition (0: a column of the released layout)


def _csv_scalar(hint) -> Callable[[Any], Any]:
    return _int_or_none if hint is int else (lambda v: v)


def _csv_columns(cls, prefix: str, get: Callable[[dict], Any]) -> tuple[list[Column], list[Column], list[Column]]:
    """The CSV columns of a record class's fields: (in place, after the cells, after those: `csv_last`)."""
    here: list[Column] = []
    after: list[Column] = []
    last: list[Column] = []
    late = _csv_last(cls)
    for key, hint, kind in _children(cls):
        name = prefix + key
        read = (lambda k: lambda record: _member(get(record), k))(key)
        if kind == "cells":
            continue
        addition = late.get(key, 0)
        place = last if addition else here
        if kind == "json" or (typing.get_origin(hint) in (list, dict) and not is_dataclass(element(hint)[0])):
            place.append(Column(name, lambda record, read=read: json_text(read(record)), addition))  # nested: JSON text
        elif is_dataclass(hint):
            inner_here, inner_after, inner_last = _csv_columns(hint, name + ".", read)
            here += inner_here
            after += inner_after
            last += inner_last
        elif _is_list(hint) and is_dataclass(element(hint)[0]):
            summary = _summaries(cls, key)
            place += [Column(f"{name}.{suffix}" if suffix else name,
                             lambda record, read=read, make=make: make(_objects(read(record))), addition)
                      for suffix, make in summary.items()]
            (last if addition else after).append(
                Column(f"{name}.{WHOLE_LIST}", lambda record, read=read: json_text(read(record)), addition))
        else:
            convert = _csv_scalar(hint)
            place.append(
                Column(name, lambda record, read=read, convert=convert: convert(read(record)), addition))
    return here, after, last


def _member(obj, key: str):
    return obj.get(key) if isinstance(obj, dict) else None


def _objects(value) -> list[dict]:
    """The objects of a list field (a value of another shape counts as none)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _summaries(cls, key: str) -> dict:
    return next(f.metadata["summary"] for f in fields(cls) if json_key(f) == key)


def csv_columns() -> list[Column]:
    here, after, last = _csv_columns(ReportRecord, "", lambda record: record)
    cells = [Column(name, (lambda n: lambda record: record["_cells"][n])(name)) for name, _ in TABLE_COLUMNS]
    return here + cells + after + sorted(last, key=lambda column: column.addition)   # stable: field order within


CSV_COLUMNS = csv_columns()
FLAT_COLUMNS = [c.name for c in CSV_COLUMNS]


CELLS_FIELD = next(key for key, _, kind in _children(ReportRecord) if kind == "cells")


def flat_row(record: dict | ReportRecord) -> dict:
    data = as_dict(record)
    data["_cells"] = table_cells(data.get(CELLS_FIELD))
    return {c.name: c.value(data) for c in CSV_COLUMNS}


def write_csv(records: Iterable[dict | ReportRecord], out: str | Path, force: bool = False) -> Path:
    """UTF-8 with a BOM (so spreadsheet programs read the Chinese text right), one row per report."""
    path = _target(out, ".csv", force)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow({k: ("" if v is None else v) for k, v in flat_row(record).items()})
    _record_written(path)
    write_data_card(path.parent)
    return path


# --- Parquet -------------------------------------------------------------------------------------------------

def _arrow_type(hint, kind: str | None):
    import pyarrow as pa

    by_kind = {"json": pa.string(), "date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"),
               "int32": pa.int32()}
    if kind in by_kind:
        return by_kind[kind]
    if is_dataclass(hint):
        return pa.struct([pa.field(key, _arrow_type(inner, k)) for key, inner, k in _children(hint)])
    if _is_list(hint):
        return pa.list_(_arrow_type(unwrap(typing.get_args(hint)[0]), None))
    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if hint in scalars:
        return scalars[hint]
    raise TypeError(f"no Parquet type for {hint!r}: give the field a `kind` in parse/record.py")


@functools.cache
def _arrow_value(hint, kind: str | None) -> Callable[[Any], Any]:
    """The function that turns a field's JSON value into what its Parquet column holds (built once per field
    type: a report has thousands of values)."""
    if kind == "json":
        return json_text
    convert = {"date": _date, "timestamp": _timestamp, "int32": _int_or_none}.get(kind)
    if convert:
        return convert
    if is_dataclass(hint):
        children = tuple((key, _arrow_value(inner, k)) for key, inner, k in _children(hint))
        return lambda value: ({key: make(value.get(key)) for key, make in children}
                              if isinstance(value, dict) else None)
    if _is_list(hint):
        item = _arrow_value(unwrap(typing.get_args(hint)[0]), None)
        return lambda value: [item(v) for v in value] if isinstance(value, list) else []
    return {bool: bool, str: _str, int: _int_or_none, float: _float_or_none}[hint]


def parquet_schema():
    import pyarrow as pa

    columns = [pa.field(key, _arrow_type(hint, kind)) for key, hint, kind in _children(ReportRecord)
               if kind != "cells"]
    columns += [pa.field(name, pa.float64() if kind == "float" else pa.int64()) for name, kind in TABLE_COLUMNS]
    return pa.schema(columns)


def parquet_row(record: dict | ReportRecord) -> dict:
    data = as_dict(record)
    row = {key: _arrow_value(hint, kind)(data.get(key)) for key, hint, kind in _children(ReportRecord)
           if kind != "cells"}
    row.update(table_cells(data.get(CELLS_FIELD)))
    return row


def _batches(records: Iterable[dict | ReportRecord], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for record in records:
        batch.append(parquet_row(record))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(records: Iterable[dict | ReportRecord], out: str | Path, row_group_size: int = 5000,
                  force: bool = False) -> Path:
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


def _where(info) -> str:
    """How a top-level field sits in Parquet and CSV, where that is not one column of its own name."""
    name, hint, kind = info.path, info.hint, info.kind
    if kind == "json":
        return " (Parquet and CSV: JSON text)"
    if kind == "cells":
        return " (Parquet and CSV: one column per cell, see \"Table cells\")"
    if is_dataclass(hint):
        return f" (Parquet: a struct; CSV: `{name}.<field>` columns)"
    if _is_list(hint) and is_dataclass(element(hint)[0]):
        summary = [f"`{name}.{s}`" if s else f"`{name}`" for s in _summaries(ReportRecord, name)]
        return (" (Parquet: a list of structs; CSV: " + ", ".join(summary + [f"`{name}.{WHOLE_LIST}`"])
                + " — the whole list as JSON text)")
    return ""


def field_rows() -> str:
    """The data card's field table: every field of the record (parse/record.py), nested ones included."""
    rows = []
    for info in walk():
        where = _where(info) if len(info.keys) == 1 else ""
        rows.append(f"| `{info.path}` | {info.description}{where} |")
    return "\n".join(rows)


def data_card(files: list[str]) -> str:
    cells = len(TABLE_COLUMNS)
    listing = "\n".join(f"- `{name}`" for name in files) or "- (none yet)"
    structs = ", ".join(f"`{i.path}`" for i in walk() if len(i.keys) == 1 and is_dataclass(i.hint)
                        and i.kind is None)
    lists = ", ".join(f"`{i.path}`" for i in walk() if len(i.keys) == 1 and _is_list(i.hint) and i.kind is None)
    as_json = ", ".join(f"`{i.path}`" for i in walk() if len(i.keys) == 1 and i.kind == "json")
    return dataset_card_yaml(files) + f"""# nianbao export: 政府信息公开工作年度报告 (government information disclosure annual reports)

Structured data parsed from the annual reports that Chinese government bodies publish under the 政府信息公开条例
(sections 一–六 and the statistical tables of sections 二, 三, 四), with the provenance of every record.

## Files

{listing}

- `*.jsonl`: one JSON object per line, nested exactly as described below.
- `*.parquet`: typed columns; the tables are flattened into {cells} typed cell columns (see "Table cells").
  Structs: {structs}. Lists of structs: {lists}. JSON text: {as_json}.
- `*.csv`: UTF-8 with BOM, one row per report; the same {cells} cell columns; an object's fields are
  `object.field` columns; a list has summary columns (`validation.failed` / `validation.warnings`: the failing
  rule ids, `;`-separated; `errors`: `stage: message`, ` | `-separated; `duplicates.urls`: space-separated) and,
  after the cell columns, the whole list as JSON text in `<list>.{WHOLE_LIST}`.

## Fields

`a[]` is an item of the list `a`, `a{{}}` a value of the mapping `a`.

| field | meaning |
|---|---|
{field_rows()}

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
