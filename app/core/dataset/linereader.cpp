#include "linereader.h"

#include <cstring>

LineReader::LineReader(QIODevice *device, qint64 maxLineBytes, qint64 chunkBytes)
    : m_device(device), m_maxLineBytes(maxLineBytes), m_chunkBytes(qMax<qint64>(chunkBytes, 1))
{
}

bool LineReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunkBytes);
    const qint64 got = m_device->read(m_buffer.data() + old, m_chunkBytes);
    if (got < 0) {
        m_error = m_device->errorString();
        m_buffer.resize(old);
        m_atEnd = true;
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0)
        m_atEnd = true;
    return got > 0;
}

bool LineReader::next(Line *line)
{
    qsizetype scanned = 0; // bytes after m_offset known to hold no line end
    qint64 discarded = 0;  // bytes of a monstrous line dropped beyond m_maxLineBytes
    qsizetype lineBytes = 0;
    bool hasNewline = false;
    while (true) {
        const char *base = m_buffer.constData() + m_offset;
        const qsizetype available = m_buffer.size() - m_offset;
        if (available > scanned) {
            const void *newline = std::memchr(base + scanned, '\n', size_t(available - scanned));
            if (newline) {
                lineBytes = static_cast<const char *>(newline) - base;
                hasNewline = true;
                break;
            }
        }
        scanned = available;
        // Keep the start of a monstrous line (and one byte more, which may be the CR of its
        // CRLF: a line exactly as long as the limit is not cut); drop the rest up to its end.
        const qsizetype kept = qsizetype(m_maxLineBytes) + 1;
        if (available > kept) {
            discarded += available - kept;
            m_buffer.truncate(m_offset + kept);
            scanned = kept;
        }
        if (!fill()) {
            if (available == 0)
                return false;
            lineBytes = m_buffer.size() - m_offset;
            break;
        }
    }
    const char *start = m_buffer.constData() + m_offset;
    m_consumed += lineBytes + discarded + (hasNewline ? 1 : 0);
    qsizetype textBytes = lineBytes;
    if (textBytes > 0 && start[textBytes - 1] == '\r')
        --textBytes;
    if (textBytes > m_maxLineBytes) {
        textBytes = m_maxLineBytes;
        discarded += 1;
    }
    qsizetype skip = 0;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (textBytes >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0)
            skip = 3;
    }
    line->number = ++m_lineNumber;
    line->text = QByteArray(start + skip, textBytes - skip);
    line->truncated = discarded > 0;
    line->blank = isBlank(line->text);
    line->validUtf8 = isValidUtf8(line->text.constData(), line->text.size());
    m_offset += lineBytes + (hasNewline ? 1 : 0);
    return true;
}

bool LineReader::isBlank(const QByteArray &text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

bool LineReader::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Fast path: eight ASCII bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        static constexpr quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        if (code < minimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false; // overlong form, beyond Unicode, or a lone surrogate
        p += extra + 1;
    }
    return true;
}
