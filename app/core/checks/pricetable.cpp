#include "pricetable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

QString PriceTable::defaultOverridePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/prices.json");
}

PriceTable PriceTable::load(const QString &overridePath)
{
    PriceTable table;
    table.loadShipped();
    if (!overridePath.isEmpty() && QFile::exists(overridePath))
        table.loadOverrides(overridePath);
    return table;
}

QList<ModelPrice> PriceTable::parse(const QByteArray &json, QString *errorText)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorText)
            *errorText = error.errorString();
        return {};
    }
    QList<ModelPrice> prices;
    for (const QJsonValue &value : document.object().value(QLatin1String("models")).toArray()) {
        ModelPrice price = ModelPrice::fromJson(value.toObject());
        if (!price.model.isEmpty())
            prices.append(price);
    }
    return prices;
}

QByteArray PriceTable::serialize(const QList<ModelPrice> &prices)
{
    QJsonArray models;
    for (const ModelPrice &price : prices)
        models.append(price.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("currency"), QStringLiteral("USD")},
                           {QStringLiteral("models"), models}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PriceTable::loadShipped(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The price list %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QString detail;
    const QByteArray json = file.readAll();
    m_shipped = parse(json, &detail);
    if (!detail.isEmpty()) {
        m_error = tr("The price list %1 is damaged: %2").arg(path, detail);
        return false;
    }
    m_readOn = QJsonDocument::fromJson(json).object().value(QLatin1String("read_on")).toString();
    return true;
}

bool PriceTable::loadOverrides(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Your own prices in %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QString detail;
    const QList<ModelPrice> prices = parse(file.readAll(), &detail);
    if (!detail.isEmpty()) {
        m_error = tr("Your own prices in %1 are damaged, so the shipped prices are used: %2")
                      .arg(path, detail);
        return false;
    }
    m_overrides = prices;
    return true;
}

bool PriceTable::saveOverrides(const QString &path) const
{
    if (m_overrides.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_error =
                tr("Your own prices in %1 cannot be removed.").arg(path);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(m_overrides)) < 0
        || !file.commit()) {
        m_error =
            tr("Your prices cannot be saved in %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<ModelPrice> PriceTable::shippedFor(const QString &key) const
{
    for (const ModelPrice &price : m_shipped) {
        if (price.key() == key)
            return price;
    }
    return std::nullopt;
}

QList<ModelPrice> PriceTable::models() const
{
    QList<ModelPrice> all = m_shipped;
    for (const ModelPrice &own : m_overrides) {
        auto it = std::find_if(all.begin(), all.end(),
                               [&](const ModelPrice &price) { return price.key() == own.key(); });
        if (it != all.end()) {
            // Deadlines are the provider's facts: an override file (older ones have none)
            // never hides the shipped ones.
            const ModelPrice shipped = *it;
            *it = own;
            if (!shipped.acceptsNewJobsUntil.isEmpty())
                it->acceptsNewJobsUntil = shipped.acceptsNewJobsUntil;
            if (!shipped.shutdownDate.isEmpty())
                it->shutdownDate = shipped.shutdownDate;
        } else
            all.append(own);
    }
    return all;
}

bool PriceTable::isOverridden(const ModelPrice &price) const
{
    return std::any_of(m_overrides.cbegin(), m_overrides.cend(),
                       [&](const ModelPrice &own) { return own.key() == price.key(); });
}

std::optional<ModelPrice> PriceTable::find(const QString &model, const QString &provider) const
{
    const QList<ModelPrice> all = models();
    QString id = model;
    if (id.startsWith(QLatin1String("ft:")))
        id = id.section(QLatin1Char(':'), 1, 1);
    const auto matches = [&](const ModelPrice &price, bool prefix) {
        if (!provider.isEmpty() && price.provider != provider)
            return false;
        return prefix ? price.model.startsWith(id + QLatin1Char('-')) : price.model == id;
    };
    for (const bool prefix : {false, true}) {
        for (const ModelPrice &price : all) {
            if (matches(price, prefix))
                return price;
        }
    }
    return std::nullopt;
}

void PriceTable::setOverride(const ModelPrice &price)
{
    m_overrides.removeIf([&](const ModelPrice &own) { return own.key() == price.key(); });
    if (shippedFor(price.key()) != price)
        m_overrides.append(price);
}

void PriceTable::setOverrides(const QList<ModelPrice> &prices)
{
    m_overrides.clear();
    for (const ModelPrice &price : prices)
        setOverride(price);
}
