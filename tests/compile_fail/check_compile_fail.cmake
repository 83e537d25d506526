# Runs one compile-fail snippet: the control must compile, the failing
# variant must not, and its diagnostics must match EXPECT.
set(include_flags)
foreach(dir IN LISTS INCLUDES)
  if(dir)
    list(APPEND include_flags "-I${dir}")
  endif()
endforeach()
# A dropped [[nodiscard]] result is an error here, as under the presets' -Werror.
set(common -std=c++20 -fsyntax-only -Wall -Wextra -Werror=unused-result ${include_flags} "${SNIPPET}")

execute_process(COMMAND "${COMPILER}" ${common}
  RESULT_VARIABLE control_rc OUTPUT_VARIABLE control_out ERROR_VARIABLE control_err)
if(NOT control_rc EQUAL 0)
  message(FATAL_ERROR "control build of ${SNIPPET} failed; the snippet itself is broken:\n${control_err}")
endif()

execute_process(COMMAND "${COMPILER}" -DPLANTARGET_COMPILE_FAIL ${common}
  RESULT_VARIABLE fail_rc OUTPUT_VARIABLE fail_out ERROR_VARIABLE fail_err)
if(fail_rc EQUAL 0)
  message(FATAL_ERROR "${SNIPPET} compiled, but must not")
endif()
if(NOT "${fail_out}${fail_err}" MATCHES "${EXPECT}")
  message(FATAL_ERROR "${SNIPPET} failed to compile, but without the expected message '${EXPECT}':\n${fail_err}")
endif()
# `// expect also: REGEX` lines of the snippet must match too (the kinds of
# both sides, which g++ and clang++ print beside the message).
file(STRINGS "${SNIPPET}" also_lines REGEX "^// expect also: ")
foreach(line IN LISTS also_lines)
  string(REGEX REPLACE "^// expect also: " "" also "${line}")
  if(NOT "${fail_out}${fail_err}" MATCHES "${also}")
    message(FATAL_ERROR "${SNIPPET} failed to compile, but its diagnostics do not show '${also}':\n${fail_err}")
  endif()
endforeach()
message(STATUS "${SNIPPET}: rejected as expected ('${EXPECT}')")
