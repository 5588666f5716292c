"""A PortalSpider made without a crawl, for tests that call its methods directly (one registry portal,
www.x.gov.cn; no browser, pages analysed in-process)."""

from __future__ import annotations


def offline_spider(tmp_path, **settings):
    from nianbao.crawler.spiders.portal import PortalSpider
    from scrapy.utils.test import get_crawler

    registry = tmp_path / "r.csv"
    registry.write_text("id,name,region_code,level,homepage,hosts\na,A,110101,county,http://www.x.gov.cn/,\n",
                        encoding="utf-8")
    crawler = get_crawler(PortalSpider, {"NIANBAO_REGISTRY_FILE": str(registry), "NIANBAO_RENDER": "never",
                                         "NIANBAO_PAGE_WORKERS": 0, **settings})
    crawler.stats.open_spider()
    return PortalSpider.from_crawler(crawler)


def drain(spider, *outputs) -> list[list]:
    """Everything each of the spider's async callbacks `outputs` (e.g. `spider.parse_file(response, fmt)`) yields,
    in turn, its worker processes (NIANBAO_PAGE_WORKERS ≥ 1) started before and closed after, as a crawl opens and
    closes them."""
    import asyncio

    async def run() -> list[list]:
        spider.on_opened(spider)
        try:
            drained = []
            for callback in outputs:
                drained.append([output async for output in callback])
            return drained
        finally:
            await spider.on_closed(spider, "finished")

    return asyncio.run(run())
