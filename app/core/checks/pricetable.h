#pragma once

#include "modelprice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The prices Ajuste estimates with: the table shipped inside the program
// (:/prices/prices.json) with the user's own corrections on top. The corrections live in a
// small JSON file of their own (in the application data folder), so a newer Ajuste can ship
// newer prices without losing them, and "Restore shipped prices" simply forgets them.
class PriceTable
{
    Q_DECLARE_TR_FUNCTIONS(PriceTable)

public:
    static QString shippedPath() { return QStringLiteral(":/prices/prices.json"); }
    // <AppDataLocation>/prices.json
    static QString defaultOverridePath();

    // Loads the shipped table and, when it exists, the override file. A missing or damaged
    // override file leaves the shipped prices (errorText() says why when it was damaged).
    static PriceTable load(const QString &overridePath = defaultOverridePath());

    // Reads a table file; false (and errorText) when it is not readable.
    bool loadShipped(const QString &path = shippedPath());
    bool loadOverrides(const QString &path);
    // Writes the overrides (only those) with QSaveFile; an empty list removes the file.
    bool saveOverrides(const QString &path) const;
    QString errorText() const { return m_error; }
    // The day the shipped figures were read from the providers' pages (YYYY-MM-DD).
    QString readOn() const { return m_readOn; }

    // Every model, shipped order first, overrides replacing the shipped entry of the same
    // provider and model (the shipped deadlines stay); models only the user added come last.
    QList<ModelPrice> models() const;
    QList<ModelPrice> shippedModels() const { return m_shipped; }
    QList<ModelPrice> overrides() const { return m_overrides; }
    bool isOverridden(const ModelPrice &price) const;

    // The price of a model by id: an exact id first, then a fine-tuned id's base
    // ("ft:gpt-4o-mini-2024-07-18:org::x"), then a short alias ("gpt-4o-mini" finds the
    // first dated version). provider narrows the search when not empty.
    std::optional<ModelPrice> find(const QString &model, const QString &provider = {}) const;

    // Replaces (or adds) the user's figures for price.provider + price.model. Setting the
    // shipped figures again removes the override.
    void setOverride(const ModelPrice &price);
    void setOverrides(const QList<ModelPrice> &prices);
    void clearOverrides() { m_overrides.clear(); }

    static QList<ModelPrice> parse(const QByteArray &json, QString *errorText);
    static QByteArray serialize(const QList<ModelPrice> &prices);

private:
    std::optional<ModelPrice> shippedFor(const QString &key) const;

    QString m_readOn;
    QList<ModelPrice> m_shipped;
    QList<ModelPrice> m_overrides;
    mutable QString m_error;
};
