#include "playgroundmessageview.h"

#include "answerstatsformat.h"
#include "answerview.h"
#include "api/playground/playgroundconversation.h"
#include "ui/common/messages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

PlaygroundMessageView::PlaygroundMessageView(int index, const QJsonObject &message, QWidget *parent)
    : QWidget(parent), m_index(index), m_role(new QLabel), m_edit(new QToolButton),
      m_askAgain(new QToolButton), m_saveExample(new QToolButton), m_editing(new QWidget),
      m_text(new AnswerView), m_editor(new QPlainTextEdit), m_save(new QPushButton),
      m_stats(new QLabel), m_problem(new QWidget), m_problemText(new QLabel)
{
    setObjectName(QStringLiteral("playgroundMessage"));
    QFont bold = m_role->font();
    bold.setBold(true);
    m_role->setFont(bold);
    m_edit->setText(tr("Edit"));
    m_edit->setAutoRaise(true);
    m_edit->setObjectName(QStringLiteral("editMessage"));
    m_askAgain->setText(tr("Ask Again"));
    m_askAgain->setAutoRaise(true);
    m_askAgain->setObjectName(QStringLiteral("askAgain"));
    m_saveExample->setText(tr("Save as Example…"));
    m_saveExample->setAutoRaise(true);
    m_saveExample->setObjectName(QStringLiteral("saveAsExample"));
    m_saveExample->setToolTip(tr("Save this answer, or your edit of it, with the conversation "
                                 "before it as a training example in a dataset"));
    auto header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_role);
    header->addStretch();
    header->addWidget(m_edit);
    header->addWidget(m_askAgain);
    header->addWidget(m_saveExample);

    // Editing in place: the text becomes an editor with Save and Cancel.
    auto editLayout = new QVBoxLayout(m_editing);
    editLayout->setContentsMargins(0, 0, 0, 0);
    m_editor->setObjectName(QStringLiteral("messageEditor"));
    m_editor->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    auto cancel = new QPushButton(tr("Cancel"));
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_save);
    editLayout->addWidget(m_editor);
    editLayout->addLayout(buttons);
    m_editing->hide();

    m_stats->setWordWrap(true);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setObjectName(QStringLiteral("answerFigures"));
    m_problemText->setWordWrap(true);
    m_problemText->setObjectName(QStringLiteral("answerProblem"));
    auto details = new QToolButton;
    details->setText(tr("Details…"));
    details->setAutoRaise(true);
    auto problemRow = new QHBoxLayout(m_problem);
    problemRow->setContentsMargins(0, 0, 0, 0);
    problemRow->addWidget(m_problemText, 1);
    problemRow->addWidget(details, 0, Qt::AlignTop);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(m_editing);
    layout->addWidget(m_problem);
    layout->addWidget(m_stats);

    connect(m_edit, &QToolButton::clicked, this, &PlaygroundMessageView::startEditing);
    connect(m_askAgain, &QToolButton::clicked, this,
            [this] { Q_EMIT regenerateRequested(m_index); });
    connect(m_saveExample, &QToolButton::clicked, this,
            [this] { Q_EMIT saveAsExampleRequested(m_index); });
    connect(cancel, &QPushButton::clicked, this, &PlaygroundMessageView::stopEditing);
    connect(m_save, &QPushButton::clicked, this, &PlaygroundMessageView::saveEdit);
    connect(details, &QToolButton::clicked, this, &PlaygroundMessageView::showDetails);
    setMessage(index, message);
}

bool PlaygroundMessageView::isAnswer() const
{
    return m_message.isEmpty() || PlaygroundConversation::isAnswer(m_message);
}

void PlaygroundMessageView::setMessage(int index, const QJsonObject &message)
{
    m_index = index;
    if (message == m_message && !message.isEmpty())
        return;
    const bool wasStreaming = m_message.isEmpty();
    m_message = message;
    const bool answer = isAnswer();
    m_role->setText(answer ? tr("Answer") : tr("You"));
    m_askAgain->setToolTip(answer ? tr("Ask for a new answer in place of this one")
                                  : tr("Ask this again; the later messages of this column go"));
    m_edit->setToolTip(answer ? tr("Change this answer (the model sees your version next)")
                              : tr("Change this message and ask again from here"));
    m_save->setText(answer ? tr("Save") : tr("Save and Ask Again"));
    if (!message.isEmpty()) {
        const QString text = PlaygroundConversation::text(message);
        if (text != m_text->markdown())
            m_text->setMarkdown(text);
        else if (wasStreaming)
            m_text->finishStreaming(); // the streamed answer, rendered once more as a whole
    }
    setBackgroundRole(answer ? QPalette::Base : QPalette::AlternateBase);
    setAutoFillBackground(true);
    showFigures();
}

void PlaygroundMessageView::showFigures()
{
    const bool saved = !m_message.isEmpty();
    const bool answer = isAnswer();
    m_stats->setVisible(saved && answer && !m_figuresHidden);
    if (saved && answer)
        m_stats->setText(AnswerStatsFormat::text(PlaygroundConversation::stats(m_message)));
    const ApiError error = saved ? PlaygroundConversation::error(m_message) : ApiError();
    m_problem->setVisible(error.isError());
    m_problemText->setText(error.kind == ApiError::Kind::Cancelled
                               ? tr("You stopped this answer; what arrived is kept.")
                               : error.userMessage);
    m_problemDetails = error.details;
    m_edit->setVisible(saved);
    m_askAgain->setVisible(saved);
    m_saveExample->setVisible(saved && answer);
}

void PlaygroundMessageView::setFiguresHidden(bool hidden)
{
    m_figuresHidden = hidden;
    showFigures();
}

void PlaygroundMessageView::showDetails()
{
    Messages::warning(this, m_problemText->text(), m_problemDetails);
}

void PlaygroundMessageView::appendText(const QString &piece)
{
    m_text->appendMarkdown(piece);
}

void PlaygroundMessageView::setActionsEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_askAgain->setEnabled(enabled);
    m_saveExample->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

bool PlaygroundMessageView::isEditing() const
{
    return !m_editing->isHidden();
}

void PlaygroundMessageView::startEditing()
{
    m_editor->setPlainText(m_text->markdown());
    m_text->hide();
    m_editing->show();
    m_editor->setFocus();
}

void PlaygroundMessageView::stopEditing()
{
    m_editing->hide();
    m_text->show();
}

void PlaygroundMessageView::saveEdit()
{
    const QString text = m_editor->toPlainText();
    stopEditing();
    if (!text.trimmed().isEmpty())
        Q_EMIT editSaved(m_index, text);
}
