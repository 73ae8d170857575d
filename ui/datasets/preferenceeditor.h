#pragma once

#include "core/workspace/commands/examplemessages.h"

#include <QJsonObject>
#include <QWidget>

class ConversationEditor;
class MessageCard;

// A preference example: one prompt (a conversation) and, side by side, the answer the model
// should prefer and the one it should avoid. Reports edits like ConversationEditor.
class PreferenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PreferenceEditor(QWidget *parent = nullptr);

    void setExample(const QJsonObject &example);
    ConversationEditor *prompt() const { return m_prompt; }
    MessageCard *preferred() const { return m_preferred; }
    MessageCard *rejected() const { return m_rejected; }

Q_SIGNALS:
    void textEdited(ExampleMessages::List list, int index, const QString &text);
    void typingFinished();

private:
    QWidget *answerColumn(const QString &title, const QString &help, MessageCard *card);
    void connectAnswer(MessageCard *card, ExampleMessages::List list);

    ConversationEditor *m_prompt;
    MessageCard *m_preferred;
    MessageCard *m_rejected;
};
