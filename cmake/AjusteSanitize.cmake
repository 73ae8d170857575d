# AJUSTE_SANITIZE=ON builds every target (product, tests, tools) with AddressSanitizer and
# UndefinedBehaviorSanitizer, for the second CI run (`scripts/test.sh --sanitize`, which
# builds into build-sanitize/). Undefined behaviour aborts instead of printing and going on,
# so a report fails the test that triggered it. GCC and Clang understand the same flags.
option(AJUSTE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(AJUSTE_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "AJUSTE_SANITIZE needs GCC or Clang")
  endif()
  set(ajuste_sanitize_flags
    -fsanitize=address,undefined
    -fno-sanitize-recover=undefined
    # Qt 6.4's own inline QList comparison passes null to memcmp for empty lists
    # (qarraydataops.h, QPodArrayOps::compare): this one check stays recoverable so that
    # cmake/sanitize/ubsan.supp can silence it there; UBSAN_OPTIONS=halt_on_error=1 still
    # stops at any report of it elsewhere.
    -fsanitize-recover=nonnull-attribute
    -fno-omit-frame-pointer)
  add_compile_options(${ajuste_sanitize_flags}
    # GCC's flow analysis warns falsely on instrumented code (its manual says so); these
    # stay warnings here and errors in the normal build, which sees the same code.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>
    $<$<CXX_COMPILER_ID:GNU>:-Wno-error=stringop-overflow>)
  add_link_options(${ajuste_sanitize_flags})
  # ASan slows the code two to three times; -O1 keeps stacks exact and compiles faster.
  string(REPLACE "-O2" "-O1" CMAKE_CXX_FLAGS_RELWITHDEBINFO "${CMAKE_CXX_FLAGS_RELWITHDEBINFO}")
endif()
