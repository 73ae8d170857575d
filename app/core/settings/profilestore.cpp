#include "profilestore.h"

namespace {
const QString ArrayKey = QStringLiteral("providers/profiles");
const QString DefaultKey = QStringLiteral("providers/default");

ProviderProfile readProfile(const QSettings &settings)
{
    ProviderProfile profile;
    profile.id = settings.value(QStringLiteral("id")).toString();
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.kind = ProviderProfile::kindFromId(settings.value(QStringLiteral("kind")).toString());
    profile.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
    profile.organization = settings.value(QStringLiteral("organization")).toString();
    profile.project = settings.value(QStringLiteral("project")).toString();
    profile.keyStorage = ProviderProfile::keyStorageFromId(
        settings.value(QStringLiteral("keyStorage")).toString());
    profile.fineTuning = settings.value(QStringLiteral("fineTuning"), false).toBool();
    profile.tunableModels = settings.value(QStringLiteral("tunableModels")).toStringList();
    return profile;
}

void writeProfile(QSettings &settings, const ProviderProfile &profile)
{
    settings.setValue(QStringLiteral("id"), profile.id);
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("kind"), ProviderProfile::kindId(profile.kind));
    settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
    settings.setValue(QStringLiteral("organization"), profile.organization);
    settings.setValue(QStringLiteral("project"), profile.project);
    settings.setValue(QStringLiteral("keyStorage"), ProviderProfile::keyStorageId(profile.keyStorage));
    settings.setValue(QStringLiteral("fineTuning"), profile.fineTuning);
    settings.setValue(QStringLiteral("tunableModels"), profile.tunableModels);
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ProviderProfile> ProfileStore::profiles() const
{
    QList<ProviderProfile> result{ProviderProfile::sandbox()};
    const int count = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const ProviderProfile profile = readProfile(*m_settings);
        if (!profile.id.isEmpty() && !profile.isSandbox())
            result.append(profile);
    }
    m_settings->endArray();
    return result;
}

std::optional<ProviderProfile> ProfileStore::profile(const QString &id) const
{
    for (const ProviderProfile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::defaultProfileId() const
{
    const QString id = m_settings->value(DefaultKey).toString();
    return profile(id) ? id : QString::fromLatin1(ProviderProfile::SandboxId);
}

ProviderProfile ProfileStore::defaultProfile() const
{
    return profile(defaultProfileId()).value_or(ProviderProfile::sandbox());
}

void ProfileStore::setDefaultProfile(const QString &id)
{
    if (!profile(id) || id == defaultProfileId())
        return;
    m_settings->setValue(DefaultKey, id);
    Q_EMIT profilesChanged();
}

void ProfileStore::save(const ProviderProfile &profile)
{
    if (profile.isSandbox() || profile.id.isEmpty())
        return;
    QList<ProviderProfile> all = profiles();
    auto existing = std::find_if(all.begin(), all.end(),
                                 [&](const ProviderProfile &p) { return p.id == profile.id; });
    if (existing != all.end())
        *existing = profile;
    else
        all.append(profile);
    writeAll(all);
}

bool ProfileStore::remove(const QString &id)
{
    QList<ProviderProfile> all = profiles();
    const auto removed = all.removeIf(
        [&](const ProviderProfile &p) { return p.id == id && !p.isSandbox(); });
    if (removed == 0)
        return false;
    if (m_settings->value(DefaultKey).toString() == id)
        m_settings->remove(DefaultKey);
    writeAll(all);
    return true;
}

void ProfileStore::writeAll(const QList<ProviderProfile> &profiles)
{
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey);
    int index = 0;
    for (const ProviderProfile &profile : profiles) {
        if (profile.isSandbox())
            continue;
        m_settings->setArrayIndex(index++);
        writeProfile(*m_settings, profile);
    }
    m_settings->endArray();
    Q_EMIT profilesChanged();
}
