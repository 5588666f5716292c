from __future__ import annotations

from pathlib import Path

import pytest
from nianbao.crawler.discovery.page import HtmlPage

FIXTURES = Path(__file__).parent / "fixtures"


def load_page(name: str, url: str, content_type: str | None = None) -> HtmlPage:
    return HtmlPage.from_bytes(url, (FIXTURES / name).read_bytes(), content_type)


@pytest.fixture
def fixture_page():
    return load_page
