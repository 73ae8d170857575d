#pragma once

// What main() gives the Jobs screens (AppContext), over temporary settings, for the GUI tests
// and benches of the jobs list and job page. The Sandbox launcher runs AJUSTE_SANDBOX_PATH
// (started only when a Sandbox profile is used).
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/session/workspacemanager.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "ui/shell/appcontext.h"

#include <QNetworkAccessManager>
#include <QSettings>

struct JobsAppFixture
{
    explicit JobsAppFixture(const QString &folder)
        : raw(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat), settings(&raw),
          profiles(&raw), keys(KeyStore::Options{QStringLiteral("Ajuste-tests"), {}, 3000}),
          prices(QString()), providers(&profiles, &keys, &network, &sandbox)
    {
        settings.setWelcomeShown(true);
        sandbox.setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_PATH));
    }
    // Creates (or opens) a workspace as the session the pages share; false with the reason.
    bool openWorkspace(const QString &path, QString *message)
    {
        Workspace::Error error;
        if (workspaces.open(path, Workspace::OpenMode::CreateIfMissing, &error))
            return true;
        *message = error.message;
        return false;
    }
    AppContext context()
    {
        AppContext context;
        context.settings = &settings;
        context.profiles = &profiles;
        context.keys = &keys;
        context.network = &network;
        context.workspaces = &workspaces;
        context.sandbox = &sandbox;
        context.prices = &prices;
        context.providers = &providers;
        return context;
    }
    QSettings raw;
    AppSettings settings;
    ProfileStore profiles;
    KeyStore keys;
    QNetworkAccessManager network;
    WorkspaceManager workspaces;
    SandboxLauncher sandbox;
    PriceCatalog prices;
    ProviderSession providers;
};

