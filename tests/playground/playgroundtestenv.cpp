#include "playgroundtestenv.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

PlaygroundTestEnv::PlaygroundTestEnv()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ajuste.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    KeyStore::Options keyOptions;
    keyOptions.service = QStringLiteral("Ajuste-tests");
    keyOptions.filePath = m_dir.filePath(QStringLiteral("no-keys-here.json"));
    keyOptions.timeoutMs = 3000;
    m_keys = std::make_unique<KeyStore>(keyOptions);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<SandboxLauncher>();
    m_sandbox->setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_BINARY));
    m_sandbox->setSpeed(1000);
    m_prices = std::make_unique<PriceCatalog>(QString());
    m_providers = std::make_unique<ProviderSession>(m_profiles.get(), m_keys.get(), m_network.get(),
                                                    m_sandbox.get());
}

PlaygroundTestEnv::~PlaygroundTestEnv()
{
    m_providers.reset();
    for (const auto &process : m_extra) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

QString PlaygroundTestEnv::startSandboxProfile(const QString &name, const QStringList &flags)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(AJUSTE_SANDBOX_BINARY));
    process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--speed"), QStringLiteral("1000")} +
                          flags);
    process->start();
    if (!process->waitForStarted(10000))
        return {};
    static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"));
    QByteArray out;
    QUrl baseUrl;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && !baseUrl.isValid()) {
        process->waitForReadyRead(200);
        out += process->readAllStandardOutput();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(out));
        if (match.hasMatch())
            baseUrl = QUrl(match.captured(1));
        else if (process->state() != QProcess::Running)
            return {};
    }
    if (!baseUrl.isValid())
        return {};
    m_extra.push_back(std::move(process));
    return addProfile(name, baseUrl);
}

QString PlaygroundTestEnv::addProfile(const QString &name, const QUrl &baseUrl)
{
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.keyStorage = KeyStorage::Session; // never the real keychain in a test
    m_profiles->save(profile);
    bool written = false;
    m_keys->write(profile.id, QStringLiteral("sk-test"), KeyStorage::Session,
                  [&written](const KeyStore::Result &) { written = true; });
    QDeadlineTimer keyDeadline(5000);
    while (!written && !keyDeadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return written ? profile.id : QString();
}
