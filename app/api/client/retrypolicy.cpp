#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {
bool isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

// A wait the server asked for, in milliseconds, as a duration. Absurd values ("1e60", "inf")
// are held at a year: converting them as they are would overflow (undefined behaviour), and any
// wait that long is reported to the user rather than slept anyway. Found by fuzz_retryafter.
std::chrono::milliseconds heldDelay(double milliseconds)
{
    constexpr double year = 365.0 * 24 * 3600 * 1000;
    return std::chrono::milliseconds(qint64(std::min(milliseconds, year)));
}

// Failures where the request surely never reached the server's application.
bool neverReachedServer(ApiError::Kind kind)
{
    return kind == ApiError::Kind::NetworkDown;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    return QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toUTC();
}
} // namespace

int RetryPolicy::timeout(int requestedMs) const
{
    if (timeoutCap.count() <= 0)
        return requestedMs;
    return int(std::min<qint64>(requestedMs, timeoutCap.count()));
}

bool RetryPolicy::shouldRetry(const Failure &failure, int retriesDone) const
{
    const ApiRequest &request = *failure.request;
    const ApiError &error = *failure.error;
    if (retriesDone >= request.maxRetries || failure.bodyDelivered)
        return false;
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::QuotaExhausted:
    case ApiError::Kind::InsecureAddress:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Unsupported:
        return false;
    default:
        break;
    }
    // An HTTP error answer; a 2xx whose body broke off is a network failure like any other.
    const int status = failure.response ? failure.response->httpStatus : 0;
    if (status >= 400) {
        const QByteArray should = failure.response->header("x-should-retry").trimmed().toLower();
        if (should == "false")
            return false;
        if (should == "true")
            return true;
        if (const auto wait = serverDelay(*failure.response); wait && *wait > maxRetryAfter)
            return false;
        if (!isRetryableStatus(status))
            return false;
        return request.idempotent || status == 429;
    }
    if (error.kind == ApiError::Kind::BadResponse)
        return false;
    return request.idempotent || neverReachedServer(error.kind);
}

std::chrono::milliseconds RetryPolicy::delay(const ApiResponse &response, int retriesDone) const
{
    if (const auto wait = serverDelay(response); wait && *wait >= std::chrono::milliseconds(0)
                                                 && *wait <= maxRetryAfter)
        return *wait;
    const double exponential = double(baseDelay.count()) * std::pow(2.0, retriesDone);
    const double capped = std::min(exponential, double(maxDelay.count()));
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(capped * jitter));
}

std::optional<std::chrono::milliseconds> RetryPolicy::serverDelay(const ApiResponse &response)
{
    bool ok = false;
    const double ms = response.header("retry-after-ms").trimmed().toDouble(&ok);
    if (ok && ms >= 0)
        return heldDelay(ms);
    const QByteArray retryAfter = response.header("retry-after").trimmed();
    if (retryAfter.isEmpty())
        return std::nullopt;
    const double seconds = retryAfter.toDouble(&ok);
    if (ok && seconds >= 0)
        return heldDelay(seconds * 1000);
    const QDateTime when = parseHttpDate(retryAfter);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}
