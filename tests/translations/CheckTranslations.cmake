# Fails when the committed pt_BR translation has unfinished, obsolete or vanished entries, or
# when the sources hold strings it does not translate yet.
function(count_bad_entries file out_var)
  file(READ "${file}" content)
  string(REGEX MATCHALL "type=\"(unfinished|obsolete|vanished)\"" bad "${content}")
  list(LENGTH bad count)
  set(${out_var} ${count} PARENT_SCOPE)
endfunction()

function(list_unfinished file)
  file(READ "${file}" content)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"(unfinished|vanished|obsolete)\"" hits "${content}")
  set(shown 0)
  foreach(hit IN LISTS hits)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${hit}")
    message("  missing: ${source}")
    math(EXPR shown "${shown} + 1")
    if(shown GREATER_EQUAL 40)
      message("  ...")
      break()
    endif()
  endforeach()
endfunction()

count_bad_entries("${TS_FILE}" committed_bad)
if(committed_bad GREATER 0)
  list_unfinished("${TS_FILE}")
  message(FATAL_ERROR "${TS_FILE} has ${committed_bad} unfinished or obsolete entries. "
    "Run: cmake --build build --target ajuste_translations_lupdate, translate them, commit.")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${TS_FILE}" DESTINATION "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
execute_process(COMMAND "${LUPDATE}" -locations none "@${SOURCES_LIST}" -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
count_bad_entries("${copy}" fresh_bad)
if(fresh_bad GREATER 0)
  list_unfinished("${copy}")
  message(FATAL_ERROR "The sources have ${fresh_bad} strings that ajuste_pt_BR.ts does not "
    "translate (or translates strings no longer used). Run: cmake --build build --target "
    "ajuste_translations_lupdate, translate, commit.")
endif()
message(STATUS "pt_BR translation complete")
