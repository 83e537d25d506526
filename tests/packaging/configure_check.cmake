# Configures a fresh build tree of plantarget the way a user would and checks
# the outcome: that the configure succeeds or fails as expected, that its
# output says what it should (what it skipped, or why it stopped), and
# optionally that `cmake --install` right after it, with nothing built,
# installs the headers and the package and no tool.
#
#   cmake -DSOURCE_DIR=<tree> -DBUILD_DIR=<fresh dir> -DGENERATOR=<g> -DCOMPILER=<c++>
#         -DARGS=<a|b|c> -DEXPECT=success|failure [-DOUTPUT_MATCHES=<re@@re>]
#         [-DPREFIX=<dir> -DINSTALLED=<path@@path> -DNOT_INSTALLED=<path@@path>] -P configure_check.cmake
#
# '|' separates arguments and '@@' expressions: ';' does not survive add_test.
foreach(var IN ITEMS SOURCE_DIR BUILD_DIR GENERATOR COMPILER EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "configure_check.cmake needs -D${var}=...")
  endif()
endforeach()
string(REPLACE "|" ";" args "${ARGS}")
file(REMOVE_RECURSE "${BUILD_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" -G "${GENERATOR}"
                        "-DCMAKE_CXX_COMPILER=${COMPILER}" ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(output "${out}${err}")
set(failures "")
if(EXPECT STREQUAL "success" AND NOT rc EQUAL 0)
  string(APPEND failures "the configure failed (${rc}); it should succeed\n")
elseif(EXPECT STREQUAL "failure" AND rc EQUAL 0)
  string(APPEND failures "the configure succeeded; it should fail\n")
endif()
if(OUTPUT_MATCHES)
  string(REPLACE "@@" ";" expressions "${OUTPUT_MATCHES}")
  foreach(re IN LISTS expressions)
    if(NOT output MATCHES "${re}")
      string(APPEND failures "the configure output does not match '${re}'\n")
    endif()
  endforeach()
endif()

if(PREFIX AND NOT failures)
  file(REMOVE_RECURSE "${PREFIX}")
  execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE install_out ERROR_VARIABLE install_err)
  string(APPEND output "\n--- cmake --install ---\n${install_out}${install_err}")
  if(NOT rc EQUAL 0)
    string(APPEND failures "cmake --install right after the configure failed (${rc})\n")
  endif()
  string(REPLACE "@@" ";" installed "${INSTALLED}")
  foreach(path IN LISTS installed)
    if(NOT EXISTS "${PREFIX}/${path}")
      string(APPEND failures "the install lacks ${path}\n")
    endif()
  endforeach()
  string(REPLACE "@@" ";" not_installed "${NOT_INSTALLED}")
  foreach(path IN LISTS not_installed)
    if(EXISTS "${PREFIX}/${path}")
      string(APPEND failures "the install has ${path}, which was never built\n")
    endif()
  endforeach()
endif()

if(failures)
  message(FATAL_ERROR "cmake ${args}\n${failures}--- output ---\n${output}")
endif()
file(REMOVE_RECURSE "${BUILD_DIR}")
