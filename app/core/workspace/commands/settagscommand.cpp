#include "settagscommand.h"

#include "core/workspace/datasetstore.h"

SetTagsCommand::SetTagsCommand(DatasetStore *store, qint64 exampleId, const QStringList &tags,
                               QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_before(store->example(exampleId).tags)
    , m_after(tags)
{
    setText(tr("Change tags"));
}

void SetTagsCommand::redo()
{
    m_store->setTags(m_exampleId, m_after);
}

void SetTagsCommand::undo()
{
    m_store->setTags(m_exampleId, m_before);
}
