#pragma once

#include "sandboxoptions.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

class SandboxExchange;

// The faults a test can ask for: random server errors (seeded, so a run repeats), a request
// budget per window answered with 429 and Retry-After once spent, as OpenAI's limits do, and
// OpenAI's refusal of new fine-tuning jobs from organisations it no longer takes.
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxOptions &options);

    // Adds rate-limit headers; answers the exchange with a fault when one is due and then
    // returns true.
    bool intercept(SandboxExchange &exchange);

private:
    bool rateLimited(SandboxExchange &exchange);
    bool refusedFineTuning(SandboxExchange &exchange);

    SandboxOptions m_options;
    QRandomGenerator m_random;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
};
