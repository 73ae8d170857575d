#include "jobconnection.h"

#include "api/client/retrypolicy.h"
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "cli/clicommand.h"
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

constexpr auto keyVariable = "AJUSTE_API_KEY";

QString appDataPath(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           name;
}

// The address as the user typed it, without a trailing slash, to compare two of them.
QString comparableUrl(const QUrl &url)
{
    QString text = url.adjusted(QUrl::NormalizePathSegments).toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

void JobConnection::Wait::quit()
{
    m_done = true;
    m_loop.quit();
}

void JobConnection::Wait::exec()
{
    if (!m_done)
        m_loop.exec();
}

JobConnection::JobConnection()
    : m_profileOption(QStringLiteral("profile"),
                      tr("The saved provider profile to use (its name in Settings); its key "
                         "comes from the keychain."),
                      tr("NAME")),
      m_baseUrlOption(QStringLiteral("base-url"),
                      tr("The provider's address, for a provider with no saved profile; the "
                         "key is read from the AJUSTE_API_KEY environment variable."),
                      tr("URL")),
      m_providerOption(QStringLiteral("provider"),
                       tr("With --base-url: openai (OpenAI's API, the default), together "
                          "(Together AI's) or compatible (an OpenAI-compatible service that "
                          "offers OpenAI's fine-tuning API)."),
                       tr("KIND")),
      m_workspaceOption(QStringLiteral("workspace"),
                        tr("A workspace to record the job in, so the window shows it."), tr("FILE")),
      m_timeoutOption(QStringLiteral("timeout"),
                      tr("Give up on a provider that has not answered for this many seconds, at "
                         "each attempt (by default up to a minute, longer for uploads)."),
                      tr("SECONDS"))
{
}

JobConnection::~JobConnection()
{
    // The session's clients go before the network they use.
    m_session.reset();
}

void JobConnection::addOptions(QCommandLineParser &parser, const QString &workspaceHelp)
{
    if (!workspaceHelp.isEmpty())
        m_workspaceOption.setDescription(workspaceHelp);
    parser.addOptions(
        {m_profileOption, m_baseUrlOption, m_providerOption, m_workspaceOption, m_timeoutOption});
}

bool JobConnection::configure(const QCommandLineParser &parser, QTextStream &err)
{
    if (parser.isSet(m_workspaceOption) && !openWorkspace(parser.value(m_workspaceOption), err))
        return false;
    if (parser.isSet(m_profileOption) && parser.isSet(m_baseUrlOption)) {
        err << tr("Use either --profile or --base-url, not both.") << '\n';
        return false;
    }
    if (parser.isSet(m_providerOption) && !parser.isSet(m_baseUrlOption)) {
        err << tr("--provider goes with --base-url: a saved profile already knows its "
                  "provider.")
            << '\n';
        return false;
    }
    const bool configured =
        parser.isSet(m_baseUrlOption)
            ? configureBaseUrl(parser.value(m_baseUrlOption), parser.value(m_providerOption), err)
            : configureProfile(parser.value(m_profileOption), err);
    return configured && applyTimeout(parser, err);
}

// --timeout: a script's bound on a silent provider; every attempt waits at most that long.
bool JobConnection::applyTimeout(const QCommandLineParser &parser, QTextStream &err)
{
    if (!parser.isSet(m_timeoutOption))
        return true;
    bool ok = false;
    const double seconds = parser.value(m_timeoutOption).toDouble(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        err << tr("--timeout needs a number of seconds from 1 to 3600.") << '\n';
        return false;
    }
    RetryPolicy policy;
    policy.timeoutCap = std::chrono::milliseconds(qint64(seconds * 1000));
    m_session->setRetryPolicy(policy);
    return true;
}

bool JobConnection::openWorkspace(const QString &path, QTextStream &err)
{
    Workspace::Error error;
    m_workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!m_workspace) {
        err << error.message << '\n';
        return false;
    }
    m_workspaceNamed = true;
    m_jobs = std::make_unique<JobStore>(m_workspace.get());
    m_datasets = std::make_unique<DatasetStore>(m_workspace.get());
    return true;
}

