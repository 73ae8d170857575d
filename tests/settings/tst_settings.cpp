// Preferences and provider profiles survive a restart (a new QSettings on the same file),
// the Sandbox is always there, and no key ever reaches the settings file.
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appSettingsRoundTrip();
    void recentWorkspacesAreMostRecentFirstAndBounded();
    void sandboxIsAlwaysPresentAndDefault();
    void profilesRoundTrip();
    void fineTuningServerRoundTrip();
    void removingDefaultFallsBackToSandbox();
    void sandboxCannotBeRemovedOrOverwritten();
    void onlyEncryptedOrLoopbackAddressesAreSafe_data();
    void onlyEncryptedOrLoopbackAddressesAreSafe();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("ajuste.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::appSettingsRoundTrip()
{
    {
        QSettings raw(settingsPath(), QSettings::IniFormat);
        AppSettings settings(&raw);
        QCOMPARE(settings.language(), QString());
        QVERIFY(!settings.welcomeShown());
        settings.setLanguage(QStringLiteral("pt_BR"));
        settings.setWelcomeShown(true);
        settings.setLastPage(QStringLiteral("jobs"));
        settings.setWindowGeometry(QByteArray("geometry-bytes"));
        settings.setCurrentWorkspace(QStringLiteral("/tmp/a.ajuste"));
    }
    QSettings raw(settingsPath(), QSettings::IniFormat);
    AppSettings settings(&raw);
    QCOMPARE(settings.language(), QStringLiteral("pt_BR"));
    QVERIFY(settings.welcomeShown());
    QCOMPARE(settings.lastPage(), QStringLiteral("jobs"));
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(settings.currentWorkspace(), QStringLiteral("/tmp/a.ajuste"));
}

void TestSettings::recentWorkspacesAreMostRecentFirstAndBounded()
{
    QSettings raw(m_dir.filePath(QStringLiteral("recent.ini")), QSettings::IniFormat);
    AppSettings settings(&raw);
    for (int i = 0; i < AppSettings::MaxRecentWorkspaces + 3; ++i)
        settings.addRecentWorkspace(QStringLiteral("/w/%1.ajuste").arg(i));
    settings.addRecentWorkspace(QStringLiteral("/w/5.ajuste"));
    const QStringList recent = settings.recentWorkspaces();
    QCOMPARE(recent.size(), AppSettings::MaxRecentWorkspaces);
    QCOMPARE(recent.first(), QStringLiteral("/w/5.ajuste"));
    QCOMPARE(recent.count(QStringLiteral("/w/5.ajuste")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/w/0.ajuste")));
    settings.removeRecentWorkspace(QStringLiteral("/w/5.ajuste"));
    QVERIFY(!settings.recentWorkspaces().contains(QStringLiteral("/w/5.ajuste")));
}

void TestSettings::sandboxIsAlwaysPresentAndDefault()
{
    QSettings raw(m_dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    ProfileStore store(&raw);
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profiles().first().isSandbox());
    QVERIFY(store.defaultProfile().isSandbox());
    QVERIFY(!store.defaultProfile().needsKey());
}

void TestSettings::profilesRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
    ProviderProfile openai = ProviderProfile::makeNew(ProviderKind::OpenAI);
    openai.name = QStringLiteral("OpenAI da empresa");
    openai.organization = QStringLiteral("org-123");
    openai.project = QStringLiteral("proj_abc");
    ProviderProfile together = ProviderProfile::makeNew(ProviderKind::Together);
    ProviderProfile ollama = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    {
        QSettings raw(path, QSettings::IniFormat);
        ProfileStore store(&raw);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.save(openai);
        store.save(together);
        store.save(ollama);
        store.setDefaultProfile(together.id);
        QCOMPARE(changed.count(), 4);
        openai.name = QStringLiteral("OpenAI (renamed)");
        store.save(openai); // replaces, does not duplicate
    }
    QSettings raw(path, QSettings::IniFormat);
    ProfileStore store(&raw);
    const QList<ProviderProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 4);
    QCOMPARE(profiles.at(1), openai);
    QCOMPARE(profiles.at(2), together);
    QCOMPARE(profiles.at(3), ollama);
    QCOMPARE(store.defaultProfileId(), together.id);
    QCOMPARE(ollama.keyStorage, KeyStorage::None);
    QCOMPARE(together.baseUrl, QUrl(QStringLiteral("https://api.together.xyz/v1")));
}

void TestSettings::fineTuningServerRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("nebius.ini"));
    ProviderProfile ollama = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    ProviderProfile nebius = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    nebius.baseUrl = QUrl(QStringLiteral("https://api.studio.nebius.com/v1"));
    nebius.fineTuning = true; // "this server can fine-tune"
    nebius.tunableModels = {QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"), QStringLiteral("Qwen/Qwen3-32B")};
    {
        QSettings raw(path, QSettings::IniFormat);
        ProfileStore store(&raw);
        store.save(ollama);
        store.save(nebius);
    }
    QSettings raw(path, QSettings::IniFormat);
    ProfileStore store(&raw);
    QCOMPARE(store.profile(nebius.id), std::optional<ProviderProfile>(nebius));
    QCOMPARE(store.profile(ollama.id), std::optional<ProviderProfile>(ollama));
    QVERIFY(!store.profile(ollama.id)->fineTuning); // off unless turned on
    QVERIFY(!ollama.canFineTune()); // a plain chat server
    QVERIFY(nebius.canFineTune());
    QVERIFY(ProviderProfile::makeNew(ProviderKind::Together).canFineTune());
}

void TestSettings::removingDefaultFallsBackToSandbox()
{
    QSettings raw(m_dir.filePath(QStringLiteral("remove.ini")), QSettings::IniFormat);
    ProfileStore store(&raw);
    const ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::AzureOpenAI);
    store.save(profile);
    store.setDefaultProfile(profile.id);
    QVERIFY(store.remove(profile.id));
    QVERIFY(!store.profile(profile.id));
    QVERIFY(store.defaultProfile().isSandbox());
    QVERIFY(!store.remove(profile.id));
}

void TestSettings::sandboxCannotBeRemovedOrOverwritten()
{
    QSettings raw(m_dir.filePath(QStringLiteral("sandbox.ini")), QSettings::IniFormat);
    ProfileStore store(&raw);
    ProviderProfile fake = ProviderProfile::sandbox();
    fake.name = QStringLiteral("Hijacked");
    store.save(fake);
    QVERIFY(!store.remove(QString::fromLatin1(ProviderProfile::SandboxId)));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, ProviderProfile::sandbox().name);
}

void TestSettings::onlyEncryptedOrLoopbackAddressesAreSafe_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://api.openai.com/v1" << true;
    QTest::newRow("http remote") << "http://api.example.com/v1" << false;
    QTest::newRow("http localhost") << "http://localhost:11434/v1" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/v1" << true;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10/v1" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8000/v1" << true;
    QTest::newRow("http lan") << "http://192.168.0.10:8000/v1" << false;
    QTest::newRow("http lookalike") << "http://127.0.0.1.evil.com/v1" << false;
    QTest::newRow("ftp") << "ftp://localhost/v1" << false;
}

void TestSettings::onlyEncryptedOrLoopbackAddressesAreSafe()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    profile.baseUrl = QUrl(url);
    QCOMPARE(profile.hasSafeAddress(), safe);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
