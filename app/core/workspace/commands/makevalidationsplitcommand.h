#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>
#include <atomic>
#include <functional>
#include <memory>

// Puts a share of the dataset, chosen by a seeded shuffle, in validation and the rest in
// training; undo gives every example its old split back.
//
// inBackground() is the page's variant for big datasets: the old splits are read and the
// new ones written on the store's background writer (after every write queued before),
// and undo hands the old splits back to it; views hear a reset pair when each committed.
class MakeValidationSplitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MakeValidationSplitCommand)

public:
    // Reports how many examples are now kept for validation (-1: failed), on the GUI thread.
    using Made = std::function<void(int validationCount)>;

    // Reads the old splits now, on the calling thread (tests, small datasets).
    MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId, double percent, quint64 seed,
                               QUndoCommand *parent = nullptr);
    static MakeValidationSplitCommand *inBackground(DatasetStore *store, qint64 datasetId,
                                                    double percent, quint64 seed, Made made = {});

    void redo() override;
    void undo() override;

    // -1 until the split was made (inBackground: until its job ran).
    int validationCount() const { return m_state->validationCount; }

private:
    struct State
    {
        QHash<QString, QList<qint64>> before; // filled once, then only read
        bool haveBefore = false;
        std::atomic_int validationCount{-1};
    };

    MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId, double percent, quint64 seed,
                               Made made);
    void writeInBackground(bool redo);

    DatasetStore *m_store;
    qint64 m_datasetId;
    double m_percent;
    quint64 m_seed;
    bool m_background = false;
    Made m_made;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};
