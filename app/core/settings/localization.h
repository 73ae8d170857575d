#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Installs Ajuste's translation and Qt's own (dialog buttons, shortcuts) for one language.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    // language: "" follows the system locale; otherwise a name such as "pt_BR" or "en".
    // Returns the locale name actually used.
    static QString install(QCoreApplication &app, const QString &language);

    // The languages the interface is available in, as locale names ("en", "pt_BR").
    static QStringList available();
    // The language's own name for itself, for the language chooser.
    static QString nativeName(const QString &language);
};
