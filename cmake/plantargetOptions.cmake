# Tri-state build options: AUTO, ON or OFF.

# plantarget_tristate_option(<name> <what it builds> <default>)
function(plantarget_tristate_option name what default)
  set(${name} "${default}" CACHE STRING "Build ${what}: AUTO (when its dependencies are found), ON or OFF")
  set_property(CACHE ${name} PROPERTY STRINGS AUTO ON OFF)
  string(TOUPPER "${${name}}" value)
  if(value MATCHES "^(ON|YES|TRUE|Y|1)$")
    set(value ON)
  elseif(value MATCHES "^(OFF|NO|FALSE|N|0)$")
    set(value OFF)
  elseif(NOT value STREQUAL "AUTO")
    message(FATAL_ERROR "${name} is '${${name}}'; it must be AUTO, ON or OFF")
  endif()
  set(${name} "${value}" PARENT_SCOPE)
endfunction()

# plantarget_missing(<out-var> <package>...): the packages of the list whose
# <package>_FOUND is false.
function(plantarget_missing out)
  set(missing)
  foreach(package IN LISTS ARGN)
    if(NOT ${package}_FOUND)
      list(APPEND missing ${package})
    endif()
  endforeach()
  set(${out} ${missing} PARENT_SCOPE)
endfunction()

# plantarget_feature(<option> <what> [<missing dependency>...]): sets
# <option>_ENABLED. OFF: not built. AUTO: built when nothing is missing, else
# skipped with one message line. ON: a missing dependency stops the configure.
function(plantarget_feature option what)
  set(missing ${ARGN})
  list(REMOVE_DUPLICATES missing)
  list(JOIN missing ", " missing_text)
  set(enabled FALSE)
  if(${option} STREQUAL "OFF")
  elseif(NOT missing)
    set(enabled TRUE)
  elseif(${option} STREQUAL "ON")
    message(FATAL_ERROR "${option} is ON, but ${what} need(s) ${missing_text}, not found: install it "
                        "(scripts/setup-debian.sh on Debian 12) or set ${option} to AUTO or OFF")
  else()
    message(STATUS "plantarget: skipping ${what}: ${missing_text} not found (${option}=AUTO)")
  endif()
  set(${option}_ENABLED ${enabled} PARENT_SCOPE)
endfunction()
