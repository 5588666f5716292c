"""`nianbao serve`: open the catalog read-only and the store without writing, then serve the app.

werkzeug's threaded WSGI server (it comes with Flask) is enough for a reading room on loopback; to publish the
view, run `nianbao.crawler.web.server:wsgi_app()` under any WSGI server (gunicorn, waitress) behind a proxy instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nianbao.archive.datadir import DataDir
from nianbao.archive.store import open_store
from nianbao.crawler.web.app import create_app


def build(data: Path, store_uri: str):
    """The app over DATA/catalog.sqlite and the store; the store is not contacted (a check would write)."""
    return create_app(data, open_store(store_uri, check=False))


def wsgi_app():
    """For a WSGI server: NIANBAO_DATA (default ./nianbao-data) and NIANBAO_STORE (default DATA/store)."""
    data = DataDir.locate()
    return build(data.root, data.store_uri)


def serve_forever(data: Path, store_uri: str, host: str = "127.0.0.1", port: int = 8000) -> int:
    from werkzeug.serving import make_server

    app = build(data, store_uri)
    app.extensions["nianbao_view"].titles.warm()        # scans done before the first search or region page
    audit = app.extensions.get("nianbao_region_audit")
    if audit is not None:
        audit.coverage.warm()
    server = make_server(host, port, app, threaded=True)
    print(f"nianbao serve: http://{host}:{server.server_port}/ (read-only view of {data}); Ctrl-C stops",
          file=sys.stderr)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"nianbao serve: listening on {host}: anyone who can reach it can read the archive", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
