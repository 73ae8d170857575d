#pragma once

#include "chattokencount.h"
#include "tokenencoding.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QThreadPool>
#include <atomic>
#include <optional>

// Counts the tokens of a whole dataset on every core (QtConcurrent), never on the GUI thread.
class DatasetTokenCounter
{
public:
    // Counts every example, in order, and waits for the result. Returns nothing when
    // *cancelled became true before the end (checked between examples).
    static std::optional<QList<ChatTokenCount>>
    countAll(const QList<QJsonObject> &examples, TokenEncoding encoding,
             const std::atomic_bool *cancelled = nullptr,
             QThreadPool *pool = QThreadPool::globalInstance());

    // The same without waiting: results arrive in order, with progress, and
    // QFuture::cancel() stops the work. Watch it with a QFutureWatcher on the GUI thread.
    static QFuture<ChatTokenCount> start(const QList<QJsonObject> &examples, TokenEncoding encoding,
                                         QThreadPool *pool = QThreadPool::globalInstance());

    // One large text (a whole file) on all cores: it is cut into blocks at places where the
    // pre-tokenizer always ends a piece (after "\n" before an ASCII letter), so the sum of the
    // blocks' counts is exactly the count of the whole.
    static qsizetype countLargeText(QByteArrayView utf8, TokenEncoding encoding,
                                    QThreadPool *pool = QThreadPool::globalInstance());

    // Plain texts (the CLI's files, a bench corpus): the token count of each, on all cores.
    static QList<qsizetype> countTexts(const QList<QByteArray> &utf8Texts, TokenEncoding encoding,
                                       QThreadPool *pool = QThreadPool::globalInstance());
};
