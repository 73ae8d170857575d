#pragma once

#include "core/checks/pricetable.h"

#include <QWidget>

class PriceCatalog;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings ▸ Prices: the prices the cost estimate uses, one row per model, editable. Changed
// rows are kept as the user's own prices (a small file of their own); "Restore shipped
// prices" forgets them. apply() saves through the PriceCatalog, which tells every open Cost
// panel; nothing is written before.
class PricesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Provider, Model, Training, Input, Output, Context, ValidOn, ColumnCount };

    // Edits the program's catalog (AppContext::prices).
    explicit PricesPage(PriceCatalog *catalog, QWidget *parent = nullptr);
    // A catalog of its own over this override file (tests, or no AppContext at hand).
    explicit PricesPage(const QString &overridePath = PriceTable::defaultOverridePath(),
                        QWidget *parent = nullptr);

    PriceCatalog *catalog() const { return m_catalog; }

    // Saves the edited prices. False (and a message on the page) when they cannot be saved.
    bool apply();
    // The prices as edited now (not yet saved).
    PriceTable editedTable() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void pricesChanged(); // after apply() saved new prices

private:
    void build();
    void fill(const QList<ModelPrice> &prices);
    ModelPrice priceAt(int row) const;
    void addRow(const ModelPrice &price);

    PriceCatalog *m_catalog;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_restore;
    QLabel *m_message;
};
