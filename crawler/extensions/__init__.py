"""Scrapy extensions, one per module, each enabled in EXTENSIONS of crawler/settings.py."""
