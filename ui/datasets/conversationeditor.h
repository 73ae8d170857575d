#pragma once

#include "core/workspace/commands/examplemessages.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class MessageCard;
class QPushButton;
class QVBoxLayout;

// A conversation as a column of message cards with "Add a message" below. It reports what
// the user does (with the message's place); the example editor turns that into undoable
// commands and shows the stored result back through setMessages().
class ConversationEditor : public QWidget
{
    Q_OBJECT

public:
    using List = ExampleMessages::List;

    explicit ConversationEditor(List list, QWidget *parent = nullptr);

    // Updates the cards in place when the messages keep their number and roles (so the
    // card being typed in keeps its cursor), rebuilds them otherwise.
    void setMessages(const QJsonArray &messages);
    int count() const { return int(m_cards.size()); }
    MessageCard *card(int index) const { return m_cards.value(index); }

Q_SIGNALS:
    void textEdited(ExampleMessages::List list, int index, const QString &text);
    void roleChosen(ExampleMessages::List list, int index, const QString &role);
    void learnToggled(ExampleMessages::List list, int index, bool learn);
    void removeRequested(ExampleMessages::List list, int index);
    void moveRequested(ExampleMessages::List list, int from, int to);
    void addRequested(ExampleMessages::List list, int index, const QJsonObject &message);
    // The user left a message box: the next keystrokes start a new undo step.
    void typingFinished();

private:
    void rebuild(const QJsonArray &messages);
    MessageCard *createCard(int index);
    QString toolNameFor(const QJsonArray &messages, int index) const;
    bool sameShape(const QJsonArray &messages) const;

    List m_list;
    QJsonArray m_messages;
    QList<MessageCard *> m_cards;
    QVBoxLayout *m_cardLayout;
    QPushButton *m_add;
};
