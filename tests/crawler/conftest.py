from __future__ import annotations

from pathlib import Path

import pytest
from nianbao.crawler.discovery.page import HtmlPage

from tests.redis_server import redis_server

FIXTURES = Path(__file__).parent / "fixtures"


def load_page(name: str, url: str, content_type: str | None = None) -> HtmlPage:
    return HtmlPage.from_bytes(url, (FIXTURES / name).read_bytes(), content_type)


@pytest.fixture
def fixture_page():
    return load_page


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A fresh redis-server for the module's tests of the shared frontier (skipped without Redis)."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def redis_client(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()
