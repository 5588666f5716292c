"""The HTML pages inside an MHTML archive: `html_parts(body, url) -> MhtmlRead`.

MHTML (RFC 2557; Word's and IE's "单个文件网页" / "Web Archive, single file", `.mht` / `.mhtml`) wraps a page and
its resources in a MIME message: `multipart/related`, the page's HTML a part encoded quoted-printable or base64 in
its own charset (GBK on Chinese desktops), each part named by a `Content-Location`. Servers send it as
`message/rfc822` (IIS's mapping of .mht), `multipart/related` or `application/x-mimearchive`. Offices publish
registers saved so from Word: the bytes served hold no `href="` (`href=3D"…"`, addresses cut by soft line breaks),
so nothing reads their links unless the message is unwrapped.

The standard library's `email` package parses the message (multipart, quoted-printable, base64, charsets): no
hand-written MIME. Each `text/html` part is a page; its links resolve against its own `Content-Location` when that is
an http(s) address (as a browser showing the archive resolves them), else against the archive's URL (Word writes
`file:///C:/…` there). A message with no HTML part (a mail, an `.eml`) yields nothing. Limits: MAX_MHTML_BYTES read,
MAX_HTML_PARTS pages an archive. Pure; no network. (Moved from crawler/discovery/: parse reads an archive's page as a
document, format `mht`, and the crawler reads its links.)"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from html import escape

# an archive is told by its type, name and headers where the other formats are (sniff_format's `mht`); is_mhtml is
# this module's API too (crawler/spiders/mhtml_reading.py)
from nianbao.parse.formats import is_mhtml, is_mime_message  # noqa: F401

MAX_MHTML_BYTES = 16 * 1024 * 1024   # a register or report saved by Word is well under this; more is no page
MAX_HTML_PARTS = 8                   # the page and a few frames; an archive of more pages is read in part


@dataclass(frozen=True)
class HtmlPart:
    body: bytes          # the page's HTML in its charset, a `<base href>` first when its location is http(s)
    content_type: str    # `text/html; charset=<the part's>` (the charset the part declares)


@dataclass
class MhtmlRead:
    parts: list[HtmlPart] = field(default_factory=list)
    unread: str = ""     # why nothing was read: too_large, not_mime, no_html
    truncated: bool = False


def html_parts(body: bytes, url: str) -> MhtmlRead:
    """The archive's HTML pages (module docstring), in the message's order (the root page first)."""
    if len(body) > MAX_MHTML_BYTES:
        return MhtmlRead(unread="too_large")
    if not is_mime_message(body):
        return MhtmlRead(unread="not_mime")
    message = email.message_from_bytes(body, policy=email.policy.default)
    read = MhtmlRead()
    for part in message.walk():
        if part.get_content_type() != "text/html" or part.is_attachment():
            continue
        if len(read.parts) >= MAX_HTML_PARTS:
            read.truncated = True
            break
        read.parts.append(_page(part, url))
    if not read.parts:
        read.unread = "no_html"
    return read


def _page(part, url: str) -> HtmlPart:
    html = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()   # none named: the page's meta or the detector decides
    location = (part.get("Content-Location") or "").strip()
    if location.lower().startswith(("http://", "https://")) and location != url:
        html = f'<base href="{escape(location)}">'.encode("ascii", "xmlcharrefreplace") + html
    return HtmlPart(html, f"text/html; charset={charset}" if charset else "text/html")
