#include "connectiontester.h"

#include "providerfactory.h"

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

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(const ProviderProfile &profile, const QString &key)
{
    cancel();
    if (profile.needsKey() && key.trimmed().isEmpty()) {
        Result result;
        result.error = ApiError::make(ApiError::Kind::InvalidKey);
        result.error.userMessage = tr("No API key is saved for this profile. Paste your key, "
                                      "then test again.");
        QTimer::singleShot(0, this, [this, result] { report(result); });
        return;
    }
    m_client = makeProviderClient(profile, key, m_network);
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