bool JobConnection::openTemporaryWorkspace(QTextStream &err)
{
    if (m_workspace)
        return true;
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>();
    Workspace::Error error;
    m_workspace = Workspace::open(m_scratch->filePath(QStringLiteral("run.ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    if (!m_workspace) {
        err << error.message << '\n';
        return false;
    }
    m_jobs = std::make_unique<JobStore>(m_workspace.get());
    m_datasets = std::make_unique<DatasetStore>(m_workspace.get());
    return true;
}

bool JobConnection::configureProfile(const QString &name, QTextStream &err)
{
    // The profiles and keys the window uses; the Sandbox keeps its jobs where the window's
    // does, so a job started here is still there for the window.
    m_settings = std::make_unique<QSettings>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    KeyStore::Options keyOptions;
    keyOptions.filePath = appDataPath(QStringLiteral("api-keys.json"));
    m_keys = std::make_unique<KeyStore>(keyOptions);
    m_sandbox = std::make_unique<SandboxLauncher>();
    m_sandbox->setDataDir(appDataPath(QStringLiteral("sandbox")));
    if (name.isEmpty()) {
        m_profileId = QString::fromLatin1(ProviderProfile::SandboxId);
    } else {
        const QList<ProviderProfile> profiles = m_profiles->profiles();
        for (const ProviderProfile &profile : profiles) {
            if (profile.id == name || profile.name.compare(name, Qt::CaseInsensitive) == 0) {
                m_profileId = profile.id;
                break;
            }
        }
        if (m_profileId.isEmpty()) {
            QStringList names;
            for (const ProviderProfile &profile : profiles)
                names.append(profile.name);
            err << tr("There is no provider profile “%1”. The saved profiles are: %2.")
                       .arg(name, names.join(QStringLiteral(", ")))
                << '\n';
            return false;
        }
    }
    makeSession();
    return true;
}

bool JobConnection::configureBaseUrl(const QString &url, const QString &provider, QTextStream &err)
{
    const QUrl address = QUrl::fromUserInput(url);
    if (!address.isValid() || address.scheme().isEmpty() || address.host().isEmpty()) {
        err << tr("“%1” is not a web address. Give the provider's API address, for example "
                  "--base-url https://api.openai.com/v1.")
                   .arg(url)
            << '\n';
        return false;
    }
    ProviderKind kind = ProviderKind::OpenAI;
    if (provider == QLatin1String("together"))
        kind = ProviderKind::Together;
    else if (provider == QLatin1String("compatible"))
        kind = ProviderKind::OpenAICompatible;
    else if (!provider.isEmpty() && provider != QLatin1String("openai")) {
        err << tr("“%1” is not a provider Ajuste knows. Use --provider openai, together or "
                  "compatible.")
                   .arg(provider)
            << '\n';
        return false;
    }
    const QString key = qEnvironmentVariable(keyVariable).trimmed();
    ProviderProfile profile = ProviderProfile::makeNew(kind);
    profile.baseUrl = address;
    profile.name = address.host();
    profile.fineTuning = kind == ProviderKind::OpenAICompatible;
    profile.keyStorage = key.isEmpty() ? KeyStorage::None : KeyStorage::Session;
    if (key.isEmpty() && kind != ProviderKind::OpenAICompatible) {
        err << tr("Put the API key in the AJUSTE_API_KEY environment variable, or use "
                  "--profile with a profile saved in Settings.")
            << '\n';
        return false;
    }
    // Recorded under the saved profile with this address, when there is one, so the window
    // can follow the job; otherwise under an id of the address, the same on every run. The
    // key stays the one given here, for this run only.
    profile.id =
        QStringLiteral("address-") +
        QString::fromLatin1(QCryptographicHash::hash((ProviderProfile::kindId(kind) +
                                                      QLatin1Char(' ') + comparableUrl(address))
                                                         .toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(12));
    QSettings saved;
    const ProfileStore savedProfiles(&saved);
    for (const ProviderProfile &known : savedProfiles.profiles()) {
        if (known.kind == kind && comparableUrl(known.baseUrl) == comparableUrl(address)) {
            profile.id = known.id;
            profile.name = known.name;
            break;
        }
    }
    m_scratch = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("profiles.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_profiles->save(profile);
    m_keys = std::make_unique<KeyStore>(KeyStore::Options{});
    if (!key.isEmpty())
        m_keys->write(profile.id, key, KeyStorage::Session, [](const KeyStore::Result &) {});
    m_profileId = profile.id;
    makeSession();
    return true;
}

void JobConnection::updateRecord(const Job &job)
{
    if (!m_workspaceNamed || !m_jobs)
        return;
    const JobRecord known = m_jobs->jobByProviderId(m_profileId, job.id);
    if (known.id != 0)
        m_jobs->updateJob(known.id, job);
}

void JobConnection::makeSession()
{
    m_session = std::make_unique<ProviderSession>(m_profiles.get(), m_keys.get(), &m_network,
                                                  m_sandbox.get());
}

ProviderSession::Ready JobConnection::connect(QTextStream &err)
{
    ProviderSession::Ready answer;
    Wait wait;
    m_session->request(m_profileId, nullptr, [&](const ProviderSession::Ready &ready) {
        answer = ready;
        wait.quit();
    });
    wait.exec();
    if (!answer.ok())
        printError(err, answer.error);
    return answer;
}

void JobConnection::printError(QTextStream &err, const ApiError &error)
{
    err << error.userMessage << '\n';
    const QString details = error.detailsText();
    if (!details.isEmpty() && details != error.userMessage)
        err << tr("Details: %1").arg(details) << '\n';
    err.flush();
}

int JobConnection::exitStatusFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::NetworkDown:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureAddress:
    case ApiError::Kind::LocalService:
    case ApiError::Kind::MissingKey:
    case ApiError::Kind::NoProfile:
    case ApiError::Kind::KeychainLocked:
    case ApiError::Kind::LocalFile:
        return 2;
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::Unsupported:
        // Refused before anything was sent: a setting or kind of training this provider does
        // not take is bad usage; the provider's own refusal is a failure.
        return error.httpStatus == 0 ? 2 : 1;
    default:
        return 1;
    }
}

std::optional<int> JobConnection::connectForOneJob(const QCommandLineParser &parser,
                                                   const QString &usage, QTextStream &err,
                                                   ProviderSession::Ready *ready)
{
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give the id of one job.") << '\n' << usage;
        return CliCommand::Unusable;
    }
    if (!configure(parser, err))
        return CliCommand::Unusable;
    *ready = connect(err);
    if (!ready->ok())
        return exitStatusFor(ready->error);
    return std::nullopt;
}
