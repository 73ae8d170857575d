#include "makevalidationsplitcommand.h"

#include "setsplitcommand.h"

MakeValidationSplitCommand::MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId,
                                                       double percent, quint64 seed,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_datasetId(datasetId)
    , m_percent(percent)
    , m_seed(seed)
{
    const QList<ExampleRow> rows = store->rows(datasetId, 0, store->exampleCount(datasetId));
    for (const ExampleRow &row : rows)
        m_before[row.split].append(row.id);
    setText(tr("Make a validation split"));
}

void MakeValidationSplitCommand::redo()
{
    m_validationCount = m_store->makeValidationSplit(m_datasetId, m_percent, m_seed);
}

void MakeValidationSplitCommand::undo()
{
    SetSplitCommand::restore(m_store, m_before);
}
