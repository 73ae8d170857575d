#include "multipartform.h"

#include <QRegularExpression>

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9);
    const qsizetype semicolon = boundary.indexOf(';');
    if (semicolon >= 0)
        boundary.truncate(semicolon);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    return boundary;
}

// A disposition parameter, quoted (name="file") or bare (name=file).
QRegularExpression parameterPattern(const char *name, bool quoted)
{
    const QString value = quoted ? QStringLiteral("=\"([^\"]*)\"") : QStringLiteral("=([^;\\s]*)");
    return QRegularExpression(QStringLiteral("(?:^|;)\\s*") + QLatin1String(name) + value);
}

QString parameterOf(const QString &disposition, const QRegularExpression &quoted,
                    const QRegularExpression &bare)
{
    const auto match = quoted.match(disposition);
    return match.hasMatch() ? match.captured(1) : bare.match(disposition).captured(1);
}

} // namespace

bool MultipartForm::parse(const QByteArray &contentType, const QByteArray &body)
{
    m_fields.clear();
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return false;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return true; // closing delimiter
        if (body.mid(position, 2) == "\r\n")
            position += 2;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), position);
        if (next < 0)
            return false;
        if (!parsePart(body.mid(position, next - position)))
            return false;
        position = next + 2;
    }
}

bool MultipartForm::parsePart(const QByteArray &part)
{
    const qsizetype headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    QString name;
    Field field;
    const QList<QByteArray> headerLines = part.left(headerEnd).split('\n');
    for (const QByteArray &rawLine : headerLines) {
        const QByteArray line = rawLine.trimmed();
        if (!line.toLower().startsWith("content-disposition:"))
            continue;
        // Compiled once, not for every part of every upload.
        static const QRegularExpression quotedName = parameterPattern("name", true);
        static const QRegularExpression bareName = parameterPattern("name", false);
        static const QRegularExpression quotedFileName = parameterPattern("filename", true);
        static const QRegularExpression bareFileName = parameterPattern("filename", false);
        const QString disposition = QString::fromUtf8(line.mid(20));
        name = parameterOf(disposition, quotedName, bareName);
        field.fileName = parameterOf(disposition, quotedFileName, bareFileName);
    }
    if (name.isEmpty())
        return false;
    field.value = part.mid(headerEnd + 4);
    m_fields.insert(name, field);
    return true;
}
