#pragma once

// A workspace in a temporary folder with a DatasetStore, for the dataset studio's tests.

#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<DatasetStore> store;
    int opened = 0;

    bool open()
    {
        Workspace::Error error;
        // A fresh file for every test function.
        workspace = Workspace::open(dir.filePath(QStringLiteral("test%1.ajuste").arg(++opened)),
                                    Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace) {
            qWarning() << error.message << error.detail;
            return false;
        }
        store = std::make_unique<DatasetStore>(workspace.get());
        return true;
    }

    void close()
    {
        store.reset();
        workspace.reset();
    }

    static QJsonObject message(const QString &role, const QString &content)
    {
        return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
    }

    static QJsonObject chat(const QString &question, const QString &answer,
                            const QString &system = {})
    {
        QJsonArray messages;
        if (!system.isEmpty())
            messages.append(message(QStringLiteral("system"), system));
        messages.append(message(QStringLiteral("user"), question));
        messages.append(message(QStringLiteral("assistant"), answer));
        // An unknown field must survive every edit.
        return {{QStringLiteral("messages"), messages},
                {QStringLiteral("x_source"), QStringLiteral("test")}};
    }

    static QJsonObject preference(const QString &question, const QString &good,
                                  const QString &bad)
    {
        return {{QStringLiteral("input"),
                 QJsonObject{{QStringLiteral("messages"),
                              QJsonArray{message(QStringLiteral("user"), question)}}}},
                {QStringLiteral("preferred_output"),
                 QJsonArray{message(QStringLiteral("assistant"), good)}},
                {QStringLiteral("non_preferred_output"),
                 QJsonArray{message(QStringLiteral("assistant"), bad)}}};
    }

    // A dataset of n chat examples "question i" / "answer i".
    qint64 dataset(int n, const QString &name = QStringLiteral("Test"))
    {
        const qint64 id = store->createDataset(name);
        for (int i = 0; i < n; ++i)
            store->appendExample(id, chat(QStringLiteral("question %1").arg(i),
                                          QStringLiteral("answer %1").arg(i)));
        return id;
    }

    QJsonObject json(qint64 exampleId) const { return store->example(exampleId).json; }
};
