"""Regenerate the committed .doc attachments of the sandbox (crawler/sandbox/assets/*.doc).

No Python library writes the old binary Word format, so the sandbox generates a DOCX for each of these reports
(values from the fixed ASSET_SEED, the same for every sandbox seed) and LibreOffice converts it:

    apt-get install -y libreoffice-writer-nogui      # development machines only; CI uses the committed files
    python -m nianbao.crawler.sandbox.make_doc_assets

tests/crawler/test_sandbox.py checks with antiword that the committed files still carry the values the
generator produces; when it fails after a generator change, run this script and commit the new files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from nianbao.crawler.sandbox.core import DOC_ASSETS, build_sandbox
from nianbao.crawler.sandbox.documents import report_docx
from nianbao.crawler.sandbox.family_gbk import ASSETS

CONVERT_TIMEOUT_S = 120


def asset_reports():
    """(file name, Report) of every committed .doc, taken from a default sandbox."""
    sandbox = build_sandbox(portals=6)
    out = []
    for report in sandbox.reports:
        name = DOC_ASSETS.get((report.unit.key, report.year))
        if name and report.county.family == "gbk" and report.county.group == 0:
            out.append((name, report))
    return out


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("make_doc_assets: LibreOffice is not installed; run `apt-get install -y libreoffice-writer-nogui`",
              file=sys.stderr)
        return 2
    ASSETS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, report in asset_reports():
            source = work / Path(name).with_suffix(".docx").name
            source.write_bytes(report_docx(report, merge_rows=False))
            subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                            "--convert-to", "doc:MS Word 97", "--outdir", str(work), str(source)],
                           check=True, timeout=CONVERT_TIMEOUT_S, capture_output=True)
            shutil.copyfile(work / name, ASSETS / name)
            print(f"wrote {ASSETS / name} ({(ASSETS / name).stat().st_size} bytes): {report.title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
