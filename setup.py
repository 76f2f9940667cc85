"""Package discovery only; everything else is in pyproject.toml.

resources/ sits at the top of the repository (the project's layout) but ships as the package
`civannot.resources`, so importlib.resources finds it in a wheel and an editable install alike.
setuptools cannot combine automatic discovery with such a mapping in pyproject.toml alone.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["civannot", "civannot.*"]) + ["civannot.resources"],
    package_dir={"civannot": "civannot", "civannot.resources": "resources"},
)
