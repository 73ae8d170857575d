#include "faultinjector.h"

#include "sandboxexchange.h"

#include <cmath>

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_options(options), m_random(options.seed)
{
    m_window.start();
}

bool FaultInjector::intercept(SandboxExchange &exchange)
{
    if (rateLimited(exchange))
        return true;
    if (refusedFineTuning(exchange))
        return true;
    if (m_options.errorRate > 0 && m_random.generateDouble() < m_options.errorRate) {
        exchange.sendError(500,
                           QStringLiteral("The server had an error while processing your "
                                          "request. Sorry about that!"),
                           QStringLiteral("server_error"));
        return true;
    }
    return false;
}

bool FaultInjector::rateLimited(SandboxExchange &exchange)
{
    if (m_options.rateLimit <= 0)
        return false;
    const qint64 windowMs = qint64(m_options.rateWindowSeconds) * 1000;
    if (m_window.elapsed() >= windowMs) {
        m_window.restart();
        m_requestsInWindow = 0;
    }
    const int resetSeconds = int(std::ceil(double(windowMs - m_window.elapsed()) / 1000.0));
    const bool refused = m_requestsInWindow >= m_options.rateLimit;
    if (!refused)
        ++m_requestsInWindow;
    const QByteArray reset =
        QByteArray::number(resetSeconds / 60) + "m" + QByteArray::number(resetSeconds % 60) + "s";
    exchange.addHeader("x-ratelimit-limit-requests", QByteArray::number(m_options.rateLimit));
    exchange.addHeader("x-ratelimit-remaining-requests",
                       QByteArray::number(m_options.rateLimit - m_requestsInWindow));
    exchange.addHeader("x-ratelimit-reset-requests", reset);
    if (!refused)
        return false;
    exchange.addHeader("Retry-After", QByteArray::number(std::max(1, resetSeconds)));
    exchange.sendError(429,
                       QStringLiteral("Rate limit reached for requests (limit %1 per %2 s). "
                                      "Please try again in %3s.")
                           .arg(m_options.rateLimit)
                           .arg(m_options.rateWindowSeconds)
                           .arg(std::max(1, resetSeconds)),
                       QStringLiteral("requests"), QString(),
                       QStringLiteral("rate_limit_exceeded"));
    return true;
}

bool FaultInjector::refusedFineTuning(SandboxExchange &exchange)
{
    if (!m_options.refuseFineTuning || exchange.method() != "POST" ||
        exchange.path() != QLatin1String("/v1/fine_tuning/jobs"))
        return false;
    // OpenAI's error shape with a 403, as it answers organisations that may no longer start
    // fine-tuning jobs; the wording is the Sandbox's own.
    exchange.sendError(403,
                       QStringLiteral("Fine-tuning is no longer available to this organization: "
                                      "new fine-tuning jobs are accepted only from organizations "
                                      "that already fine-tune models."),
                       QStringLiteral("invalid_request_error"), QString(),
                       QStringLiteral("fine_tuning_not_available"));
    return true;
}
