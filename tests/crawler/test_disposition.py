"""The name a download answer gives its file (crawler/discovery/disposition.py): RFC 6266's `filename*` before
`filename`, the forms Chinese servers send (a plain name percent-encoded, raw GBK bytes), and what is no name."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from nianbao.crawler.discovery.classify import classify_file_title
from nianbao.crawler.discovery.disposition import MAX_HEADER_CHARS, disposition_filename, disposition_title

NAME = "某县教育局2022年政府信息公开工作年度报告.pdf"


@pytest.mark.parametrize("header", [
    f"attachment; filename*=UTF-8''{quote(NAME)}".encode(),                    # RFC 6266 / 5987
    f"attachment; filename=\"report.pdf\"; filename*=UTF-8''{quote(NAME)}",   # both: the extended one wins
    f"attachment; filename*=UTF-8''{quote(NAME)}; filename=\"report.pdf\"",
    f'attachment; filename="{NAME}"'.encode(),                                 # raw UTF-8
    f'attachment; filename="{NAME}"'.encode("gbk"),                            # raw GBK bytes
    f"attachment;filename={quote(NAME)}",                                      # URLEncoder.encode(name, "UTF-8")
    f"attachment;filename={quote(NAME, encoding='gbk')}",                      # … in GBK
    f"attachment; filename*=GBK''{quote(NAME, encoding='gbk')}",
    f'inline; filename="D:\\upload\\{NAME}"',                                   # a path in the name: dropped
])
def test_the_name_in_each_form_a_server_sends(header):
    assert disposition_filename(header) == NAME
    assert disposition_title(header) == NAME.removesuffix(".pdf")


@pytest.mark.parametrize("header", [None, b"", "attachment", "inline", 'attachment; filename=""',
                                    "attachment; name=\"file\"",                 # a form field's name, not a file's
                                    "attachment; filename=" + "报" * 300,         # longer than a file name can be
                                    "attachment; filename=" + "a" * MAX_HEADER_CHARS])
def test_no_name(header):
    assert disposition_filename(header) is None and disposition_title(header) is None


def test_a_percent_sign_that_is_no_escape_stays():
    assert disposition_filename('attachment; filename="完成率100%.xls"') == "完成率100%.xls"


def test_the_name_classifies_the_file_and_a_look_alike_or_a_bare_name_does_not():
    assert classify_file_title(disposition_title(f"attachment; filename*=UTF-8''{quote(NAME)}")).kind == "report"
    interpretation = quote("某县2022年政府信息公开工作年度报告解读.pdf")
    assert classify_file_title(disposition_title(f"attachment; filename*=UTF-8''{interpretation}")).kind == "not_report"
    assert classify_file_title(disposition_title('attachment; filename="ndbgml.docx"')) is None
