#pragma once

#include "ui/shell/appcontext.h"

#include <QDialog>

class LanguagePage;
class PricesPage;
class ProvidersPage;
class QDialogButtonBox;
class QTabWidget;

// Settings: provider profiles and their keys, language. Changes apply on OK; Cancel leaves
// everything as it was.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppContext &context, QWidget *parent = nullptr);

    ProvidersPage *providersPage() const { return m_providers; }
    LanguagePage *languagePage() const { return m_language; }
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;

private:
    AppContext m_context;
    QTabWidget *m_tabs;
    ProvidersPage *m_providers;
    LanguagePage *m_language;
    PricesPage *m_prices;
    QDialogButtonBox *m_buttons;
};
