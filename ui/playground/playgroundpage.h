#pragma once

#include "core/playground/playgroundsession.h"
#include "ui/common/page.h"
#include "ui/shell/appcontext.h"

#include <QList>
#include <QPointer>
#include <QTimer>

class EmptyState;
class JudgingController;
class ModelChoices;
class PlaygroundColumnView;
class PlaygroundRunner;
class PlaygroundSessionModel;
class PlaygroundSettingsPanel;
class PlaygroundStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

// Playground: up to four models answer the same conversation side by side, each column with
// its own Stop, its history and every answer's time, tokens and cost. One system prompt and
// one message box (Ctrl+Enter) for all; answer settings under Advanced. Every change is saved
// in the workspace's session at once; sessions can be reopened, renamed and deleted. The
// streaming itself is PlaygroundRunner's (api/playground); this page only shows it.
class PlaygroundPage : public Page
{
    Q_OBJECT

public:
    explicit PlaygroundPage(const AppContext &context, QWidget *parent = nullptr);
    ~PlaygroundPage() override;

    QString pageId() const override { return QStringLiteral("playground"); }
    QString title() const override;
    QIcon icon() const override;
    void setSession(WorkspaceSession *session) override;

    // "Try in Playground" from a job: a new session with its base model and its tuned model
    // side by side; with a checkpoint's model name, base, that checkpoint and the tuned model.
    void openJob(qint64 jobId, const QString &checkpointModel = {});
    // A new session with these columns (their conversations empty or not).
    qint64 openNewSession(const QList<PlaygroundColumn> &columns, const QString &name = {});
    bool openSession(qint64 sessionId);
    bool renameSession(const QString &name); // the open one
    void deleteSession();                    // the open one, after asking
    qint64 currentSessionId() const { return m_sessionId; }

    void addColumn();
    void removeColumn(int column);
    bool send(); // the message box's text to every column
    void saveNow();

    // Parts the tests drive.
    PlaygroundRunner *runner() const { return m_runner; }
    int columnCount() const { return int(m_columnViews.size()); }
    PlaygroundColumnView *columnView(int column) const { return m_columnViews.value(column); }
    QPlainTextEdit *messageBox() const { return m_message; }
    QPlainTextEdit *systemPromptBox() const { return m_systemPrompt; }
    QPushButton *sendButton() const { return m_send; }
    QComboBox *sessionBox() const { return m_sessions; }
    PlaygroundSettingsPanel *settingsPanel() const { return m_settings; }
    QToolButton *advancedButton() const { return m_advanced; }
    // Blind comparison, verdicts, tallies and saving answers to a dataset.
    JudgingController *judging() const { return m_judging; }

Q_SIGNALS:
    void showJobsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSessionBar();
    QWidget *createComposer();
    void createShortcuts();
    void connectRunner();
    void connectJudging();
    void relabelColumns();
    void rebuildColumns();
    void connectColumn(PlaygroundColumnView *view);
    int indexOf(const PlaygroundColumnView *view) const;
    void applyColumnEdits(int column);
    void loadSession(const PlaygroundSession &session);
    PlaygroundSession currentSession() const;
    QJsonObject sessionSettings() const;
    void scheduleSave() { m_saveTimer.start(); }
    void selectCurrentSession();
    void onSessionChosen(int row);
    void askRename();
    void startNewSession();
    void updateState();
    void updateProfiles();
    void showStoreError();
    PlaygroundStore *store() const;

    AppContext m_context;
    QPointer<WorkspaceSession> m_session;
    PlaygroundRunner *m_runner;
    ModelChoices *m_choices;
    PlaygroundSessionModel *m_sessionModel;
    qint64 m_sessionId = 0;
    QString m_sessionName;
    qint64 m_sessionCreatedAt = 0;
    QTimer m_saveTimer;
    bool m_loading = false;

    QStackedWidget *m_stack;
    EmptyState *m_noWorkspace;
    EmptyState *m_noColumns;
    QStackedWidget *m_columnsStack;
    QSplitter *m_splitter;
    QList<PlaygroundColumnView *> m_columnViews;
    QComboBox *m_sessions;
    QPushButton *m_newSession;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_addColumn;
    QPlainTextEdit *m_systemPrompt;
    QToolButton *m_advanced;
    PlaygroundSettingsPanel *m_settings;
    QPlainTextEdit *m_message;
    QPushButton *m_send;
    QPushButton *m_stopAll;
    QLabel *m_composerNote;
    JudgingController *m_judging;
    QToolButton *m_showTallies;
};
