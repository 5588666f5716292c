"""Code fields: a lookup form asked once per identifier the page prints.

A 政府信息公开目录 often prints every entry's 索引号 (or 文号, 编号) as a table column but links only some entries; the
others are reached through a 索引号查询 box, a GET form whose one free-text field takes the code
(`syh.jsp?syh=<索引号>`). The values to type are on the page, one per row: like a year field (pagers/yearfields.py),
whose values are the years, the form is asked once per printed value.

A GET form whose only free-text field is named or labelled as an identifier (索引号/文号/编号, syh/indexno/wh/bh) is
submitted once per cell of the page's table column headed by an identifier word whose row links nothing (a linked
row is reached already: a 目录 that links every row asks nothing), in page order, at most MAX_CODES a form; the form's other fields as the
page gives them. A form that writes or POSTs is never submitted. Each answer is a list page labelled with the code.
Pure functions of the page (they run in worker processes); stats pager/code_fields."""

from __future__ import annotations

import re

from nianbao.crawler.discovery.page import HtmlPage, clean_text
from nianbao.crawler.discovery.pagers import PageRequest, form_fields
from nianbao.crawler.discovery.pagers.yearfields import field_words, one_free_field_forms, value_submissions

PAGER = "code_fields"
MAX_CODE_FORMS = 1                  # the 目录's lookup box; a page's second box is the site search
MAX_CODES = 400                     # codes asked per form (a 目录 page's rows; its pager walks the rest)
MAX_TABLES = 8                      # tables read a page
_ID_WORD = re.compile(r"^(?:syh|suoyinhao|indexno|index|wh|wenhao|bh|bianhao|fwzh|zh|sn|code)$|索引号|文号|编号|字号",
                      re.I)
_ID_HEADER = re.compile(r"索引号|文号|编号|字号|index\s*no", re.I)
# a code: no spaces, a digit in it, 4-60 characters (索引号 11330283MB0000000X/2023-00012, 文号 X政办发〔2023〕5号)
_CODE = re.compile(r"^(?=[^\s]*\d)[^\s]{4,60}$")


def _is_code_field(element, labels: dict[str, str]) -> bool:
    words = [*field_words(element, labels), (element.get("placeholder") or "")[:40]]
    return any(_ID_WORD.search(w) for w in words if w)


def printed_codes(page: HtmlPage) -> list[str]:
    """The cells of every table column headed by an identifier word in rows that link nothing, each once."""
    unlinked: list[str] = []
    for table in list(page.tree.iter("table"))[:MAX_TABLES]:
        rows = [r for r in table.iter("tr") if r.getparent() is table or r.getparent().getparent() is table]
        column = None
        for row in rows:
            cells = [c for c in row if c.tag in ("td", "th")]
            if column is None:
                column = next((i for i, c in enumerate(cells) if _ID_HEADER.search(clean_text(c.text_content()))
                               and len(clean_text(c.text_content())) <= 12), None)
                continue
            if column >= len(cells):
                continue
            text = clean_text(cells[column].text_content())
            if _CODE.match(text) and not any(a.get("href") for a in row.iter("a")):
                unlinked.append(text)
    return list(dict.fromkeys(unlinked))


def code_field_requests(page: HtmlPage) -> list[PageRequest]:
    """Each code lookup form of the page submitted once per printed code (see the module docstring)."""
    out: list[PageRequest] = []
    codes: list[str] | None = None
    forms = 0
    for form, field, labels in one_free_field_forms(page):
        if not _is_code_field(field, labels):
            continue
        codes = printed_codes(page) if codes is None else codes
        if not codes:
            return out
        out += value_submissions(page, form, field.get("name"), form_fields(form), codes[:MAX_CODES], PAGER, str)
        forms += 1
        if forms >= MAX_CODE_FORMS:
            break
    return out
