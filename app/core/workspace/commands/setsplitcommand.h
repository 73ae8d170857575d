#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

// Puts examples in training or validation by hand; undo gives each its old split back.
class SetSplitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSplitCommand)

public:
    SetSplitCommand(DatasetStore *store, const QList<qint64> &ids, const QString &split,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Sets each group of examples back to the split it had.
    static void restore(DatasetStore *store, const QHash<QString, QList<qint64>> &idsBySplit);
    static QHash<QString, QList<qint64>> splitsOf(DatasetStore *store, const QList<qint64> &ids);

private:
    DatasetStore *m_store;
    QList<qint64> m_ids;
    QString m_split;
    QHash<QString, QList<qint64>> m_before;
};
