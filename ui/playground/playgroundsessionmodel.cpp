#include "playgroundsessionmodel.h"

#include "core/playground/playgroundstore.h"

#include <QDateTime>
#include <QLocale>

PlaygroundSessionModel::PlaygroundSessionModel(QObject *parent) : QAbstractListModel(parent) {}

void PlaygroundSessionModel::setStore(PlaygroundStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        // A handful of sessions: reading the short list again is simpler than patching it.
        connect(store, &PlaygroundStore::sessionAdded, this, &PlaygroundSessionModel::reload);
        connect(store, &PlaygroundStore::sessionChanged, this, &PlaygroundSessionModel::reload);
        connect(store, &PlaygroundStore::sessionRemoved, this, &PlaygroundSessionModel::reload);
    }
    reload();
}

void PlaygroundSessionModel::reload()
{
    beginResetModel();
    m_sessions = m_store ? m_store->sessions() : QList<PlaygroundSessionInfo>();
    endResetModel();
}

int PlaygroundSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant PlaygroundSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaygroundSessionInfo &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return session.name;
    case Qt::ToolTipRole:
        return tr("Last used %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(session.updatedAt),
                                    QLocale::ShortFormat));
    case IdRole:
        return session.id;
    default:
        return {};
    }
}

int PlaygroundSessionModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            return row;
    }
    return -1;
}

qint64 PlaygroundSessionModel::idAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : 0;
}
