"""A disk cache of the sandbox's rendered documents (PDF, DOCX, PNG tables), keyed by what they are made from.

Rendering a report's PDF or DOCX takes 0.1-0.2 s (reportlab lays out every table cell; python-docx merges cells
by XPath): 55 of the 59 s that building and pre-rendering a 100-portal sandbox took, so a 2,000-portal sandbox
for benchmarks/national_scale.py took over 30 minutes before a single request. The writers are deterministic,
so their bytes are kept on disk under a digest of (kind, the renderer's own source and library versions, the
report's content); a second build of the same sandbox, or of a larger one sharing its reports, reads them back.

    NIANBAO_SANDBOX_CACHE=DIR   where (default: $XDG_CACHE_HOME/nianbao/sandbox-documents, or ~/.cache/…)
    NIANBAO_SANDBOX_CACHE=off   no cache (every document rendered afresh)

A cache file is written whole under a temporary name and renamed, so a killed build leaves no torn file; a file
that cannot be read or written is rendered instead (the cache only ever saves time).
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

_SOURCES = ("documents.py", "tables.py")   # the renderers and the table layout they draw


def cache_dir() -> Path | None:
    setting = os.environ.get("NIANBAO_SANDBOX_CACHE", "").strip()
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "nianbao" / "sandbox-documents"


@functools.lru_cache(maxsize=1)
def _version() -> str:
    """Changes when a renderer, the table layout, a rendering library or the CJK font does."""
    from crawler.fonts import cjk_font_file

    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    for dist in ("reportlab", "python-docx", "pillow"):
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=none".encode())
    digest.update(str(cjk_font_file()).encode())
    return digest.hexdigest()


def disk_cached(kind: str, content: Callable[..., object]):
    """Decorate a deterministic renderer: `content(*args, **kwargs)` returns what its bytes depend on, as values
    whose repr() is stable (strings, numbers, dates, frozen dataclasses, lists and tuples of them)."""
    def wrap(render: Callable[..., bytes]) -> Callable[..., bytes]:
        @functools.wraps(render)
        def cached(*args, **kwargs) -> bytes:
            root = cache_dir()
            if root is None:
                return render(*args, **kwargs)
            key = hashlib.sha256(repr((kind, _version(), content(*args, **kwargs))).encode("utf-8")).hexdigest()
            path = root / key[:2] / f"{key}.{kind}"
            try:
                return path.read_bytes()
            except OSError:
                pass
            data = render(*args, **kwargs)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
                    tmp.write(data)
                os.replace(tmp.name, path)
            except OSError:
                pass
            return data
        cached.uncached = render   # type: ignore[attr-defined]
        return cached
    return wrap
