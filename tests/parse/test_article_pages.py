"""parse/article_pages.py: the pages a report article's own pager names, and the pages joined into one document
(tables straddling a page break read whole), with negatives: a list's pager, a 下一篇 link, a page not cut."""

from __future__ import annotations

from nianbao.parse.article_pages import JOINED_CONTENT_TYPE, article_pages, join_pages, pages_of_article
from nianbao.parse.cell_reading import resolve
from nianbao.parse.limits import MAX_ARTICLE_PAGES
from nianbao.parse.report import parse_report

from tests.parse.builders import applications_values, page, review_values
from tests.parse.split_article import (
    DIRECTORY,
    FIRST_URL,
    PAGE_URLS,
    STEM,
    TRS_PAGER,
    page_bodies,
    static_pager,
    trs_pages,
    whole_body,
)

HTML = "text/html; charset=utf-8"


def test_the_trs_pager_names_every_page_from_any_of_them() -> None:
    for index, (url, data) in enumerate(zip(PAGE_URLS, trs_pages(), strict=True)):
        pages = pages_of_article(url, data, HTML)
        assert pages is not None and pages.pager == "trs"
        assert (pages.urls, pages.index, pages.first_url) == (tuple(PAGE_URLS), index, FIRST_URL)


def test_a_static_in_article_pager_names_the_pages() -> None:
    bodies = page_bodies()
    for index, url in enumerate(PAGE_URLS):
        html = page(bodies[index] + static_pager(index))
        pages = article_pages(url, html)
        assert pages is not None and (pages.urls, pages.index, pages.pager) == (tuple(PAGE_URLS), index, "static")
    # a pager showing a window of page numbers (1 2 3 … 9 下一页): the pages between are filled in
    window = (f'<a href="{STEM}_1.html">2</a> <a href="{STEM}_2.html">3</a> … <a href="{STEM}_8.html">9</a> '
              f'<a href="{STEM}_1.html">下一页</a>')
    pages = article_pages(FIRST_URL, page(bodies[0] + window))
    assert pages is not None and pages.later_urls == tuple(f"{DIRECTORY}{STEM}_{n}.html" for n in range(1, 9))


def test_a_list_pager_a_next_article_link_and_a_page_not_cut_name_no_pages() -> None:
    bodies = page_bodies()
    # a column's TRS list pager (its own name is index) and the 海云 form are lists, not an article's pages
    list_html = page("<ul><li>a</li></ul>" + TRS_PAGER.format(count=12, index=0, stem="index"))
    assert article_pages(f"{DIRECTORY}index.html", list_html) is None
    assert article_pages(f"{DIRECTORY}index_1.html", list_html.replace(", 0,", ", 1,")) is None
    static_list = page('<a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_1.html">下一页</a>')
    assert article_pages(f"{DIRECTORY}index.html", static_list) is None
    haiyun = page("<script>createPageHTML('page_div', 5, 0, 'list', 'shtml', 1000);</script>")
    assert article_pages(f"{DIRECTORY}{STEM}.html", haiyun) is None
    # a TRS call naming another stem (a list's pager drawn on an article page) is not this article's
    other = page(bodies[0] + TRS_PAGER.format(count=3, index=0, stem="t20240120_5123457"))
    assert article_pages(FIRST_URL, other) is None
    # 下一篇 to the next article, and a pager-looking link to another article's page: not continuations
    neighbours = page(whole_body() + '<div>上一篇：<a href="t20240119_5123455.html">岚川县2022年报告</a> '
                      '下一篇：<a href="t20240121_5123460.html">岚川县财政局2023年报告</a> '
                      '<a href="t20240121_5123460_1.html">下一页</a></div>')
    assert article_pages(FIRST_URL, neighbours) is None
    # a link to the page's own name with a suffix whose text is no pager label (an attachment's page)
    assert article_pages(FIRST_URL, page(whole_body() + f'<a href="{STEM}_1.html">附件：统计表</a>')) is None
    assert pages_of_article(FIRST_URL, page(whole_body()).encode(), HTML) is None


def test_the_pages_named_are_bounded() -> None:
    html = page(page_bodies()[0] + TRS_PAGER.format(count=100_000, index=0, stem=STEM))
    pages = article_pages(FIRST_URL, html)
    assert pages is not None and len(pages.later_urls) == MAX_ARTICLE_PAGES


