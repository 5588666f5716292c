"""Cell tokens → the DESIGN `tables` dict (`active`, `applications`, `review_litigation`), by labels.

Every value is placed by what its row label and its column header say, never by where it sits:
- a row is found by keywords of its label (`国家秘密` → `denied.state_secret`), with the enclosing group
  (`（三）不予公开`) carried from earlier rows for the ambiguous short labels (`3.其他`);
- columns come from the header cells: in a grid (DOM/PDF/DOCX) each value sits under its header cell; in text
  whose table was flattened, values follow their row label in the order of the header labels (the template's
  order for the applicant columns, whose flattened header order is lost to row spans);
- a row with fewer values than columns (the flattening dropped blank cells) cannot be attributed: its cells stay
  null and an error says so, rather than guessing.

Template version comes from header wording (domain notes §2.5), never from the 文号 the report cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from nianbao.parse.cells import Token
from nianbao.parse.values import as_amount, as_count

COLUMNS = ("natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total")
DENIED = ("state_secret", "prohibited_by_law", "security_stability", "third_party_rights", "internal_affairs",
          "process_info", "enforcement_case", "admin_query")
UNABLE = ("no_info", "needs_creation", "unclear")
NOT_PROCESSED = ("complaint", "repeat", "publication", "excessive", "confirm_info")
OTHER_2021 = ("overdue_correction", "overdue_fee", "other")
GROUPS = ("review", "litigation_direct", "litigation_after_review")
OUTCOMES = ("upheld", "corrected", "other", "pending", "total")

ACTIVE_2019 = {"regulations": ("made", "published", "total"), "normative_docs": ("made", "published", "total"),
               "licensing": ("previous", "change", "decisions"), "other_services": ("previous", "change", "decisions"),
               "punishment": ("previous", "change", "decisions"), "coercion": ("previous", "change", "decisions"),
               "fees": ("previous", "change"), "procurement": ("count", "amount_wan")}
ACTIVE_2021 = {"regulations": ("issued", "repealed", "in_force"), "normative_docs": ("issued", "repealed", "in_force"),
               "licensing": ("decisions",), "punishment": ("decisions",), "coercion": ("decisions",),
               "fees": ("amount_wan",)}
AMOUNT_FIELDS = frozenset({"amount_wan"})


def application_rows(template: str) -> list[str]:
    rows = ["new_received", "carried_over", "granted", "partially_granted", *(f"denied.{k}" for k in DENIED),
            *(f"unable.{k}" for k in UNABLE), *(f"not_processed.{k}" for k in NOT_PROCESSED)]
    rows += ["other"] if template == "2019" else [f"other.{k}" for k in OTHER_2021]
    return rows + ["total", "carried_forward"]


def active_layout(template: str) -> dict[str, tuple[str, ...]]:
    return ACTIVE_2019 if template == "2019" else ACTIVE_2021


def empty_tables(template: str) -> dict:
    return {
        "active": {row: dict.fromkeys(cols) for row, cols in active_layout(template).items()},
        "applications": {row: dict.fromkeys(COLUMNS) for row in application_rows(template)},
        "review_litigation": {g: dict.fromkeys(OUTCOMES) for g in GROUPS},
    }


# --- template detection --------------------------------------------------------------------------------------

MARKERS_2019 = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "其他对外管理服务事项", "第二十条第(九)项",
                "政府集中采购", "上一年项目数量", "采购总金额", "采购项目数量")
MARKERS_2021 = ("本年制发件数", "本年废止件数", "现行有效件", "本年收费金额", "逾期不补正", "逾期未按收费通知",
                "本年处理决定数量")


def detect_template(texts: list[str]) -> str | None:
    """'2019' or '2021' from table header wording, None when neither template's markers are present."""
    joined = "\n".join(texts)
    # (a header cell's words broken over two lines, 本年新 / 制作数量, as a page that prints each cell on its own line
    # and wraps the long ones does: the marker read with the line break closed too)
    unwrapped = re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", joined)
    score_2019 = sum(1 for m in MARKERS_2019 if m in joined or m in unwrapped)
    score_2021 = sum(1 for m in MARKERS_2021 if m in joined or m in unwrapped)
    if score_2019 == score_2021 == 0:
        return None
    return "2021" if score_2021 > score_2019 else "2019"


