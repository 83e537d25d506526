"""The package's version and the C++ headers' version come from one place, the
project() line of the top-level CMakeLists.txt: setup.py reads it for the
package metadata, CMake writes it into plantarget/version.hpp for the module."""

import importlib.metadata
import re

import pytest

import plantarget


def test_the_installed_package_has_the_version_of_the_cpp_headers():
    try:
        installed = importlib.metadata.version("plantarget")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("plantarget is imported from a build tree, not installed (python/run_tests.sh installs it)")
    assert installed == plantarget._plantarget.__version__
    assert plantarget.__version__ == installed
    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", installed)
