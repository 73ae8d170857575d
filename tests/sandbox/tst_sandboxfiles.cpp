// Files, uploads, models and the common answer rules (request ids, error shape, unknown
// paths) of the Sandbox, over real HTTP.
#include "sandboxtestclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

class TestSandboxFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsListBaseModelsWithShutdownDates();
    void everyAnswerCarriesARequestId();
    void unknownPathIsAnOpenAIStyleError();
    void noKeyIsAccepted();
    void uploadedFileCanBeReadListedAndDeleted();
    void fineTuneFilesMustBeJsonl();
    void missingPurposeIsRefused();
    void fileListPagesWithAfterAndLimit();
    void fileListFiltersByPurposeAndOrders();
    void uploadInPartsMakesOneFile();
    void uploadWithWrongSizeIsRefused();
    void cancelledUploadTakesNoParts();
};

void TestSandboxFiles::modelsListBaseModelsWithShutdownDates()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[QStringLiteral("object")].toString(), QStringLiteral("list"));
    QHash<QString, QJsonObject> models;
    for (const QJsonValue &model : reply.json[QStringLiteral("data")].toArray())
        models.insert(model[QStringLiteral("id")].toString(), model.toObject());
    QVERIFY(models.contains(QStringLiteral("gpt-4o-mini-2024-07-18")));
    QVERIFY(models.contains(QStringLiteral("gpt-4o-2024-08-06")));
    const QJsonObject mini = models.value(QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(mini[QStringLiteral("object")].toString(), QStringLiteral("model"));
    QCOMPARE(mini[QStringLiteral("shutdown_date")].toString(), QStringLiteral("2027-01-14"));
    QVERIFY(mini[QStringLiteral("created")].toInteger() > 0);
    QVERIFY(!mini[QStringLiteral("owned_by")].toString().isEmpty());

    const auto one = sandbox.client->get(QStringLiteral("/models/gpt-4o-2024-08-06"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json[QStringLiteral("id")].toString(), QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(sandbox.client->get(QStringLiteral("/models/gpt-9")).status, 404);
}

void TestSandboxFiles::everyAnswerCarriesARequestId()
{
    SandboxFixture sandbox;
    const auto ok = sandbox.client->get(QStringLiteral("/models"));
    const auto missing = sandbox.client->get(QStringLiteral("/files/file-nothing"));
    QVERIFY(ok.headers.value("x-request-id").startsWith("req_"));
    QVERIFY(missing.headers.value("x-request-id").startsWith("req_"));
    QVERIFY(ok.headers.value("x-request-id") != missing.headers.value("x-request-id"));
}

void TestSandboxFiles::unknownPathIsAnOpenAIStyleError()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.client->get(QStringLiteral("/no/such/thing"));
    QCOMPARE(reply.status, 404);
    const QJsonObject error = reply.json[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("type")].toString(), QStringLiteral("invalid_request_error"));
    QVERIFY(error[QStringLiteral("message")].toString().contains(QStringLiteral("/v1/no/such")));
    QVERIFY(error.contains(QStringLiteral("param")));
    QVERIFY(error.contains(QStringLiteral("code")));
}

