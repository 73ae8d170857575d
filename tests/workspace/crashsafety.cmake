# Crash safety (issue #8): workspaces left by killed processes — a helper killed right after
# it wrote, and the real `ajuste import` killed at random moments — open again, whole.
add_executable(crashhelper crashhelper.cpp)
target_link_libraries(crashhelper PRIVATE ajuste_workspace)
ajuste_strict(crashhelper)
ajuste_test(tst_crashsafety SOURCES tst_crashsafety.cpp LIBS ajuste_workspace)
target_compile_definitions(tst_crashsafety PRIVATE CRASH_HELPER="$<TARGET_FILE:crashhelper>")
add_dependencies(tst_crashsafety ajuste crashhelper)
# The staging datasets of imports: removed once their importing process is gone.
ajuste_test(tst_importstaging SOURCES tst_importstaging.cpp LIBS ajuste_workspace)
target_compile_definitions(tst_importstaging PRIVATE CRASH_HELPER="$<TARGET_FILE:crashhelper>")
add_dependencies(tst_importstaging crashhelper)