# --- label vocabularies (matched on normalised text: NFKC, no whitespace) -------------------------------------

def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


T2_ROWS = (  # order matters: the first match wins
    ("other_services", _rx(r"其他对外管理服务|对外管理服务事项")),
    ("normative_docs", _rx(r"规范性文件")),
    ("regulations", _rx(r"^(?:\d+[.、])?规章$|^规章[(（]")),
    ("licensing", _rx(r"^(?:\d+[.、])?行政许可")),
    ("punishment", _rx(r"^(?:\d+[.、])?行政处罚")),
    ("coercion", _rx(r"^(?:\d+[.、])?行政强制")),
    ("fees", _rx(r"事业性收费")),
    ("procurement", _rx(r"集中采购$|^政府集中采购")),
)
T2_COLUMNS = (  # (field, pattern); `None` field list = ambiguous between several
    ("previous", _rx(r"上一年|上年项目|上年度项目")),
    ("change", _rx(r"增/减|增减|增加|减少|变化|增或减")),
    ("made", _rx(r"新制作|制作数")),
    ("published", _rx(r"新公开|^公开数量")),
    ("total", _rx(r"公开总数|总数量")),
    ("decisions", _rx(r"处理决定")),
    ("count", _rx(r"采购项目|项目数量")),
    ("amount_wan", _rx(r"金额")),
    ("issued", _rx(r"制发")),
    ("repealed", _rx(r"废止")),
    ("in_force", _rx(r"现行有效|有效件")),
)
T2_AMBIGUOUS = ((_rx(r"^本年新$|^本年新增?$"), ("made", "published")),)
T2_HEADER_START = _rx(r"信息内容|第二十条")
_PROSE = _rx(r"[。，,；;“”\"]")     # a fragment of a sentence with numbers in it, never a row label

T3_START = _rx(r"勾稽|申请人情况")
T3_GROUPS = (("denied", _rx(r"不予公开|不予以公开")), ("unable", _rx(r"无法提供")),
             ("not_processed", _rx(r"不予处理")), ("other", _rx(r"其[他它]处理|^\(六\)其[他它]处")))
T3_ROWS = (  # (row key, pattern, required group or None)
    ("carried_forward", _rx(r"结转下年|下年度继续|转下年"), None),
    ("new_received", _rx(r"新收|本年收到|新受理"), None),
    ("carried_over", _rx(r"上年结转|上年度结转|结转上年"), None),
    ("partially_granted", _rx(r"部分公开"), None),
    ("granted", _rx(r"^(?:\(一\))?\(?予以公开|^\(一\)"), None),
    ("denied.state_secret", _rx(r"国家秘密"), None),
    ("denied.prohibited_by_law", _rx(r"禁止公开"), None),
    ("denied.security_stability", _rx(r"三安全|一稳定|危及"), None),
    ("denied.third_party_rights", _rx(r"第三方"), None),
    ("denied.internal_affairs", _rx(r"内部事务"), None),
    ("denied.process_info", _rx(r"过程性"), None),
    ("denied.enforcement_case", _rx(r"执法案卷"), None),
    ("denied.admin_query", _rx(r"查询事项"), None),
    ("unable.no_info", _rx(r"不掌握"), None),
    ("unable.needs_creation", _rx(r"另行制作|没有现成"), None),
    ("unable.unclear", _rx(r"仍不明确|不明确|补正后"), None),
    ("not_processed.complaint", _rx(r"信访|举报|投诉"), None),
    ("not_processed.repeat", _rx(r"重复申请"), None),
    ("not_processed.publication", _rx(r"出版物"), None),
    ("not_processed.excessive", _rx(r"大量反复|反复申请"), None),
    ("not_processed.confirm_info", _rx(r"重新出具|确认或|已获取"), None),
    ("other.overdue_correction", _rx(r"不补正"), None),
    ("other.overdue_fee", _rx(r"收费通知|缴纳费用|未按"), None),
    ("other.other", _rx(r"^(?:\d+[.、])?其[他它]$|^3[.、]其[他它]"), "other"),
    ("total", _rx(r"总计$|^\(七\)"), None),
)
# The template's own wording of each row of table 三, for rows whose printed label the patterns above miss (a
# glyph dropped by the PDF's text layer: `2.其他法律行政止公开`). Numbering is stripped before comparing.
T3_PRINTED = {
    "new_received": "本年新收政府信息公开申请数量", "carried_over": "上年结转政府信息公开申请数量",
    "granted": "予以公开", "partially_granted": "部分公开区分处理的只计这一情形不计其他情形",
    "denied.state_secret": "属于国家秘密", "denied.prohibited_by_law": "其他法律行政法规禁止公开",
    "denied.security_stability": "危及三安全一稳定", "denied.third_party_rights": "保护第三方合法权益",
    "denied.internal_affairs": "属于三类内部事务信息", "denied.process_info": "属于四类过程性信息",
    "denied.enforcement_case": "属于行政执法案卷", "denied.admin_query": "属于行政查询事项",
    "unable.no_info": "本机关不掌握相关政府信息", "unable.needs_creation": "没有现成信息需要另行制作",
    "unable.unclear": "补正后申请内容仍不明确", "not_processed.complaint": "信访举报投诉类申请",
    "not_processed.repeat": "重复申请", "not_processed.publication": "要求提供公开出版物",
    "not_processed.excessive": "无正当理由大量反复申请",
    "not_processed.confirm_info": "要求行政机关确认或重新出具已获取信息",
    "other.overdue_correction": "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
    "other.overdue_fee": "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
    "total": "总计", "carried_forward": "结转下年度继续办理",
}
FUZZY_MIN_SCORE = 75      # rapidfuzz ratio (0-100) a printed label needs to stand for a template row
FUZZY_NEXT_BONUS = 10     # the row the template's order expects next is preferred among close matches
_NUMBERING = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）]?[、.．]?)+")


