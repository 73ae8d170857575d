#pragma once

#include <QJsonObject>
#include <QWidget>

class AnswerView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// One message of a column's conversation: the user's question or the model's answer, the
// figures under an answer, what went wrong when it did not end (the provider's words under
// Details), and Edit / Ask again. While an answer streams it grows piece by piece.
class PlaygroundMessageView : public QWidget
{
    Q_OBJECT

public:
    // A streaming answer has no message yet: pass an empty object and call appendText().
    PlaygroundMessageView(int index, const QJsonObject &message, QWidget *parent = nullptr);

    int index() const { return m_index; }
    QJsonObject message() const { return m_message; }
    void setMessage(int index, const QJsonObject &message);
    void appendText(const QString &piece);
    // Edit and Ask again are offered only while the column is not answering.
    void setActionsEnabled(bool enabled);
    bool isEditing() const; // not isVisible(): a hidden page still counts as editing

    AnswerView *textView() const { return m_text; }
    QLabel *statsLabel() const { return m_stats; }
    QToolButton *editButton() const { return m_edit; }
    QToolButton *askAgainButton() const { return m_askAgain; }
    QToolButton *saveExampleButton() const { return m_saveExample; }
    // Blind comparison: the figures (cost above all) would tell the models apart.
    void setFiguresHidden(bool hidden);
    void startEditing();
    void saveEdit(); // as Save does
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void editSaved(int index, const QString &text);
    void regenerateRequested(int index);
    void saveAsExampleRequested(int index);

private:
    void showFigures();
    void showDetails();
    void stopEditing();
    bool isAnswer() const;

    int m_index;
    QJsonObject m_message;
    QLabel *m_role;
    QToolButton *m_edit;
    QToolButton *m_askAgain;
    QToolButton *m_saveExample;
    bool m_figuresHidden = false;
    QWidget *m_editing;
    AnswerView *m_text;
    QPlainTextEdit *m_editor;
    QPushButton *m_save;
    QLabel *m_stats;
    QWidget *m_problem;
    QLabel *m_problemText;
    QString m_problemDetails;
};
