#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The application's own preferences, typed, with their defaults in one place. Provider
// profiles have their own store (ProfileStore); secrets never come here.
class AppSettings
{
public:
    // Uses the given settings object (tests pass one in a temporary location).
    explicit AppSettings(QSettings *settings);

    // "" follows the system language; otherwise a locale name such as "pt_BR" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    QString currentWorkspace() const;
    void setCurrentWorkspace(const QString &path);

    static constexpr int MaxRecentWorkspaces = 8;
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastPage() const;
    void setLastPage(const QString &page);

    QSettings *raw() const { return m_settings; }

private:
    QSettings *m_settings;
};