# The template's wording of each row of table 二 (both templates), for the same purpose.
T2_PRINTED = {"regulations": "规章", "normative_docs": "规范性文件", "licensing": "行政许可",
              "other_services": "其他对外管理服务事项", "punishment": "行政处罚", "coercion": "行政强制",
              "fees": "行政事业性收费", "procurement": "政府集中采购"}


def fuzzy_t3_row(label: str, candidates: list[str], expected_next: str | None) -> str | None:
    """The row of table 三 a printed label stands for when no pattern matched it: the closest template wording
    (rapidfuzz ratio) among the rows not seen yet, the template's next row preferred."""
    return fuzzy_row(label, candidates, expected_next, T3_PRINTED, min_chars=3)


def fuzzy_row(label: str, candidates: list[str], expected_next: str | None, wordings: dict[str, str],
              min_chars: int = 3) -> str | None:
    """The template row (of `candidates`, the rows not seen yet) whose wording a printed label is closest to
    (rapidfuzz ratio ≥ FUZZY_MIN_SCORE), the row the template's order expects next preferred."""
    from rapidfuzz import fuzz

    text = re.sub(r"[^\u4e00-\u9fff]", "", _NUMBERING.sub("", label))
    if len(text) < min_chars:
        return None
    best, best_score = None, 0.0
    for row in candidates:
        wording = wordings.get(row)
        if not wording:
            continue
        score = fuzz.ratio(text, wording) + (FUZZY_NEXT_BONUS if row == expected_next else 0)
        if score > best_score:
            best, best_score = row, score
    return best if best_score >= FUZZY_MIN_SCORE else None


T3_COLUMN_LABELS = (
    ("natural_person", _rx(r"^自然人$")),
    ("org_subtotal", _rx(r"小计")),
    ("commercial", _rx(r"商业企|^企业$")),
    ("research", _rx(r"科研")),
    ("social_org", _rx(r"公益组织")),
    ("legal_service", _rx(r"法律服")),
    ("other_org", _rx(r"^其[他它](?:组织|机构)?$")),
    ("total", _rx(r"^总计$|^合计$")),
)
T3_ORG_GROUP = _rx(r"^法人或其[他它]组织$")

T4_START = _rx(r"行政复议|结果维持")
T4_GROUP_LABELS = (("litigation_direct", _rx(r"未经复议|直接起诉")), ("litigation_after_review", _rx(r"复议后起诉")),
                   ("review", _rx(r"^行政复议$")))
T4_OUTCOMES = (("upheld", _rx(r"维持")), ("corrected", _rx(r"纠正")), ("other", _rx(r"其[他它]结果|^其[他它]$")),
               ("pending", _rx(r"未审结|尚未")), ("total", _rx(r"总计|合计")))


