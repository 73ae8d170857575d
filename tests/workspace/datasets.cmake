# Dataset store tests (datasets and examples in a workspace).
ajuste_test(tst_datasetstore SOURCES tst_datasetstore.cpp LIBS ajuste_workspace)
# Every edit kind as an undo command over the store, without a widget.
ajuste_test(tst_datasetcommands SOURCES tst_datasetcommands.cpp storefixture.h LIBS ajuste_workspace)
# The session the pages share: one store and one undo history per open workspace.
ajuste_test(tst_workspacesession SOURCES tst_workspacesession.cpp storefixture.h LIBS ajuste_session)
