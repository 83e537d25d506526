# Runs plancheck twice, once writing to standard output and once with
# --output FILE, and checks that both give the same exit status and that
# FILE holds the same bytes as standard output did (and some: an empty
# output on both sides proves nothing).
#
#   cmake -DPLANCHECK=<exe> -DARGS=<a|b|c> -DOUT_DIR=<dir> -DNAME=<name> -P same_output.cmake
cmake_minimum_required(VERSION 3.25)

string(REPLACE "|" ";" args "${ARGS}")
set(to_stdout "${OUT_DIR}/${NAME}.stdout")
set(to_file "${OUT_DIR}/${NAME}.output")
file(REMOVE "${to_stdout}" "${to_file}")
execute_process(COMMAND "${PLANCHECK}" ${args} INPUT_FILE /dev/null OUTPUT_FILE "${to_stdout}"
                RESULT_VARIABLE stdout_exit ERROR_VARIABLE stdout_err)
execute_process(COMMAND "${PLANCHECK}" ${args} --output "${to_file}" INPUT_FILE /dev/null
                RESULT_VARIABLE file_exit OUTPUT_VARIABLE file_out ERROR_VARIABLE file_err)

set(failures "")
if(NOT stdout_exit STREQUAL file_exit)
  string(APPEND failures "exit status ${stdout_exit} to standard output, ${file_exit} with --output\n")
endif()
if(NOT stdout_exit MATCHES "^[013]$")
  string(APPEND failures "exit status ${stdout_exit}: not a report\n")
endif()
file(SIZE "${to_stdout}" stdout_size)
if(stdout_size EQUAL 0)
  string(APPEND failures "nothing written to standard output\n")
endif()
if(NOT file_out STREQUAL "")
  string(APPEND failures "--output still wrote to standard output\n")
endif()
if(NOT EXISTS "${to_file}")
  string(APPEND failures "--output wrote no file\n")
else()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${to_stdout}" "${to_file}" RESULT_VARIABLE differ)
  if(differ)
    string(APPEND failures "--output FILE differs from standard output\n")
  endif()
endif()

if(failures)
  message(FATAL_ERROR "plancheck ${ARGS}\n${failures}--- stderr (standard output run) ---\n${stdout_err}\n--- stderr (--output run) ---\n${file_err}")
endif()
