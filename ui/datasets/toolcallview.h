#pragma once

#include <QJsonArray>
#include <QWidget>

class QVBoxLayout;

// The function calls an assistant message makes, shown for people: the function's name and
// its arguments as indented JSON, or, when the arguments are not valid JSON, what is wrong
// and the text as written.
class ToolCallView : public QWidget
{
    Q_OBJECT

public:
    explicit ToolCallView(QWidget *parent = nullptr);

    void setToolCalls(const QJsonArray &toolCalls);

    // Indented JSON of the arguments text, or an empty string and the reason when invalid.
    static QString prettyArguments(const QString &arguments, QString *error);

private:
    QWidget *callWidget(const QJsonObject &call);

    QVBoxLayout *m_layout;
    QJsonArray m_shown;
    bool m_empty = true;
};
