"""Downloader middlewares, one per module, each enabled by its order number in crawler/settings.py."""
