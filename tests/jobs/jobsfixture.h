#pragma once

// What the Jobs services' tests share: a workspace with its dataset and job stores, a
// ProviderSession over temporary settings whose Sandbox profile runs the real ajuste-sandbox
// (fast), and extra Sandbox processes with their own flags behind profiles of other kinds.

#include "api/client/retrypolicy.h"
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace JobsTest {

// The fake key the tests hand to profiles: recognisable, so a leak would be spotted.
inline QString fakeKey()
{
    return QStringLiteral("sk-ajuste-test-DO-NOT-PRINT-4242");
}

// Runs the event loop until `done` holds or the time is up.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// One ajuste-sandbox process with its own flags.
class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    QUrl start(const QStringList &flags, const QString &dataDir = {}, quint16 port = 0)
    {
        QStringList arguments{QStringLiteral("--port"), QString::number(port)};
        if (!dataDir.isEmpty())
            arguments << QStringLiteral("--data-dir") << dataDir;
        m_process.setProgram(QStringLiteral(AJUSTE_SANDBOX_BINARY));
        m_process.setArguments(arguments + flags);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return {};
        static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"));
        QByteArray out;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = url.match(QString::fromUtf8(out));
            if (match.hasMatch())
                return m_url = QUrl(match.captured(1));
        }
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

// A workspace, the stores over it, and a ProviderSession with its own settings and Sandbox.
class Fixture
{
public:
    Fixture()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        profiles = std::make_unique<ProfileStore>(settings.get());
        keys = std::make_unique<KeyStore>(KeyStore::Options{});
        sandbox = std::make_unique<SandboxLauncher>();
        sandbox->setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_BINARY));
        sandbox->setSpeed(1000);
        sandbox->setDataDir(dir.filePath(QStringLiteral("sandbox")));
        session =
            std::make_unique<ProviderSession>(profiles.get(), keys.get(), &network, sandbox.get());
        RetryPolicy quick;
        quick.baseDelay = std::chrono::milliseconds(20);
        quick.maxDelay = std::chrono::milliseconds(100);
        session->setRetryPolicy(quick);
    }

    ~Fixture()
    {
        closeWorkspace();
        session.reset();
    }

    bool openWorkspace()
    {
        Workspace::Error error;
        workspace = Workspace::open(dir.filePath(QStringLiteral("jobs.ajuste")),
                                    Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace) {
            qWarning() << error.message;
            return false;
        }
        datasets = std::make_unique<DatasetStore>(workspace.get());
        jobs = std::make_unique<JobStore>(workspace.get());
        return true;
    }

    void closeWorkspace()
    {
        jobs.reset();
        datasets.reset();
        workspace.reset();
    }

    // A profile of `kind` at a Sandbox process's address, with the fake key for this session.
    QString addProfile(ProviderKind kind, const QUrl &baseUrl, bool fineTuning = false)
    {
        ProviderProfile profile = ProviderProfile::makeNew(kind);
        profile.baseUrl = baseUrl;
        profile.fineTuning = fineTuning;
        profile.keyStorage = KeyStorage::Session;
        profiles->save(profile);
        keys->write(profile.id, fakeKey(), KeyStorage::Session, [](const KeyStore::Result &) {});
        return profile.id;
    }

    // A chat example: the Sandbox accepts ten or more.
    static QJsonObject chat(int i)
    {
        const auto message = [](const char *role, const QString &content) {
            return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                               {QStringLiteral("content"), content}};
        };
        return {{QStringLiteral("messages"),
                 QJsonArray{message("user", QStringLiteral("How do I do task %1?").arg(i)),
                            message("assistant", QStringLiteral("Open menu %1, then press "
                                                                "Start.")
                                                     .arg(i))}}};
    }

    qint64 dataset(int examples, int validationPercent,
                   const QString &name = QStringLiteral("Support"))
    {
        const qint64 id = datasets->createDataset(name);
        for (int i = 0; i < examples; ++i)
            datasets->appendExample(id, chat(i));
        if (validationPercent > 0)
            datasets->makeValidationSplit(id, validationPercent, 7);
        return id;
    }

    QString writeTrainingFile(int examples, const QString &name = QStringLiteral("train.jsonl"))
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < examples; ++i)
            file.write(QJsonDocument(chat(i)).toJson(QJsonDocument::Compact) + '\n');
        return path;
    }

    // The client of a profile, ready (or null after the time is up).
    ProviderClient *client(const QString &profileId)
    {
        ProviderSession::Ready answer;
        bool done = false;
        session->request(profileId, nullptr, [&](const ProviderSession::Ready &ready) {
            answer = ready;
            done = true;
        });
        waitUntil([&] { return done; });
        return answer.ok() ? answer.client.data() : nullptr;
    }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<SandboxLauncher> sandbox;
    std::unique_ptr<ProviderSession> session;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<DatasetStore> datasets;
    std::unique_ptr<JobStore> jobs;
};

} // namespace JobsTest
