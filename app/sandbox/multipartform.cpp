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

QString parameterOf(const QString &disposition, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|;)\\s*") + name +
                                     QStringLiteral("=\"([^\"]*)\""));
    const auto match = pattern.match(disposition);
    if (match.hasMatch())
        return match.captured(1);
    const QRegularExpression bare(QStringLiteral("(?:^|;)\\s*") + name +
                                  QStringLiteral("=([^;\\s]*)"));
    return bare.match(disposition).captured(1);
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
        const QString disposition = QString::fromUtf8(line.mid(20));
        name = parameterOf(disposition, QStringLiteral("name"));
        field.fileName = parameterOf(disposition, QStringLiteral("filename"));
    }
    if (name.isEmpty())
        return false;
    field.value = part.mid(headerEnd + 4);
    m_fields.insert(name, field);
    return true;
}
