# Shared compile rules and small helpers so every target is built the same strict way.

include(AjusteSanitize)

# Strict warnings and the Qt defines that keep string handling explicit.
function(ajuste_strict target)
  target_compile_options(${target} PRIVATE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Werror -Wno-error=deprecated-declarations>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX>)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# A widget-free feature library under app/: ajuste_feature_library(NAME SOURCES... LIBS...).
# Headers are included from the app/ root, e.g. "core/workspace/workspace.h".
function(ajuste_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}")
  target_link_libraries(${name} PUBLIC ${ARG_LIBS})
  ajuste_strict(${name})
endfunction()

# A QtTest executable registered with CTest: ajuste_test(NAME SOURCES... LIBS... [GUI]).
# GUI tests run on the offscreen platform; every test gets a private HOME so it never
# touches the user's settings, workspaces or keyring.
function(ajuste_test name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;FUNCTIONS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  ajuste_strict(${name})
  target_compile_definitions(${name} PRIVATE
    AJUSTE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    AJUSTE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # FUNCTIONS: one CTest test per listed test function (${name}_${function}), for a test
  # whose functions are long enough to run side by side.
  set(tests ${name})
  if(ARG_FUNCTIONS)
    set(tests "")
    foreach(function IN LISTS ARG_FUNCTIONS)
      add_test(NAME ${name}_${function} COMMAND ${name} ${function})
      list(APPEND tests ${name}_${function})
    endforeach()
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  set(env "QT_QPA_PLATFORM=offscreen" "AJUSTE_TESTING=1")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  if(AJUSTE_SANITIZE)
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3") # instrumented code runs two to three times slower
  endif()
  set_tests_properties(${tests} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
  if(ARG_LABELS)
    set_tests_properties(${tests} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()
