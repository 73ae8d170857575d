#pragma once

// JudgingController: what the Playground page needs to judge answers and send them back to a
// dataset, in one object the page wires to its runner in a few lines:
//
//   judging->beginTurn(runner->columnCount());      // before runner->send(text)
//   connect(runner, &PlaygroundRunner::turnFinished, judging, [=] {
//       judging->finishTurn(runner->columns(), runner->systemPrompt());
//   });
//   // headers: judging->judge()->columnTitle(column, model); order: shownColumns()
//   // an answer's "Save as Example…": judging->saveAnswer(column, messageIndex)
//
// It owns the PlaygroundJudge and the widgets the page places: the blind switch, the verdict
// bar (under the columns) and the tally view. The dialogs it opens push their example on the
// workspace session's undo stack.

#include "core/playground/playgroundsession.h"

#include <QObject>
#include <QPointer>

class PlaygroundJudge;
class QCheckBox;
class QWidget;
class SaveAnswerDialog;
class TallyView;
class VerdictBar;
class WorkspaceSession;

class JudgingController : public QObject
{
    Q_OBJECT

public:
    // dialogParent: the page, parent of the dialogs.
    explicit JudgingController(QWidget *dialogParent);
    ~JudgingController() override;

    // The workspace and the saved Playground session verdicts belong to (0: not saved yet).
    void setSession(WorkspaceSession *session, qint64 playgroundSessionId);

    PlaygroundJudge *judge() const { return m_judge; }
    QCheckBox *blindSwitch() const { return m_blindSwitch; }
    VerdictBar *verdictBar() const { return m_verdictBar; }
    TallyView *tallyView() const { return m_tallyView; }

    // ---- the turn (see the header comment)
    QList<int> beginTurn(int columnCount);
    void finishTurn(const QList<PlaygroundColumn> &columns, const QString &systemPrompt);
    // The columns in the order to show them now, and whether their names are hidden.
    QList<int> shownColumns() const;
    bool namesHidden() const;

    // ---- back to the dataset: non-modal dialogs; the example is saved when the person
    // clicks Save. Use the columns as they are after finishTurn (or setColumns).
    void setColumns(const QList<PlaygroundColumn> &columns, const QString &systemPrompt);
    SaveAnswerDialog *saveAnswer(int column, int messageIndex);
    // The pair of the current round: answers at these shown positions.
    SaveAnswerDialog *savePreference(int preferredPosition, int rejectedPosition);

Q_SIGNALS:
    // Column titles or their order changed (a turn began, a round was revealed, blind mode
    // changed): the page re-reads columnTitle() and shownColumns().
    void columnsRelabelled();
    void statusMessage(const QString &text);
    void exampleSaved(qint64 datasetId, qint64 exampleId);

private:
    SaveAnswerDialog *openDialog();

    QWidget *m_dialogParent;
    PlaygroundJudge *m_judge;
    // Guarded: once the page placed them they die with the page, maybe before this object.
    QPointer<QCheckBox> m_blindSwitch;
    QPointer<VerdictBar> m_verdictBar;
    QPointer<TallyView> m_tallyView;
    QPointer<WorkspaceSession> m_session;
    QList<PlaygroundColumn> m_columns;
    QString m_systemPrompt;
    QPointer<SaveAnswerDialog> m_dialog;
};
