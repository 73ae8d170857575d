#pragma once

#include "answeraccounting.h"
#include "answerstats.h"
#include "api/client/apierror.h"
#include "core/playground/playgroundsession.h"
#include "playgroundsettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ColumnStream;
class PriceCatalog;
class ProviderSession;

// The live Playground: one conversation asked of up to four model columns at once.
//
// Contract
// --------
// * send(text) adds the user's message to every column's conversation and streams every
//   column's answer at the same time; it does nothing (returns false) while a column is still
//   answering or when there is no column or the text is blank.
// * Each answer: answerStarted(column), answerText(column, piece)…, then exactly once
//   answerFinished(column, stats, error). error is None when the answer ended as the model
//   meant; a stopped (Cancelled) or cut (StreamCut) answer still joins the conversation with
//   the text that arrived, its tokens counted with the tokenizer (tokensEstimated). A column
//   whose profile cannot answer (no key, Sandbox down) finishes at once with that error and
//   adds nothing. The answer is in columns()[column].conversation when answerFinished runs.
// * turnFinished() once no column is answering any more after a send or a regenerate.
// * regenerate(column, index): the message at index is an answer — it and everything after
//   it are dropped and the column asks again; index is a user message — everything after it
//   is dropped and the column answers it again. editMessage changes a message's text (and
//   nothing else); follow it with regenerate to ask again from there.
// * Settings: the session's (setSettings) under each column's own (PlaygroundColumn::
//   settings); "base_model" in a column's settings names a tuned model's base for its price.
// * setColumns() stops every answer first. columnsChanged() after setColumns;
//   conversationChanged(column) whenever a column's messages changed (to save the session).
class PlaygroundRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumColumns = 4;
    static constexpr auto BaseModelKey = "base_model";

    PlaygroundRunner(ProviderSession *providers, PriceCatalog *prices, QObject *parent = nullptr);
    ~PlaygroundRunner() override;

    void setColumns(const QList<PlaygroundColumn> &columns);
    QList<PlaygroundColumn> columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }

    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    QString systemPrompt() const { return m_systemPrompt; }
    // The session's answer settings (PlaygroundSettings JSON), under each column's own.
    void setSettings(const QJsonObject &settings) { m_settings = settings; }
    QJsonObject settings() const { return m_settings; }

    bool send(const QString &userText);
    bool regenerate(int column, int messageIndex);
    bool editMessage(int column, int messageIndex, const QString &text);
    void stop(int column);
    void stopAll();
    bool isAnswering(int column) const;
    bool isAnyAnswering() const;
    // The text of the answer arriving in a column so far (empty when none is).
    QString partialAnswer(int column) const;

    // The request a column's next answer sends (model, messages with the system prompt,
    // settings), as the tests and the batch compare build them.
    ChatRequest requestFor(int column) const;

Q_SIGNALS:
    void answerStarted(int column);
    void answerText(int column, const QString &piece);
    void answerFinished(int column, const AnswerStats &stats, const ApiError &error);
    void turnFinished();
    void columnsChanged();
    void conversationChanged(int column);

private:
    void ask(int column);
    void onFinished(int column, ColumnStream *stream, const StreamOutcome &outcome);
    AnswerRequest answerRequest(int column, const ChatRequest &request) const;
    bool validColumn(int column) const { return column >= 0 && column < m_columns.size(); }

    ProviderSession *m_providers;
    AnswerAccounting m_accounting;
    QList<PlaygroundColumn> m_columns;
    QList<QPointer<ColumnStream>> m_streams; // one per column while it answers
    QList<AnswerRequest> m_asked;            // what each answering column sent
    QString m_systemPrompt;
    QJsonObject m_settings;
    bool m_turnOpen = false;
};
