#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Find and replace across every message of a dataset. preview() counts first, so the user
// sees how many places change before applying. One transaction, one undo step.
class BulkReplaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkReplaceCommand)

public:
    struct Matches
    {
        int examples = 0;
        int occurrences = 0;
    };

    // Scans the dataset: the examples and occurrences of find.
    static Matches preview(const DatasetStore *store, qint64 datasetId, const QString &find,
                           Qt::CaseSensitivity cs);

    BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                       const QString &replacement, Qt::CaseSensitivity cs,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int replacedCount() const { return m_count; }

private:
    DatasetStore *m_store;
    QList<ExampleRecord> m_before;
    QList<ExampleRecord> m_after;
    int m_count = 0;
};
