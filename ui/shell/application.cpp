#include "application.h"

#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "appcontext.h"
#include "core/checks/pricecatalog.h"
#include "core/settings/appsettings.h"
#include "core/settings/localization.h"
#include "core/settings/profilestore.h"
#include "core/workspace/workspacemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

int Application::run(QApplication &app)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ajuste.svg")));
    QSettings settings;
    AppSettings appSettings(&settings);
    Localization::install(app, appSettings.language());

    ProfileStore profiles(&settings);
    KeyStore::Options keyOptions;
    keyOptions.filePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/api-keys.json");
    KeyStore keys(keyOptions);
    QNetworkAccessManager network;
    WorkspaceManager workspaces;
    SandboxLauncher sandbox;
    // Kept between runs, so tuned Sandbox models stay available for the Playground.
    sandbox.setDataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + QStringLiteral("/sandbox"));

    PriceCatalog prices;
    ProviderSession providers(&profiles, &keys, &network, &sandbox);

    AppContext context{&appSettings, &profiles, &keys, &network, &workspaces, &sandbox};
    context.prices = &prices;
    context.providers = &providers;
    MainWindow window(context);
    window.restoreAndShow();
    window.openInitialWorkspace(QApplication::arguments().value(1));
    return QApplication::exec();
}
