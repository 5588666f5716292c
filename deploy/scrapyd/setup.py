"""The scrapyd egg of nianbao: `cd deploy/scrapyd && scrapyd-deploy` (or `scrapyd-deploy --build-egg FILE`).

scrapyd-deploy builds eggs with `python setup.py bdist_egg`. At the repository root setuptools would read
pyproject.toml, whose PEP 639 licence field needs setuptools >= 77 (Python 3.11's venv has 65); this folder has
no pyproject.toml, so any setuptools builds the egg. The `scrapy` entry point names the settings module scrapyd
loads."""

import importlib.util
import os

from setuptools import setup

ROOT = os.path.relpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def root_setup():
    """The repository's setup.py, which owns the package list (crawler/ installs as nianbao.crawler, …)."""
    spec = importlib.util.spec_from_file_location("nianbao_root_setup", os.path.join(ROOT, "setup.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PACKAGES, PACKAGE_DIR = root_setup().nianbao_packages(ROOT)

setup(
    name="nianbao",
    version="0.1.0",
    packages=PACKAGES,
    package_dir=PACKAGE_DIR,
    package_data={"": ["*.json", "*.csv", "*.txt", "*.doc", "*.docx", "*.pdf", "*.js", "*.html"]},
    entry_points={"scrapy": ["settings = nianbao.crawler.settings"]},
    zip_safe=False,
)
