#pragma once

#include "api/client/apiresult.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <optional>

// Collects an operation's one callback and runs the event loop until it came.
template<typename T>
struct Waiter
{
    std::optional<ApiResult<T>> result;
    int calls = 0;

    ApiDone<T> callback()
    {
        return [this](const ApiResult<T> &value) {
            result = value;
            ++calls;
        };
    }

    bool wait(int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!result && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        return result.has_value();
    }
};

// Runs the event loop for a while (to prove something does NOT happen, e.g. a second call).
inline void spinFor(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
}
