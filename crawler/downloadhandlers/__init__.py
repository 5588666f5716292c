"""Download handlers (DOWNLOAD_HANDLERS, set by nianbao.crawler.browser.browser_settings for crawls that render pages)."""