void TestSandboxFiles::noKeyIsAccepted()
{
    SandboxFixture sandbox;
    QNetworkAccessManager network;
    QUrl url = sandbox.server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/models"));
    QNetworkReply *reply = network.get(QNetworkRequest(url)); // no Authorization header
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestSandboxFiles::uploadedFileCanBeReadListedAndDeleted()
{
    SandboxFixture sandbox;
    const QByteArray content = SandboxTestClient::chatFile(10);
    const auto created = sandbox.client->uploadFile(QStringLiteral("shop.jsonl"), content);
    QCOMPARE(created.status, 200);
    const QString id = created.json[QStringLiteral("id")].toString();
    QVERIFY(id.startsWith(QStringLiteral("file-")));
    QCOMPARE(created.json[QStringLiteral("object")].toString(), QStringLiteral("file"));
    QCOMPARE(created.json[QStringLiteral("bytes")].toInteger(), content.size());
    QCOMPARE(created.json[QStringLiteral("filename")].toString(), QStringLiteral("shop.jsonl"));
    QCOMPARE(created.json[QStringLiteral("purpose")].toString(), QStringLiteral("fine-tune"));

    QCOMPARE(sandbox.client->get(QStringLiteral("/files/") + id).json, created.json);
    QCOMPARE(sandbox.client->get(QStringLiteral("/files/%1/content").arg(id)).body, content);

    const auto deleted = sandbox.client->remove(QStringLiteral("/files/") + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json[QStringLiteral("deleted")].toBool(), true);
    QCOMPARE(deleted.json[QStringLiteral("id")].toString(), id);
    const auto gone = sandbox.client->get(QStringLiteral("/files/") + id);
    QCOMPARE(gone.status, 404);
    QVERIFY(gone.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(id));
    QCOMPARE(sandbox.client->remove(QStringLiteral("/files/") + id).status, 404);
}

void TestSandboxFiles::fineTuneFilesMustBeJsonl()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.client->uploadFile(QStringLiteral("shop.csv"), "a,b\n");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("param")].toString(),
             QStringLiteral("file"));
    QCOMPARE(
        sandbox.client->uploadFile(QStringLiteral("notes.txt"), "x", QStringLiteral("assistants"))
            .status,
        200);
}

void TestSandboxFiles::missingPurposeIsRefused()
{
    SandboxFixture sandbox;
    const auto reply =
        sandbox.client->uploadFile(QStringLiteral("a.jsonl"), "{}", QStringLiteral("homework"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("param")].toString(),
             QStringLiteral("purpose"));
}

void TestSandboxFiles::fileListPagesWithAfterAndLimit()
{
    SandboxFixture sandbox;
    QStringList created;
    for (int i = 0; i < 5; ++i) {
        created.prepend(sandbox.client->uploadFile(QStringLiteral("f%1.jsonl").arg(i), "{}")
                            .json[QStringLiteral("id")]
                            .toString());
    }
    QStringList seen;
    QString after;
    int pages = 0;
    while (true) {
        QString path = QStringLiteral("/files?limit=2");
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const QJsonObject page = sandbox.client->get(path).json;
        const QJsonArray data = page[QStringLiteral("data")].toArray();
        ++pages;
        QVERIFY(data.size() <= 2);
        for (const QJsonValue &file : data)
            seen.append(file[QStringLiteral("id")].toString());
        QCOMPARE(page[QStringLiteral("first_id")].toString(),
                 data.first()[QStringLiteral("id")].toString());
        QCOMPARE(page[QStringLiteral("last_id")].toString(),
                 data.last()[QStringLiteral("id")].toString());
        if (!page[QStringLiteral("has_more")].toBool())
            break;
        after = page[QStringLiteral("last_id")].toString();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created); // newest first, each once
    QCOMPARE(sandbox.client->get(QStringLiteral("/files?limit=0")).status, 400);
}

void TestSandboxFiles::fileListFiltersByPurposeAndOrders()
{
    SandboxFixture sandbox;
    const QString first = sandbox.client->uploadFile(QStringLiteral("a.jsonl"), "{}")
                              .json[QStringLiteral("id")]
                              .toString();
    sandbox.client->uploadFile(QStringLiteral("b.pdf"), "%PDF", QStringLiteral("assistants"));
    const QString third = sandbox.client->uploadFile(QStringLiteral("c.jsonl"), "{}")
                              .json[QStringLiteral("id")]
                              .toString();
    const QJsonArray tuning =
        sandbox.client->get(QStringLiteral("/files?purpose=fine-tune&order=asc"))
            .json[QStringLiteral("data")]
            .toArray();
    QCOMPARE(tuning.size(), 2);
    QCOMPARE(tuning.at(0)[QStringLiteral("id")].toString(), first);
    QCOMPARE(tuning.at(1)[QStringLiteral("id")].toString(), third);
}

