// The provider session, as the Jobs page, the Playground, Settings and the CLI rely on it: the
// Sandbox started only when asked for, one client per profile, plain words when a key is
// missing or a profile is gone, a new client after the profile or its key changed (the old one
// finishing what it had started), and Settings' drafts never shared.
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/settings/profilestore.h"
#include "testhttpserver.h"
#include "waiter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Reply = TestHttpServer::Reply;

namespace {
// Collects one ProviderSession answer.
struct ReadyWaiter
{
    std::optional<ProviderSession::Ready> ready;
    int calls = 0;

    ProviderSession::Callback callback()
    {
        return [this](const ProviderSession::Ready &value) {
            ready = value;
            ++calls;
        };
    }
    bool wait(int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!ready && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            20);
        return ready.has_value();
    }
};
} // namespace

class TestProviderSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsTheSandboxOnlyWhenAsked();
    void buildsOneClientPerProfile();
    void explainsAMissingKey();
    void explainsAMissingProfileAndAnUnsafeAddress();
    void rebuildsAfterTheProfileChanges();
    void rebuildsAfterTheKeyChanges();
    void oldClientFinishesWhatItStarted();
    void skipsCallbacksOfDestroyedContexts();
    void draftsAreNeverShared();
    void explainsASandboxThatCannotStart();

private:
    ProviderProfile saveProfile(ProviderKind kind, const QString &name);
    ProviderSession &session();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<ProviderSession> m_session;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestProviderSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ajuste.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    KeyStore::Options keyOptions;
    keyOptions.service = QStringLiteral("Ajuste-tests");
    keyOptions.filePath = m_dir->filePath(QStringLiteral("no-keys-here.json"));
    keyOptions.timeoutMs = 3000;
    m_keys = std::make_unique<KeyStore>(keyOptions);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<SandboxLauncher>();
    m_sandbox->setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_BINARY));
    m_sandbox->setSpeed(1000);
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::json(
            R"({"object":"list","data":[{"id":"gpt-4o-mini-2024-07-18","shutdown_date":"2027-01-14"}]})");
    });
}

