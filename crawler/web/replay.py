"""Replay of an archived capture from its WARC record, for the sandboxed frame under /replay/.

    archived = read_capture(store, payload_row)       # one ranged read: exactly the catalog's byte range
    body, content_type = rewrite(archived, capture_url, ts, highlight=None)
    headers = replay_headers(origin)                 # CSP sandbox: opaque origin, archive paths only

Why our own replay rather than pywb: the app needs a cell highlighted inside the archived page and must answer
from the same read-only catalog and store (folder or S3) as the other commands; pywb reads its own CDXJ
collections. What replay does: the record's payload (Content-Encoding removed) is served under
/replay/<timestamp>/<original URL>; in HTML every URL attribute (href, src, srcset, action, poster, background,
data) and CSS `url(...)` / `@import` is resolved against the page and rewritten to that form, so links and page
requisites come from the archive or nowhere. Scripts, `<base>`, meta refresh and `<meta http-equiv=CSP>` are
dropped (scripts could not run anyway: the frame and the response CSP both forbid them). The CSP names only this
server's /replay/ path, so an archived page can never fetch from or navigate to the live web.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from nianbao.archive import limits
from nianbao.archive.warc.reader import RecordError, decoded_payload, read_record
from nianbao.parse import limits as parse_limits
from nianbao.parse.encoding import decode_html

HIGHLIGHT_ID = "nianbao-cell"
HIGHLIGHT_STYLE = (f"#{HIGHLIGHT_ID}{{outline:3px solid #d00;background:#ffeb3b !important;color:#000 !important;"
                   "scroll-margin:40vh}")
URL_ATTRS = ("href", "src", "action", "poster", "background", "data", "longdesc", "lowsrc")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A DOM path as lxml's getpath writes it: /html/body/div[2]/table/tbody/tr[3]/td[4] (nothing else is evaluated).
DOM_PATH = re.compile(r"^(?:/[A-Za-z][A-Za-z0-9]{0,20}(?:\[\d{1,6}\])?){1,200}$")


class ReplayError(Exception):
    """The capture cannot be replayed; the message says why (shown to the reader)."""


@dataclass
class Archived:
    record_id: str
    url: str
    status: int | None
    content_type: str
    body: bytes


def read_capture(store, row: dict) -> Archived:
    """The payload of the response record `row` (a catalog row with warc_key, offset, length, record_id):
    one ranged read of exactly that range, and the record there must be the one the catalog names."""
    if not row["length"] or row["length"] > limits.MAX_WARC_RECORD_READ_BYTES:
        raise ReplayError(f"record {row['record_id']} is larger than the replay limit")
    try:
        record = read_record(store, row["warc_key"], row["offset"], row["length"])
    except (RecordError, OSError) as exc:
        raise ReplayError(f"record {row['record_id']} could not be read from the store: {exc}") from exc
    except Exception as exc:  # store errors (StoreError, S3 failures) are shown, not raised to the reader
        raise ReplayError(f"record {row['record_id']} could not be read from the store: {exc}") from exc
    if record.record_id != row["record_id"]:
        raise ReplayError(f"the store holds {record.record_id} at {row['warc_key']}@{row['offset']}, "
                          f"not {row['record_id']}: run `nianbao verify`")
    body, _ = decoded_payload(record)
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.header("Content-Type") or ""
    return Archived(record.record_id, record.url, record.status, content_type.strip(), body)


def kind_of(content_type: str, body: bytes) -> str:
    """html | css | image | font | pdf | other, by the archived Content-Type (and the bytes when it is absent)."""
    ct = content_type.split(";")[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml") or (not ct and body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html"))):
        return "html"
    if ct == "text/css":
        return "css"
    if ct.startswith("image/") and ct != "image/svg+xml":   # SVG can carry scripts: served as a download
        return "image"
    if ct.startswith("font/") or ct in ("application/font-woff", "application/x-font-woff",
                                          "application/vnd.ms-fontobject", "application/x-font-ttf"):
        return "font"
    if ct == "application/pdf" or body[:5] == b"%PDF-":
        return "pdf"
    return "other"


def replay_path(ts: str, url: str) -> str:
    return f"/replay/{ts}/{url}"


def rewrite_url(value: str, base: str, ts: str) -> str | None:
    """An archived page's URL → the archive's replay path; None for URLs that must not be followed."""
    value = (value or "").strip()
    if not value or value.startswith("#"):
        return value
    lowered = value.lower()
    if lowered.startswith(("data:image/", "data:font/", "data:application/font")):
        return value
    if lowered.startswith(("javascript:", "vbscript:", "data:", "blob:", "filesystem:")):
        return None
    absolute = urljoin(base, value)
    scheme = urlsplit(absolute).scheme.lower()
    if scheme not in ("http", "https"):
        return None   # mailto:, tel:, ftp: … lead outside the archive
    return replay_path(ts, absolute)


def rewrite_css(text: str, base: str, ts: str) -> str:
    def repl(match: re.Match) -> str:
        if match.group(2) is not None:
            target = rewrite_url(match.group(2), base, ts)
            return f'url("{target}")' if target else 'url("about:blank")'
        target = rewrite_url(match.group(4), base, ts)
        return f'@import "{target}"' if target else ""
    return CSS_URL.sub(repl, text)


def _parse_html(body: bytes, content_type: str):
    from lxml import etree

    html, _ = decode_html(body, content_type)
    html = _XML_DECL.sub("", html[:parse_limits.MAX_HTML_CHARS])
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    root = etree.fromstring(html, parser) if html.strip() else None
    if root is None:
        root = etree.fromstring("<html><body></body></html>", parser)
    return root


def find_highlight(root, dom_path: str | None, value_text: str | None):
    """The element a cell locator names (and, when given, whose text holds the value). Returns None when the
    locator does not resolve in this document."""
    if not dom_path or not DOM_PATH.match(dom_path):
        return None
    candidates = [root.getroottree().xpath(dom_path), root.getroottree().xpath(dom_path.replace("/tbody", ""))]
    for found in candidates:
        for el in found if isinstance(found, list) else []:
            if not value_text or value_text in "".join(el.itertext()):
                return el
    return None


def mark_value(el, value_text: str | None) -> None:
    """Mark the value inside `el`: the first text run that holds it is split around a <mark>; failing that, the
    whole element carries the highlight id."""
    from lxml import etree

    if value_text:
        for node in [el, *el.iterdescendants()]:
            for attr in ("text", "tail"):
                if node is el and attr == "tail":
                    continue
                text = getattr(node, attr)
                if not text or value_text not in text:
                    continue
                before, _, after = text.partition(value_text)
                mark = etree.Element("mark", id=HIGHLIGHT_ID)
                mark.text, mark.tail = value_text, after
                setattr(node, attr, before)
                if attr == "text":
                    node.insert(0, mark)
                else:
                    node.addnext(mark)
                return
    el.set("id", HIGHLIGHT_ID)


def rewrite_html(body: bytes, content_type: str, page_url: str, ts: str,
                 highlight: tuple[str | None, str | None] | None = None) -> tuple[bytes, bool]:
    """Rewritten HTML (UTF-8) and whether the highlight was placed. `highlight` is (DOM path, value text)."""
    from lxml import etree

    root = _parse_html(body, content_type)
    placed = False
    if highlight:
        target = find_highlight(root, *highlight)
        if target is not None:
            mark_value(target, highlight[1])
            placed = True
    base = page_url
    for el in root.iter("base"):
        if el.get("href"):
            base = urljoin(page_url, el.get("href"))
            break
    for el in list(root.iter("script", "base", "noscript")):
        el.getparent().remove(el) if el.getparent() is not None else None
    for el in list(root.iter("meta")):
        # the page is re-encoded as UTF-8: its own charset declarations go, with refreshes and policies
        if el.get("charset") is not None or (el.get("http-equiv") or "").strip().lower() in (
                "refresh", "content-security-policy", "set-cookie", "content-type"):
            el.getparent().remove(el)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name in list(el.attrib):
            lowered = name.lower()
            if lowered.startswith("on"):      # event handlers: inert under the CSP, removed for clarity
                del el.attrib[name]
            elif lowered in URL_ATTRS:
                target = rewrite_url(el.get(name), base, ts)
                if target is None:
                    del el.attrib[name]
                else:
                    el.set(name, target)
            elif lowered == "srcset":
                parts = []
                for item in el.get(name).split(","):
                    bits = item.strip().split()
                    target = rewrite_url(bits[0], base, ts) if bits else None
                    if target:
                        parts.append(" ".join([target, *bits[1:]]))
                el.set(name, ", ".join(parts))
            elif lowered == "style":
                el.set(name, rewrite_css(el.get(name), base, ts))
        if el.tag == "style" and el.text:
            el.text = rewrite_css(el.text, base, ts)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    charset = etree.Element("meta", charset="utf-8")
    head.insert(0, charset)
    if placed:
        style = etree.SubElement(head, "style")
        style.text = HIGHLIGHT_STYLE
    return b"<!DOCTYPE html>\n" + etree.tostring(root, method="html", encoding="utf-8"), placed


def replay_headers(origin: str) -> dict[str, str]:
    """Headers of everything served under /replay/: the CSP's `sandbox` gives the document an opaque origin
    (never the app's), scripts are off, and every fetch or navigation may only reach this server's /replay/.
    No Cross-Origin-Resource-Policy: a sandboxed page's requests come from an opaque origin, which
    `same-origin` would refuse (its archived images would not load)."""
    archive = f"{origin}/replay/"
    policy = "; ".join([
        "sandbox", "default-src 'none'", f"img-src {archive} data:", f"style-src {archive} 'unsafe-inline'",
        f"font-src {archive} data:", f"media-src {archive}", f"frame-src {archive}", "script-src 'none'",
        "connect-src 'none'", "object-src 'none'", "form-action 'none'", "base-uri 'none'",
        "frame-ancestors 'self'"])
    return {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "public, max-age=3600"}


def pdf_page_with_box(body: bytes, page_number: int, bbox: list[float], scale: float = 1.5) -> bytes:
    """PNG of one PDF page with a cell's box drawn on it (PDF points, origin bottom-left, as parse/locators.py
    records them). pdfium renders; the reader's browser never runs a PDF viewer inside the sandbox."""
    import io

    import pypdfium2 as pdfium
    from PIL import ImageDraw

    document = pdfium.PdfDocument(body)
    try:
        if not 1 <= page_number <= len(document):
            raise ReplayError(f"the document has no page {page_number}")
        page = document[page_number - 1]
        height = page.get_height()
        image = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    left, bottom, right, top = bbox
    box = [left * scale, (height - top) * scale, right * scale, (height - bottom) * scale]
    draw = ImageDraw.Draw(image)
    for grow in range(3):
        draw.rectangle([box[0] - 2 - grow, box[1] - 2 - grow, box[2] + 2 + grow, box[3] + 2 + grow], outline="#d00000")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
