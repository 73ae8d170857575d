#include "makevalidationsplitcommand.h"

#include "bulkwrite.h"
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/examplewrites.h"
#include "setsplitcommand.h"

MakeValidationSplitCommand::MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId,
                                                       double percent, quint64 seed,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_datasetId(datasetId), m_percent(percent), m_seed(seed)
{
    const QList<ExampleRow> rows = store->rows(datasetId, 0, store->exampleCount(datasetId));
    for (const ExampleRow &row : rows)
        m_state->before[row.split].append(row.id);
    m_state->haveBefore = true;
    setText(tr("Make a validation split"));
}

MakeValidationSplitCommand::MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId,
                                                       double percent, quint64 seed, Made made)
    : m_store(store), m_datasetId(datasetId), m_percent(percent), m_seed(seed), m_background(true),
      m_made(std::move(made))
{
    setText(tr("Make a validation split"));
}

MakeValidationSplitCommand *MakeValidationSplitCommand::inBackground(DatasetStore *store,
                                                                     qint64 datasetId,
                                                                     double percent, quint64 seed,
                                                                     Made made)
{
    return new MakeValidationSplitCommand(store, datasetId, percent, seed, std::move(made));
}

void MakeValidationSplitCommand::redo()
{
    if (m_background)
        writeInBackground(true);
    else
        m_state->validationCount = m_store->makeValidationSplit(m_datasetId, m_percent, m_seed);
}

void MakeValidationSplitCommand::undo()
{
    if (m_background)
        writeInBackground(false);
    else
        SetSplitCommand::restore(m_store, m_state->before);
}

void MakeValidationSplitCommand::writeInBackground(bool redo)
{
    const std::shared_ptr<State> state = m_state;
    auto job = [=, datasetId = m_datasetId, percent = m_percent,
                seed = m_seed](const QSqlDatabase &db, QString *error) {
        if (!state->haveBefore) {
            state->before = ExampleWrites::splitsOf(db, datasetId);
            state->haveBefore = true;
        }
        if (!redo)
            return ExampleWrites::setSplits(db, state->before, error) &&
                   ExampleWrites::touchDataset(db, datasetId, error);
        const int validation = ExampleWrites::validationSplit(db, datasetId, percent, seed, error);
        state->validationCount = validation;
        return validation >= 0 && ExampleWrites::touchDataset(db, datasetId, error);
    };
    Made made = redo ? std::exchange(m_made, {}) : Made();
    m_store->writer()->enqueue(job,
                               [store = m_store, datasetId = m_datasetId, state, made](bool ok) {
                                   if (ok)
                                       store->reload(datasetId);
                                   if (made)
                                       made(ok ? state->validationCount.load() : -1);
                               });
}
