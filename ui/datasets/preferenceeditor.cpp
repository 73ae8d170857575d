#include "preferenceeditor.h"

#include "conversationeditor.h"
#include "growingtextedit.h"
#include "messagecard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferenceEditor::PreferenceEditor(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new ConversationEditor(ExampleMessages::List::PreferencePrompt))
    , m_preferred(new MessageCard)
    , m_rejected(new MessageCard)
{
    m_preferred->setFixedRole(true);
    m_rejected->setFixedRole(true);
    auto promptTitle = new QLabel(tr("<b>The prompt</b>"));
    auto answers = new QHBoxLayout;
    answers->addWidget(answerColumn(tr("Preferred answer"),
                                    tr("The answer the model should learn to give "
                                       "(preferred_output)."),
                                    m_preferred),
                       1);
    answers->addWidget(answerColumn(tr("Rejected answer"),
                                    tr("An answer the model should learn to avoid "
                                       "(non_preferred_output)."),
                                    m_rejected),
                       1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(promptTitle);
    layout->addWidget(m_prompt);
    layout->addLayout(answers);
    connect(m_prompt, &ConversationEditor::textEdited, this, &PreferenceEditor::textEdited);
    connect(m_prompt, &ConversationEditor::typingFinished, this, &PreferenceEditor::typingFinished);
    connectAnswer(m_preferred, ExampleMessages::List::Preferred);
    connectAnswer(m_rejected, ExampleMessages::List::Rejected);
}

QWidget *PreferenceEditor::answerColumn(const QString &title, const QString &help,
                                        MessageCard *card)
{
    auto column = new QWidget;
    auto layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 8, 0, 0);
    auto heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    heading->setToolTip(help);
    layout->addWidget(heading);
    layout->addWidget(card);
    layout->addStretch();
    return column;
}

void PreferenceEditor::connectAnswer(MessageCard *card, ExampleMessages::List list)
{
    connect(card, &MessageCard::textEdited, this,
            [this, list](const QString &text) { Q_EMIT textEdited(list, 0, text); });
    connect(card->editor(), &GrowingTextEdit::focusLost, this, &PreferenceEditor::typingFinished);
}

void PreferenceEditor::setExample(const QJsonObject &example)
{
    using List = ExampleMessages::List;
    m_prompt->setMessages(ExampleMessages::messages(example, List::PreferencePrompt));
    m_preferred->setMessage(ExampleMessages::message(example, List::Preferred, 0));
    m_rejected->setMessage(ExampleMessages::message(example, List::Rejected, 0));
}
