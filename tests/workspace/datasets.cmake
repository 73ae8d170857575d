# Dataset store tests (datasets and examples in a workspace).
ajuste_test(tst_datasetstore SOURCES tst_datasetstore.cpp LIBS ajuste_workspace)
