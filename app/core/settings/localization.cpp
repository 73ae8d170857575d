#include "localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Localization::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("ajuste"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
        return locale.name();
    }
    delete ownTranslator;
    return QStringLiteral("en");
}

QStringList Localization::available()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR")};
}

QString Localization::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    const QString territory = locale.nativeTerritoryName();
    return territory.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, territory);
}
