#pragma once

#include "apierror.h"

#include "core/settings/providerprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiCall;
class ProviderClient;
class QNetworkAccessManager;

// Settings' "Test connection": lists the profile's models and reports success with how many
// there are, or a plain-words error. One test at a time; a new test replaces the previous.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        int modelCount = 0;
        ApiError error;

        QString message() const; // one sentence for the Settings page
    };

    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const ProviderProfile &profile, const QString &key);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void finished(const ConnectionTester::Result &result);

private:
    void report(const Result &result);

    QNetworkAccessManager *m_network;
    std::unique_ptr<ProviderClient> m_client;
    QPointer<ApiCall> m_call;
};
Q_DECLARE_METATYPE(ConnectionTester::Result)
