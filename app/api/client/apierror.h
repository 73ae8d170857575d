#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

// Every failure of the API layer, in one shape: a kind the code can act on, a message a person
// understands (what happened, why, what to do), and the provider's own words for details.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidKey,       // 401
        PermissionDenied, // 403
        FineTuningClosed, // OpenAI refuses new fine-tuning jobs from this organisation (its
                          // wind-down: existing fine-tuners only, none after 2027-01-06)
        QuotaExhausted,   // 429 insufficient_quota: no credit left; never retried
        RateLimited,      // 429 after the retries ran out
        FileRejected,     // the provider refused an uploaded file
        InvalidRequest,   // other 4xx: a setting the provider did not accept
        NotFound,
        ModelNotFound,
        NetworkDown,      // no connection, host not found, connection refused
        Timeout,
        Tls,              // the secure connection could not be verified
        ServerError,      // 5xx
        Interrupted,      // the connection broke while the answer was arriving
        StreamCut,        // a streamed chat answer ended before it was complete
        BadResponse,      // an answer that could not be read
        Cancelled,
        InsecureAddress,  // http:// to a host other than this computer: refused before sending
        Unsupported,      // this provider does not offer the operation
        LocalFile,        // a file on this computer could not be read
        MissingKey,       // no API key is stored for the profile (ProviderSession)
        LocalService,     // the Sandbox (or another local helper) could not be started
        NoProfile,        // the provider profile asked for does not exist (any more)
        KeychainLocked,   // the system keychain did not give the key (absent, locked, no answer)
    };

    Kind kind = Kind::None;
    QString userMessage;
    QString details;      // the provider's own message, or the network error text
    int httpStatus = 0;   // 0 when no HTTP answer arrived
    QString requestId;    // x-request-id, for support
    QString code;         // the provider's error code, e.g. "insufficient_quota"
    std::chrono::milliseconds retryAfter{0}; // when the provider said how long to wait

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // An error of `kind` with its standard message.
    static ApiError make(Kind kind, const QString &details = {});
    static QString messageFor(Kind kind);
    static QString kindId(Kind kind); // stable English id for logs and tests

    // Removes `secret` from every text a server could have filled (message, details, request
    // id, code): some echo the key back ("Incorrect API key provided: sk-..."), and these texts
    // are shown, logged and stored.
    void redact(const QString &secret);

    // "HTTP 401 · request req_123 · Incorrect API key provided" for a details pane.
    QString detailsText() const;
};
