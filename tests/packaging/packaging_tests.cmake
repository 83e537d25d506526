# Fresh configures of the source tree, as users run them (label packaging).
# Included from tests/CMakeLists.txt. Each costs one configure (a few seconds).
set(plantarget_packaging_dir "${CMAKE_CURRENT_BINARY_DIR}/packaging")

# packaging_test(<name> ARGS <a|b> EXPECT success|failure [OUTPUT <re@@re>]
#                [INSTALLED <p@@p>] [NOT_INSTALLED <p@@p>])
function(packaging_test name)
  cmake_parse_arguments(T "" "ARGS;EXPECT;OUTPUT;INSTALLED;NOT_INSTALLED" "" ${ARGN})
  set(prefix_arg)
  if(T_INSTALLED OR T_NOT_INSTALLED)
    set(prefix_arg "-DPREFIX=${plantarget_packaging_dir}/${name}.prefix")
  endif()
  add_test(NAME packaging.${name}
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DBUILD_DIR=${plantarget_packaging_dir}/${name}
            "-DGENERATOR=${CMAKE_GENERATOR}" -DCOMPILER=${CMAKE_CXX_COMPILER} "-DARGS=${T_ARGS}"
            -DEXPECT=${T_EXPECT} "-DOUTPUT_MATCHES=${T_OUTPUT}" ${prefix_arg}
            "-DINSTALLED=${T_INSTALLED}" "-DNOT_INSTALLED=${T_NOT_INSTALLED}"
            -P ${CMAKE_CURRENT_LIST_DIR}/configure_check.cmake)
  set_tests_properties(packaging.${name} PROPERTIES LABELS packaging TIMEOUT 300)
endfunction()

set(plantarget_package_files
  "include/plantarget/plantarget.hpp@@include/plantarget/version.hpp@@include/plantarget/io/csv.hpp@@include/plantarget/report/html.hpp@@share/cmake/plantarget/plantargetConfig.cmake@@share/cmake/plantarget/plantargetConfigVersion.cmake@@share/cmake/plantarget/plantargetCoreTargets.cmake@@share/cmake/plantarget/plantargetIoTargets.cmake@@share/cmake/plantarget/plantargetReportTargets.cmake")

# A user who wants only the headers, with nothing but Boost: the configure
# succeeds, says in one line each what it skips and why, and installs.
packaging_test(headers_only
  ARGS "-DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON|-DCMAKE_DISABLE_FIND_PACKAGE_benchmark=ON|-DCMAKE_DISABLE_FIND_PACKAGE_CLI11=ON|-DCMAKE_DISABLE_FIND_PACKAGE_fmt=ON|-DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON|-DCMAKE_DISABLE_FIND_PACKAGE_pybind11=ON"
  EXPECT success
  OUTPUT "plantarget: skipping the tests: GTest, fmt, nlohmann_json not found \\(PLANTARGET_BUILD_TESTS=AUTO\\)@@plantarget: skipping the examples: fmt, nlohmann_json not found@@plantarget: skipping plancheck: fmt, nlohmann_json, CLI11 not found@@plantarget: skipping the benchmarks: benchmark not found"
  INSTALLED "${plantarget_package_files}"
  NOT_INSTALLED "bin/plancheck")

# Everything found, plancheck configured, nothing built: the install needs no
# build and leaves out the tool that was not built.
packaging_test(install_without_build
  ARGS "-DPLANTARGET_BUILD_TOOLS=ON|-DPLANTARGET_BUILD_TESTS=OFF|-DPLANTARGET_BUILD_BENCHMARKS=OFF"
  EXPECT success
  INSTALLED "${plantarget_package_files}"
  NOT_INSTALLED "bin/plancheck")

# ON with a dependency missing is a configure error naming it.
packaging_test(tests_on_without_gtest
  ARGS "-DPLANTARGET_BUILD_TESTS=ON|-DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON"
  EXPECT failure
  OUTPUT "PLANTARGET_BUILD_TESTS is ON, but the tests need\\(s\\) GTest, not found")
packaging_test(tools_on_without_cli11
  ARGS "-DPLANTARGET_BUILD_TOOLS=ON|-DPLANTARGET_BUILD_TESTS=OFF|-DCMAKE_DISABLE_FIND_PACKAGE_CLI11=ON"
  EXPECT failure
  OUTPUT "PLANTARGET_BUILD_TOOLS is ON, but plancheck need\\(s\\) CLI11, not found")
