#pragma once

#include "apierror.h"

#include "core/settings/providerprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiCall;
class ProviderClient;
class ProviderSession;
class QNetworkAccessManager;

// Settings' "Test connection": lists the profile's models and reports success with how many
// there are, or a plain-words error. One test at a time; a new test replaces the previous.
// With a ProviderSession, testDraft() prepares the profile as the rest of Ajuste does (starts
// the Sandbox, reads the stored key unless one was typed) before asking.
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
    explicit ConnectionTester(ProviderSession *session, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Tests with exactly this profile and key (the Sandbox's address must already be in it).
    void test(const ProviderProfile &profile, const QString &key);
    // Tests a profile as edited in Settings, not yet saved, with the key typed there (empty:
    // the stored one), through the session. Without a session it is test(profile, typedKey).
    void testDraft(const ProviderProfile &profile, const QString &typedKey);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void finished(const ConnectionTester::Result &result);

private:
    void report(const Result &result);
    void listModels();
    static QString missingKeyMessage(const ProviderProfile &profile);
    static QString lockedKeychainMessage(const ProviderProfile &profile);

    QNetworkAccessManager *m_network = nullptr;
    ProviderSession *m_session = nullptr;
    quint64 m_attempt = 0; // a newer test makes the answers of older ones irrelevant
    std::unique_ptr<ProviderClient> m_client;
    QPointer<ApiCall> m_call;
};
Q_DECLARE_METATYPE(ConnectionTester::Result)
