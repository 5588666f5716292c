"""The fields of a form body a page's script POSTs, read and written back in the shape the script sent it:
form-encoded (`$.post(url, {pageNo: 1})`, a URLSearchParams) or multipart/form-data — a FormData built by
`fd.append("columnId", "12")` calls and handed to fetch or XMLHttpRequest as the body, which the browser writes as
parts between a boundary of its own (RFC 7578; `Content-Type: multipart/form-data; boundary=----WebKitFormBoundary…`).
A list interface behind a multipart parser (multer's `upload.none()`, Spring's `MultipartResolver`) reads its
parameters from those parts only: the list's other pages are the same parts with the page field changed, under the
same boundary (jsonlist.py asks for them).

Text fields only: a body with a file part is no list query (None). Parsed with the standard library's MIME parser;
written by hand as browsers write a FormData's text fields (the HTML Standard's multipart/form-data encoding: `"`,
CR and LF of a name escaped as %22, %0D, %0A). Bounded: MAX_FIELDS parts read."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl, urlencode

MULTIPART = "multipart/form-data"
MAX_FIELDS = 50   # parts read from one body (a list query has a handful)


def is_multipart(content_type: str) -> bool:
    return content_type.strip().lower().startswith(MULTIPART)


def body_fields(body: str, content_type: str) -> list[tuple[str, str]] | None:
    """The (name, value) fields of a form body in order; None for a multipart body that cannot be read or holds a
    file (an urlencoded body always reads, perhaps as no field)."""
    if not is_multipart(content_type):
        return parse_qsl(body, keep_blank_values=True)
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n" + body.encode("utf-8"))
    if not message.is_multipart():
        return None
    fields: list[tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if len(fields) >= MAX_FIELDS or not isinstance(name, str) or part.get_filename() is not None:
            return None
        fields.append((name, (part.get_payload(decode=True) or b"").decode("utf-8", "replace")))
    return fields


def _boundary(content_type: str) -> str | None:
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode("latin-1", "replace")
                                                  + b"\r\n\r\n")
    boundary = message.get_boundary()
    return boundary if boundary and "\r" not in boundary and "\n" not in boundary else None


def _field_name(name: str) -> str:
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def body_with_fields(fields: list[tuple[str, str]], content_type: str) -> str:
    """`fields` written as a body of `content_type`: form-encoded, or multipart parts between its boundary (a
    FormData's text fields as a browser writes them, CRLF line ends)."""
    boundary = _boundary(content_type) if is_multipart(content_type) else None
    if boundary is None:
        return urlencode(fields)
    parts = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{_field_name(name)}"\r\n\r\n{value}\r\n'
                    for name, value in fields)
    return f"{parts}--{boundary}--\r\n"
