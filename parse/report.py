"""`parse_report(data, content_type, url, hints) -> dict`: one document → the DESIGN export record fields
(`is_report, title, agency, region_code, level, year, template, published, sections, tables, validation, errors`).

Partial reports parse what is there and say what is missing in `errors` ([{stage, message}]); nothing raises:
each stage runs on its own, and an unexpected exception in one becomes a structured error of that stage.
"""

from __future__ import annotations

import re

from parse import metadata
from parse.cells import grid_tokens
from parse.flat_tables import text_tokens
from parse.locators import table_locators
from parse.sections import split_sections, table_regions
from parse.tables import TableResult, read_tables
from parse.text import ExtractedText, extract_text
from parse.validate import validate_report

TABLE_NAMES = {"active": "二 (主动公开政府信息情况)", "applications": "三 (收到和处理政府信息公开申请情况)",
               "review_litigation": "四 (行政复议、行政诉讼情况)"}
SECTION_NUMERALS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六"}
_TABLE_MARKERS = re.compile(r"第二十条|信息内容|勾稽|申请人情况|本年新收|自然人|行政复议|结果维持|结果纠正|予以公开|"
                            r"不予公开|无法提供|不予处理|其他处理|结转|国家秘密|信访|总计")
_LABELLED = re.compile(r"(发布日期|发布时间|成文日期|发文日期|公开日期|发布机构|发文机关|发布单位)\s*[:：]\s*"
                       r"([^\s|｜]{1,40})")


def empty_record() -> dict:
    return {"is_report": False, "title": None, "agency": None, "region_code": None, "level": None, "year": None,
            "template": "unknown", "published": None, "sections": dict.fromkeys(SECTION_NUMERALS),
            "tables": {"active": None, "applications": None, "review_litigation": None},
            "validation": [], "errors": []}


def _err(record: dict, stage: str, message: str) -> None:
    record["errors"].append({"stage": stage, "message": message})


def _grid_tables(extracted: ExtractedText) -> TableResult | None:
    tokens = []
    for index, table in enumerate(extracted.tables):
        cells = " ".join(c for row in table.grid for c in row if c)
        if _TABLE_MARKERS.search(cells) or re.search(r"规章|行政许可|行政处罚", cells):
            tokens += grid_tokens(table.grid, index, table.spans)
    if not tokens:
        return None
    result = read_tables(tokens)
    result.source_tables = extracted.tables    # grid tokens' (index, row) point into these (cell locators)
    return result


def _text_tables(text: str, headings) -> TableResult | None:
    tokens = []
    for chunk in table_regions(text, headings):
        tokens += text_tokens(chunk)
    return read_tables(tokens) if tokens else None


def _filled(table: dict) -> int:
    return sum(1 for row in table.values() for v in row.values() if v is not None)


def _choose_tables(record: dict, results: list[TableResult | None]) -> None:
    results = [r for r in results if r is not None and r.template is not None]
    if not results:
        return
    template_votes: dict[str, int] = {}
    for r in results:
        template_votes[r.template] = template_votes.get(r.template, 0) + r.cells_filled + 1
    template = max(template_votes, key=lambda t: template_votes[t])
    results = [r for r in results if r.template == template]
    record["template"] = template
    for key in ("active", "applications", "review_litigation"):
        candidates = [r for r in results if r.found[key]]
        if not candidates:
            record["tables"][key] = None
            continue
        best = max(candidates, key=lambda r, k=key: _filled(r.tables[k]))   # ties keep the first: grids
        record["tables"][key] = best.tables[key]
        record.setdefault("_locators", {}).update(table_locators(key, best))
        for table_key, message in best.errors:
            if table_key == key:
                _err(record, "tables", message)


_TRADITIONAL = frozenset("報開處與資條縣會關辦數結請復訴發於這區總機構經濟")
_SIMPLIFIED = frozenset("报开处与资条县会关办数结请复诉发于这区总机构经济")


