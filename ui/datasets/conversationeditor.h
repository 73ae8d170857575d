#pragma once

#include "core/workspace/commands/examplemessages.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class MessageCard;
class QLabel;
class QPushButton;
class QVBoxLayout;

// A conversation as a column of message cards with "Add a message" below. It reports what
// the user does (with the message's place); the example editor turns that into undoable
// commands and shows the stored result back through setMessages().
// A long conversation shows WindowSize cards at a time, with buttons to the earlier and later
// messages: ten thousand cards would take the window seconds to build and lay out.
class ConversationEditor : public QWidget
{
    Q_OBJECT

public:
    using List = ExampleMessages::List;

    static constexpr int WindowSize = 50;

    explicit ConversationEditor(List list, QWidget *parent = nullptr);

    // Updates the cards in place when the messages keep their number and roles (so the
    // card being typed in keeps its cursor), rebuilds them otherwise.
    void setMessages(const QJsonArray &messages);
    // Another example comes next: its conversation is shown from its first message.
    void showFromStart();
    // Moves the window of cards so that it holds message index (cards of a short conversation
    // are all shown anyway).
    void showMessage(int index);
    int count() const { return int(m_messages.size()); }
    // The card of message index; nullptr when that message is outside the window shown.
    MessageCard *card(int index) const;
    int firstShown() const { return m_first; }
    int shownCount() const { return int(m_cards.size()); }
    QPushButton *earlierButton() const { return m_earlier; }
    QPushButton *laterButton() const { return m_later; }

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
    void moveWindow(int first);
    void updatePager();
    MessageCard *createCard(int index);
    QString toolNameFor(const QJsonArray &messages, int index) const;
    bool sameShape(const QJsonArray &messages) const;

    List m_list;
    QJsonArray m_messages;
    QList<MessageCard *> m_cards;
    QVBoxLayout *m_cardLayout;
    QWidget *m_pager;
    QLabel *m_range;
    QPushButton *m_earlier;
    QPushButton *m_later;
    QPushButton *m_add;
    int m_first = 0;          // the message of the first card shown
    bool m_rebuildNext = false; // the window moved to another example: no in-place update
    bool m_showEndNext = false; // a message was added at the end: show it
};
