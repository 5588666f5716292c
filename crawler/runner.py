"""Run one crawl in its own process (`python -m nianbao.crawler.crawl_main`), so a session can run many crawls
(Twisted's reactor cannot be restarted in one process) and a crash of the crawl cannot take the CLI down."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from nianbao.archive.datadir import DataDir, RunDir
from nianbao.crawler.registry import Portal, registry_to_csv


@dataclass
class CrawlConfig:
    data_dir: Path
    portals: list[Portal]
    store_uri: str = ""
    proxy: str = ""
    render: str = "auto"
    max_pages: int = 0              # 0 = no page limit for this run
    time_limit_s: int = 0           # 0 = no time limit for this run
    contact_url: str = ""
    allow_private_addresses: bool = False
    crawl_id: str = ""
    log_level: str = "INFO"
    redis_url: str = ""             # shared frontier + duplicate filter for several workers (scrapy-redis)
    frontier_key: str = ""          # the shared crawl's name in Redis; workers of one crawl use the same key
    extra_settings: dict = field(default_factory=dict)
    progress: bool = False          # live progress and the closing table on this process's stdout (a terminal)

    @property
    def data(self) -> DataDir:
        return DataDir(Path(self.data_dir), self.store_uri)


@dataclass
class CrawlResult:
    crawl_id: str
    returncode: int
    run_dir: Path
    summary: dict

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    @property
    def failure(self) -> str:
        """The crawl process's own reason for failing (its last `crawl_main:` line in crawl.log), or ''."""
        try:
            with open(RunDir(self.run_dir).log, "rb") as log:
                log.seek(max(0, log.seek(0, os.SEEK_END) - 65536))
                tail = log.read().decode("utf-8", "replace")
        except OSError:
            return ""
        lines = [line for line in tail.splitlines() if line.startswith("crawl_main: ")]
        return lines[-1].removeprefix("crawl_main: ") if lines else ""


def new_crawl_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%d%H%M%S}-{secrets.token_hex(2)}"


def crawl_settings(config: CrawlConfig, registry_file: Path) -> dict:
    """The settings overrides the crawl process reads (docs/INTERNALS.md, "Crawl process settings")."""
    settings = {
        "NIANBAO_DATA_DIR": str(config.data_dir),
        "NIANBAO_STORE_URI": config.store_uri,
        "NIANBAO_CRAWL_ID": config.crawl_id,
        "NIANBAO_REGISTRY_FILE": str(registry_file),
        "NIANBAO_PORTAL_IDS": [p.id for p in config.portals],
        "NIANBAO_RENDER": config.render,
        "NIANBAO_PROXY": redact_url(config.proxy),   # the real one travels in the environment (start_crawl)
        "NIANBAO_ALLOW_PRIVATE_ADDRESSES": config.allow_private_addresses,
        "LOG_LEVEL": config.log_level,
    }
    if config.redis_url:
        settings.update(redis_frontier_settings(config.redis_url, config.frontier_key or "nianbao"))
    if config.contact_url:
        settings["NIANBAO_CONTACT_URL"] = config.contact_url
    if config.max_pages:
        settings["CLOSESPIDER_PAGECOUNT"] = config.max_pages
    if config.time_limit_s:
        settings["CLOSESPIDER_TIMEOUT"] = config.time_limit_s
    if config.progress:
        # the crawl's stderr is crawl.log: its live view and closing table go to our stdout, the terminal
        settings.update({"NIANBAO_PROGRESS_CONSOLE": "stdout", "NIANBAO_PROGRESS_TTY": True})
    settings.update(config.extra_settings)
    return settings


def redis_frontier_settings(redis_url: str, frontier_key: str) -> dict:
    """scrapy-redis as the shared frontier (crawler/frontier.py): one request queue and one fingerprint set for
    all workers, with leases so that a killed worker's unfinished requests are fetched by its peers or its
    restart. The lease-releasing spider middleware is registered in crawler/settings.py (inert without it)."""
    return {
        "SCHEDULER": "nianbao.crawler.frontier.LeasingScheduler",
        "SCHEDULER_QUEUE_CLASS": "nianbao.crawler.frontier.HostQueues",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"nianbao:{frontier_key}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"nianbao:{frontier_key}:dupefilter",
        "REDIS_URL": redis_url,
    }


PROXY_ENV = "NIANBAO_PROXY"


def redact_url(url: str) -> str:
    """The URL with its password replaced by `***` (what run records may show of a proxy)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url or "")
    if not parts.password:
        return url or ""
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def write_private(path: Path, text: str) -> None:
    """Written readable by the owner only (0600): run files are operational records, not for every user."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as out:
        out.write(text)


def run_crawl(config: CrawlConfig) -> CrawlResult:
    return start_crawl(config).wait()


@dataclass
class CrawlProcess:
    """A crawl running in its own process (see start_crawl)."""
    crawl_id: str
    run_dir: Path
    proc: subprocess.Popen

    def wait(self) -> CrawlResult:
        returncode = self.proc.wait()
        summary_file = RunDir(self.run_dir).summary
        summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.exists() else {}
        return CrawlResult(self.crawl_id, returncode, self.run_dir, summary)


def start_crawl(config: CrawlConfig) -> CrawlProcess:
    config.crawl_id = config.crawl_id or new_crawl_id()
    run = config.data.run(config.crawl_id)
    run.path.mkdir(parents=True, exist_ok=True)
    run.registry.write_text(registry_to_csv(config.portals), encoding="utf-8")
    write_private(run.settings, json.dumps(crawl_settings(config, run.registry), ensure_ascii=False, indent=1))
    env = dict(os.environ)
    if config.proxy:
        env[PROXY_ENV] = config.proxy   # with its password: never written to the run's files
        # Scrapy's HttpProxyMiddleware reads these; the browser gets the proxy from NIANBAO_PROXY.
        env["http_proxy"] = env["HTTP_PROXY"] = config.proxy
        env["https_proxy"] = env["HTTPS_PROXY"] = config.proxy
    env.setdefault("PYTHONUNBUFFERED", "1")
    with open(run.log, "wb") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(
            [sys.executable, "-m", "nianbao.crawler.crawl_main", "--settings-json", str(run.settings)],
            env=env, stdout=None, stderr=log)
    return CrawlProcess(config.crawl_id, run.path, proc)


def describe(config: CrawlConfig) -> dict:
    """A loggable view of the config (no secrets: proxies may carry credentials)."""
    view = asdict(config)
    view["portals"] = [p.id for p in config.portals]
    if config.proxy and "@" in config.proxy:
        scheme, _, rest = config.proxy.partition("://")
        view["proxy"] = f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return view
