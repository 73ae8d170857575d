#include "judgingcontroller.h"

#include "core/playground/playgroundexample.h"
#include "core/playground/playgroundjudge.h"
#include "core/session/workspacesession.h"
#include "core/workspace/datasetstore.h"
#include "saveanswerdialog.h"
#include "tallyview.h"
#include "verdictbar.h"

#include <QCheckBox>

JudgingController::JudgingController(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_judge(new PlaygroundJudge(this)),
      m_blindSwitch(new QCheckBox(tr("Blind comparison"))), m_verdictBar(new VerdictBar),
      m_tallyView(new TallyView)
{
    m_blindSwitch->setObjectName(QStringLiteral("blindSwitch"));
    m_blindSwitch->setToolTip(tr("Hide which model wrote which answer and show the answers in "
                                 "a shuffled order, so you judge the answers, not the names. "
                                 "Applies from the next message."));
    m_verdictBar->setJudge(m_judge);
    connect(m_blindSwitch, &QCheckBox::toggled, m_judge, &PlaygroundJudge::setBlind);
    connect(m_judge, &PlaygroundJudge::roundStarted, this, &JudgingController::columnsRelabelled);
    connect(m_judge, &PlaygroundJudge::roundRevealed, this, &JudgingController::columnsRelabelled);
    connect(m_verdictBar, &VerdictBar::statusMessage, this, &JudgingController::statusMessage);
    connect(m_verdictBar, &VerdictBar::savePreferenceRequested, this,
            &JudgingController::savePreference);
}

JudgingController::~JudgingController()
{
    // The widgets the page placed are the page's children by now; the ones it did not place
    // are ours to delete.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_blindSwitch), static_cast<QWidget *>(m_verdictBar),
          static_cast<QWidget *>(m_tallyView)}) {
        if (!widget->parent())
            delete widget;
    }
}

void JudgingController::setSession(WorkspaceSession *session, qint64 playgroundSessionId)
{
    m_session = session;
    m_judge->setStore(session ? session->playground() : nullptr, playgroundSessionId);
    if (m_tallyView)
        m_tallyView->setStore(session ? session->playground() : nullptr, playgroundSessionId);
    if (m_dialog)
        m_dialog->close(); // it wrote into the workspace that is going away
}

QList<int> JudgingController::beginTurn(int columnCount)
{
    return m_judge->beginTurn(columnCount);
}

void JudgingController::finishTurn(const QList<PlaygroundColumn> &columns,
                                   const QString &systemPrompt)
{
    setColumns(columns, systemPrompt);
    m_judge->finishTurn(columns);
}

QList<int> JudgingController::shownColumns() const
{
    return m_judge->shownColumns();
}

bool JudgingController::namesHidden() const
{
    return m_judge->namesHidden();
}

void JudgingController::setColumns(const QList<PlaygroundColumn> &columns,
                                   const QString &systemPrompt)
{
    m_columns = columns;
    m_systemPrompt = systemPrompt;
}

SaveAnswerDialog *JudgingController::openDialog()
{
    if (!m_session) {
        Q_EMIT statusMessage(tr("Open a workspace first: answers are saved into its datasets."));
        return nullptr;
    }
    delete m_dialog.data();
    m_dialog = new SaveAnswerDialog(m_session->datasets(), m_session->undoStack(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SaveAnswerDialog::saved, this, [this](qint64 datasetId, qint64 exampleId) {
        const QString name = m_session ? m_session->datasets()->dataset(datasetId).name : QString();
        Q_EMIT statusMessage(
            tr("Saved in “%1”. Edit ▸ Undo (Ctrl+Z) takes it out again.").arg(name));
        Q_EMIT exampleSaved(datasetId, exampleId);
    });
    return m_dialog;
}

SaveAnswerDialog *JudgingController::saveAnswer(int column, int messageIndex)
{
    if (column < 0 || column >= m_columns.size())
        return nullptr;
    const PlaygroundColumn &source = m_columns.at(column);
    const QJsonArray prompt =
        PlaygroundExample::promptFor(source.conversation, messageIndex, m_systemPrompt);
    if (prompt.isEmpty())
        return nullptr;
    SaveAnswerDialog *dialog = openDialog();
    if (!dialog)
        return nullptr;
    dialog->setAnswer({m_judge->columnTitle(column, source.model), prompt,
                       PlaygroundExample::answerText(source.conversation, messageIndex),
                       source.model});
    dialog->show();
    return dialog;
}

SaveAnswerDialog *JudgingController::savePreference(int preferredPosition, int rejectedPosition)
{
    const BlindRound &round = m_judge->round();
    if (round.size() < 2)
        return nullptr;
    QList<SaveAnswerDialog::Choice> choices;
    for (int position = 0; position < round.size(); ++position) {
        const int column = round.columnAt(position);
        if (column < 0 || column >= m_columns.size())
            return nullptr;
        const QJsonArray &conversation = m_columns.at(column).conversation;
        const int last = int(conversation.size()) - 1;
        choices.append({round.title(position),
                        PlaygroundExample::promptFor(conversation, last, m_systemPrompt),
                        round.answerAt(position).text, round.answerAt(position).model});
    }
    SaveAnswerDialog *dialog = openDialog();
    if (!dialog)
        return nullptr;
    dialog->setPair(choices, preferredPosition, rejectedPosition);
    dialog->show();
    return dialog;
}
