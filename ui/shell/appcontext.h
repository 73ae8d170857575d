#pragma once

class AppSettings;
class KeyStore;
class PriceCatalog;
class ProfileStore;
class ProviderSession;
class QNetworkAccessManager;
class SandboxLauncher;
class WorkspaceManager;

// The long-lived objects main() builds once and hands down to the window and its pages.
// Not a singleton: tests build their own with temporary settings.
struct AppContext
{
    AppSettings *settings = nullptr;
    ProfileStore *profiles = nullptr;
    KeyStore *keys = nullptr;
    QNetworkAccessManager *network = nullptr;
    WorkspaceManager *workspaces = nullptr;
    SandboxLauncher *sandbox = nullptr;   // started on demand for the Sandbox profile
    PriceCatalog *prices = nullptr;       // the prices every estimate uses (Settings ▸ Prices)
    ProviderSession *providers = nullptr; // a ready client per profile (api/session)
};
