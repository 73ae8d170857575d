#pragma once

#include "pricetable.h"

#include <QObject>
#include <QString>

// The prices the whole program estimates with, kept current: the shipped table with the
// user's own prices on top. Settings ▸ Prices edits through it; every open Cost panel
// follows pricesChanged. One per program (AppContext), not a singleton: tests build their own.
class PriceCatalog : public QObject
{
    Q_OBJECT

public:
    // An empty overridePath keeps the user's prices in memory only.
    explicit PriceCatalog(const QString &overridePath = PriceTable::defaultOverridePath(),
                          QObject *parent = nullptr);

    const PriceTable &table() const { return m_table; }
    QString overridePath() const { return m_overridePath; }
    // Why the user's prices could not be read (then the shipped ones are used) or saved.
    QString errorText() const { return m_error; }

    // Saves these as the user's own prices (an entry equal to the shipped one is no override)
    // and emits pricesChanged when anything changed. False, with errorText(), when the file
    // cannot be written; the prices stay as they were.
    bool setOverrides(const QList<ModelPrice> &prices);
    bool setOverride(const ModelPrice &price);
    bool restoreShipped(); // forgets the user's prices
    // Reads the files again (another Ajuste window may have saved prices).
    void reload();

Q_SIGNALS:
    void pricesChanged();

private:
    bool store(const PriceTable &candidate);

    QString m_overridePath;
    PriceTable m_table;
    QString m_error;
};
