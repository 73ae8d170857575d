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

# Kill loops (issue #12): `ajuste import`, the example editor typing (crasheditor: the real
# editor widgets and undo commands, offscreen), `ajuste export` and `ajuste job start --wait`
# against the Sandbox, each killed AJUSTE_CRASH_RUNS times (100 by default). One CTest test
# per loop, so CTest -j2 runs two side by side.
if(TARGET ajuste_ui AND TARGET ajuste-sandbox AND TARGET ajuste_api)
  add_executable(crasheditor crasheditor.cpp)
  target_link_libraries(crasheditor PRIVATE ajuste_ui Qt6::Test)
  ajuste_strict(crasheditor)
  ajuste_test(tst_crashloops SOURCES tst_crashloops.cpp crashfixture.h ../jobs/jobsfixture.h
    LIBS ajuste_api ajuste_workspace Qt6::Network TIMEOUT 240
    FUNCTIONS killedImportsLeaveAWorkspaceThatOpens killedEditorKeepsEveryAcknowledgedEdit
              killedExportLeavesTheOldFileOrTheNewOne killedJobFollowerKeepsEveryPrintedStep)
  target_compile_definitions(tst_crashloops PRIVATE CRASH_EDITOR="$<TARGET_FILE:crasheditor>"
    AJUSTE_SANDBOX_BINARY="$<TARGET_FILE:ajuste-sandbox>")
  add_dependencies(tst_crashloops ajuste ajuste-sandbox crasheditor)
endif()

# Two writers at once (the window and `ajuste import`) and a full disk (SQLite's page limit,
# a tiny tmpfs or a file-size limit): plain messages, nothing lost.
ajuste_test(tst_workspacelimits SOURCES tst_workspacelimits.cpp crashfixture.h
  LIBS ajuste_session ajuste_workspace)
add_dependencies(tst_workspacelimits ajuste)
