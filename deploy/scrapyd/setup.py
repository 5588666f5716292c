"""The scrapyd egg of nianbao: `cd deploy/scrapyd && scrapyd-deploy` (or `scrapyd-deploy --build-egg FILE`).

scrapyd-deploy builds eggs with `python setup.py bdist_egg`. At the repository root setuptools would read
pyproject.toml, whose PEP 639 licence field needs setuptools >= 77 (Python 3.11's venv has 65); this folder has
no pyproject.toml, so any setuptools builds the egg. The `scrapy` entry point names the settings module scrapyd
loads."""

import os

from setuptools import find_packages, setup

ROOT = os.path.relpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

setup(
    name="nianbao",
    version="0.1.0",
    packages=find_packages(ROOT, include=["crawler*", "archive*", "parse*"]),
    package_dir={"": ROOT},
    package_data={"": ["*.json", "*.csv", "*.txt", "*.doc", "*.docx", "*.pdf", "*.js", "*.html"]},
    entry_points={"scrapy": ["settings = crawler.settings"]},
    zip_safe=False,
)
