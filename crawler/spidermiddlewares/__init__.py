"""Spider middlewares, one per module, each enabled in SPIDER_MIDDLEWARES of crawler/settings.py."""
