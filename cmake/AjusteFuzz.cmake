# The fuzzing build (issue #12): `-DAJUSTE_FUZZ=ON` with clang builds the libFuzzer targets of
# tests/fuzz and only the product code they exercise, all of it with AddressSanitizer and
# UndefinedBehaviorSanitizer. scripts/fuzz.sh configures it in build-fuzz and runs the targets;
# the normal build replays tests/fuzz/seeds and tests/fuzz/regressions in CTest instead.
option(AJUSTE_FUZZ "Build only the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan" OFF)

# The parsers' own files, outside their feature libraries, which would bring the workspace,
# the network service and the HTTP server along (an instrumented build of all of it takes long).
set(ajuste_fuzz_checks_sources
  rawexamplecounter.cpp answerlength.cpp examplefingerprint.cpp examplechecker.cpp checkcatalog.cpp checkissue.cpp)
set(ajuste_fuzz_api_sources
  client/ssestreamparser.cpp client/chatstreamassembler.cpp client/apierror.cpp
  client/retrypolicy.cpp client/apiresponse.cpp client/requestlog.cpp client/requestlog.h
  openai/openaijson.cpp openai/openaichatjson.cpp openai/openaitunablemodels.cpp
  openai/openaihyperparameters.cpp
  together/togetherjson.cpp together/togetherhyperparameters.cpp)
set(ajuste_fuzz_sandbox_sources multipartform.cpp listpage.cpp trainingfile.cpp)

macro(ajuste_fuzz_build)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "AJUSTE_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # Instrument everything for coverage and both sanitizers; the fuzz targets add libFuzzer's
  # main. Qt itself comes from Debian, built with GCC, and stays uninstrumented.
  add_compile_options(-fsanitize=address,undefined -fsanitize=fuzzer-no-link
                      -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  add_library(ajuste_core INTERFACE) # what app/core/jobs adds to; unused here
  add_subdirectory(resources)
  foreach(feature IN ITEMS dataset tokenizer jobs)
    add_subdirectory(app/core/${feature})
  endforeach()
  list(TRANSFORM ajuste_fuzz_checks_sources PREPEND "${PROJECT_SOURCE_DIR}/app/core/checks/")
  list(TRANSFORM ajuste_fuzz_api_sources PREPEND "${PROJECT_SOURCE_DIR}/app/api/")
  list(TRANSFORM ajuste_fuzz_sandbox_sources PREPEND "${PROJECT_SOURCE_DIR}/app/sandbox/")
  # The checks name hidden characters with the QtCore-only part of app/core/markdown.
  ajuste_library(ajuste_invisiblecharacters
                 SOURCES "${PROJECT_SOURCE_DIR}/app/core/markdown/invisiblecharacters.cpp"
                 LIBS Qt6::Core)
  # The Playground's Markdown rendering path: its whole library, which needs QtGui only.
  set(markdown_dir "${PROJECT_SOURCE_DIR}/app/core/markdown")
  ajuste_library(ajuste_markdown
                 SOURCES ${markdown_dir}/markdownblocksplitter.cpp ${markdown_dir}/paragraphcontinuation.cpp
                         ${markdown_dir}/plainanswerformatter.cpp ${markdown_dir}/linkpolicy.cpp
                         ${markdown_dir}/safemarkdowndocument.cpp ${markdown_dir}/safemarkdowndocument.h
                 LIBS Qt6::Gui ajuste_invisiblecharacters)
  ajuste_library(ajuste_checks SOURCES ${ajuste_fuzz_checks_sources}
                 LIBS ajuste_dataset ajuste_tokenizer ajuste_invisiblecharacters simdjson::simdjson Qt6::Core)
  ajuste_library(ajuste_api SOURCES ${ajuste_fuzz_api_sources} LIBS ajuste_jobs Qt6::Network)
  ajuste_library(ajuste_sandbox SOURCES ${ajuste_fuzz_sandbox_sources}
                 LIBS ajuste_dataset ajuste_jobs Qt6::Core)
  add_subdirectory(tests/fuzz)
endmacro()
