#include "setsplitcommand.h"

SetSplitCommand::SetSplitCommand(DatasetStore *store, const QList<qint64> &ids,
                                 const QString &split, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_ids(ids)
    , m_split(split)
    , m_before(splitsOf(store, ids))
{
    setText(split == DatasetStore::validationSplit() ? tr("Use examples for validation")
                                                     : tr("Use examples for training"));
}

QHash<QString, QList<qint64>> SetSplitCommand::splitsOf(DatasetStore *store,
                                                        const QList<qint64> &ids)
{
    QHash<QString, QList<qint64>> bySplit;
    for (const ExampleRow &row : store->rowsForIds(ids))
        bySplit[row.split].append(row.id);
    return bySplit;
}

void SetSplitCommand::restore(DatasetStore *store, const QHash<QString, QList<qint64>> &idsBySplit)
{
    for (auto it = idsBySplit.cbegin(); it != idsBySplit.cend(); ++it)
        store->setSplit(it.value(), it.key());
}

void SetSplitCommand::redo()
{
    m_store->setSplit(m_ids, m_split);
}

void SetSplitCommand::undo()
{
    restore(m_store, m_before);
}
