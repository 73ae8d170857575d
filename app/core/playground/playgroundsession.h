#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One column of the Playground: a model on a provider profile, its settings and the
// conversation it has had, in the chat messages' own JSON shape ({"role", "content", ...}).
struct PlaygroundColumn
{
    QString profileId;
    QString model;
    QJsonObject settings; // temperature, top_p, max tokens, system prompt... as the UI keeps them
    QJsonArray conversation; // the messages, oldest first

    QJsonObject toJson() const;
    static PlaygroundColumn fromJson(const QJsonObject &object);

    friend bool operator==(const PlaygroundColumn &, const PlaygroundColumn &) = default;
};

// What the session list shows: cheap to read, no conversations.
struct PlaygroundSessionInfo
{
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0; // milliseconds since the epoch, UTC
    qint64 updatedAt = 0;
};

// A saved Playground: its columns side by side and the settings they share (blind mode, the
// shared prompt box...).
struct PlaygroundSession
{
    qint64 id = 0; // 0 until saved
    QString name;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QJsonObject settings;
    QList<PlaygroundColumn> columns;

    QJsonArray columnsJson() const;
    static QList<PlaygroundColumn> columnsFrom(const QJsonArray &array);
};
