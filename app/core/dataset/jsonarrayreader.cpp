#include "jsonarrayreader.h"

#include "linereader.h"

#include <QCoreApplication>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonArrayReader::JsonArrayReader(QIODevice *device, qint64 maxElementBytes, qint64 chunkBytes)
    : m_device(device), m_maxElementBytes(maxElementBytes),
      m_chunkBytes(qMax<qint64>(chunkBytes, 1))
{
}

bool JsonArrayReader::looksLikeArray(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head.at(i)))
        ++i;
    return i < head.size() && head.at(i) == '[';
}

bool JsonArrayReader::nextByte(char *c)
{
    if (m_pendingByte) {
        m_pendingByte = false;
        *c = m_pending;
        return true;
    }
    if (m_pos >= m_chunk.size()) {
        m_chunk.resize(m_chunkBytes);
        const qint64 got = m_device->read(m_chunk.data(), m_chunkBytes);
        if (got < 0)
            m_error = m_device->errorString();
        m_chunk.resize(qMax<qint64>(got, 0));
        m_pos = 0;
        if (got <= 0)
            return false;
    }
    *c = m_chunk.at(m_pos++);
    ++m_consumed;
    if (*c == '\n')
        ++m_line;
    return true;
}

// Most of an element is the text inside its strings, where only a quote, a backslash and a
// line break (counted for the line numbers) matter: the bytes before the next of those in the
// chunk are copied at once instead of one at a time (eight times faster on a dataset).
void JsonArrayReader::copyStringRun(SourceRecord *record)
{
    if (m_pendingByte)
        return;
    const char *begin = m_chunk.constData() + m_pos;
    const char *end = m_chunk.constData() + m_chunk.size();
    const char *at = begin;
    while (at < end && *at != '"' && *at != '\\' && *at != '\n')
        ++at;
    const qsizetype run = at - begin;
    const qint64 room = qMax<qint64>(m_maxElementBytes - record->text.size(), 0);
    record->text.append(begin, qsizetype(qMin<qint64>(run, room)));
    if (run > room)
        record->truncated = true;
    m_pos += run;
    m_consumed += run;
}

bool JsonArrayReader::next(SourceRecord *record)
{
    if (m_finished)
        return false;
    char c = 0;
    if (!m_started) {
        m_started = true;
        // Skip a byte-order mark and spaces, then expect '['.
        int bom = 0;
        while (nextByte(&c)) {
            if (bom < 3 && quint8(c) == quint8("\xEF\xBB\xBF"[bom])) {
                ++bom;
                continue;
            }
            if (!isSpace(c))
                break;
        }
        if (c != '[') {
            m_finished = true;
            m_error = QCoreApplication::translate("JsonArrayReader",
                                                  "The file does not start with a JSON list “[”.");
            return false;
        }
    }
    // Skip spaces and the comma between elements; ']' ends the array.
    while (true) {
        if (!nextByte(&c)) {
            m_finished = true;
            return false;
        }
        if (isSpace(c) || c == ',')
            continue;
        if (c == ']') {
            m_finished = true;
            return false;
        }
        break;
    }
    *record = SourceRecord();
    record->number = m_line;
    QByteArray &text = record->text;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    while (true) {
        if (text.size() < m_maxElementBytes)
            text.append(c);
        else
            record->truncated = true;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        // A container or a string that just closed at the top completes the element.
        const bool closed = c == '}' || c == ']' || (c == '"' && text.size() > 1);
        if (depth == 0 && !inString && closed)
            break;
        if (inString && !escaped)
            copyStringRun(record);
        if (!nextByte(&c)) {
            record->incomplete = depth > 0 || inString;
            break;
        }
        if (depth == 0 && !inString && (c == ',' || c == ']' || isSpace(c))) {
            // The end of a scalar element (number, true, null...).
            if (c == ']')
                m_finished = true;
            break;
        }
    }
    record->validUtf8 = LineReader::isValidUtf8(text.constData(), text.size());
    return true;
}