def test_joined_pages_parse_as_the_whole_report_with_tables_across_page_breaks() -> None:
    served = trs_pages()
    joined = join_pages([(data, HTML) for data in served])
    assert (joined.tables_continued, joined.unreadable) == (2, [])
    record = parse_report(joined.html, JOINED_CONTENT_TYPE, FIRST_URL)
    whole = parse_report(page(whole_body()).encode(), HTML, FIRST_URL)
    assert record["tables"] == whole["tables"]
    assert record["tables"]["applications"] == applications_values("2021")
    assert record["tables"]["review_litigation"] == review_values()
    assert record["is_report"] and record["template"] == "2021" and record["errors"] == []
    assert all(v["status"] != "fail" for v in record["validation"]), record["validation"]
    assert record["sections"] == whole["sections"] and record["published"] == "2024-01-20"
    # each page alone is a fragment: the first has no table 三, the later ones are not read as tables 三/四
    first = parse_report(served[0], HTML, FIRST_URL)
    assert first["tables"]["applications"] is None and first["tables"]["review_litigation"] is None
    # every cell's locator names the page it was archived in, and resolves in that page's bytes
    pages_seen = set()
    for key, locator in record["_locators"].items():
        number = locator.get("article_page", 1)
        pages_seen.add(number)
        text = resolve(served[number - 1], HTML, locator)
        assert text is not None and text.strip() == locator["text"].strip(), (key, locator)
    assert pages_seen == {1, 2, 3}


def test_a_page_that_cannot_be_read_is_reported_and_the_rest_joined() -> None:
    served = trs_pages()
    joined = join_pages([(served[0], HTML), (b"", HTML), (served[2], HTML)])
    assert joined.unreadable == [1]
    record = parse_report(joined.html, JOINED_CONTENT_TYPE, FIRST_URL)
    assert record["tables"]["review_litigation"] == review_values()   # page 3's table, read
    assert record["tables"]["applications"] != applications_values("2021")   # its middle is gone
    # nothing to join to: the first page's own bytes
    assert join_pages([(b"", HTML), (served[1], HTML)]).unreadable == [1]


def test_the_sandbox_splitarticle_reports_parse_with_their_full_tables() -> None:
    """The held-out family whose report articles are cut into pages (crawler/sandbox/family_splitarticle.py): every
    first page names its later pages, and its pages joined parse to the ground truth's tables; a later page alone
    does not."""
    import pytest

    sandbox = pytest.importorskip("nianbao.crawler.sandbox")
    world = sandbox.build_sandbox(portals=1, families=("splitarticle",), news_per_portal=2)
    truth = world.ground_truth()
    report_of = {r["key"]: r for r in truth["reports"]}
    firsts = [d for d in truth["documents"] if d["role"] == "original"]
    compared = 0
    for first in firsts:
        later = sorted((d for d in truth["documents"] if d.get("part_of") == first["url"]),
                       key=lambda d: d["page_number"])
        served = [world.handle("GET", d["url"], {}) for d in [first, *later]]
        content_type = dict(served[0][1]).get("Content-Type")
        pages = pages_of_article(first["url"], served[0][2], content_type)
        assert pages is not None and list(pages.later_urls) == [d["url"] for d in later]
        joined = join_pages([(body, dict(headers).get("Content-Type")) for _, headers, body in served])
        record = parse_report(joined.html, JOINED_CONTENT_TYPE, first["url"])
        report = report_of[first["report_key"]]
        if report["template"] in ("2019", "2021"):
            assert record["tables"] == report["tables"], first["url"]
            alone = parse_report(served[0][2], content_type, first["url"])
            assert alone["tables"] != report["tables"]
            compared += 1
    assert len(firsts) >= 10 and compared >= 20, (len(firsts), compared)


def test_an_articles_page_names_are_its_own_stem_with_a_page_number_beside_it() -> None:
    pages = article_pages(FIRST_URL, page(page_bodies()[0] + static_pager(0)))
    assert pages is not None
    assert all(pages.names(url) for url in PAGE_URLS) and pages.names(f"{DIRECTORY}{STEM}_7.html")
    # another article's page, the column's list page, another extension, another directory, a longer stem
    for other in (f"{DIRECTORY}t20240121_5123460_1.html", f"{DIRECTORY}index_1.html", f"{DIRECTORY}{STEM}_1.shtml",
                  f"{DIRECTORY}sub/{STEM}_1.html", f"{DIRECTORY}{STEM}1_1.html", f"{DIRECTORY}{STEM}_1.html?a=1"):
        assert not pages.names(other), other
