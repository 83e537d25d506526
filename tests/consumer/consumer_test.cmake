# Consumer tests, included from tests/CMakeLists.txt: projects outside the
# tree build against plantarget (a) installed into a fresh prefix and found
# with find_package, one project per component and one for the 0.1 target
# plantarget::plantarget, and (b) vendored with add_subdirectory().
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

# plantarget::plantarget, found without COMPONENTS, as 0.1 consumers do.
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

# find_package(plantarget CONFIG REQUIRED COMPONENTS <component>), one small
# program using one header of it.
foreach(component IN ITEMS core io report)
  add_test(NAME consumer.component.${component}
    COMMAND ${CMAKE_CTEST_COMMAND}
      --build-and-test ${CMAKE_CURRENT_LIST_DIR}/components ${plantarget_consumer_dir}/component_${component}
      --build-generator ${CMAKE_GENERATOR}
      --build-makeprogram ${CMAKE_MAKE_PROGRAM}
      --build-options ${plantarget_consumer_build_options}
        -DCMAKE_PREFIX_PATH=${plantarget_consumer_prefix}
        -DPLANTARGET_EXPECTED_PREFIX=${plantarget_consumer_prefix}
        -DPLANTARGET_COMPONENT=${component}
      --test-command app)
  set_tests_properties(consumer.component.${component} PROPERTIES
    FIXTURES_REQUIRED plantarget_installed LABELS consumer TIMEOUT 600)
endforeach()

# An unknown component: not found with a message naming it, and a configure
# error when REQUIRED.
add_test(NAME consumer.unknown_component
  COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/unknown_component
    -B ${plantarget_consumer_dir}/unknown_component -DCMAKE_PREFIX_PATH=${plantarget_consumer_prefix}
    -G ${CMAKE_GENERATOR} -DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER})
add_test(NAME consumer.unknown_component_required
  COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/unknown_component
    -B ${plantarget_consumer_dir}/unknown_component_required -DCMAKE_PREFIX_PATH=${plantarget_consumer_prefix}
    -G ${CMAKE_GENERATOR} -DCMAKE_MAKE_PROGRAM=${CMAKE_MAKE_PROGRAM} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    -DREQUIRED=ON)
set_tests_properties(consumer.unknown_component consumer.unknown_component_required PROPERTIES
  FIXTURES_REQUIRED plantarget_installed LABELS consumer TIMEOUT 120)
# Passes on the message alone: the configure exits non-zero, as it must.
set_tests_properties(consumer.unknown_component_required PROPERTIES
  PASS_REGULAR_EXPRESSION "plantarget has no component 'nosuch'")

# Vendored: builds and runs the 0.1 program, then installs the consumer, which
# must install its own program and nothing of plantarget.
add_test(NAME consumer.add_subdirectory
  COMMAND ${CMAKE_CTEST_COMMAND}
    --build-and-test ${CMAKE_CURRENT_LIST_DIR}/subdirectory ${plantarget_consumer_dir}/add_subdirectory
    --build-generator ${CMAKE_GENERATOR}
    --build-makeprogram ${CMAKE_MAKE_PROGRAM}
    --build-options ${plantarget_consumer_build_options}
      -DPLANTARGET_SOURCE_DIR=${PROJECT_SOURCE_DIR}
    --test-command ${CMAKE_COMMAND} -DBUILD_DIR=${plantarget_consumer_dir}/add_subdirectory
      -DPREFIX=${plantarget_consumer_dir}/add_subdirectory_prefix
      -P ${CMAKE_CURRENT_LIST_DIR}/subdirectory/run_and_install.cmake)
set_tests_properties(consumer.add_subdirectory PROPERTIES LABELS consumer TIMEOUT 600)
