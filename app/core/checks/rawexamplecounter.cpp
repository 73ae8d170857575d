#include "rawexamplecounter.h"

#include "core/markdown/invisiblecharacters.h"

#include "examplefingerprint.h"

#include "core/dataset/linereader.h"
#include "core/tokenizer/chattokencounter.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool RawExampleCounter::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
    return m_p < m_end;
}

bool RawExampleCounter::expect(char c)
{
    if (!skipSpace() || *m_p != c)
        return false;
    ++m_p;
    return true;
}

bool RawExampleCounter::readString(QByteArrayView *view)
{
    if (!expect('"'))
        return false;
    const char *start = m_p;
    const char *quote = start;
    // Fast scan: most texts have no escape before their closing quote. A raw control
    // character is not strict JSON: the parser decides about such a line.
    for (;;) {
        while (quote < m_end && *quote != '"' && *quote != '\\' && uchar(*quote) >= 0x20)
            ++quote;
        if (quote < m_end && uchar(*quote) < 0x20) {
            m_plain = false;
            ++quote;
            continue;
        }
        break;
    }
    if (quote >= m_end)
        return false;
    if (*quote == '"') {
        *view = QByteArrayView(start, quote - start);
        m_p = quote + 1;
        return true;
    }
    QByteArray &out = m_buffer;
    out.resize(0); // keeps its capacity
    out.append(start, quote - start);
    const char *p = quote;
    while (p < m_end && *p != '"') {
        if (*p != '\\') {
            const char *run = p;
            while (p < m_end && *p != '"' && *p != '\\') {
                if (uchar(*p) < 0x20)
                    m_plain = false;
                ++p;
            }
            out.append(run, p - run);
            continue;
        }
        if (p + 1 >= m_end)
            return false;
        const char escape = p[1];
        p += 2;
        switch (escape) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            const auto hex4 = [&](const char *at) {
                if (m_end - at < 4)
                    return -1;
                int value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(at[i]);
                    if (digit < 0)
                        return -1;
                    value = value * 16 + digit;
                }
                return value;
            };
            const int unit = hex4(p);
            if (unit < 0)
                return false;
            p += 4;
            char32_t code = char32_t(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // Only a proper pair; a lone half is left to the parsed path.
                if (m_end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return false;
                const int low = hex4(p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                p += 6;
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, code);
            break;
        }
        default:
            return false;
        }
    }
    if (p >= m_end)
        return false;
    m_p = p + 1;
    *view = QByteArrayView(out);
    return true;
}

bool RawExampleCounter::skipValue(int depth)
{
    if (depth > 64 || !skipSpace())
        return false;
    const char c = *m_p;
    if (c == '"') {
        QByteArrayView ignored;
        return readString(&ignored);
    }
    if (c == '{' || c == '[') {
        const char close = c == '{' ? '}' : ']';
        ++m_p;
        if (expect(close))
            return true;
        for (;;) {
            if (c == '{') {
                QByteArrayView key;
                if (!readString(&key) || !expect(':'))
                    return false;
            }
            if (!skipValue(depth + 1) || !skipSpace())
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            return expect(close);
        }
    }
    // A number or a literal: up to the next delimiter.
    while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' '
           && *m_p != '\t' && *m_p != '\n' && *m_p != '\r')
        ++m_p;
    return true;
}

