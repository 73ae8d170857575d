#pragma once

#include <QDialog>

class QPlainTextEdit;

// Changes the instructions (system prompt) of every selected example at once.
class SystemPromptDialog : public QDialog
{
    Q_OBJECT

public:
    SystemPromptDialog(int exampleCount, const QString &current, QWidget *parent = nullptr);

    QString prompt() const;

private:
    QPlainTextEdit *m_text;
};
