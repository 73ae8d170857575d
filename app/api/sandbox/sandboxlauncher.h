#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Starts the offline Sandbox (the ajuste-sandbox program installed next to Ajuste) on demand,
// on a free loopback port, and hands out its base URL. Restarts it if it stops unexpectedly,
// stops it when the launcher is destroyed, and explains in plain words when it cannot run.
// Client-side only: it talks to the program through its command line, never its code.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    static constexpr int startTimeoutMs = 15000;
    static constexpr int maximumRestarts = 3; // within restartWindowMs, then give up
    static constexpr int restartWindowMs = 60000;

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The program to run; when empty, it is looked for next to the application.
    void setExecutablePath(const QString &path);
    QString executablePath() const;
    // Simulated seconds per real second (1 by default: a small job takes a few minutes).
    void setSpeed(double speed);
    // Folder where the Sandbox keeps its files and jobs between runs; empty: memory only.
    void setDataDir(const QString &folder);

    // Where ajuste-sandbox is, given the folder of the running program: beside it (installed),
    // in ../sandbox (the build tree: build/app/ajuste and build/app/sandbox/ajuste-sandbox), or
    // in ../libexec/ajuste or ../lib/ajuste. Empty when it is nowhere.
    static QString findExecutable(const QString &applicationDir);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // http://127.0.0.1:PORT/v1 while running; empty otherwise. The port changes on a restart.
    QUrl baseUrl() const { return m_baseUrl; }
    // The program's own error output from the last failure, for a details pane.
    QString lastErrorDetails() const { return m_errorOutput; }
    qint64 processId() const;

    // Starts the Sandbox unless it runs or is starting; ready() or failed() follows.
    void ensureStarted();
    // Stops the Sandbox; it is not restarted.
    void stop();

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);
    void stopped();

private:
    void launch();
    void readOutput();
    void handleFinished();
    void handleError(QProcess::ProcessError error);
    void fail(const QString &message);
    bool mayRestart();
    void shutDown();

    QProcess *m_process = nullptr;
    QString m_executablePath;
    double m_speed = 1.0;
    QString m_dataDir;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QByteArray m_output;
    QString m_errorOutput;
    QTimer m_startTimeout;
    QElapsedTimer m_restartWindow;
    int m_restarts = 0;
};
