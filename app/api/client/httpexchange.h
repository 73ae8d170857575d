#pragma once

#include "apicall.h"
#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"
#include "apiservice.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkReply;

// One request of ApiService through all its attempts: sends, watches the three timeouts,
// classifies the outcome, waits and resends when the retry policy allows, then reports once.
class HttpExchange : public ApiCall
{
    Q_OBJECT // so qobject_cast tells an exchange from a plain (chained) ApiCall

public:
    HttpExchange(ApiService *service, ApiRequest request, ApiService::Done done,
                 ApiService::StreamSink sink);
    ~HttpExchange() override;

    void start();
    // The service is going away: end without calling back.
    void silence();

protected:
    void abortWork() override;

private:
    enum class Stop { None, Cancelled, ConnectTimeout, TotalTimeout, IdleTimeout, TooLarge };

    void sendAttempt();
    QNetworkReply *issue();
    void watch(QNetworkReply *reply);
    void onReadyRead();
    void onActivity();
    bool withinLimit(qint64 more);
    void onFinished();
    ApiError classify(const ApiResponse &response) const;
    ApiError networkError(const ApiResponse &response) const;
    void stopWith(Stop reason);
    void log(const ApiResponse &response, const ApiError &error);
    void deliver(const ApiResponse &response, const ApiError &error);
    void deliverLater(const ApiError &error);

    ApiService *m_service;
    ApiRequest m_request;
    ApiService::Done m_done;
    ApiService::StreamSink m_sink;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // what arrived so far, unless a sink takes it
    qint64 m_bodyBytes = 0;
    QStringList m_sslErrors;
    int m_networkError = 0; // QNetworkReply::NetworkError of the finished attempt
    QString m_networkErrorText;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    Stop m_stop = Stop::None;
    int m_retriesDone = 0;
    bool m_bodyDelivered = false;
    bool m_silent = false;
};