void TestSandboxFiles::uploadInPartsMakesOneFile()
{
    SandboxFixture sandbox;
    const QByteArray content = SandboxTestClient::chatFile(12);
    const QByteArray head = content.left(700);
    const QByteArray tail = content.mid(700);
    const auto upload = sandbox.client->post(
        QStringLiteral("/uploads"), {{QStringLiteral("filename"), QStringLiteral("big.jsonl")},
                                     {QStringLiteral("purpose"), QStringLiteral("fine-tune")},
                                     {QStringLiteral("bytes"), content.size()},
                                     {QStringLiteral("mime_type"), QStringLiteral("text/jsonl")}});
    QCOMPARE(upload.status, 200);
    QCOMPARE(upload.json[QStringLiteral("object")].toString(), QStringLiteral("upload"));
    QCOMPARE(upload.json[QStringLiteral("status")].toString(), QStringLiteral("pending"));
    QCOMPARE(upload.json[QStringLiteral("expires_at")].toInteger(),
             upload.json[QStringLiteral("created_at")].toInteger() + 3600);
    const QString uploadId = upload.json[QStringLiteral("id")].toString();
    const auto part1 = sandbox.client->uploadPart(uploadId, head);
    const auto part2 = sandbox.client->uploadPart(uploadId, tail);
    QCOMPARE(part1.status, 200);
    QCOMPARE(part1.json[QStringLiteral("object")].toString(), QStringLiteral("upload.part"));
    QCOMPARE(part1.json[QStringLiteral("upload_id")].toString(), uploadId);
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
    const auto completed = sandbox.client->post(
        QStringLiteral("/uploads/%1/complete").arg(uploadId),
        {{QStringLiteral("part_ids"),
          QJsonArray{part1.json[QStringLiteral("id")], part2.json[QStringLiteral("id")]}},
         {QStringLiteral("md5"), md5}});
    QCOMPARE(completed.status, 200);
    QCOMPARE(completed.json[QStringLiteral("status")].toString(), QStringLiteral("completed"));
    const QString fileId = completed.json[QStringLiteral("file")][QStringLiteral("id")].toString();
    QCOMPARE(sandbox.client->get(QStringLiteral("/files/%1/content").arg(fileId)).body, content);
    QCOMPARE(sandbox.client->uploadPart(uploadId, "more").status, 400);
}

void TestSandboxFiles::uploadWithWrongSizeIsRefused()
{
    SandboxFixture sandbox;
    const auto upload = sandbox.client->post(
        QStringLiteral("/uploads"), {{QStringLiteral("filename"), QStringLiteral("a.jsonl")},
                                     {QStringLiteral("purpose"), QStringLiteral("fine-tune")},
                                     {QStringLiteral("bytes"), 100},
                                     {QStringLiteral("mime_type"), QStringLiteral("text/jsonl")}});
    const QString uploadId = upload.json[QStringLiteral("id")].toString();
    const auto part = sandbox.client->uploadPart(uploadId, "too short");
    const auto completed = sandbox.client->post(
        QStringLiteral("/uploads/%1/complete").arg(uploadId),
        {{QStringLiteral("part_ids"), QJsonArray{part.json[QStringLiteral("id")]}}});
    QCOMPARE(completed.status, 400);
    QCOMPARE(sandbox.client->post(QStringLiteral("/uploads"), {}).status, 400);
}

void TestSandboxFiles::cancelledUploadTakesNoParts()
{
    SandboxFixture sandbox;
    const auto upload = sandbox.client->post(
        QStringLiteral("/uploads"), {{QStringLiteral("filename"), QStringLiteral("a.jsonl")},
                                     {QStringLiteral("purpose"), QStringLiteral("fine-tune")},
                                     {QStringLiteral("bytes"), 4},
                                     {QStringLiteral("mime_type"), QStringLiteral("text/jsonl")}});
    const QString uploadId = upload.json[QStringLiteral("id")].toString();
    const auto cancelled =
        sandbox.client->postEmpty(QStringLiteral("/uploads/%1/cancel").arg(uploadId));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QCOMPARE(sandbox.client->uploadPart(uploadId, "data").status, 400);
    QCOMPARE(sandbox.client->postEmpty(QStringLiteral("/uploads/upload_none/cancel")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxFiles)
#include "tst_sandboxfiles.moc"