void TestProviderSession::cleanup()
{
    m_session.reset();
    m_sandbox.reset();
    m_server.reset();
    m_network.reset();
    m_keys.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

ProviderSession &TestProviderSession::session()
{
    if (!m_session)
        m_session = std::make_unique<ProviderSession>(m_profiles.get(), m_keys.get(),
                                                      m_network.get(), m_sandbox.get());
    return *m_session;
}

ProviderProfile TestProviderSession::saveProfile(ProviderKind kind, const QString &name)
{
    ProviderProfile profile = ProviderProfile::makeNew(kind);
    profile.name = name;
    profile.baseUrl = m_server->baseUrl();
    profile.keyStorage = KeyStorage::Session; // never the real keychain in a test
    m_profiles->save(profile);
    return profile;
}

void TestProviderSession::startsTheSandboxOnlyWhenAsked()
{
    session();
    QCOMPARE(m_sandbox->state(), SandboxLauncher::State::Stopped); // nothing starts by itself
    ReadyWaiter first;
    ReadyWaiter second;
    session().request(QString::fromLatin1(ProviderProfile::SandboxId), this, first.callback());
    session().request(QString::fromLatin1(ProviderProfile::SandboxId), this, second.callback());
    QVERIFY(first.wait());
    QVERIFY(second.wait());
    QVERIFY2(first.ready->ok(),
             qPrintable(first.ready->error.userMessage + first.ready->error.details));
    QVERIFY(m_sandbox->isRunning());
    QCOMPARE(first.ready->client.data(), second.ready->client.data()); // one client, one start
    QCOMPARE(first.ready->profile.baseUrl, m_sandbox->baseUrl());
    QCOMPARE(first.ready->client->service()->endpoint().baseUrl, m_sandbox->baseUrl());

    Waiter<QList<TunableModel>> models;
    first.ready->client->listTunableModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY2(models.result->ok(), qPrintable(models.result->error.detailsText()));
    QVERIFY(!models.result->value.isEmpty());

    ReadyWaiter again;
    session().requestDefault(this, again.callback()); // the default profile is the Sandbox
    QVERIFY(again.wait());
    QCOMPARE(again.ready->client.data(), first.ready->client.data());
    QCOMPARE(first.calls, 1);
}

void TestProviderSession::buildsOneClientPerProfile()
{
    const ProviderProfile openai = saveProfile(ProviderKind::OpenAI, QStringLiteral("OpenAI"));
    const ProviderProfile other = saveProfile(ProviderKind::OpenAI, QStringLiteral("Other OpenAI"));
    m_keys->write(openai.id, QStringLiteral("sk-one"), KeyStorage::Session,
                  [](const KeyStore::Result &) {});
    m_keys->write(other.id, QStringLiteral("sk-two"), KeyStorage::Session,
                  [](const KeyStore::Result &) {});
    ReadyWaiter a1, a2, b;
    session().request(openai.id, this, a1.callback());
    session().request(openai.id, this, a2.callback());
    session().request(other.id, this, b.callback());
    QCOMPARE(a1.calls, 0); // never called back from inside request()
    QVERIFY(a1.wait() && a2.wait() && b.wait());
    QVERIFY(a1.ready->ok() && b.ready->ok());
    QCOMPARE(a1.ready->client.data(), a2.ready->client.data());
    QVERIFY(a1.ready->client.data() != b.ready->client.data());
    QCOMPARE(session().readyClient(openai.id), a1.ready->client.data());
    QCOMPARE(a1.ready->client->providerName(), QStringLiteral("OpenAI"));

    Waiter<QList<ModelInfo>> models;
    b.ready->client->listModels(models.callback());
    QVERIFY(models.wait());
    QCOMPARE(m_server->requests().last().headers.value("authorization"),
             QByteArray("Bearer sk-two"));
}

void TestProviderSession::explainsAMissingKey()
{
    ProviderProfile together = ProviderProfile::makeNew(ProviderKind::Together);
    together.name = QStringLiteral("Together");
    together.keyStorage = KeyStorage::File; // the key file does not exist: nothing stored
    m_profiles->save(together);
    ReadyWaiter waiter;
    session().request(together.id, this, waiter.callback());
    QVERIFY(waiter.wait());
    QVERIFY(!waiter.ready->ok());
    QVERIFY(!waiter.ready->client);
    QCOMPARE(waiter.ready->error.kind, ApiError::Kind::MissingKey);
    QVERIFY2(waiter.ready->error.userMessage.startsWith(
                 QStringLiteral("There is no API key for “Together”")),
             qPrintable(waiter.ready->error.userMessage));
    QVERIFY(waiter.ready->error.userMessage.contains(QStringLiteral("Settings")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestProviderSession::explainsAMissingProfileAndAnUnsafeAddress()
{
    ReadyWaiter gone;
    session().request(QStringLiteral("no-such-profile"), this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.ready->error.kind, ApiError::Kind::NoProfile);
    QVERIFY(!gone.ready->error.userMessage.isEmpty());

    ProviderProfile unsafe = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    unsafe.baseUrl = QUrl(QStringLiteral("http://192.168.0.10:11434/v1"));
    m_profiles->save(unsafe);
    ReadyWaiter refused;
    session().request(unsafe.id, this, refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(refused.ready->error.kind, ApiError::Kind::InsecureAddress);
}

void TestProviderSession::rebuildsAfterTheProfileChanges()
{
    ProviderProfile profile = saveProfile(ProviderKind::OpenAICompatible, QStringLiteral("Local"));
    profile.keyStorage = KeyStorage::None;
    m_profiles->save(profile);
    ReadyWaiter before;
    session().request(profile.id, this, before.callback());
    QVERIFY(before.wait());
    QVERIFY(before.ready->ok());
    QVERIFY(!before.ready->client->capabilities().canFineTune);
    QPointer<ProviderClient> old = before.ready->client;

    QSignalSpy discarded(&session(), &ProviderSession::clientDiscarded);
    profile.fineTuning = true; // the user turned on "this server can fine-tune"
    m_profiles->save(profile);
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded.first().first().toString(), profile.id);
    QVERIFY(!session().readyClient(profile.id));

    ReadyWaiter after;
    session().request(profile.id, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY(after.ready->ok());
    QVERIFY(after.ready->client->capabilities().canFineTune);
    QTRY_VERIFY(old.isNull()); // nothing was in flight: the old client is gone

    // Saving an unrelated profile leaves this client alone.
    discarded.clear();
    saveProfile(ProviderKind::Together, QStringLiteral("Together"));
    QCOMPARE(discarded.size(), 0);
    QCOMPARE(session().readyClient(profile.id), after.ready->client.data());
}

void TestProviderSession::rebuildsAfterTheKeyChanges()
{
    const ProviderProfile profile = saveProfile(ProviderKind::OpenAI, QStringLiteral("OpenAI"));
    m_keys->write(profile.id, QStringLiteral("sk-old"), KeyStorage::Session,
                  [](const KeyStore::Result &) {});
    ReadyWaiter before;
    session().request(profile.id, this, before.callback());
    QVERIFY(before.wait());
    QSignalSpy discarded(&session(), &ProviderSession::clientDiscarded);
    m_keys->write(profile.id, QStringLiteral("sk-new"), KeyStorage::Session,
                  [](const KeyStore::Result &) {});
    QCOMPARE(discarded.size(), 1);
    ReadyWaiter after;
    session().request(profile.id, this, after.callback());
    QVERIFY(after.wait());
    Waiter<QList<ModelInfo>> models;
    after.ready->client->listModels(models.callback());
    QVERIFY(models.wait());
    QCOMPARE(m_server->requests().last().headers.value("authorization"),
             QByteArray("Bearer sk-new"));
}

void TestProviderSession::oldClientFinishesWhatItStarted()
{
    ProviderProfile profile = saveProfile(ProviderKind::OpenAICompatible, QStringLiteral("Slow"));
    profile.keyStorage = KeyStorage::None;
    m_profiles->save(profile);
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::json(R"({"object":"list","data":[{"id":"m"}]})");
        reply.delayMs = 300;
        return reply;
    });
    ReadyWaiter ready;
    session().request(profile.id, this, ready.callback());
    QVERIFY(ready.wait());
    QPointer<ProviderClient> old = ready.ready->client;
    Waiter<QList<ModelInfo>> models;
    old->listModels(models.callback());
    profile.name = QStringLiteral("Renamed"); // discards the client while its request runs
    m_profiles->save(profile);
    QVERIFY(!old.isNull());
    QVERIFY(models.wait());
    QVERIFY(models.result->ok()); // the answer still arrived
    QCOMPARE(models.result->value.size(), 1);
    QTRY_VERIFY(old.isNull()); // and then the old client went
}

void TestProviderSession::skipsCallbacksOfDestroyedContexts()
{
    const ProviderProfile profile = saveProfile(ProviderKind::OpenAI, QStringLiteral("OpenAI"));
    m_keys->write(profile.id, QStringLiteral("sk-one"), KeyStorage::Session,
                  [](const KeyStore::Result &) {});
    auto context = new QObject;
    int calls = 0;
    session().request(profile.id, context, [&calls](const ProviderSession::Ready &) { ++calls; });
    delete context;
    ReadyWaiter other;
    session().request(profile.id, this, other.callback());
    QVERIFY(other.wait());
    spinFor(50);
    QCOMPARE(calls, 0);
}

void TestProviderSession::draftsAreNeverShared()
{
    ProviderProfile draft = ProviderProfile::makeNew(ProviderKind::OpenAI);
    draft.name = QStringLiteral("Not saved yet");
    draft.baseUrl = m_server->baseUrl();
    std::unique_ptr<ProviderClient> client;
    std::optional<ApiError> error;
    session().prepareDraft(draft, QStringLiteral("sk-typed"), this,
                           [&](std::unique_ptr<ProviderClient> made, const ApiError &problem) {
                               client = std::move(made);
                               error = problem;
                           });
    QTRY_VERIFY(error.has_value());
    QVERIFY(!*error);
    QVERIFY(client);
    QVERIFY(!session().readyClient(draft.id));
    Waiter<QList<ModelInfo>> models;
    client->listModels(models.callback());
    QVERIFY(models.wait());
    QCOMPARE(m_server->requests().last().headers.value("authorization"),
             QByteArray("Bearer sk-typed"));

    std::optional<ApiError> missing;
    draft.keyStorage = KeyStorage::File;
    session().prepareDraft(
        draft, {}, this,
        [&](std::unique_ptr<ProviderClient>, const ApiError &problem) { missing = problem; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->kind, ApiError::Kind::MissingKey);
}

void TestProviderSession::explainsASandboxThatCannotStart()
{
    m_sandbox->setExecutablePath(m_dir->filePath(QStringLiteral("not-there/ajuste-sandbox")));
    ReadyWaiter waiter;
    session().request(QString::fromLatin1(ProviderProfile::SandboxId), this, waiter.callback());
    QVERIFY(waiter.wait());
    QCOMPARE(waiter.ready->error.kind, ApiError::Kind::LocalService);
    QVERIFY2(waiter.ready->error.userMessage.contains(QStringLiteral("Sandbox")),
             qPrintable(waiter.ready->error.userMessage));
    QVERIFY(!waiter.ready->client);
}

QTEST_GUILESS_MAIN(TestProviderSession)
#include "tst_providersession.moc"
