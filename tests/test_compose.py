"""deploy/docker/compose.yaml: MinIO, Redis, the sandbox and two workers sharing the store and the frontier.
Docker is not available on every machine that runs the suite: the file's wiring is checked here always (every
worker command parses as a `nianbao crawl` with the shared store, frontier and sandbox proxy), and
`docker compose config` validates it where Docker Compose is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from nianbao.crawler.app.cli import build_parser

COMPOSE = Path(__file__).resolve().parents[1] / "deploy" / "docker" / "compose.yaml"


def test_compose_wires_two_workers_to_one_store_frontier_and_the_sandbox() -> None:
    spec = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    services = spec["services"]
    assert {"minio", "redis", "sandbox", "worker-1", "worker-2", "finish"} <= set(services)
    sandbox = build_parser().parse_args(services["sandbox"]["command"])
    assert (sandbox.host, sandbox.port) == ("0.0.0.0", 8765)
    for name in ("worker-1", "worker-2"):
        worker = services[name]
        args = build_parser().parse_args(worker["command"])
        assert args.command == "crawl" and args.store == "s3://nianbao/archive"
        assert args.redis == "redis://redis:6379/0" and args.frontier == "compose"
        assert args.proxy == f"http://sandbox:{sandbox.port}" and args.registry == "/registry/portals.csv"
        assert worker["environment"]["NIANBAO_S3_ENDPOINT"] == "minio:9000"
        assert set(worker["depends_on"]) == {"minio", "redis", "sandbox"}
    minio_env = services["minio"]["environment"]
    assert minio_env["MINIO_ROOT_PASSWORD"] == services["worker-1"]["environment"]["NIANBAO_S3_SECRET_KEY"]


@pytest.mark.skipif(shutil.which("docker") is None or subprocess.run(
    ["docker", "compose", "version"], capture_output=True).returncode != 0, reason="Docker Compose is not installed")
def test_docker_compose_accepts_the_file() -> None:
    result = subprocess.run(["docker", "compose", "-f", str(COMPOSE), "config", "--quiet"], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
