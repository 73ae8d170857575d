#include "connectiontester.h"

#include "providerfactory.h"

#include "api/session/providersession.h"

#include <QTimer>

QString ConnectionTester::Result::message() const
{
    if (ok)
        return tr("Connected. The provider offers %n model(s).", nullptr, modelCount);
    return error.userMessage;
}

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ConnectionTester::ConnectionTester(ProviderSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::missingKeyMessage(const ProviderProfile &profile)
{
    if (profile.name.isEmpty())
        return tr("No API key is saved for this profile. Paste your key, then test again.");
    return tr("No API key is saved for “%1”. Paste your key, then test again.").arg(profile.name);
}

QString ConnectionTester::lockedKeychainMessage(const ProviderProfile &profile)
{
    return tr("No API key could be read for “%1”: the system keychain is locked or not "
              "answering. Paste your key, then test again.")
        .arg(profile.name);
}

void ConnectionTester::test(const ProviderProfile &profile, const QString &key)
{
    cancel();
    ++m_attempt;
    if (profile.needsKey() && key.trimmed().isEmpty()) {
        Result result;
        result.error = ApiError::make(ApiError::Kind::InvalidKey);
        result.error.userMessage = tr("No API key is saved for this profile. Paste your key, "
                                      "then test again.");
        QTimer::singleShot(0, this, [this, result] { report(result); });
        return;
    }
    QNetworkAccessManager *network = m_network ? m_network : m_session->network();
    m_client = makeProviderClient(profile, key, network);
    listModels();
}

void ConnectionTester::testDraft(const ProviderProfile &profile, const QString &typedKey)
{
    if (!m_session) {
        test(profile, typedKey);
        return;
    }
    cancel();
    const quint64 attempt = ++m_attempt;
    m_session->prepareDraft(profile, typedKey, this,
                            [this, attempt, profile](std::unique_ptr<ProviderClient> client, const ApiError &error) {
                                if (attempt != m_attempt)
                                    return; // a newer test replaced this one
                                if (error) {
                                    Result result;
                                    result.error = error;
                                    if (error.kind == ApiError::Kind::MissingKey)
                                        result.error.userMessage = missingKeyMessage(profile);
                                    else if (error.kind == ApiError::Kind::KeychainLocked)
                                        result.error.userMessage = lockedKeychainMessage(profile);
                                    report(result);
                                    return;
                                }
                                m_client = std::move(client);
                                listModels();
                            });
}

void ConnectionTester::listModels()
{
    m_call = m_client->listModels([this](const ApiResult<QList<ModelInfo>> &models) {
        Result result;
        result.ok = models.ok();
        result.modelCount = int(models.value.size());
        result.error = models.error;
        report(result);
    });
}

void ConnectionTester::cancel()
{
    if (m_call)
        m_call->abort();
}

void ConnectionTester::report(const Result &result)
{
    if (result.error.kind == ApiError::Kind::Cancelled)
        return; // replaced by a newer test or cancelled on purpose
    Q_EMIT finished(result);
}