bool RawExampleCounter::readMessage(Result *result)
{
    if (!expect('{'))
        return false;
    enum Seen { SeenRole = 1, SeenContent = 2, SeenName = 4, SeenWeight = 8, SeenCallId = 16 };
    int seen = 0;
    QVarLengthArray<QByteArray, 4> otherKeys; // names of the fields it does not know
    bool assistant = false;
    bool skipped = false;
    bool visible = false;
    QByteArrayView roleName;
    QByteArrayView weightText;
    qint64 contentTokens = 0;
    quint64 fieldSum = 0;
    result->total += ChatTokenCounter::TokensPerMessage;
    ++result->messages;
    if (expect('}')) {
        m_plain = false;
        result->fingerprint = ExampleFingerprint::chain(result->fingerprint, 0);
        return true; // {}: 3 tokens, nothing else
    }
    for (;;) {
        QByteArrayView keyView;
        if (!readString(&keyView))
            return false;
        // The value may be read into the same buffer as an escaped key: keep the key apart.
        QByteArrayView key = keyView;
        if (!m_buffer.isEmpty() && keyView.data() == m_buffer.constData()) {
            m_keyBuffer = m_buffer;
            m_keyBuffer.detach();
            key = m_keyBuffer;
        }
        if (!expect(':') || !skipSpace())
            return false;
        int flag = 0;
        if (key == "role")
            flag = SeenRole;
        else if (key == "content")
            flag = SeenContent;
        else if (key == "name")
            flag = SeenName;
        else if (key == "weight")
            flag = SeenWeight;
        else if (key == "tool_call_id")
            flag = SeenCallId;
        if (flag && (seen & flag))
            return false; // a repeated field: the parser decides which one counts
        if (!flag) {
            // Also for fields the counter does not know: the parser keeps one value, adding
            // both here would count tokens the parsed path does not (found by fuzzing).
            if (std::find(otherKeys.begin(), otherKeys.end(), key) != otherKeys.end())
                return false;
            otherKeys.append(key.toByteArray());
        }
        seen |= flag;
        if (!flag || flag == SeenCallId)
            m_plain = false; // a field the checks would question, or a tool result
        if (flag == SeenWeight) {
            if (*m_p != '-' && (*m_p < '0' || *m_p > '9'))
                return false;
            const char *start = m_p;
            if (!skipValue())
                return false;
            bool ok = false;
            weightText = QByteArrayView(start, m_p - start);
            const double weight = weightText.toDouble(&ok);
            if (!ok)
                return false;
            skipped = weight == 0.0;
        } else if (*m_p == 'n' && m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4; // null adds nothing
            m_plain = false;
        } else if (*m_p == '"') {
            QByteArrayView value;
            if (!readString(&value))
                return false;
            const qint64 tokens = m_tokenizer.countUtf8(value);
            result->total += tokens;
            if (InvisibleCharacters::containsDisguisingUtf8(value))
                m_plain = false; // the hidden-characters check has something to say
            if (flag == SeenName)
                result->total += ChatTokenCounter::TokensPerName;
            if (flag == SeenContent) {
                contentTokens = tokens;
                visible = hasVisibleAscii(value);
            }
            if (flag == SeenRole) {
                assistant = value == "assistant";
                roleName = value == "assistant" ? QByteArrayView("assistant")
                           : value == "user"    ? QByteArrayView("user")
                           : value == "system" || value == "developer" ? QByteArrayView("system")
                                                                        : QByteArrayView();
            }
            if (flag == SeenRole)
                fieldSum += ExampleFingerprint::field(ExampleFingerprint::Role, value);
            else if (flag == SeenContent)
                fieldSum += ExampleFingerprint::field(ExampleFingerprint::Content, value);
            else if (flag == SeenName)
                fieldSum += ExampleFingerprint::field(ExampleFingerprint::Name, value);
            else if (flag == SeenCallId)
                fieldSum += ExampleFingerprint::field(ExampleFingerprint::ToolCallId, value);
            else if (key == "tool_calls")
                return false;
        } else {
            return false; // tool calls, content parts, numbers and flags: the parsed path
        }
        if (!skipSpace())
            return false;
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (!expect('}'))
            return false;
        break;
    }
    if (assistant) {
        if (!skipped)
            result->trained += contentTokens;
        result->lastAnswer = contentTokens;
    }
    // Plain: a known speaker with visible text; a mark of exactly 0 or 1, on an answer only.
    const bool markOk = weightText.isEmpty() || (assistant && (weightText == "0" || weightText == "1"));
    if (roleName.isEmpty() || !(seen & SeenContent) || !visible || !markOk)
        m_plain = false;
    if (roleName == "system")
        m_hasSystem = true;
    else if (roleName == "user")
        m_hasUser = true;
    else if (assistant && !skipped)
        m_learns = true;
    result->fingerprint = ExampleFingerprint::chain(result->fingerprint, fieldSum);
    return true;
}

bool RawExampleCounter::hasVisibleAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (uchar(c) > 0x20 && uchar(c) < 0x7F)
            return true;
    }
    return false;
}

bool RawExampleCounter::readMessages(Result *result)
{
    if (!expect('['))
        return false;
    if (expect(']')) {
        m_plain = false;
        return true;
    }
    for (;;) {
        if (!readMessage(result) || !skipSpace())
            return false;
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        return expect(']');
    }
}

std::optional<RawExampleCounter::Result> RawExampleCounter::count(QByteArrayView json)
{
    m_p = json.data();
    m_end = json.data() + json.size();
    m_plain = true;
    m_hasSystem = m_hasUser = m_learns = false;
    Result result;
    result.fingerprint = ExampleFingerprint::start();
    bool sawMessages = false;
    if (!expect('{'))
        return std::nullopt;
    if (expect('}'))
        return std::nullopt;
    for (;;) {
        QByteArrayView keyView;
        if (!readString(&keyView))
            return std::nullopt;
        const QByteArrayView key = keyView; // compared before the next read
        if (!expect(':'))
            return std::nullopt;
        if (key == "messages") {
            if (sawMessages || !readMessages(&result))
                return std::nullopt;
            sawMessages = true;
        } else if (key == "tools" || key == "input" || key == "functions") {
            return std::nullopt;
        } else {
            m_plain = false; // a field the checks would question
            if (!skipValue())
                return std::nullopt;
        }
        if (!skipSpace())
            return std::nullopt;
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (!expect('}'))
            return std::nullopt;
        break;
    }
    if (!sawMessages)
        return std::nullopt;
    // Strict: nothing after the object but spaces, and valid UTF-8 throughout.
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
        ++m_p;
    result.plain = m_plain && m_p == m_end && m_learns
                   && LineReader::isValidUtf8(json.data(), json.size());
    result.hasSystem = m_hasSystem;
    result.hasUser = m_hasUser;
    result.total += ChatTokenCounter::ReplyPrimingTokens;
    result.fingerprint = ExampleFingerprint::finish(result.fingerprint);
    return result;
}
