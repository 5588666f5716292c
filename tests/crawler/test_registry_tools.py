"""`nianbao registry new` (crawler/registry_starter.py) and `nianbao registry check` (crawler/registry_check.py)."""

from __future__ import annotations

import pytest
from nianbao.crawler.app.cli import EXIT_PROBLEMS, EXIT_USAGE, main
from nianbao.crawler.registry import RegistryError, parse_registry
from nianbao.crawler.registry_check import check_registry, names_unit
from nianbao.crawler.registry_starter import county_units, registry_csv

from tests.crawler.minisite import MiniWeb, ProxyServer, html


def test_new_registry_for_a_city_is_a_valid_registry_with_cited_homepages(capsys) -> None:
    assert main(["registry", "new", "--region", "621100"]) == 0
    out, err = capsys.readouterr()
    portals = parse_registry(out, "starter.csv")
    assert {p.region_code for p in portals} == {"621102", "621121", "621122", "621123", "621124", "621126"}
    lintao = next(p for p in portals if p.name == "临洮县")
    assert (lintao.id, lintao.level, lintao.homepage) == ("c621124", "county", "http://www.lintao.gov.cn/")
    assert all(p.extra["homepage_source"].startswith(("http://", "https://")) for p in portals)
    assert next(p for p in portals if p.name == "安定区").level == "district"
    assert "no known homepage for: 漳县 (621125)" in err


def test_all_units_of_a_province_and_the_ones_to_fill_in() -> None:
    units = county_units("620000")
    codes = {u.code for u in units}
    assert {"620102", "621124", "621125"} <= codes and all(c.startswith("62") and not c.endswith("00") for c in codes)
    with pytest.raises(RegistryError, match="missing homepage"):
        parse_registry(registry_csv(county_units("621100"), include_missing=True), "starter.csv")


@pytest.mark.parametrize("region", ["621124", "999999", "62"])
def test_new_refuses_what_is_not_a_province_or_city(region, capsys) -> None:
    assert main(["registry", "new", "--region", region]) == EXIT_USAGE
    assert "620000" in capsys.readouterr().err


def test_names_unit() -> None:
    assert names_unit("临洮县", "临洮县人民政府门户网站") and names_unit("临洮县", "", "临洮政府网")
    assert names_unit("岷县", "岷县人民政府") and not names_unit("岷县", "岷州网")   # 岷 alone is too short
    assert not names_unit("临洮县", "某某市人民政府")


def test_check_reports_ok_redirect_mismatch_and_fail(tmp_path, capsys) -> None:
    web = MiniWeb()
    web.add("http://www.a.gov.cn/", html("x", "临洮县人民政府"))
    web.add("http://www.b.gov.cn/", html("x", "首页", head='<meta name="SiteName" content="渭源县人民政府">'))
    web.add("http://www.c.gov.cn/", b"", status=301, headers={"Location": "http://www.c-new.gov.cn/"})
    web.add("http://www.c-new.gov.cn/", html("x", "岷县人民政府"))
    web.add("http://www.d.gov.cn/", html("x", "域名出售"))
    web.add("http://www.f.gov.cn/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage\n"
                        "a,临洮县,621124,county,http://www.a.gov.cn/\nb,渭源县,621123,county,http://www.b.gov.cn/\n"
                        "c,岷县,621126,county,http://www.c.gov.cn/\nd,通渭县,621121,county,http://www.d.gov.cn/\n"
                        "e,漳县,621125,county,http://www.e.gov.cn/\nf,陇西县,621122,county,http://www.f.gov.cn/\n",
                        encoding="utf-8")
    portals = parse_registry(registry.read_text(encoding="utf-8"), "r.csv")
    pauses = []
    with ProxyServer(web) as proxy:
        results = {r.portal_id: r for r in check_registry(portals, "nianbao-test", proxy.url, 1.5, pauses.append)}
        assert main(["registry", "check", "--registry", str(registry), "--proxy", proxy.url, "--delay", "0",
                     "--data", str(tmp_path)]) == EXIT_PROBLEMS
    assert {k: r.status for k, r in results.items()} == {"a": "ok", "b": "ok", "c": "redirect", "d": "mismatch",
                                                         "e": "fail", "f": "fail"}
    assert results["c"].final_url == "http://www.c-new.gov.cn/" and results["e"].detail == "HTTP 404"
    assert results["f"].detail == "robots.txt disallows the homepage"
    assert pauses == [1.5] * 5                               # one pause between portals
    assert ("http://www.f.gov.cn/", "GET") not in {(u, m) for m, u in web.log}   # robots obeyed
    out = capsys.readouterr().out
    assert out.count("\n") == 6 and "redirect  c" in out


def test_check_obeys_the_robots_rules_written_for_nianbao_whatever_the_user_agent_says() -> None:
    web = MiniWeb()
    web.add("http://www.g.gov.cn/", html("x", "临洮县人民政府"))
    web.add("http://www.g.gov.cn/robots.txt", "User-agent: nianbao\nDisallow: /\n", content_type="text/plain")
    web.add("http://www.h.gov.cn/", html("x", "渭源县人民政府"))
    web.add("http://www.h.gov.cn/robots.txt", "User-agent: mozilla\nDisallow: /\n", content_type="text/plain")
    portals = parse_registry("id,name,region_code,level,homepage\n"
                             "g,临洮县,621124,county,http://www.g.gov.cn/\nh,渭源县,621123,county,http://www.h.gov.cn/\n",
                             "r.csv")
    with ProxyServer(web) as proxy:
        agent = "Mozilla/5.0 (compatible; nianbao/0.1; +https://example.org)"
        results = {r.portal_id: r for r in check_registry(portals, agent, proxy.url, 0, lambda s: None)}
    assert results["g"].detail == "robots.txt disallows the homepage"
    assert results["h"].status == "ok"                    # a rule for `mozilla` is not ours
