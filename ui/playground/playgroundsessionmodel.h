#pragma once

#include "core/playground/playgroundsession.h"

#include <QAbstractListModel>
#include <QPointer>

class PlaygroundStore;

// The saved Playground sessions of the workspace, most recently used first, for the session
// list: the name to show, the id under IdRole, the last change as a tooltip. Follows the
// store's signals (a rename or save moves a session to the top).
class PlaygroundSessionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PlaygroundSessionModel(QObject *parent = nullptr);

    void setStore(PlaygroundStore *store); // nullptr: no workspace
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 sessionId) const; // -1 when absent
    qint64 idAt(int row) const;

private:
    void reload();

    QPointer<PlaygroundStore> m_store;
    QList<PlaygroundSessionInfo> m_sessions;
};
