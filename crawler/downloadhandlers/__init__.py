"""Download handlers (DOWNLOAD_HANDLERS, set by crawler.browser.browser_settings for crawls that render pages)."""