def _first(patterns, text: str):
    """The key of the first pattern that matches. Labels repeat across thousands of reports, so results are
    cached per (vocabulary, label)."""
    return _first_cached(id(patterns), text)


_VOCABULARIES: dict[int, tuple] = {}


@lru_cache(maxsize=65536)
def _first_cached(vocabulary: int, text: str):
    for key, pattern, *rest in _VOCABULARIES[vocabulary]:
        if pattern.search(text):
            return (key, *rest) if rest else key
    return None


for _vocabulary in (T2_ROWS, T2_COLUMNS, T3_GROUPS, T3_ROWS, T3_COLUMN_LABELS, T4_GROUP_LABELS, T4_OUTCOMES):
    _VOCABULARIES[id(_vocabulary)] = _vocabulary


# --- groups: a run of labels followed by its values --------------------------------------------------------

@dataclass
class Group:
    labels: list[Token] = field(default_factory=list)
    values: list[Token] = field(default_factory=list)


def group_tokens(tokens: list[Token]) -> list[Group]:
    groups: list[Group] = []
    current = Group()
    row: object = object()
    for token in tokens:
        new_row = token.row is not None and token.row != row
        if (current.values and not token.is_value) or (new_row and (current.labels or current.values)):
            groups.append(current)
            current = Group()
        row = token.row
        (current.values if token.is_value else current.labels).append(token)
    if current.labels or current.values:
        groups.append(current)
    return groups


# --- the reader -------------------------------------------------------------------------------------------

@dataclass
class TableResult:
    template: str | None
    tables: dict | None
    errors: list[tuple[str, str]]   # (table key, message)
    found: dict[str, bool]
    cells_filled: int = 0
    labels: dict[str, dict[str, str]] = field(default_factory=dict)   # table → row → label as printed
    sources: dict = field(default_factory=dict)   # "table.row.col" → the Token its value was read from
    source_tables: list | None = None             # the ExtractedTables grid tokens point into (locators)


