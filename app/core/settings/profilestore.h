#pragma once

#include "providerprofile.h"

#include <QObject>
#include <QSettings>

#include <optional>

// The user's provider profiles, kept in QSettings (never their keys). The Sandbox profile
// always exists and cannot be removed, so there is always somewhere to try things.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ProviderProfile> profiles() const;
    std::optional<ProviderProfile> profile(const QString &id) const;

    QString defaultProfileId() const;
    ProviderProfile defaultProfile() const;
    void setDefaultProfile(const QString &id);

    // Adds the profile, or replaces the one with the same id.
    void save(const ProviderProfile &profile);
    // Removes a profile; the Sandbox cannot be removed. Returns whether anything was removed.
    bool remove(const QString &id);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeAll(const QList<ProviderProfile> &profiles);

    QSettings *m_settings;
};
