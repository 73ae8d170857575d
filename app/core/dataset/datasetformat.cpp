#include "datasetformat.h"

#include <QFileInfo>

namespace {

struct Entry
{
    DatasetFormat::Format format;
    const char *name;
};

const Entry Entries[] = {
    {DatasetFormat::Auto, "auto"},
    {DatasetFormat::Chat, "chat"},
    {DatasetFormat::Preference, "preference"},
    {DatasetFormat::Alpaca, "alpaca"},
    {DatasetFormat::Csv, "csv"},
};

} // namespace

QString DatasetFormat::name(Format format)
{
    for (const Entry &entry : Entries) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("auto");
}

DatasetFormat::Format DatasetFormat::fromName(const QString &name, bool *ok)
{
    for (const Entry &entry : Entries) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return entry.format;
        }
    }
    if (ok)
        *ok = false;
    return Auto;
}

QStringList DatasetFormat::names()
{
    QStringList result;
    for (const Entry &entry : Entries)
        result.append(QString::fromLatin1(entry.name));
    return result;
}

QString DatasetFormat::description(Format format)
{
    switch (format) {
    case Auto:
        return tr("detected from the file");
    case Chat:
        return tr("chat examples");
    case Preference:
        return tr("preference pairs (a preferred and a rejected answer)");
    case Alpaca:
        return tr("instruction examples (Alpaca)");
    case Csv:
        return tr("table (CSV or TSV)");
    }
    return {};
}

DatasetFormat::Format DatasetFormat::fromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
        suffix == QLatin1String("tab"))
        return Csv;
    return Auto;
}

DatasetFormat::Format DatasetFormat::fromObjectKeys(const QStringList &keys)
{
    if (keys.contains(QLatin1String("messages")))
        return Chat;
    if (keys.contains(QLatin1String("input")) &&
        (keys.contains(QLatin1String("preferred_output")) ||
         keys.contains(QLatin1String("preferred_completion")) ||
         keys.contains(QLatin1String("non_preferred_output")) ||
         keys.contains(QLatin1String("non_preferred_completion"))))
        return Preference;
    if (keys.contains(QLatin1String("instruction")))
        return Alpaca;
    return Auto;
}