def _to_simplified(extracted: ExtractedText) -> bool:
    """Mirrors re-serve reports in Traditional characters; the labels are Simplified. Converts in place (opencc)
    when Traditional-only characters outnumber their Simplified forms."""
    sample = extracted.text[:20000]
    traditional = sum(sample.count(ch) for ch in _TRADITIONAL)
    if traditional < 5:
        return False
    simplified = sum(sample.count(ch) for ch in _SIMPLIFIED)
    if traditional < 5 or traditional <= simplified:
        return False
    from opencc import OpenCC

    convert = OpenCC("t2s").convert
    extracted.text = convert(extracted.text)
    extracted.page_text = convert(extracted.page_text) if extracted.page_text else extracted.page_text
    extracted.title = convert(extracted.title) if extracted.title else extracted.title
    for table in extracted.tables:
        table.grid = [[convert(c) if c else c for c in row] for row in table.grid]
    return True


def _title(extracted: ExtractedText, hints: dict) -> str | None:
    candidates = [extracted.title, hints.get("title"), extracted.meta.get("html_title")]
    for line in extracted.text.split("\n")[:15]:
        if len(line) <= 80:
            candidates.append(line)
    for candidate in candidates:
        if not candidate:
            continue
        for part in re.split(r"\s*(?:[_|｜]|--|\s-\s)\s*", candidate):
            if metadata.looks_like_report_title(part) and len(part) <= 80:
                return part.strip()
    return extracted.title or hints.get("title") or None


def _metadata(record: dict, extracted: ExtractedText, hints: dict, url: str | None) -> None:
    title = _title(extracted, hints)
    record["title"] = title
    agency, year = metadata.title_parts(title) if title else (None, None)
    head = extracted.text[:3000]
    embedded_agency, embedded_year = metadata.title_parts(head) if not (agency and year) else (None, None)
    meta = dict(extracted.meta)
    for label, value in _LABELLED.findall((extracted.page_text or extracted.text)[:5000]):
        meta.setdefault(f"label:{label}", value)
    agency = (agency or hints.get("agency") or embedded_agency or meta.get("label:发布机构")
              or meta.get("label:发文机关") or meta.get("label:发布单位"))
    record["agency"] = metadata.normalise_agency(agency)
    record["level"] = metadata.unit_level(record["agency"])
    hint_year = hints.get("year")
    if isinstance(hint_year, str) and hint_year.isdigit():
        hint_year = int(hint_year)
    record["year"] = year or (hint_year if isinstance(hint_year, int) else None) or embedded_year \
        or metadata.report_year_from_text(extracted.text)
    if hints.get("published"):
        meta.setdefault("label:发布日期", str(hints["published"]))
    record["published"] = metadata.published_date(meta, url, extracted.text)
    record["region_code"] = hints.get("region_code") or metadata.region_from_agency(record["agency"])


def _is_report(record: dict, sections_found: int) -> tuple[bool, str]:
    word = metadata.negative_title_word(record["title"])
    tables = sum(1 for t in record["tables"].values() if t)
    if word and word == "通知" and "印发" in (record["title"] or "") and sections_found >= 3 and tables:
        word = None     # 关于印发《…年度报告》的通知 that carries the report itself
    if word:
        return False, f"title names a {word}"
    if sections_found >= 3 or tables >= 1:
        return True, f"{sections_found} section headings, {tables} tables"
    if metadata.looks_like_report_title(record["title"]) and record["year"]:
        return True, "report title (no report content: the report may be in an attachment)"
    return False, f"only {sections_found} section headings and no standard table"


def parse_report(data: bytes, content_type: str | None = None, url: str | None = None,
                 hints: dict | None = None, *, extracted: ExtractedText | None = None) -> dict:
    """`extracted`: the text `extract_text(data, content_type, url)` already gave, when the caller needed it
    too (the dedup step), so that a PDF is not read twice."""
    record = empty_record()
    try:
        return _parse_report(record, data, content_type, url, hints, extracted)
    except Exception as exc:  # the contract: never raise; a bug becomes a structured error on the record
        _err(record, "parse", f"{type(exc).__name__}: {exc}")
        return record


