# Runs the add_subdirectory() consumer's program, installs the consumer into
# an empty prefix and checks that only the consumer's program is installed:
# nothing of plantarget (headers, CMake package, documents).
#   cmake -DBUILD_DIR=<consumer build> -DPREFIX=<empty prefix> -P run_and_install.cmake
execute_process(COMMAND "${BUILD_DIR}/app" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer's program failed (${rc})")
endif()
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed (${rc})")
endif()
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
if(NOT installed STREQUAL "bin/app")
  message(FATAL_ERROR "installing the consumer installed '${installed}', not only bin/app")
endif()
