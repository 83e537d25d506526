"""Builds plantarget._plantarget with CMake (python/CMakeLists.txt) from the
C++ headers in ../include, so that `pip install ./python` works offline with
Debian's setuptools: no scikit-build, no download.

Environment knobs:
  PLANTARGET_BUILD_DIR    CMake build directory (default: under setuptools' build_temp)
  PLANTARGET_BUILD_TYPE   CMake build type (default Release)
  CMAKE_BUILD_PARALLEL_LEVEL  compile jobs (default 2)
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def project_version():
    """The version of the project() line of ../CMakeLists.txt, the one place it
    is written (the C++ headers get it through the generated version.hpp)."""
    cmake_lists = HERE.parent / "CMakeLists.txt"
    match = re.search(r"^project\(\s*plantarget\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)\b",
                      cmake_lists.read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise RuntimeError(f"plantarget: no 'project(plantarget VERSION x.y.z' line in {cmake_lists}")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        cmake = shutil.which("cmake")
        if cmake is None:
            raise RuntimeError("plantarget: building the Python module needs cmake (apt-get install cmake)")
        # Where setuptools collects the package: the module goes next to __init__.py.
        out_dir = Path(self.get_ext_fullpath(ext.name)).resolve().parent
        build_dir = Path(os.environ.get("PLANTARGET_BUILD_DIR") or Path(self.build_temp).resolve() / "cmake")
        configure = [
            cmake,
            "-S", str(HERE),
            "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=" + os.environ.get("PLANTARGET_BUILD_TYPE", "Release"),
            "-DPLANTARGET_PYTHON_OUTPUT_DIR=" + str(out_dir),
            "-DPython3_EXECUTABLE=" + sys.executable,
        ]
        if shutil.which("ninja") and not (build_dir / "CMakeCache.txt").exists():
            configure += ["-G", "Ninja"]
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        subprocess.run([cmake, "--build", str(build_dir), "-j", jobs], check=True)


setup(
    version=project_version(),
    ext_modules=[CMakeExtension("plantarget._plantarget")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
