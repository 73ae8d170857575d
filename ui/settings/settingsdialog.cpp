#include "settingsdialog.h"

#include "languagepage.h"
#include "pricespage.h"
#include "providerspage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tabs(new QTabWidget)
    , m_providers(new ProvidersPage(context))
    , m_language(new LanguagePage(context.settings))
    , m_prices(context.prices ? new PricesPage(context.prices) : new PricesPage)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(m_providers, tr("Providers"));
    m_tabs->addTab(m_prices, tr("Prices"));
    m_tabs->addTab(m_language, tr("Language"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    resize(820, 540);
}

void SettingsDialog::accept()
{
    if (!m_providers->validate()) {
        m_tabs->setCurrentWidget(m_providers);
        return;
    }
    if (!m_prices->apply()) {
        m_tabs->setCurrentWidget(m_prices);
        return;
    }
    m_language->apply();
    m_buttons->setEnabled(false);
    m_providers->apply([this] { QDialog::accept(); });
}
