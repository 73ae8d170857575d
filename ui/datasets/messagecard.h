#pragma once

#include <QFrame>
#include <QJsonObject>
#include <QStyle>

class GrowingTextEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
class ToolCallView;

// One message of a conversation as a card: who speaks (role), what is said, whether the
// model learns from this answer (assistant weight), the function calls it makes, and the
// buttons to move or delete it. The card reports what the user does; it never changes the
// stored example itself.
class MessageCard : public QFrame
{
    Q_OBJECT

public:
    explicit MessageCard(QWidget *parent = nullptr);

    // Shows message without emitting edit signals. toolName names the call a tool message
    // answers, when known.
    void setMessage(const QJsonObject &message, const QString &toolName = {});
    void setMovable(bool up, bool down);
    // Preference answers are always from the assistant and cannot move or be deleted.
    void setFixedRole(bool fixed);
    QString text() const;
    GrowingTextEdit *editor() const { return m_text; }

    static QString roleLabel(const QString &role);

Q_SIGNALS:
    void textEdited(const QString &text);
    void roleChosen(const QString &role);
    void learnToggled(bool learn);
    void removeRequested();
    void moveRequested(int delta);

private:
    QToolButton *toolButton(QStyle::StandardPixmap pixmap, const QString &tip);
    void updateForRole(const QString &role);

    QComboBox *m_role;
    QLabel *m_answers;
    QCheckBox *m_learn;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    GrowingTextEdit *m_text;
    ToolCallView *m_toolCalls;
    bool m_fixedRole = false;
};
