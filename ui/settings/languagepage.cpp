#include "languagepage.h"

#include "core/settings/appsettings.h"
#include "core/settings/localization.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

LanguagePage::LanguagePage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_chooser(new QComboBox)
    , m_restartNote(new QLabel)
{
    m_chooser->setObjectName(QStringLiteral("languageChooser"));
    m_chooser->addItem(tr("Same as the system (%1)")
                           .arg(Localization::nativeName(QLocale::system().name())),
                       QString());
    for (const QString &language : Localization::available())
        m_chooser->addItem(Localization::nativeName(language), language);
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(settings->language())));

    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("Ajuste shows the new language the next time it starts."));
    m_restartNote->setVisible(false);
    connect(m_chooser, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(m_chooser->currentData() != m_settings->language()); });

    auto form = new QFormLayout(this);
    form->addRow(tr("Language of the interface:"), m_chooser);
    form->addRow(m_restartNote);
}

void LanguagePage::apply()
{
    m_settings->setLanguage(m_chooser->currentData().toString());
}
