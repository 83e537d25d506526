# Consumer tests, included from tests/CMakeLists.txt: a project outside the
# tree builds against plantarget (a) installed into a fresh prefix and found
# with find_package, and (b) vendored with add_subdirectory().
set(plantarget_consumer_dir "${CMAKE_CURRENT_BINARY_DIR}/consumer")
set(plantarget_consumer_prefix "${plantarget_consumer_dir}/prefix")
# The consumers build with this build's compiler and generator, not its flags
# (a sanitizer build's flags would need its runtime in the consumer too).
set(plantarget_consumer_build_options
  -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
  -DCMAKE_BUILD_TYPE=Release)

add_test(NAME consumer.install
  COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -DPREFIX=${plantarget_consumer_prefix}
    -DCONFIG=$<CONFIG>
    -P ${CMAKE_CURRENT_LIST_DIR}/install_fresh.cmake)
set_tests_properties(consumer.install PROPERTIES
  FIXTURES_SETUP plantarget_installed LABELS consumer TIMEOUT 300)

add_test(NAME consumer.find_package
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test ${CMAKE_CURRENT_LIST_DIR} ${plantarget_consumer_dir}/find_package
    --build-generator ${CMAKE_GENERATOR}
    --build-makeprogram ${CMAKE_MAKE_PROGRAM}
    --build-options ${plantarget_consumer_build_options}
      -DCMAKE_PREFIX_PATH=${plantarget_consumer_prefix}
      -DPLANTARGET_EXPECTED_PREFIX=${plantarget_consumer_prefix}
    --test-command app)
set_tests_properties(consumer.find_package PROPERTIES
  FIXTURES_REQUIRED plantarget_installed LABELS consumer TIMEOUT 600)

add_test(NAME consumer.add_subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test ${CMAKE_CURRENT_LIST_DIR}/subdirectory ${plantarget_consumer_dir}/add_subdirectory
    --build-generator ${CMAKE_GENERATOR}
    --build-makeprogram ${CMAKE_MAKE_PROGRAM}
    --build-options ${plantarget_consumer_build_options}
      -DPLANTARGET_SOURCE_DIR=${PROJECT_SOURCE_DIR}
    --test-command app)
set_tests_properties(consumer.add_subdirectory PROPERTIES LABELS consumer TIMEOUT 600)
