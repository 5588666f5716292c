"""crawl_main.build_settings: which Chromium a crawl launches, and what happens when there is none."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from nianbao.crawler import crawl_main


def _fake_chromium(path: Path) -> str:
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_the_first_installed_chromium_is_launched(tmp_path: Path, monkeypatch) -> None:
    shell = _fake_chromium(tmp_path / "chromium-headless-shell")
    full = _fake_chromium(tmp_path / "chromium")
    monkeypatch.setattr(crawl_main, "CHROMIUM_EXECUTABLES", (shell, full))
    settings = crawl_main.build_settings({"NIANBAO_RENDER": "auto"})
    assert settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")["executable_path"] == shell
    (tmp_path / "chromium-headless-shell").unlink()
    settings = crawl_main.build_settings({"NIANBAO_RENDER": "auto"})
    assert settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")["executable_path"] == full


def test_a_chromium_named_in_the_launch_options_wins(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(crawl_main, "CHROMIUM_EXECUTABLES", (_fake_chromium(tmp_path / "chromium"),))
    mine = _fake_chromium(tmp_path / "my-chrome")
    settings = crawl_main.build_settings({"PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": mine}})
    assert settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")["executable_path"] == mine


def test_without_chromium_auto_falls_back_to_never_and_always_refuses(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(crawl_main, "CHROMIUM_EXECUTABLES", (str(tmp_path / "absent"),))
    settings = crawl_main.build_settings({"NIANBAO_RENDER": "auto"})
    assert settings.get("NIANBAO_RENDER") == "never"
    assert "scrapy_playwright" not in str(settings.getdict("DOWNLOAD_HANDLERS"))
    with pytest.raises(crawl_main.ConfigError, match="apt-get install chromium-headless-shell"):
        crawl_main.build_settings({"NIANBAO_RENDER": "always"})
    named = {"NIANBAO_RENDER": "always", "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": str(tmp_path / "gone")}}
    with pytest.raises(crawl_main.ConfigError, match="gone"):
        crawl_main.build_settings(named)


def test_the_user_agent_names_nianbao_and_its_contact_in_the_compatible_form(monkeypatch) -> None:
    from nianbao.crawler.sandbox.family_uaguard import browser_like

    monkeypatch.setattr(crawl_main, "CHROMIUM_EXECUTABLES", ())
    settings = crawl_main.build_settings({"NIANBAO_RENDER": "never", "NIANBAO_CONTACT_URL": "https://example.org/c"})
    agent = settings.get("USER_AGENT")
    assert agent == "Mozilla/5.0 (compatible; nianbao/0.1; +https://example.org/c)"
    assert settings.get("ROBOTSTXT_USER_AGENT") == "nianbao"
    assert not any(word in agent.lower() for word in ("chrome", "safari", "firefox", "bot", "spider", "crawler"))
    assert browser_like({"user-agent": agent})                    # a browser check of the WAF kind lets it through
    assert not browser_like({"user-agent": "nianbao/0.1 (+https://example.org/c; archival crawler)"})   # the old one
    chosen = crawl_main.build_settings({"NIANBAO_RENDER": "never", "USER_AGENT": "mine/1 (+x)"})
    assert chosen.get("USER_AGENT") == "mine/1 (+x)"             # an explicit setting wins