class _Reader:
    def __init__(self, template: str):
        self.template = template
        self.tables = empty_tables(template)
        self.errors: list[tuple[str, str]] = []
        self.found = {"active": False, "applications": False, "review_litigation": False}
        self.seen_rows: set[str] = set()
        self.unplaced: dict[str, list[str]] = {}   # table → rows whose values could not be attributed
        self.repeated: set[str] = set()
        self.labels: dict[str, dict[str, str]] = {"active": {}, "applications": {}}   # row → label as printed
        self.collapsed_other: list[Token] | None = None   # a 2021 table's （六） printed as one row
        self.sources: dict = {}

    def _repeated(self, table: str, row: str) -> bool:
        """A row seen before: a second table of the same kind (e.g. a county-wide table after the government's
        own). The first is kept; the repeat is reported once."""
        if f"{table}.{row}" not in self.seen_rows:
            return False
        if table not in self.repeated:
            self.repeated.add(table)
            name = {"active": "二", "applications": "三"}[table]
            self.errors.append((table, f"table {name} appears more than once (row {row} repeats); the first "
                                       f"table is kept"))
        return True

    def report_missing_rows(self) -> None:
        """Rows of a table that was found but never seen (a continuation lost, a row left out)."""
        names = {"active": "二", "applications": "三"}
        for table in ("active", "applications"):
            if not self.found[table]:
                continue
            missing = [row for row in self.tables[table] if f"{table}.{row}" not in self.seen_rows
                       and not (table == "applications" and row.startswith("other.") and "other" in self.tables[table])]
            if missing:
                self.errors.append((table, f"table {names[table]}: {len(missing)} row(s) not found: "
                                           + ", ".join(missing)))

    def report_unplaced(self) -> None:
        names = {"active": "二", "applications": "三"}
        for table, rows in self.unplaced.items():
            self.errors.append((table, f"table {names[table]}: {len(rows)} row(s) have a different number of values "
                                       f"than columns (blank cells lost when the table was flattened?); their cells "
                                       f"are left null: " + "; ".join(rows)))

    # values ---------------------------------------------------------------------------------------------
    def _set(self, table: str, row: str, col: str, token: Token | None, unit_scale: float = 1.0) -> None:
        target = self.tables[table][row]
        if token is None or token.value is None:
            target[col] = None
            return
        value = token.value.value
        self.sources[f"{table}.{row}.{col}"] = token
        if col in AMOUNT_FIELDS:
            if value is not None and token.value.unit is None and unit_scale != 1.0:
                value = round(value * unit_scale, 6)
            target[col] = as_amount(value)
        else:
            target[col] = as_count(value)

    @staticmethod
    def _place(values: list[Token], columns: list[tuple[str, int | None, int]]) -> tuple[dict, str | None]:
        """Values → {column key: token}. `columns` are (key, grid column or None, colspan). Grid values go under
        their header cell; otherwise values are taken in order when their count matches."""
        positioned = [c for c in columns if c[1] is not None]
        if positioned and len(positioned) == len(columns) and all(v.col is not None for v in values):
            out: dict[str, Token | None] = {}
            used: set[int] = set()
            for key, col, span in columns:
                match = next((v for v in values if col <= v.col < col + max(span, 1)), None)
                out[key] = match
                if match is not None:
                    used.add(id(match))
            stray = [v for v in values if id(v) not in used and v.value.kind != "blank"]
            if used and not stray:   # every value sits under a header cell: the grid's columns are trustworthy
                return out, None
        if len(values) > len(columns):
            trimmed = list(values)
            while len(trimmed) > len(columns) and trimmed[-1].value.kind == "blank":
                trimmed.pop()
            while len(trimmed) > len(columns) and trimmed[0].value.kind == "blank":
                trimmed.pop(0)
            values = trimmed
        if len(values) == len(columns):
            return {key: v for (key, _, _), v in zip(columns, values, strict=True)}, None
        return {}, f"{len(values)} values for {len(columns)} columns"

    # table 二 -------------------------------------------------------------------------------------------
    def read_active(self, groups: list[Group]) -> None:
        layout = active_layout(self.template)
        header: list[tuple[str | tuple, int | None, int, float]] = []
        collecting = False
        for group in groups:
            row_key = printed = None
            new_header: list[Token] = []
            for label in group.labels:
                if T2_HEADER_START.search(label.text) and not new_header:
                    collecting = True
                    header = []
                    if "信息内容" in label.text:
                        continue
                key = _first(T2_ROWS, label.text)
                if key is not None:
                    row_key, printed = key, label.raw
                    collecting = False
                    continue
                if collecting and not T2_HEADER_START.search(label.text):
                    new_header.append(label)
            if row_key is None and group.values and (header or new_header):
                # the row label no pattern knew sits last, after any header cells of its own part of the table
                loose = [t for t in (new_header or group.labels) if _first(T2_COLUMNS, t.text) is None
                         and not any(p.search(t.text) for p, _ in T2_AMBIGUOUS) and not T2_HEADER_START.search(t.text)
                         and not _PROSE.search(t.raw)]
                if loose:
                    row_key, printed = self._fuzzy_active_row(loose[-1:], layout)
                    if row_key is not None:
                        new_header = [t for t in new_header if t is not loose[-1]]
            if new_header:
                header = self._active_header(new_header)
            if row_key is None or not group.values:
                continue
            if row_key not in layout:
                self.errors.append(("active", f"table 二: row {row_key} is not part of the {self.template} template"))
                continue
            if self._repeated("active", row_key):
                continue
            self.found["active"] = True
            self.seen_rows.add(f"active.{row_key}")
            self.labels["active"][row_key] = printed
            expected = layout[row_key]
            columns = self._active_columns(header, expected)
            placed, problem = self._place(group.values, [(k, col, span) for k, col, span, _ in columns])
            if problem:
                self.unplaced.setdefault("active", []).append(f"{row_key} ({problem})")
                continue
            for key, _, _, scale in columns:
                self._set("active", row_key, key, placed.get(key), scale)

    def _fuzzy_active_row(self, labels: list[Token], layout: dict) -> tuple[str | None, str | None]:
        """A printed row of table 二 no pattern knows (a glyph lost: `行政处`): the row of the template's order
        whose wording is closest, the next expected one preferred; reported, and never dropped silently."""
        order = list(layout)
        unseen = [r for r in order if f"active.{r}" not in self.seen_rows]
        seen = [i for i, r in enumerate(order) if f"active.{r}" in self.seen_rows]
        expected = next((r for r in order[(max(seen) + 1 if seen else 0):] if r in unseen), None)
        short = [t for t in labels if len(t.text) <= 40]
        for label in short:
            key = fuzzy_row(label.text, unseen, expected, T2_PRINTED, min_chars=2)
            if key is not None:
                self.errors.append(("active", f"table 二: row label {label.raw!r} read as {key} (closest template "
                                              f"wording)"))
                return key, label.raw
        if short:
            self.errors.append(("active", f"table 二: a printed row matches no row of the {self.template} template; "
                                          f"its values are not placed: {short[-1].raw!r}"))
        return None, None

    @staticmethod
    def _active_header(labels: list[Token]) -> list[tuple[str | tuple, int | None, int, float]]:
        """Header cells → [(field or ambiguous tuple, column, span, unit scale)], merging cells a flattening
        split (`本年新` + `制作数量`)."""
        def match(text: str):
            key = _first(T2_COLUMNS, text)
            if key is not None:
                return key
            for pattern, options in T2_AMBIGUOUS:
                if pattern.search(text):
                    return options
            return None

        out = []
        i = 0
        while i < len(labels):
            token = labels[i]
            key = match(token.text)
            if i + 1 < len(labels) and (key is None or isinstance(key, tuple)):
                joined = match(token.text + labels[i + 1].text)
                if isinstance(joined, str):
                    key, i = joined, i + 1
            if key is not None:
                scale = 1 / 10000 if re.search(r"单位[:：]?元|\(元\)", token.text) else 1.0
                out.append((key, token.col, token.span, scale))
            i += 1
        return out

    @staticmethod
    def _active_columns(header, expected: tuple[str, ...]) -> list[tuple[str, int | None, int, float]]:
        """Resolve the header against the fields the row has; fall back to the template's column order when the
        header is missing or names other fields (a header lost in the flattening)."""
        keys: list[str | None] = []
        remaining = list(expected)
        for key, *_ in header:
            if isinstance(key, str) and key in remaining:
                keys.append(key)
                remaining.remove(key)
            else:
                keys.append(None)
        for i, (key, *_) in enumerate(header):
            if keys[i] is None and isinstance(key, tuple):
                choice = next((k for k in expected if k in key and k in remaining), None)
                if choice:
                    keys[i] = choice
                    remaining.remove(choice)
        resolved = [(k, col, span, scale) for k, (_, col, span, scale) in zip(keys, header, strict=True)
                    if k is not None]
        if sorted(k for k, *_ in resolved) == sorted(expected):
            return resolved
        return [(k, None, 1, 1.0) for k in expected]

    # table 三 -------------------------------------------------------------------------------------------
    def read_applications(self, groups: list[Group]) -> None:
        header: list[Token] = []
        columns: list[tuple[str, int | None, int]] | None = None
        context: str | None = None
        rows = set(application_rows(self.template))
        for group in groups:
            row_key = None
            printed = None
            for label in group.labels:
                text = label.text
                if len(text) > 80:      # prose, not a row label
                    continue
                grp = _first(T3_GROUPS, text)
                if grp is not None:
                    context = grp
                key = self._t3_row(text, context, columns is not None)
                if key is not None:
                    row_key, printed = key, label.raw
                elif columns is None:
                    header.append(label)
            if row_key is None and columns is not None and group.values and group.labels:
                row_key, printed = self._fuzzy_row(group.labels, rows)
                short = [t.raw for t in group.labels if len(t.text) <= 40]
                if row_key is None and short and any(v.value.kind != "blank" for v in group.values):
                    self.errors.append(("applications", f"table 三: a printed row matches no row of the "
                                                        f"{self.template} template; its values are not placed: "
                                                        f"{short[-1]!r}"))
            if row_key is None:
                if columns is None:
                    continue
                if group.labels and not group.values:
                    continue
                if group.values and not group.labels:
                    continue
                continue
            if columns is None:
                columns = self._t3_columns(header)
            if not group.values:
                continue
            if row_key == "other" and self.template == "2021":
                # a subtotal row of （六） above its three sub-rows, or （六） printed as one row (the 2019 layout):
                # kept, and stored as the （六） total when the sub-rows never come
                placed, problem = self._place(group.values, columns)
                if not problem and self.collapsed_other is None:
                    self.collapsed_other = [placed.get(key) for key in COLUMNS]
                    self.labels["applications"]["other"] = printed
                continue
            if row_key not in rows:
                self.errors.append(("applications", f"table 三: row {row_key} is not part of the {self.template} template"))
                continue
            if self._repeated("applications", row_key):
                continue
            self.found["applications"] = True
            self.seen_rows.add(f"applications.{row_key}")
            self.labels["applications"][row_key] = printed
            placed, problem = self._place(group.values, columns)
            if problem:
                self.unplaced.setdefault("applications", []).append(f"{row_key} ({problem})")
                continue
            for key in COLUMNS:
                self._set("applications", row_key, key, placed.get(key))

    def _fuzzy_row(self, labels: list[Token], rows: set[str]) -> tuple[str | None, str | None]:
        order = application_rows(self.template)
        unseen = [r for r in order if f"applications.{r}" not in self.seen_rows]
        seen = [i for i, r in enumerate(order) if f"applications.{r}" in self.seen_rows]
        expected = next((r for r in order[(max(seen) + 1 if seen else 0):] if r in unseen), None)
        for label in labels:
            if len(label.text) <= 40:
                key = fuzzy_t3_row(label.text, unseen, expected)
                if key is not None:
                    self.errors.append(("applications", f"table 三: row label {label.raw!r} read as {key} "
                                                        f"(closest template wording)"))
                    return key, label.raw
        return None, None

    def finish_applications(self) -> None:
        """（六）其他处理 printed as one row in a 2021 table: its values are the （六） total, kept as `other`
        beside the three sub-rows (left null) rather than dropped."""
        if self.template != "2021" or self.collapsed_other is None:
            return
        if any(f"applications.{r}" in self.seen_rows for r in ("other.overdue_correction", "other.overdue_fee",
                                                                 "other.other")):
            return
        self.tables["applications"]["other"] = {}
        self.seen_rows.add("applications.other")
        for key, token in zip(COLUMNS, self.collapsed_other, strict=True):
            self._set("applications", "other", key, token)
        self.errors.append(("applications", "table 三: （六）其他处理 is printed as one row (the 2019 layout) in a 2021 "
                                            "table: its values are kept as the （六） total (applications.other); "
                                            "the three sub-rows are null"))

    @staticmethod
    @lru_cache(maxsize=65536)
    def _t3_row(text: str, context: str | None, in_data: bool) -> str | None:
        for key, pattern, required in T3_ROWS:
            if key == "total" and not in_data:
                continue
            if pattern.search(text) and (required is None or required == context):
                if key == "granted" and ("不予" in text or "部分" in text):
                    continue
                return key
        grp = _first(T3_GROUPS, text)
        if grp == "other" and in_data:
            return "other"
        return None

    @staticmethod
    def _t3_columns(header: list[Token]) -> list[tuple[str, int | None, int]]:
        leaves: list[tuple[str, Token]] = []
        for token in header:
            key = _first(T3_COLUMN_LABELS, token.text)
            if key is not None and key not in (k for k, _ in leaves):
                leaves.append((key, token))
        keys = {k for k, _ in leaves}
        if leaves and all(t.col is not None for _, t in leaves) and {"natural_person", "total"} <= keys:
            return [(k, t.col, t.span) for k, t in sorted(leaves, key=lambda kt: kt[1].col)]
        order = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org"]
        if "org_subtotal" in keys:
            seen = [k for k, _ in leaves if k in order[1:] or k == "org_subtotal"]
            at = seen.index("org_subtotal")
            orgs = [k for k in seen if k != "org_subtotal"]
            insert_after = orgs[at - 1] if at > 0 and orgs else "natural_person"
            order.insert(order.index(insert_after) + 1, "org_subtotal")
        return [(k, None, 1) for k in order + ["total"]]

    # table 四 -------------------------------------------------------------------------------------------
    def read_review(self, groups: list[Group]) -> None:
        header: list[Token] = []
        values: list[Token] = []
        for group in groups:
            if not values:
                header.extend(group.labels)
            elif group.labels:
                break
            values.extend(group.values)
            if len([v for v in values if v.value.kind != "blank"]) >= 15 and not group.labels:
                pass
        if not values:
            return
        self.found["review_litigation"] = True
        columns = self._t4_columns(header)
        placed, problem = self._place(values, columns)
        if problem:
            self.errors.append(("review_litigation", f"table 四: {problem}; cells left null"))
            return
        for key, _, _ in columns:
            group, outcome = key.split(".")
            token = placed.get(key)
            if token is not None:
                self.sources[f"review_litigation.{key}"] = token
            self.tables["review_litigation"][group][outcome] = (
                as_count(token.value.value) if token is not None and token.value is not None else None)

    @staticmethod
    def _t4_columns(header: list[Token]) -> list[tuple[str, int | None, int]]:
        groups = [(key, t) for t in header for key in [_first(T4_GROUP_LABELS, t.text)] if key]
        outcomes = [(key, t) for t in header for key in [_first(T4_OUTCOMES, t.text)] if key
                    and not _first(T4_GROUP_LABELS, t.text)]
        if (groups and outcomes and all(t.col is not None for _, t in groups + outcomes)):
            out = []
            for key, token in outcomes:
                owner = [g for g, gt in groups if gt.col <= token.col < gt.col + max(gt.span, 1)]
                if owner:
                    out.append((f"{owner[-1]}.{key}", token.col, token.span))
            if len(out) == 15 and len({k for k, *_ in out}) == 15:
                return out
        # The header's own order, when it states one unambiguously: five outcome labels, or fifteen in three
        # identical runs. A header damaged by the flattening (a label lost) falls back to the template order.
        labels = [k for k, _ in outcomes]
        runs = [labels[i:i + 5] for i in range(0, len(labels), 5)]
        consistent = len(labels) in (5, 15) and all(run == runs[0] for run in runs)
        order = runs[0] if consistent and sorted(runs[0]) == sorted(OUTCOMES) else list(OUTCOMES)
        return [(f"{g}.{o}", None, 1) for g in GROUPS for o in order]


