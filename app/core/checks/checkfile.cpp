#include "checkfile.h"

#include <cstring>

namespace {

bool isBlank(const char *begin, const char *end)
{
    for (const char *p = begin; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\r')
            return false;
    }
    return true;
}

} // namespace

QList<CheckInput> CheckFile::split(QByteArrayView text)
{
    const char *data = text.data();
    const char *end = data + text.size();
    if (text.size() >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3;
    QList<CheckInput> inputs;
    inputs.reserve(text.size() / 512 + 16);
    qint64 line = 0;
    while (data < end) {
        ++line;
        const char *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
        const char *lineEnd = newline ? newline : end;
        const char *contentEnd = lineEnd;
        if (contentEnd > data && contentEnd[-1] == '\r')
            --contentEnd;
        if (!isBlank(data, contentEnd)) {
            CheckInput input;
            input.line = line;
            input.json = QByteArray::fromRawData(data, contentEnd - data);
            inputs.append(input);
        }
        data = newline ? newline + 1 : end;
    }
    return inputs;
}

bool CheckFile::open(const QString &path)
{
    m_inputs.clear();
    m_text.clear();
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 cannot be read: %2").arg(path, m_file->errorString());
        return false;
    }
    const qint64 size = m_file->size();
    const uchar *mapped = size > 0 ? m_file->map(0, size) : nullptr;
    if (mapped) {
        m_inputs = split(QByteArrayView(reinterpret_cast<const char *>(mapped), size));
        return true;
    }
    m_text = m_file->readAll();
    if (m_file->error() != QFileDevice::NoError) {
        m_error = tr("The file %1 cannot be read: %2").arg(path, m_file->errorString());
        return false;
    }
    m_inputs = split(m_text);
    return true;
}
