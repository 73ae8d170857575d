#pragma once

#include <QFile>
#include <QIODevice>

// A read-only window [offset, offset + length) onto a file, so one part of a very large
// upload streams from disk instead of being copied into memory.
class FilePartDevice : public QIODevice
{
public:
    FilePartDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    qint64 size() const override { return m_length; }
    bool isSequential() const override { return false; }
    bool seek(qint64 position) override;
    bool atEnd() const override { return pos() >= m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};
