"""plugin_params: a plug-in movie's FlashVars read as its query's values."""

from __future__ import annotations

from nianbao.crawler.discovery.page import HtmlPage
from nianbao.crawler.discovery.plugin_params import movie_carriers
from nianbao.crawler.discovery.query_targets import embedded_links

URL = "http://www.a.gov.cn/xxgknb/bj/index.html"


def _targets(markup: str) -> list[str]:
    page = HtmlPage(URL, f"<html><body>{markup}</body></html>", "utf-8")
    return [link.url for link in embedded_links(movie_carriers(page))]


def test_flashvars_of_an_object_and_its_embed_name_the_menu_file():
    markup = ('<object type="application/x-shockwave-flash" data="/flash/nbmenu.swf"><param name="movie" '
              'value="/flash/nbmenu.swf"><param name="FlashVars" value="xmlUrl=/flash/nbmenu.xml&amp;target=_self">'
              '<embed src="/flash/nbmenu.swf" flashvars="xmlUrl=/flash/nbmenu.xml&amp;target=_self"></object>')
    assert _targets(markup) == ["http://www.a.gov.cn/flash/nbmenu.xml"]


def test_a_movie_query_and_embed_flashvars_alone_are_read():
    assert _targets('<embed src="menu.swf?config=../conf/menu.xml">') == ["http://www.a.gov.cn/xxgknb/conf/menu.xml"]
    assert _targets('<embed src="/m.swf" FlashVars="data=http://www.a.gov.cn/nb/list.xml">') == [
        "http://www.a.gov.cn/nb/list.xml"]


def test_movies_handed_no_address_name_nothing():
    assert _targets('<object data="/flash/banner.swf"><param name="wmode" value="transparent"></object>') == []
    assert _targets('<embed src="/flash/banner.swf" flashvars="speed=3&amp;target=_self&amp;skin=blue">') == []
    assert _targets('<p>flashvars: see the guide</p><img src="/a.png">') == []
