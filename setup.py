"""The nianbao namespace: the design card keeps crawler/, archive/ and parse/ at the top of the repository, and they
install as nianbao.crawler, nianbao.archive and nianbao.parse (so nianbao never shadows another project's top-level
`parse`). pyproject.toml holds everything else; setuptools reads the package list from here because a package-dir
mapping cannot be expressed with `packages.find`."""

from setuptools import find_packages, setup

LAYERS = ("crawler", "archive", "parse")


def nianbao_packages(root: str = ".") -> tuple[list[str], dict[str, str]]:
    """Every installed package name, and the folder of each top one (`nianbao.crawler` -> `crawler`)."""
    import os

    dirs = {"nianbao": "nianbao", **{f"nianbao.{layer}": layer for layer in LAYERS}}
    packages = []
    for name, folder in dirs.items():
        packages.append(name)
        packages.extend(f"{name}.{sub}" for sub in find_packages(os.path.join(root, folder)))
    return packages, {name: os.path.join(root, folder) if root != "." else folder for name, folder in dirs.items()}


if __name__ == "__main__":   # setuptools runs this file as __main__; deploy/scrapyd/setup.py imports the function
    PACKAGES, PACKAGE_DIR = nianbao_packages()
    setup(packages=PACKAGES, package_dir=PACKAGE_DIR)
