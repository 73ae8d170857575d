#include "pricecatalog.h"

PriceCatalog::PriceCatalog(const QString &overridePath, QObject *parent)
    : QObject(parent), m_overridePath(overridePath), m_table(PriceTable::load(overridePath)),
      m_error(m_table.errorText())
{
}

bool PriceCatalog::store(const PriceTable &candidate)
{
    if (candidate.overrides() == m_table.overrides())
        return true;
    if (!m_overridePath.isEmpty() && !candidate.saveOverrides(m_overridePath)) {
        m_error = candidate.errorText();
        return false;
    }
    m_table = candidate;
    m_error.clear();
    Q_EMIT pricesChanged();
    return true;
}

bool PriceCatalog::setOverrides(const QList<ModelPrice> &prices)
{
    PriceTable candidate = m_table;
    candidate.setOverrides(prices);
    return store(candidate);
}

bool PriceCatalog::setOverride(const ModelPrice &price)
{
    PriceTable candidate = m_table;
    candidate.setOverride(price);
    return store(candidate);
}

bool PriceCatalog::restoreShipped()
{
    PriceTable candidate = m_table;
    candidate.clearOverrides();
    return store(candidate);
}

void PriceCatalog::reload()
{
    const PriceTable fresh = PriceTable::load(m_overridePath);
    m_error = fresh.errorText();
    const bool changed = fresh.models() != m_table.models();
    m_table = fresh;
    if (changed)
        Q_EMIT pricesChanged();
}
