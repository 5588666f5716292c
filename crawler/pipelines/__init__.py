"""Item pipelines, one per module, each enabled in ITEM_PIPELINES of crawler/settings.py."""
