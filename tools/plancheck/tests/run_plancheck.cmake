# Runs plancheck once and checks what it did: the exact exit status (CTest
# alone only tells zero from non-zero), regular expressions that standard
# output and standard error must all match (or must not match), and that a
# JSON report parses and says what it should.
#
#   cmake -DPLANCHECK=<exe> -DARGS=<a|b|c> -DEXPECT_EXIT=<n>
#         [-DSTDOUT_MATCHES=<re@@re>] [-DSTDOUT_NOT_MATCHES=<re@@re>] [-DSTDERR_MATCHES=<re@@re>]
#         [-DJSON_FILE=<path>] [-DJSON_EXPECT=<a/b=value@@a/b#=length@@...>] [-DSTDIN_FILE=<path>]
#         -P run_plancheck.cmake
#
# Arguments are separated by '|' and expressions by '@@', because ';' does
# not survive the trip through add_test.
cmake_minimum_required(VERSION 3.25)

string(REPLACE "|" ";" args "${ARGS}")
if(JSON_FILE)
  file(REMOVE "${JSON_FILE}")
endif()
# STDIN_FILE: what standard input reads (else the null device).
if(NOT STDIN_FILE)
  set(STDIN_FILE /dev/null)
endif()
if(ARGS MATCHES "@EMPTY@")
  # An empty argument ("--as-of ''") does not survive a CMake list: the
  # token @EMPTY@ stands for it, and a shell passes it on.
  set(line "")
  foreach(a IN LISTS args)
    if(a STREQUAL "@EMPTY@")
      set(a "")
    endif()
    string(REPLACE "'" "'\\''" a "${a}")
    string(APPEND line " '${a}'")
  endforeach()
  execute_process(COMMAND sh -c "'${PLANCHECK}'${line}" INPUT_FILE "${STDIN_FILE}"
                  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
  execute_process(COMMAND "${PLANCHECK}" ${args} INPUT_FILE "${STDIN_FILE}"
                  RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()

set(failures "")
if(NOT exit_code STREQUAL EXPECT_EXIT)
  string(APPEND failures "exit status ${exit_code}, expected ${EXPECT_EXIT}\n")
endif()

function(check_all stream text expressions negate)
  if(NOT expressions)
    return()
  endif()
  string(REPLACE "@@" ";" list "${expressions}")
  foreach(re IN LISTS list)
    if(text MATCHES "${re}")
      set(found TRUE)
    else()
      set(found FALSE)
    endif()
    if(found AND negate)
      string(APPEND failures "${stream} matches '${re}', which it must not\n")
    elseif(NOT found AND NOT negate)
      string(APPEND failures "${stream} does not match '${re}'\n")
    endif()
  endforeach()
  set(failures "${failures}" PARENT_SCOPE)
endfunction()

check_all(stdout "${out}" "${STDOUT_MATCHES}" FALSE)
check_all(stdout "${out}" "${STDOUT_NOT_MATCHES}" TRUE)
check_all(stderr "${err}" "${STDERR_MATCHES}" FALSE)

if(JSON_FILE)
  if(NOT EXISTS "${JSON_FILE}")
    string(APPEND failures "no JSON written to ${JSON_FILE}\n")
  else()
    file(READ "${JSON_FILE}" json)
    string(JSON type ERROR_VARIABLE json_error TYPE "${json}")
    if(json_error)
      string(APPEND failures "the JSON report does not parse: ${json_error}\n")
    elseif(JSON_EXPECT)
      string(REPLACE "@@" ";" expectations "${JSON_EXPECT}")
      foreach(expectation IN LISTS expectations)
        # "a/b=v": member b of a is v; "a/b#=n": the array a/b has n elements.
        string(REGEX MATCH "^([^#=]*)(#?)=(.*)$" _ "${expectation}")
        set(path "${CMAKE_MATCH_1}")
        set(want "${CMAKE_MATCH_3}")
        string(REPLACE "/" ";" keys "${path}")
        if(CMAKE_MATCH_2)
          string(JSON got ERROR_VARIABLE get_error LENGTH "${json}" ${keys})
        else()
          string(JSON got ERROR_VARIABLE get_error GET "${json}" ${keys})
        endif()
        if(get_error)
          string(APPEND failures "JSON ${path}: ${get_error}\n")
        elseif(NOT got STREQUAL want)
          string(APPEND failures "JSON ${path} is '${got}', expected '${want}'\n")
        endif()
      endforeach()
    endif()
  endif()
endif()

if(failures)
  message(FATAL_ERROR "plancheck ${ARGS}\n${failures}--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
