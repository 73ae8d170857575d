#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"

#include <chrono>
#include <optional>

// When a failed request is sent again and after how long. Matches OpenAI's SDKs: connection
// errors, 408, 409, 429 and 5xx are retried; other 4xx never; the server may decide with
// `x-should-retry`; its `retry-after-ms`/`retry-after` wins when reasonable; otherwise
// min(base × 2^attempt, max) minus up to 25 % jitter. Writes that are not idempotent are only
// resent when the server cannot have acted on them (429, a refused connection, or
// `x-should-retry: true`). Exhausted quota is never retried: waiting does not add credit.
struct RetryPolicy
{
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    std::chrono::milliseconds maxRetryAfter{60000}; // longer waits are reported, not slept
    // When set, no attempt waits longer than this for the server, whatever the request's own
    // timeouts say: for tests, which cannot wait a minute per silent server. 0 = no cap.
    std::chrono::milliseconds timeoutCap{0};

    struct Failure
    {
        const ApiRequest *request = nullptr;
        const ApiResponse *response = nullptr; // status 0 when no answer arrived
        const ApiError *error = nullptr;
        bool bodyDelivered = false; // a stream already handed data to its reader
    };

    // A request's timeout (milliseconds, > 0) under timeoutCap.
    int timeout(int requestedMs) const;

    bool shouldRetry(const Failure &failure, int retriesDone) const;
    // The wait before retry number `retriesDone + 1`.
    std::chrono::milliseconds delay(const ApiResponse &response, int retriesDone) const;
    // The server's own wait, when it sent one (retry-after-ms, retry-after seconds or date).
    static std::optional<std::chrono::milliseconds> serverDelay(const ApiResponse &response);
};
