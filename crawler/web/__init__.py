"""`nianbao serve`: a read-only web view of the archive (Flask + Jinja2 templates, matplotlib SVG plots).

    app = create_app(data_dir, store_uri)        # crawler/web/app.py; a WSGI app (Flask)
    serve_forever(app, host, port)               # werkzeug's threaded server, loopback by default

Modules: `catalog_view` (read-only catalog queries), `replay` (archived captures replayed from the WARC with
links rewritten to the archive and a cell highlighted), `template_tables` (the official template's layout of the
three tables), `plots` (SVG drawn by matplotlib on the server: reading needs no JavaScript), `app` (routes).
Security: the catalog is opened read-only (`mode=ro`), nothing is read from the store but the byte range the
catalog names for a record, archived HTML is served only under /replay/ with a CSP `sandbox` (opaque origin, no
scripts) that allows nothing but the archive's own paths, inside a sandboxed iframe.
"""
