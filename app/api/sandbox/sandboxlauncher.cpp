#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

const QString programName = QStringLiteral("ajuste-sandbox");

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent) : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(startTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        shutDown();
        fail(tr("The offline Sandbox did not start in time. Try again; if it keeps happening, "
                "restart Ajuste or choose another provider in Settings."));
    });
}

SandboxLauncher::~SandboxLauncher()
{
    shutDown();
}

void SandboxLauncher::setExecutablePath(const QString &path)
{
    m_executablePath = path;
}

QString SandboxLauncher::executablePath() const
{
    if (!m_executablePath.isEmpty())
        return m_executablePath;
    return findExecutable(QCoreApplication::applicationDirPath());
}

void SandboxLauncher::setSpeed(double speed)
{
    m_speed = speed;
}

void SandboxLauncher::setDataDir(const QString &folder)
{
    m_dataDir = folder;
}

QString SandboxLauncher::findExecutable(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    const QStringList folders{dir.absolutePath(), dir.absoluteFilePath(QStringLiteral("sandbox")),
                              dir.absoluteFilePath(QStringLiteral("../sandbox")),
                              dir.absoluteFilePath(QStringLiteral("../libexec/ajuste")),
                              dir.absoluteFilePath(QStringLiteral("../lib/ajuste"))};
    for (const QString &folder : folders) {
        // findExecutable adds the platform's suffix (.exe on Windows) and checks it can run.
        const QString found =
            QStandardPaths::findExecutable(programName, {QDir::cleanPath(folder)});
        if (!found.isEmpty())
            return found;
    }
    return {};
}

qint64 SandboxLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxLauncher::ensureStarted()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    m_restarts = 0;
    m_restartWindow.start();
    launch();
}

void SandboxLauncher::launch()
{
    const QString program = executablePath();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        fail(tr("Ajuste could not find its offline Sandbox program, which should be installed "
                "with it. Reinstall Ajuste, or choose another provider in Settings."));
        return;
    }
    m_state = State::Starting;
    m_baseUrl.clear();
    m_output.clear();
    m_errorOutput.clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errorOutput.append(QString::fromLocal8Bit(m_process->readAllStandardError()));
        m_errorOutput = m_errorOutput.right(4000);
    });
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::handleFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxLauncher::handleError);
    m_startTimeout.start();
    // --exit-with-parent: the Sandbox quits when its standard input ends. QProcess keeps that
    // pipe open until shutDown() closes it, and the system closes it when Ajuste dies in any
    // way (even killed), so the Sandbox never outlives Ajuste.
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                          QString::number(m_speed), QStringLiteral("--exit-with-parent")};
    if (!m_dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << m_dataDir;
    m_process->start(program, arguments);
}

void SandboxLauncher::readOutput()
{
    m_output.append(m_process->readAllStandardOutput());
    if (m_state != State::Starting)
        return;
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0)
        return;
    // The first line is "Sandbox listening on http://127.0.0.1:PORT/v1".
    static const QRegularExpression pattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"));
    const auto match = pattern.match(QString::fromUtf8(m_output.left(end)));
    if (!match.hasMatch()) {
        shutDown();
        fail(tr("The offline Sandbox started but did not say where it listens. Reinstall "
                "Ajuste, or choose another provider in Settings."));
        return;
    }
    m_startTimeout.stop();
    m_baseUrl = QUrl(match.captured(1));
    m_state = State::Running;
    Q_EMIT ready(m_baseUrl);
}

void SandboxLauncher::handleFinished()
{
    if (!m_process || m_state == State::Stopped || m_state == State::Failed)
        return;
    const bool wasRunning = m_state == State::Running;
    m_startTimeout.stop();
    // Why it stopped is worth keeping for whoever reads the log (its error output never holds
    // a key: the Sandbox does not print what it is sent).
    qWarning("The offline Sandbox stopped by itself (%s %d)%s%s",
             m_process->exitStatus() == QProcess::CrashExit ? "crashed, signal" : "exit code",
             m_process->exitCode(), m_errorOutput.isEmpty() ? "" : ": ",
             qPrintable(m_errorOutput.right(2000)));
    m_process->deleteLater();
    m_process = nullptr;
    m_baseUrl.clear();
    if (wasRunning && mayRestart()) {
        launch(); // it stopped by itself: bring it back
        return;
    }
    m_state = State::Stopped;
    fail(wasRunning ? tr("The offline Sandbox stopped several times in a row, so Ajuste stopped "
                         "restarting it. Restart Ajuste, or choose another provider in Settings.")
                    : tr("The offline Sandbox stopped while starting. Restart Ajuste, or choose "
                         "another provider in Settings."));
}

void SandboxLauncher::handleError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes arrive through finished()
    m_startTimeout.stop();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    fail(tr("Ajuste could not start its offline Sandbox program. Check that it is installed "
            "and allowed to run, or choose another provider in Settings."));
}

bool SandboxLauncher::mayRestart()
{
    if (m_restartWindow.elapsed() > restartWindowMs) {
        m_restartWindow.restart();
        m_restarts = 0;
    }
    return ++m_restarts <= maximumRestarts;
}

void SandboxLauncher::fail(const QString &message)
{
    m_state = State::Failed;
    m_baseUrl.clear();
    Q_EMIT failed(message);
}

void SandboxLauncher::stop()
{
    const bool wasActive = m_process != nullptr;
    shutDown();
    m_state = State::Stopped;
    if (wasActive)
        Q_EMIT stopped();
}

void SandboxLauncher::shutDown()
{
    m_startTimeout.stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr; // its finished() is ours, not a crash
    process->disconnect(this);
    // Closing its input asks the Sandbox to quit on its own (it saves and exits cleanly);
    // terminate and kill are for one that does not.
    process->closeWriteChannel();
    if (!process->waitForFinished(3000))
        process->terminate();
    if (process->state() != QProcess::NotRunning && !process->waitForFinished(3000)) {
        process->kill(); // Windows console programs ignore terminate()
        process->waitForFinished(3000);
    }
    delete process;
    m_baseUrl.clear();
}
