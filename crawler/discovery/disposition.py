"""The name a download answer gives its file: `Content-Disposition: attachment; filename*=UTF-8''<percent-encoded>`
(RFC 6266 with RFC 5987's extended value, preferred when both are sent) or `filename="<name>"`. A portal's download
servlet (`/attach/download.jsp?id=…`, `/attachment/download.do?fileId=…`) is linked as 下载 or 附件 with an address
that names nothing: the header's name — `某县2023年政府信息公开工作年度报告.pdf` — is the document's name, as telling
as a file name in a URL, and the spider classifies the file by it (crawler/spiders/portal.py `parse_file`).

What Chinese servers send besides the standard forms, read as browsers read it: a plain `filename=` percent-encoded
in UTF-8 (Java's `URLEncoder.encode(name, "UTF-8")`, ASP.NET's `HttpUtility.UrlEncode`), and raw GBK bytes (the
header is bytes; not UTF-8 → GB18030). A path in the name is dropped (RFC 6266 §4.3). Parsing is the standard
library's (email.message: RFC 2231 parameters, quoting); the header and the name are bounded."""

from __future__ import annotations

import re
from email.message import Message
from email.utils import collapse_rfc2231_value
from urllib.parse import unquote

MAX_HEADER_CHARS = 2_000    # a longer Content-Disposition is not read (a name is a few dozen characters)
MAX_NAME_CHARS = 255        # a file name longer than file systems allow is no name
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _text(header: bytes | str) -> str:
    if isinstance(header, str):
        return header
    try:
        return header.decode("utf-8")
    except UnicodeDecodeError:
        return header.decode("gb18030", errors="replace")


def _unescaped(name: str) -> str:
    """A plain filename percent-encoded in UTF-8 (or GBK) decoded, as browsers do; other names as they are."""
    if not _PERCENT.search(name):
        return name
    for encoding in ("utf-8", "gb18030"):
        try:
            return unquote(name, encoding=encoding, errors="strict")
        except UnicodeDecodeError:
            continue
    return name


def disposition_filename(header: bytes | str | None) -> str | None:
    """The file name a Content-Disposition header gives (`filename*` before `filename`), without any path; None
    when it gives none (or is too long to be one)."""
    if not header or len(header) > MAX_HEADER_CHARS:
        return None
    message = Message()
    message["Content-Disposition"] = _text(header)
    extended = plain = None
    for key, value in message.get_params(header="content-disposition", failobj=[])[1:]:
        if key.lower() != "filename" or not value:
            continue
        if isinstance(value, tuple):    # filename*=charset'lang'value (RFC 2231/5987)
            extended = extended or collapse_rfc2231_value(value, errors="replace")
        else:
            plain = plain or _unescaped(value.strip())
    name = (extended or plain or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if 0 < len(name) <= MAX_NAME_CHARS else None


def disposition_title(header: bytes | str | None) -> str | None:
    """The title a download's name says: its file name without the extension (`…年度报告.pdf` → `…年度报告`)."""
    name = disposition_filename(header)
    return _SUFFIX.sub("", name).strip() or None if name else None
