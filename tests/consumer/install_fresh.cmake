# Installs the build tree into an empty prefix, so that a file the install
# rules forget cannot be found left over from an earlier run.
foreach(var IN ITEMS BUILD_DIR PREFIX)
  if(NOT ${var})
    message(FATAL_ERROR "install_fresh.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  list(APPEND config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${rc})")
endif()
# Every public header of the source tree, and the package files.
set(expected_files)
if(SOURCE_DIR)
  file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/include/plantarget/*.hpp")
  list(APPEND expected_files ${headers})
endif()
foreach(expected IN LISTS expected_files ITEMS share/cmake/plantarget/plantargetConfig.cmake
                          share/cmake/plantarget/plantargetConfigVersion.cmake
                          share/cmake/plantarget/plantargetCoreTargets.cmake
                          share/cmake/plantarget/plantargetIoTargets.cmake
                          share/cmake/plantarget/plantargetReportTargets.cmake
                          include/plantarget/version.hpp)
  if(NOT EXISTS "${PREFIX}/${expected}")
    message(FATAL_ERROR "the install lacks ${expected} (a header added since the last build? build again)")
  endif()
endforeach()
