#pragma once

#include "examplemessages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUndoCommand>

#include <functional>

class DatasetStore;

// The base of every edit of one example: it knows the store and the example, and writes a
// change through the store at once (there is no Save). Undo after a restart is not needed,
// so commands keep the values they need in memory.
class ExampleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExampleCommand)

public:
    // Ids for QUndoCommand::id(): commands that merge consecutive edits.
    enum MergeId { EditMessageTextId = 1, SetNoteId = 2 };

    ExampleCommand(DatasetStore *store, qint64 exampleId, QUndoCommand *parent = nullptr);

    qint64 exampleId() const { return m_exampleId; }

protected:
    // Reads the example's JSON, lets change edit it and stores the result.
    bool changeJson(const std::function<void(QJsonObject &)> &change);
    QJsonObject json() const;
    // After a write that failed: drops this step from the undo stack and has the store tell
    // the window.
    void failed();

    DatasetStore *m_store;
    qint64 m_exampleId;
};
