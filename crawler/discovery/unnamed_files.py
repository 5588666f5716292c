"""Files a list links without naming them: `P020240115….pdf`, `附件1.doc`, `xxx.wps`, 附件, 下载. Real portals list a
unit's report this way as often as by its title, in PDF and Word as much as WPS. Such a file is judged by the other
evidence there is, in this order (the spider counts `discovery/unnamed_documents/<how>`):

1. `by_text`: its own opening lines, when parse reads the format (parse/text.py; within parse/limits.py and
   limits.MAX_UNNAMED_TEXT_BYTES): the first lines classified as a title is (`classify_file_title`), so a PDF opening
   `某某局2023年政府信息公开工作年度报告` is a report with its year and unit, and one opening `关于…的通知` is no
   report even in a report column (the text's evidence beats the column's);
2. `by_column`: with no readable text, the column that lists it: one whose list has shown report titles keeps it as
   a report candidate, year and unit unknown (the catalog takes a report without a year);
3. `dropped`: neither (no readable title, listed in a column that shows no reports, e.g. a news list's 附件).

Pure: bytes and strings in, a verdict out."""

from __future__ import annotations

import re
from dataclasses import replace

from nianbao.crawler import limits
from nianbao.crawler.discovery.attachments import FILE_EXTENSIONS
from nianbao.crawler.discovery.classify import Classification, classify_file_title
from nianbao.crawler.discovery.page import clean_text

TEXT_FORMATS = ("pdf", "docx", "doc", "wps", "ofd", "rtf", "odt")   # parse has a text reader for (a .wps: the .doc one)
OPENING_LINES = 3          # a title may wrap, or open with its unit on a line of its own
MAX_OPENING_CHARS = 200
_FILE_NAME_END = re.compile(r"\.(?:" + "|".join(FILE_EXTENSIONS) + r")\s*$", re.I)
# words that say only "a file is here"; what is left of a label without them and its extension names something when
# it holds a Chinese character (P0….wps, 附件1.doc, 下载 name nothing; 2023年报.pdf, 关于…的通知 do)
_FILE_WORDS = re.compile(r"附件|附|点击|下载|查看|原文|文件|全文|浏览|打开")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def names_nothing(label: str | None) -> bool:
    """A link text that is a file name, a file word (附件, 下载) or nothing: it says nothing of the document."""
    text = _FILE_NAME_END.sub("", clean_text(label or ""))
    return not _CHINESE.search(_FILE_WORDS.sub("", text))


def read_for_text(fmt: str, size: int) -> bool:
    """Whether `opening_lines` reads a file of format `fmt` and `size` bytes at all."""
    return fmt in TEXT_FORMATS and size <= limits.MAX_UNNAMED_TEXT_BYTES


def opening_lines(body: bytes, fmt: str, content_type: str | None = None) -> list[str]:
    """The document's first OPENING_LINES non-empty lines, when parse can read it ([] otherwise: a scan, an unknown
    or broken file, one over the limit)."""
    if not read_for_text(fmt, len(body)):
        return []
    from nianbao.parse.text import (  # the crawler's only full-text reads: imported late
        read_text,
        unpack_refusal,
    )

    try:
        extracted = unpack_refusal(body, fmt) or read_text(body, fmt, content_type)
    except Exception:  # noqa: BLE001 - parse's readers raise on broken files; an unreadable file has no opening
        return []
    lines = (clean_text(line) for line in extracted.text.split("\n"))
    return [line[:MAX_OPENING_CHARS] for line in lines if line][:OPENING_LINES]


def judge_unnamed(opening: list[str], column_reports: int, label: str | None = None) -> tuple[str, Classification | None]:
    """(how, classification) of a file its link does not name: how is by_text, by_column or dropped; the
    classification is None when nothing is to be recorded."""
    if opening:
        for count in range(1, len(opening) + 1):
            verdict = classify_file_title("".join(opening[:count]))
            if verdict is not None:
                how = "by_text" if verdict.kind == "report" else "dropped"
                return how, replace(verdict, reason=f"opening text of a file its link does not name: {verdict.reason}")
        return "dropped", None   # the text reads as something else (关于…的通知): the column's evidence is overruled
    if column_reports > 0:
        return "by_column", Classification(
            "report", clean_text(label or "") or "", None, None, None, None,
            f"file its link does not name, with no readable title, listed in a column that lists {column_reports} "
            "reports: a report candidate, year unknown")
    return "dropped", None
