#pragma once

#include "core/tokenizer/tokenencoding.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class DatasetStore;
struct TokenCounts;

// Keeps the token columns of one dataset filled, in the background: an edit clears an
// example's counts (DatasetStore does that); this object notices, reads the examples without
// counts on a worker with its own connection, counts them on all cores, and writes the
// figures back through the store on the GUI thread, so the list shows them.
class TokenCountUpdater : public QObject
{
    Q_OBJECT

public:
    TokenCountUpdater(DatasetStore *store, const QString &workspacePath, QObject *parent = nullptr);
    ~TokenCountUpdater() override;

    void setDataset(qint64 datasetId);
    // Counts change with the encoding: every count of the dataset is redone.
    void setEncoding(TokenEncoding encoding);
    TokenEncoding encoding() const { return m_encoding; }
    bool isCounting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void countingFinished(int counted);

private:
    void scheduleCount();
    void start();
    void apply();
    void stop();

    DatasetStore *m_store;
    QString m_workspacePath;
    qint64 m_datasetId = 0;
    TokenEncoding m_encoding = TokenEncoding::O200kBase;
    bool m_recountAll = false;
    QTimer m_debounce;
    QFutureWatcher<QList<TokenCounts>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
