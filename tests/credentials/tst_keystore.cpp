// API keys go to the system keychain when there is one; without one the user is told and the
// key lives only for the session, or in a private file the user chose. A key never lands in
// the settings file.
#include "api/credentials/keystore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString SecretKey = QStringLiteral("sk-test-9f8e7d6c5b4a");

KeyStore::Result waitFor(const std::function<void(KeyStore::Callback)> &operation)
{
    std::optional<KeyStore::Result> result;
    operation([&](const KeyStore::Result &r) { result = r; });
    QDeadlineTimer deadline(15000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result.value_or(KeyStore::Result{KeyStore::Status::Failed, {}, QStringLiteral("no answer")});
}

ProviderProfile profileWith(KeyStorage storage)
{
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.keyStorage = storage;
    return profile;
}

bool keychainExpected()
{
    return qEnvironmentVariable("AJUSTE_EXPECT_KEYCHAIN") == QLatin1String("1");
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip();
    void withoutKeychainKeyIsKeptForTheSession();
    void fileStorageIsPrivateAndSurvivesRestart();
    void sessionKeyIsForgottenOnRestart();
    void profileWithoutKeyReadsEmpty();

private:
    KeyStore::Options options() const
    {
        KeyStore::Options options;
        options.service = QStringLiteral("Ajuste-tests");
        options.filePath = m_dir.filePath(QStringLiteral("keys/api-keys.json"));
        options.timeoutMs = 5000;
        return options;
    }
    QTemporaryDir m_dir;
};

void TestKeyStore::keychainRoundTrip()
{
    KeyStore store(options());
    const ProviderProfile profile = profileWith(KeyStorage::Keychain);
    const KeyStore::Result written = waitFor([&](auto done) {
        store.write(profile.id, SecretKey, KeyStorage::Keychain, done);
    });
    if (written.status == KeyStore::Status::NoKeychain && !keychainExpected())
        QSKIP("No keychain in this environment; the test script runs this inside a private "
              "D-Bus session with gnome-keyring.");
    QCOMPARE(written.status, KeyStore::Status::Ok);

    KeyStore restarted(options()); // no session cache: must come from the keychain
    const KeyStore::Result read = waitFor([&](auto done) { restarted.read(profile, done); });
    QCOMPARE(read.status, KeyStore::Status::Ok);
    QCOMPARE(read.key, SecretKey);
    QVERIFY(!QFile::exists(options().filePath));

    waitFor([&](auto done) { restarted.remove(profile.id, done); });
    KeyStore again(options());
    QCOMPARE(waitFor([&](auto done) { again.read(profile, done); }).status, KeyStore::Status::NotFound);
}

void TestKeyStore::withoutKeychainKeyIsKeptForTheSession()
{
    if (keychainExpected())
        QSKIP("A keychain is available here; ctest runs this case again without a session bus.");
    KeyStore store(options());
    const ProviderProfile profile = profileWith(KeyStorage::Keychain);
    const KeyStore::Result written = waitFor([&](auto done) {
        store.write(profile.id, SecretKey, KeyStorage::Keychain, done);
    });
    QCOMPARE(written.status, KeyStore::Status::NoKeychain);
    QVERIFY(store.keychainUnavailable());
    QVERIFY(written.message.contains(QStringLiteral("keychain")));
    QVERIFY(written.message.contains(QStringLiteral("until you quit")));
    QVERIFY(!written.message.contains(SecretKey));
    const KeyStore::Result read = waitFor([&](auto done) { store.read(profile, done); });
    QCOMPARE(read.status, KeyStore::Status::Ok);
    QCOMPARE(read.key, SecretKey);
    QVERIFY2(!QFile::exists(options().filePath), "nothing may be written to disk without consent");
}

void TestKeyStore::fileStorageIsPrivateAndSurvivesRestart()
{
    const ProviderProfile profile = profileWith(KeyStorage::File);
    {
        KeyStore store(options());
        QCOMPARE(waitFor([&](auto done) { store.write(profile.id, SecretKey, KeyStorage::File, done); }).status,
                 KeyStore::Status::Ok);
    }
    QFile file(options().filePath);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                   | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    KeyStore restarted(options());
    const KeyStore::Result read = waitFor([&](auto done) { restarted.read(profile, done); });
    QCOMPARE(read.status, KeyStore::Status::Ok);
    QCOMPARE(read.key, SecretKey);

    waitFor([&](auto done) { restarted.remove(profile.id, done); });
    KeyStore after(options());
    QCOMPARE(waitFor([&](auto done) { after.read(profile, done); }).status, KeyStore::Status::NotFound);
}

void TestKeyStore::sessionKeyIsForgottenOnRestart()
{
    const ProviderProfile profile = profileWith(KeyStorage::Session);
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        KeyStore store(options());
        waitFor([&](auto done) { store.write(profile.id, SecretKey, KeyStorage::Session, done); });
        QCOMPARE(waitFor([&](auto done) { store.read(profile, done); }).key, SecretKey);
    }
    KeyStore restarted(options());
    const KeyStore::Result read = waitFor([&](auto done) { restarted.read(profile, done); });
    QCOMPARE(read.status, KeyStore::Status::NotFound);
    QVERIFY(!read.message.isEmpty());
    settings.sync();
    QFile raw(settings.fileName());
    if (raw.open(QIODevice::ReadOnly))
        QVERIFY(!raw.readAll().contains(SecretKey.toUtf8()));
}

void TestKeyStore::profileWithoutKeyReadsEmpty()
{
    KeyStore store(options());
    const KeyStore::Result read =
        waitFor([&](auto done) { store.read(ProviderProfile::sandbox(), done); });
    QCOMPARE(read.status, KeyStore::Status::Ok);
    QVERIFY(read.key.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
