"""A script's POSTed form body, form-encoded or a FormData's multipart parts (crawler/discovery/pagers/post_bodies.py),
and the list pages jsonlist.py asks for with it."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP

from nianbao.crawler.discovery.pagers import jsonlist, post_bodies

BOUNDARY = "----WebKitFormBoundaryq1w2e3r4t5y6u7i8"
KIND = f"multipart/form-data; boundary={BOUNDARY}"
API = "http://www.x.gov.cn/api/cms/content/list"


def _chromium_body(fields: dict[str, str]) -> str:
    """A FormData of text fields as Chromium sends it (what the browser notes in meta nianbao_xhr_posts)."""
    parts = "".join(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items())
    return f"{parts}--{BOUNDARY}--\r\n"


def _parts(body: str, kind: str) -> dict[str, str]:
    """The fields a server's MIME parser reads from a body."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + body.encode())
    return {p.get_param("name", header="content-disposition"): p.get_payload(decode=True).decode()
            for p in message.iter_parts()}


def test_a_formdatas_page_field_is_read_and_its_other_pages_keep_the_parts_and_the_boundary():
    body = _chromium_body({"columnId": "4411", "pageIndex": "1", "pageSize": "10"})
    assert post_bodies.body_fields(body, KIND) == [("columnId", "4411"), ("pageIndex", "1"), ("pageSize", "10")]
    assert jsonlist.body_page_param(body, KIND) == ("pageIndex", 1)
    pages = jsonlist.other_pages(API, 3, body.encode(), KIND)
    assert [_parts(r.body, r.headers["Content-Type"]) for r in pages] == [
        {"columnId": "4411", "pageIndex": str(n), "pageSize": "10"} for n in (2, 3)]
    assert all(r.method == "POST" and r.headers["Content-Type"] == KIND for r in pages)
    assert pages[0].body == _chromium_body({"columnId": "4411", "pageIndex": "2", "pageSize": "10"})   # as sent


def test_a_formdata_tree_level_is_asked_with_its_parts_not_form_encoded():
    body = _chromium_body({"id": "0", "type": "dept"})
    answer = '[{"id": "7", "name": "县教育局", "isParent": true}]'
    children = jsonlist.post_tree_requests(answer, API, body, KIND)
    assert [_parts(r.body, KIND) for r in children] == [{"type": "dept", "id": "7"}]


def test_what_a_form_body_reader_must_not_take():
    # a file part: no list query; a multipart type without a readable body; a form-encoded body stays one
    upload = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
              f"Content-Type: text/plain\r\n\r\nx\r\n--{BOUNDARY}--\r\n")
    assert post_bodies.body_fields(upload, KIND) is None
    assert jsonlist.body_page_param(upload, KIND) is None
    assert jsonlist.body_page_param("pageIndex=1", "multipart/form-data") is None   # no boundary: no parts
    assert post_bodies.body_fields("a=1&pageNo=2", "application/x-www-form-urlencoded") == [("a", "1"), ("pageNo", "2")]
    assert post_bodies.body_with_fields([("a", "1"), ("pageNo", "3")], "application/x-www-form-urlencoded") \
        == "a=1&pageNo=3"
    many = _chromium_body({f"f{n}": "1" for n in range(post_bodies.MAX_FIELDS + 1)})
    assert post_bodies.body_fields(many, KIND) is None   # bounded
