"""`parse_report(data, content_type, url, hints) -> dict`: one document → the DESIGN export record fields
(`is_report, title, agency, region_code, level, year, template, published, sections, tables, validation, errors`).

Partial reports parse what is there and say what is missing in `errors` ([{stage, message}]); nothing raises:
each stage runs on its own, and an unexpected exception in one becomes a structured error of that stage.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from nianbao.parse import metadata
from nianbao.parse.agency import own_title, resolve_agency, uncited, usable_name
from nianbao.parse.cells import grid_tokens
from nianbao.parse.classify import breadcrumb_column, classify, filed_column, slug_year, without_widgets
from nianbao.parse.data_answer import data_answer
from nianbao.parse.flat_tables import text_tokens
from nianbao.parse.formats import sniff_format
from nianbao.parse.han import HAN
from nianbao.parse.locators import table_locators
from nianbao.parse.sections import split_sections, table_regions
from nianbao.parse.tables import TableResult, detect_template, read_tables
from nianbao.parse.text import ExtractedText, extract_text
from nianbao.parse.traditional import fold_traditional, marker_counts, t2s
from nianbao.parse.validate import validate_report

TABLE_NAMES = {"active": "二 (主动公开政府信息情况)", "applications": "三 (收到和处理政府信息公开申请情况)",
               "review_litigation": "四 (行政复议、行政诉讼情况)"}
SECTION_NUMERALS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六"}
_TABLE_MARKERS = re.compile(r"第二十条|信息内容|勾稽|申请人情况|本年新收|自然人|行政复议|结果维持|结果纠正|予以公开|"
                            r"不予公开|无法提供|不予处理|其他处理|结转|国家秘密|信访|总计")
_LABELLED = re.compile(r"(发布日期|发布时间|发表时间|发表日期|成文日期|发文日期|公开日期|生成日期|发布机构|发文机关|发布单位|"
                       r"(?<!统计)(?<!办理)(?<!受理)(?<!答复)(?<!浏览)(?<!点击)(?<!截止)(?<!期限)(?<!办结)时间|"
                       r"(?<![\u4e00-\u9fff])日期)\s*[:：]\s*(?:[|｜]\s*)?"
                       # an empty label's value is not the next label (发布机构:     发布时间:2014-03-17)
                       r"(?![^\s|｜:：]{1,8}[:：])([^\s|｜]{1,40})")
# (生成日期, a 公文生成日期 too, is when the document was made: the page's time line under the title (时间:2019-01-14
# 08:41), when it prints one, is when it went up and goes first (metadata.published_date); where the page prints no
# other date it is the page's own, before the date in the URL (the portal's filing folder, never printed), as the
# HTML extractor's information-block labels read it already.)
# A date label printed without a colon, its date beside it (公开日期 2021-01-13, [ 公开日期 ] | 2019-03-25): the
# metadata blocks of many portals' article pages.
# (信息提供日期 : 2012-03-28: the date a portal's CMS stamps on the item it publishes; a colon after a spaced label)
# (上载日期/上传日期: a portal's upload date is its release date, 齐齐哈尔)
# (发文时间 | 2021-01-31 |: 宁夏 portals' information block names the release date so)
_LABELLED_DATE = re.compile(r"(发布日期|发布时间|公开日期|成文日期|发文日期|发文时间|生成日期|(?<=信息)提供日期|上载日期|上传日期)\s*[\]】]?\s*"
                            r"(?:[|｜:：]\s*)?"
                            r"((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")
# An information block's date after a person field, run into its value or a space after it (作者:默认管理员日期:2013-01-16;
# a sharing site's byline 编辑: 南门路口 2018-07-02): the posting date, the block's only date.
_PERSON_FIELD_DATE = re.compile(r"(?:^|\n|\s)(?:作者|编辑|发布人)\s*[:：]\s*[^:：\s]{1,20}?(?:(?:日期|时间)\s*[:：]|[ \t\u3000]+)[ \t\u3000]*"
                                r"((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")
# Mirrors that annotate characters with pinyin (蓬江區(qū)發(fā)展和改革局): the annotations go, a run of them too (中(zhong)(zhong)
# (zhong)央: a mirror that spliced the annotation in more than once).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])(?:\((?:[a-zü\u00e0-\u00fc\u0101-\u01dc]{1,6})\))+")


def empty_record() -> dict:
    return {"is_report": False, "is_report_reason": None, "title": None, "agency": None, "agency_raw": None,
            "agency_sources": [], "table_labels": {}, "region_code": None, "level": None, "year": None,
            "template": "unknown", "published": None, "sections": dict.fromkeys(SECTION_NUMERALS),
            "tables": {"active": None, "applications": None, "review_litigation": None},
            "validation": [], "errors": []}


_HEADER_2021 = re.compile(r"本年制发|本年废止|现行有效件|逾期不补正")
_HEADER_2019 = re.compile(r"本年新制作|本年新公开|对外公开总数|上一年项目数量")


def _template_from_headers(text: str) -> str:
    """The template a table header names even when the table was cut short (an excerpt, a page break)."""
    new, old = bool(_HEADER_2021.search(text)), bool(_HEADER_2019.search(text))
    return "2021" if new and not old else "2019" if old and not new else "unknown"


_PROSE_LINE = re.compile(r"^(?=.{30,})[^|｜]*[。，,；;]")


def _without_prose(text: str) -> str:
    """The text without its sentences: a header word in prose (本报告除规章对外公开总数量…两个项目外,其他项目统计时限…) is
    no table header."""
    return "\n".join(line for line in text.split("\n") if not _PROSE_LINE.match(line.strip()))


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
        if best.labels.get(key):
            record["table_labels"][key] = best.labels[key]
        record.setdefault("_locators", {}).update(table_locators(key, best))
        for table_key, message in best.errors:
            if table_key == key:
                _err(record, "tables", message)


def _to_simplified(extracted: ExtractedText) -> bool:
    """Mirrors re-serve reports in Traditional characters; the labels are Simplified. Converts in place (opencc)
    when Traditional-only characters outnumber their Simplified forms (five of them, or two on a page with no
    Simplified form at all)."""
    traditional, simplified = marker_counts(extracted.text[:20000])
    if traditional < 2:
        return False
    # a short page (a title alone: 政府信息公開年報) has few of them; none Simplified is the sign there
    if (traditional < 5 and simplified) or traditional <= simplified:
        return False
    convert = t2s()
    extracted.text = convert(extracted.text)
    extracted.page_text = convert(extracted.page_text) if extracted.page_text else extracted.page_text
    extracted.title = convert(extracted.title) if extracted.title else extracted.title
    for table in extracted.tables:
        table.grid = [[convert(c) if c else c for c in row] for row in table.grid]
    return True


_UNIT_LINE = re.compile(rf"^[{HAN}（）()·]{{2,30}}(?:人民政府|政府|办公室|局|委员会|委|办|中心|办事处|街道|镇|乡|"
                        r"管委会|管理委员会|院|所|队|站|社|公司|厅|署|馆)$")
_RUN_IN_TITLE = re.compile(r"^(?P<title>[^。，,；;:：]{0,50}?" + metadata.REPORT_KIND + r")(?=\S)")


def _named_parts(title: str) -> int:
    """How many of a title's unit and year it names: a kind's word alone (办事处2023年…报告, the rest of 重庆市沙坪坝区
    人民政府小龙坎街道 on the line above) names no unit."""
    unit, year = metadata.title_parts(title)
    return int(usable_name(unit)) + int(year is not None)


def _first_line_titles(text: str) -> list[str]:
    """Report titles in the first lines: a unit line joined to the title line below it (PDF/DOCX print them
    on two lines), a title broken over two lines joined, a title run into the first body line split off."""
    lines = [without_widgets(line).strip(" |｜\t") for line in metadata.head_lines(text, 15) if line.strip(" |｜\t")]
    out = []
    for i, line in enumerate(lines):
        compact = metadata._compact(line)
        previous = metadata._compact(lines[i - 1]) if i else ""
        following = metadata._compact(lines[i + 1]) if i + 1 < len(lines) else ""
        if metadata.looks_like_report_title(compact) and len(compact) <= 80:
            run_in = _RUN_IN_TITLE.match(compact)
            title = run_in.group("title") if run_in and re.search(r"[。，,]", compact) else compact
            parts = _named_parts(title)
            if parts < 2 and previous and len(previous) <= 40 and not re.search(r"[。，,；;：:]", previous) and (
                    _UNIT_LINE.match(previous) or _named_parts(previous + title) > parts):
                title = previous + title        # the unit, or the first half of the title, on the line above
            out.append(title)
        elif following and len(compact) <= 40 and metadata.looks_like_report_title(compact + following) \
                and not metadata.looks_like_report_title(following) and len(compact + following) <= 80:
            out.append(compact + following)
        elif len(compact) > 80:
            run_in = _RUN_IN_TITLE.match(compact)
            if run_in:
                out.append(run_in.group("title"))
    return out


def _url_titles(url: str | None) -> list[str]:
    """Report titles a URL spells in its path (wiki mirrors and some CMSs name the page after its title,
    percent-encoded), Simplified."""
    try:
        path = unquote(urlsplit(url or "").path)
    except ValueError:
        return []
    parts = [p for p in path.split("/") if re.search(r"[\u4e00-\u9fff]", p) and len(p) <= 80]
    parts = [fold_traditional(p) for p in parts]
    return [p for p in parts if metadata.looks_like_report_title(p)]


# What a title line carries around the title itself: a label before it (标题:, 名称:, 中文名|, 附件:, 第一篇:, a
# flip-book's Page9-), a breadcrumb or a site name (首页»…»详情, 长沙市政府门户网站-…), metadata after it (-文号:发布日期:…,
# 信息来源:…) and a mirror's part marker (/全文).
_TITLE_BOUNDARY = re.compile(r"[>»›|｜:：_\]】]|(?<=[^\d])-|^\W*Page\d+-")
_YEAR = re.compile(r"(?:19|20)\d{2}年")
_KIND = re.compile(f"{metadata.REPORT_KIND}|{metadata.YEAR_INSIDE_KIND}")
_TITLE_TRAILER = re.compile(r"$|[/／]?(?:全文|正文)$|[-_|｜>»›:：]|(?:信息来源|来源|文号|索引号|发布日期|发布时间|发布机构)[:：]")


def tidy_title(line: str) -> str:
    """The report title out of a title line that carries more (labels, breadcrumbs, site names, metadata, part
    markers): from the last separator before the title to the end of its kind (…年度报告). A line naming no report
    is returned as it is."""
    compact = metadata._compact(line)
    first = _KIND.search(compact)
    if not first:
        return line.strip()
    end = first.end()
    tail = re.match(r"[(（][^()（）]{0,12}[)）]", compact[end:])
    end += tail.end() if tail else 0
    if not _TITLE_TRAILER.match(compact[end:]):
        end = len(compact)      # words that are the title's own (…年度报告的解读, …年度报告制度(试行)): kept
    cuts = [m.end() for m in _TITLE_BOUNDARY.finditer(compact[:first.start()])]
    start = cuts[-1] if cuts else 0
    if metadata.negative_title_word(compact[:start]):
        start = 0               # 文字解读:…年度报告 is the 解读's title, not the report's
    elif metadata._PERSON_LABEL.search(compact[:start]) and (year := _YEAR.search(compact, start, first.start())):
        start = year.start()    # 签发人:曾加华2014年莆田第二中学…: the signer's name goes with its label
    return compact[start:end]


def _title(extracted: ExtractedText, hints: dict, url: str | None = None) -> str | None:
    candidates = []
    for candidate in (extracted.title, hints.get("title"), extracted.meta.get("html_title"), hints.get("link_text")):
        for part in re.split(r"\s*(?:[_|｜]|--|\s-\s)\s*", candidate or ""):
            candidates.append(part.strip())
    candidates += _first_line_titles(extracted.text)
    candidates += _url_titles(url)
    candidates += [own_title(extracted.text) or ""]     # 现公布《贵阳市2021年…年度报告》: the page's own title
    candidates = [tidy_title(c) for c in candidates]
    # a body sentence citing another document (根据…《…关于做好2020年…年度报告…的通知》) is no title
    titles = [c for c in candidates if c and metadata.looks_like_report_title(c) and len(c) <= 80
              and not re.search(r"《|^(?:根据|按照|依据|依照|现将|现予|特此|我)", c)]
    complete = [c for c in titles if all(metadata.title_parts(c))]
    if complete or titles:
        return (complete or titles)[0]
    return extracted.title or hints.get("title") or None


# The 条例 (第三条) makes a government's 办公厅(室) the 政府信息公开工作主管部门 of its area: an office that says it is
# (切实履行全区政务公开工作主管部门职责) is the government's office, whatever else its name lost (a hijacked mirror's).
_COMPETENT_OFFICE = re.compile(r"(?:全|本)(?:省|市|县|区|旗)(?:的)?(?:政务公开|政府信息公开)工作(?:的)?主管部门")


def _metadata(record: dict, extracted: ExtractedText, hints: dict, url: str | None) -> None:
    title = _title(extracted, hints, url)
    record["title"] = title
    _, year = metadata.title_parts(title) if title else (None, None)
    head = uncited(extracted.text[:3000])
    embedded_year = metadata.title_parts(head)[1] if not year else None
    meta = dict(extracted.meta)
    for label, value in _LABELLED.findall((extracted.page_text or extracted.text)[:5000]):
        meta.setdefault(f"label:{label}", value)
    for label, value in _LABELLED_DATE.findall(re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "",
                                                      (extracted.page_text or extracted.text)[:5000])):
        meta.setdefault(f"label:{label}", value)
    if person_date := _PERSON_FIELD_DATE.search((extracted.page_text or extracted.text)[:5000]):
        meta.setdefault("label:日期", person_date.group(1))
    agency = resolve_agency(title=title, text=extracted.text, page_text=extracted.page_text, meta=meta,
                            hint=hints.get("agency"), portal_name=hints.get("portal_name"),
                            region_code=hints.get("region_code"), url=url)
    record["agency"], record["agency_raw"], record["agency_sources"] = agency.name, agency.raw, agency.sources
    record["level"] = metadata.raw_level(record["agency"], record["agency_raw"]) or agency.kind
    if record["level"] == "department" and re.search(r"办公[室厅]$", record["agency"] or "") \
            and _COMPETENT_OFFICE.search(extracted.text[:5000]):
        record["level"] = "government_office"
    hint_year = hints.get("year")
    if isinstance(hint_year, str) and hint_year.isdigit():
        hint_year = int(hint_year)
    # a URL slug spelling the report's title (…2019njslhyljzfxxgkgzndbg…) names the page itself: before a report title
    # the body mentions (公开了…2018年度信息公开工作报告: last year's report, published as this year's content)
    own_year = metadata.own_report_year(extracted.text, year or embedded_year)
    record["year"] = year or (hint_year if isinstance(hint_year, int) else None) or slug_year(url) or embedded_year \
        or own_year or metadata.report_year_from_text(extracted.text)
    period = metadata.period_year(extracted.text)
    from_body = not year and not isinstance(hint_year, int) and not slug_year(url) and embedded_year is not None
    if period and period != record["year"] and not hint_year and record["year"] != own_year \
            and (record["year"] in (period - 1, period + 1) or from_body):
        # the statistics period the report prints is the year it reports on; a title a year later is the year
        # it was published in (a mirror's 应急管理部2020年…报告 over the 2019 report), a title a year earlier is
        # last year's title kept over this year's figures (2022度…报告 over 自2023年1月1日起至2023年12月31日止); a
        # report the body names (按时公布2010年区政府信息公开工作年度报告: last year's, in a 2011 report) is not the
        # page's own. A title further off stands: the period then is the misprint; so is a period a year off the
        # year the page's own 《》 title and its opening sentence agree on (metadata.own_report_year).
        record["year"] = period
    if hints.get("published"):
        meta.setdefault("label:发布日期", str(hints["published"]))
    record["published"] = metadata.published_date(meta, url, extracted.text, extracted.page_text)
    record["region_code"] = hints.get("region_code") or metadata.region_from_agency(record["agency"])


def _is_report(record: dict, extracted: ExtractedText, hints: dict, url: str | None) -> tuple[bool, str]:
    decision = classify(extracted.text, title=extracted.title or hints.get("title"), meta=extracted.meta, url=url,
                        link_text=hints.get("link_text"),
                        column=hints.get("column") or breadcrumb_column(extracted.page_text or extracted.text)
                        or filed_column(extracted.page_text or extracted.text),
                        url_title=next(iter(_url_titles(url)), None))
    return decision.is_report, decision.reason


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
    answer = data_answer(data)
    if answer:
        # a list API's JSON or a feed is what a page is built from, whatever report its rows or the link name
        record["is_report_reason"] = (f"not a report: {answer}, data a page is built from, not a document "
                                      f"(the report is the page or file it points to)")
        record["_format"] = sniff_format(data, content_type, url)
        return record
    try:
        extracted = extracted if extracted is not None else extract_text(data, content_type, url)
    except Exception as exc:  # extract_text does not raise; this guards the contract against bugs
        _err(record, "extract", f"{type(exc).__name__}: {exc}")
        return record
    record["errors"] += extracted.errors
    record["_format"] = extracted.format
    # pinyin annotations first (開(kāi)): the conversion then sees the characters alone
    if _PINYIN.search(extracted.text[:5000]):
        extracted.text = _PINYIN.sub("", extracted.text)
        extracted.page_text = _PINYIN.sub("", extracted.page_text or "")
        extracted.title = _PINYIN.sub("", extracted.title) if extracted.title else extracted.title
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
            from nianbao.parse.text import extract_pdf_pdfplumber

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
    try:
        record["is_report"], record["is_report_reason"] = _is_report(record, extracted, hints, url)
    except Exception as exc:
        _err(record, "classify", f"{type(exc).__name__}: {exc}")
    if record["template"] == "unknown" and isinstance(record["year"], int) and record["year"] < 2019:
        record["template"] = "pre2019"
        try:
            old_sections, _ = split_sections(extracted.text, strict=False)
            if len(old_sections) > found:
                record["sections"] = {**dict.fromkeys(SECTION_NUMERALS), **old_sections}
                found = len(old_sections)
        except Exception as exc:
            _err(record, "sections", f"{type(exc).__name__}: {exc}")
    elif record["template"] == "unknown" and record["is_report"]:
        # the tables could not be read (cut, images) but their header wording still names the template
        headers = _without_prose(extracted.text)
        record["template"] = detect_template([headers]) or _template_from_headers(headers)
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
    return record
