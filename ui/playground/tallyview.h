#pragma once

#include <QWidget>

class PlaygroundStore;
class QLabel;
class QRadioButton;
class QTreeView;
class TallyModel;

// The tallies of the Playground: per pair of models, how often each answer was preferred, in
// this session or in all sessions of the workspace.
class TallyView : public QWidget
{
    Q_OBJECT

public:
    explicit TallyView(QWidget *parent = nullptr);

    // sessionId 0 when the Playground has no saved session yet (only "all sessions" then).
    void setStore(PlaygroundStore *store, qint64 sessionId);
    void setSessionId(qint64 sessionId);
    TallyModel *model() const { return m_model; }
    bool showsAllSessions() const;
    void showAllSessions(bool all);

private:
    void applyScope();
    void updateEmpty();

    TallyModel *m_model;
    QTreeView *m_view;
    QRadioButton *m_thisSession;
    QRadioButton *m_allSessions;
    QLabel *m_empty;
    qint64 m_sessionId = 0;
};
