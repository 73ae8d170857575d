#include "importsummary.h"

QString ImportRejection::lineAndReason() const
{
    return ImportSummary::tr("line %1: %2").arg(line).arg(reason);
}

QString ImportRejection::displayRaw(int maxCharacters) const
{
    QString text = QString::fromUtf8(raw.left(qsizetype(maxCharacters) * 4));
    if (text.size() > maxCharacters || raw.size() > qsizetype(maxCharacters) * 4)
        text = text.left(maxCharacters) + QChar(0x2026);
    return text;
}

void ImportSummary::reject(const ImportRejection &rejection)
{
    ++rejected;
    if (rejections.size() < MaxRejectionsKept)
        rejections.append(rejection);
}

void ImportSummary::add(const ImportSummary &other)
{
    read += other.read;
    imported += other.imported;
    rejected += other.rejected;
    blank += other.blank;
    examples += other.examples;
    bytesRead += other.bytesRead;
    for (const ImportRejection &rejection : other.rejections) {
        if (rejections.size() < MaxRejectionsKept)
            rejections.append(rejection);
    }
    cancelled = cancelled || other.cancelled;
    if (format.isEmpty())
        format = other.format;
    if (error.isEmpty())
        error = other.error;
}

QString ImportSummary::text() const
{
    // Counts stand after a colon so the English text needs no plural forms.
    QString what;
    switch (unit) {
    case Unit::Lines:
        what = tr("Lines read: %1");
        break;
    case Unit::Entries:
        what = tr("List entries read: %1");
        break;
    case Unit::Rows:
        what = tr("Rows read: %1");
        break;
    }
    QString counts =
        what.arg(read) + QStringLiteral(" (") +
        tr("imported: %1, rejected: %2, blank: %3").arg(imported).arg(rejected).arg(blank) +
        QStringLiteral(").");
    if (examples != imported)
        counts += QLatin1Char(' ') + tr("Examples created: %1.").arg(examples);
    if (cancelled)
        counts += QLatin1Char(' ') + tr("The import was cancelled: nothing was added.");
    return counts;
}
