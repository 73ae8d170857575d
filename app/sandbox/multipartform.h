#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// A multipart/form-data body split into its fields (name -> value, plus the file name when a
// field carries one). Enough for OpenAI's upload forms: `file` + `purpose`, or `data`.
class MultipartForm
{
public:
    struct Field
    {
        QByteArray value;
        QString fileName;
    };

    // Returns false when the content type has no boundary or the body is not well formed.
    bool parse(const QByteArray &contentType, const QByteArray &body);

    bool has(const QString &name) const { return m_fields.contains(name); }
    Field field(const QString &name) const { return m_fields.value(name); }

private:
    bool parsePart(const QByteArray &part);

    QHash<QString, Field> m_fields;
};
