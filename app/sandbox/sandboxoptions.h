#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How one Sandbox server behaves: where it listens, how fast simulated training runs, and the
// faults it injects so tests can prove the client copes with a misbehaving server.
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    quint16 port = 0;           // 0: any free port
    double speed = 1.0;         // simulated seconds per real second
    QString dataDir;            // empty: state lives in memory only
    int latencyMs = 0;          // delay before every response
    double errorRate = 0.0;     // probability of a random 500
    int rateLimit = 0;          // requests per window before 429; 0: no limit
    int rateWindowSeconds = 60; // length of the rate-limit window
    int cutStreamAfter = -1;    // streamed chat stops after this many chunks; -1: never
    bool truncateJson = false;  // JSON bodies are cut in the middle
    // New fine-tuning jobs are refused with 403, as OpenAI refuses organisations it no longer
    // takes (its wind-down of self-serve fine-tuning).
    bool refuseFineTuning = false;
    quint32 seed = 1;     // seed of the random faults
    bool verbose = false; // one line per request on stderr (never the key)
    // Quit when standard input ends: the program that started us closed it or died. Off by
    // default, so a Sandbox started by hand in a terminal keeps running.
    bool exitWithParent = false;

    // Reads the command line (program name first). On failure returns false and says why in
    // errorMessage; --help and --version are answered by QCommandLineParser itself.
    static bool parse(const QStringList &arguments, SandboxOptions &options, QString &errorMessage);
};
