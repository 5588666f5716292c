"""A stand-in for the capture middleware in tests: at order 950 it sees what the WARC writer would see (body
as received, still content-encoded) and appends one JSON line per response to NIANBAO_TEST_RECORD_FILE."""

from __future__ import annotations

import base64
import json

from scrapy.exceptions import NotConfigured


class RecorderMiddleware:
    def __init__(self, path: str):
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("NIANBAO_TEST_RECORD_FILE")
        if not path:
            raise NotConfigured
        return cls(path)

    def process_response(self, request, response, spider=None):
        meta = request.meta
        record = {"url": response.url, "method": request.method, "status": response.status,
                  "role": meta.get("nianbao_role"), "hops": meta.get("nianbao_hops"),
                  "via": meta.get("nianbao_via"), "capture_method": meta.get("nianbao_capture_method", "scrapy-http11"),
                  "playwright": bool(meta.get("playwright")),
                  "content_encoding": (response.headers.get(b"Content-Encoding") or b"").decode(),
                  "request_headers": {k.decode(): v[0].decode("latin-1") for k, v in request.headers.items()},
                  "body": base64.b64encode(response.body).decode()}
        meta["nianbao_record_id"] = f"<urn:test:{request.method}:{request.url}>"
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return response
