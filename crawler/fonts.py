"""Is a CJK font installed for Chromium? Without one every Chinese character of a rendered page is drawn as an
empty box, and a screenshot — the visual evidence of a render — shows nothing of the report. Chromium finds
fonts through fontconfig, so fontconfig's own answer (`fc-list :lang=zh`) is the one that counts."""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

INSTALL_HINT = ("install a CJK font (Debian: apt-get install fonts-wqy-zenhei, or fonts-noto-cjk; `make demo` "
                "does it when run as root)")


@lru_cache(maxsize=1)
def cjk_font_families() -> tuple[str, ...]:
    """Font families fontconfig lists for Chinese (empty when none, or when fontconfig is not installed)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        out = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(sorted({line.split(",")[0].strip() for line in out.splitlines() if line.strip()}))


def cjk_font_installed() -> bool:
    return bool(cjk_font_families())
