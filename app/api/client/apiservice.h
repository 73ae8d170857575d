#pragma once

#include "apicall.h"
#include "apiendpoint.h"
#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"
#include "requestlog.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

// The one place requests leave Ajuste: adds the key header, refuses unencrypted addresses
// before anything is sent, applies timeouts, retries when safe, turns every failure into an
// ApiError and records each attempt (redacted) in the request log. It uses the network access
// manager it is given and never owns a global one.
class ApiService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResponse &response, const ApiError &error)>;
    using StreamSink = std::function<void(const QByteArray &chunk)>;

    ApiService(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent = nullptr);
    ~ApiService() override;

    // Sends `request`; `done` runs once, later, with the final response or error. With a sink,
    // a successful response's body goes to it piece by piece instead of into the response.
    ApiCall *send(ApiRequest request, Done done, StreamSink sink = {});

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const { return m_endpoint.url(path, query); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRequestLog(RequestLog *log) { m_log = log; }
    RequestLog *requestLog() const { return m_log; }
    QNetworkAccessManager *network() const { return m_network; }

    // An HTTP error answer as an ApiError (status, provider message, code, request id).
    static ApiError errorFromHttp(const ApiResponse &response);
    // A successful answer that could not be read (`why`: the parser's complaint), as
    // BadResponse; a web page in place of data is named as such in the details.
    static ApiError unreadableAnswer(const ApiResponse &response, const QString &why);

private:
    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
    RetryPolicy m_retryPolicy;
    QPointer<RequestLog> m_log;
};
