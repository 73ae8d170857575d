#pragma once

#include "api/client/apierror.h"
#include "api/session/providersession.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>
#include <optional>

class DatasetStore;
class JobStore;
class KeyStore;
class ProfileStore;
class QCommandLineParser;
class QSettings;
class SandboxLauncher;
class Workspace;

// What every `ajuste job` subcommand shares: the provider options (--profile NAME, or
// --base-url URL [--provider openai|together|compatible] with the key in AJUSTE_API_KEY, or
// the Sandbox by default), the optional --workspace, and waiting on the event loop for
// asynchronous answers (a command's run() is synchronous).
//
// The key is read from the environment or the keychain and handed to the client only; it is
// never printed, and messages are the same plain words the window shows.
class JobConnection
{
    Q_DECLARE_TR_FUNCTIONS(JobConnection)

public:
    JobConnection();
    ~JobConnection();

    // Adds --profile, --base-url, --provider and --workspace to a subcommand's parser; a
    // command that reads its examples from the workspace says so in `workspaceHelp`.
    void addOptions(QCommandLineParser &parser, const QString &workspaceHelp = {});
    // Reads them; on bad usage prints why and returns false (exit status 2).
    bool configure(const QCommandLineParser &parser, QTextStream &err);

    // The client of the chosen provider (the Sandbox is started when needed). Prints the
    // reason and returns a non-ready answer when there is none.
    ProviderSession::Ready connect(QTextStream &err);
    // For a command about one job (show, events, cancel, metrics): checks that exactly one id
    // was given, reads the provider options and connects. Returns the exit status to stop
    // with, or nothing with `ready` holding the client.
    std::optional<int> connectForOneJob(const QCommandLineParser &parser, const QString &usage,
                                        QTextStream &err, ProviderSession::Ready *ready);
    ProviderSession *session() const { return m_session.get(); }
    // The profile the jobs are recorded under (a saved profile, even with --base-url when
    // one has that address).
    QString profileId() const { return m_profileId; }

    // The workspace named by --workspace (opened by configure()), or, when `temporary` and
    // there is none, a private workspace for this run only; nullptr when neither.
    Workspace *workspace() const { return m_workspace.get(); }
    bool hasWorkspaceOption() const { return m_workspaceNamed; }
    bool openTemporaryWorkspace(QTextStream &err);
    JobStore *jobStore() const { return m_jobs.get(); }
    // With --workspace: stores the provider's newer view of a job the workspace knows.
    void updateRecord(const Job &job);
    DatasetStore *datasetStore() const { return m_datasets.get(); }

    // Prints a failure as the window says it, with its details on a second line.
    static void printError(QTextStream &err, const ApiError &error);
    // 2 when the provider could not be reached or used at all, or the request was refused
    // before anything was sent (bad usage); 1 when the provider refused or failed.
    static int exitStatusFor(const ApiError &error);

    // Runs the event loop until quit() (or until `done` already says so).
    class Wait
    {
    public:
        void quit();
        void exec();
        bool isDone() const { return m_done; }

    private:
        QEventLoop m_loop;
        bool m_done = false;
    };

private:
    bool configureBaseUrl(const QString &url, const QString &provider, QTextStream &err);
    bool configureProfile(const QString &name, QTextStream &err);
    bool applyTimeout(const QCommandLineParser &parser, QTextStream &err);
    bool openWorkspace(const QString &path, QTextStream &err);
    void makeSession();

    QCommandLineOption m_profileOption;
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_providerOption;
    QCommandLineOption m_workspaceOption;
    QCommandLineOption m_timeoutOption;
    std::unique_ptr<QTemporaryDir> m_scratch; // outlives the settings and workspace in it
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderSession> m_session;
    QString m_profileId;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<DatasetStore> m_datasets;
    bool m_workspaceNamed = false;
};
