# The token columns of the example list, filled in the background.
ajuste_test(tst_tokencountupdater SOURCES tst_tokencountupdater.cpp LIBS ajuste_workspace ajuste_resources)