def _split_phases(tokens: list[Token]) -> tuple[list[Token], list[Token], list[Token]]:
    """Cut the token stream into tables 二, 三 and 四 at their first header markers."""
    t3 = next((i for i, t in enumerate(tokens) if not t.is_value and T3_START.search(t.text)), None)
    if t3 is None:
        t3 = next((i for i, t in enumerate(tokens) if not t.is_value and "新收" in t.text), None)
    if t3 is not None:
        # the header of 三 starts at the row holding the marker (grid) or at the marker (text)
        row = tokens[t3].row
        while row is not None and t3 > 0 and tokens[t3 - 1].row == row:
            t3 -= 1
    start4 = t3 if t3 is not None else 0
    t4 = None
    for i in range(start4, len(tokens)):
        t = tokens[i]
        if not t.is_value and T4_START.search(t.text) and len(t.text) <= 40:
            t4 = i
            break
    if t4 is not None:
        row = tokens[t4].row
        while row is not None and t4 > start4 and tokens[t4 - 1].row == row:
            t4 -= 1
    end2 = t3 if t3 is not None else (t4 if t4 is not None else len(tokens))
    part3 = tokens[t3:t4] if t3 is not None else []
    part4 = tokens[t4:] if t4 is not None else []
    return tokens[:end2], part3, part4


def read_tables(tokens: list[Token], template: str | None = None) -> TableResult:
    """Read the three tables from one token stream (all of a document's tables, in order)."""
    if template is None:
        labels = [t.text for t in tokens if not t.is_value]
        template = detect_template(labels)
        if template is None and any(T3_START.search(t) or "新收" in t for t in labels):
            # Table 三 without table 二's headers: the 2021 template's （六） rows (逾期不补正…) are markers, so their
            # absence under a （六）其他处理 row is the 2019 template's single row.
            template = "2019" if any(_first(T3_GROUPS, t) == "other" for t in labels) else None
    if template is None:
        return TableResult(None, None, [], {"active": False, "applications": False, "review_litigation": False})
    reader = _Reader(template)
    part2, part3, part4 = _split_phases(tokens)
    reader.read_active(group_tokens(part2))
    reader.read_applications(group_tokens(part3))
    reader.finish_applications()
    reader.read_review(group_tokens(part4))
    reader.report_unplaced()
    reader.report_missing_rows()
    filled = sum(1 for table in reader.tables.values() for row in table.values() for v in row.values()
                 if v is not None)
    return TableResult(template, reader.tables, reader.errors, reader.found, filled, reader.labels, reader.sources)
