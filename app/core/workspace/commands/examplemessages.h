#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Where the messages of an example live and how to change one, so the editor's cards and
// the undo commands agree. Builds on the core's ExampleJson; everything not touched here
// (unknown fields, tools) stays as imported.
class ExampleMessages
{
public:
    // A chat example has one conversation; a preference example has a prompt conversation
    // and two one-message answers.
    enum class List { Conversation, PreferencePrompt, Preferred, Rejected };

    static bool isPreference(const QJsonObject &example);
    // The list that holds the system prompt and the user's turns.
    static List promptList(const QJsonObject &example);

    static QJsonArray messages(const QJsonObject &example, List list);
    static void setMessages(QJsonObject &example, List list, const QJsonArray &messages);
    static QJsonObject message(const QJsonObject &example, List list, int index);
    static void setMessage(QJsonObject &example, List list, int index, const QJsonObject &message);

    static QString text(const QJsonObject &message);
    // Keeps the content's shape: a list with one text part stays a list.
    static void setText(QJsonObject &message, const QString &text);

    static QString roleKey() { return QStringLiteral("role"); }
    static QString contentKey() { return QStringLiteral("content"); }
    static QString weightKey() { return QStringLiteral("weight"); }
};
