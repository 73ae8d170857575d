#include "appsettings.h"

#include <QDir>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString WelcomeKey = QStringLiteral("ui/welcomeShown");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastPageKey = QStringLiteral("window/lastPage");
const QString CurrentWorkspaceKey = QStringLiteral("workspace/current");
const QString RecentWorkspacesKey = QStringLiteral("workspace/recent");
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

bool AppSettings::welcomeShown() const
{
    return m_settings->value(WelcomeKey, false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    m_settings->setValue(WelcomeKey, shown);
}

QString AppSettings::currentWorkspace() const
{
    return m_settings->value(CurrentWorkspaceKey).toString();
}

void AppSettings::setCurrentWorkspace(const QString &path)
{
    m_settings->setValue(CurrentWorkspaceKey, path);
}

QStringList AppSettings::recentWorkspaces() const
{
    return m_settings->value(RecentWorkspacesKey).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    const QString clean = QDir::cleanPath(path);
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    m_settings->setValue(RecentWorkspacesKey, recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QDir::cleanPath(path));
    m_settings->setValue(RecentWorkspacesKey, recent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(LastPageKey).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    m_settings->setValue(LastPageKey, page);
}
