#include "filepartdevice.h"

FilePartDevice::FilePartDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

bool FilePartDevice::open(OpenMode mode)
{
    if (mode & WriteOnly)
        return false;
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

void FilePartDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FilePartDevice::seek(qint64 position)
{
    if (position < 0 || position > m_length || !m_file.seek(m_offset + position))
        return false;
    return QIODevice::seek(position);
}

qint64 FilePartDevice::readData(char *data, qint64 maxSize)
{
    const qint64 remaining = m_length - pos();
    if (remaining <= 0)
        return 0;
    return m_file.read(data, qMin(maxSize, remaining));
}