def _parse_report(record: dict, data: bytes, content_type: str | None, url: str | None,
                  hints: dict | None, extracted: ExtractedText | None) -> dict:
    hints = dict(hints or {})
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_report wants the document's bytes, not {type(data).__name__}")
    data = bytes(data)
    try:
        extracted = extracted if extracted is not None else extract_text(data, content_type, url)
    except Exception as exc:  # extract_text does not raise; this guards the contract against bugs
        _err(record, "extract", f"{type(exc).__name__}: {exc}")
        return record
    record["errors"] += extracted.errors
    record["_format"] = extracted.format
    try:
        if _to_simplified(extracted):
            _err(record, "extract", "Traditional Chinese text (a mirror?) converted to Simplified before parsing")
    except Exception as exc:
        _err(record, "extract", f"Traditional→Simplified conversion failed: {type(exc).__name__}: {exc}")
    headings = []
    try:
        sections, headings = split_sections(extracted.text)
        record["sections"].update(sections)
    except Exception as exc:
        _err(record, "sections", f"{type(exc).__name__}: {exc}")
    try:
        from_grids = _grid_tables(extracted)
        complete = (from_grids is not None and from_grids.template is not None and all(from_grids.found.values())
                    and not from_grids.errors)
        # Tables read completely from the document's own grids need no second reading from the text.
        candidates = [from_grids] if complete else [from_grids, _text_tables(extracted.text, headings)]
        if not complete and extracted.meta.get("pdf_reader") == "pdfium":
            # pdfium drops some glyphs of fonts without metrics (its duplicate-text filter); pdfplumber reads
            # every glyph, slowly: it is asked only when the fast reading left a table incomplete.
            from parse.text import extract_pdf_pdfplumber

            slow = extract_pdf_pdfplumber(data)
            candidates = [_grid_tables(slow), *candidates, _text_tables(slow.text, split_sections(slow.text)[1])]
        _choose_tables(record, candidates)
    except Exception as exc:
        _err(record, "tables", f"{type(exc).__name__}: {exc}")
    try:
        _metadata(record, extracted, hints, url)
    except Exception as exc:
        _err(record, "metadata", f"{type(exc).__name__}: {exc}")
    found = sum(1 for v in record["sections"].values() if v is not None)
    record["is_report"], reason = _is_report(record, found)
    if record["template"] == "unknown" and isinstance(record["year"], int) and record["year"] < 2019:
        record["template"] = "pre2019"
    if record["is_report"]:
        missing = [SECTION_NUMERALS[k] for k, v in record["sections"].items() if v is None]
        if missing:
            _err(record, "sections", "sections not found: " + "、".join(missing))
        if record["template"] in ("2019", "2021"):
            for key, name in TABLE_NAMES.items():
                if record["tables"][key] is None:
                    hint = (f"; the content holds {extracted.images} image(s): the table may be published as an "
                            f"image" if extracted.images else "")
                    _err(record, "tables", f"table {name} not found{hint}")
        elif not extracted.text.strip():
            _err(record, "extract", "no text could be extracted")
        elif found == 0:
            _err(record, "tables", "the document holds no report text (no section headings, no standard tables); "
                                   "the report may be in an attachment")
        elif extracted.images:
            _err(record, "tables", f"no statistical tables in the text; the content holds {extracted.images} "
                                   f"image(s): the tables may be published as images")
        else:
            _err(record, "tables", f"no standard statistical tables (template {record['template']})")
    try:
        prose = record["sections"].get("1") or extracted.text[:5000]
        record["validation"] = validate_report(
            record["tables"] if record["template"] in ("2019", "2021") else None, record["template"], prose)
    except Exception as exc:
        _err(record, "validation", f"{type(exc).__name__}: {exc}")
    record["_is_report_reason"] = reason
    return record
