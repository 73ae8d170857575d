#pragma once

#include "datasettypes.h"

#include <QSqlDatabase>

// Reads the examples of a workspace on one connection: windows of list rows, whole records for
// the editor and for undo, positions and ids. It never writes and emits nothing, so the GUI
// thread's DatasetStore and the workers (on their own connections) read the same way.
class ExampleReader
{
public:
    explicit ExampleReader(const QSqlDatabase &db);

    int exampleCount(qint64 datasetId) const;
    // A window of the list by position: [first, first + count).
    QList<ExampleRow> rows(qint64 datasetId, int first, int count) const;
    // The rows of these examples, in the order given (missing ids are skipped).
    QList<ExampleRow> rowsForIds(const QList<qint64> &ids) const;
    // Whole records, ordered by dataset and position (missing ids are skipped).
    QList<ExampleRecord> examples(const QList<qint64> &ids) const;
    // The size of the example's stored JSON in bytes, without parsing it; -1 when there is none.
    qint64 jsonBytes(qint64 exampleId) const;
    int positionOf(qint64 exampleId) const;   // -1 when there is none
    qint64 datasetOf(qint64 exampleId) const; // 0 when there is none
    qint64 idAt(qint64 datasetId, int position) const;

    // "1,2,3" for an IN (...) clause: ids are numbers, never text from outside.
    static QString idList(const QList<qint64> &ids);

private:
    QSqlDatabase m_db;
};
