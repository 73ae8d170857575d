#include "invisiblecharacters.h"

namespace {
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isZeroWidthSpace(char32_t c)
{
    return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E ||
           (c >= 0x2061 && c <= 0x2064) || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

bool isTagCharacter(char32_t c)
{
    return c >= 0xE0000 && c <= 0xE007F;
}

// Legitimate in running text (emoji sequences, Persian and Indic scripts, Hebrew and Arabic),
// but in an address they only serve to make two different addresses look the same.
bool isJoinerOrMark(char32_t c)
{
    return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x00AD ||
           c == 0x034F;
}
} // namespace

bool InvisibleCharacters::isDisguising(char32_t c, Context context)
{
    if (isBidiControl(c) || isZeroWidthSpace(c) || isTagCharacter(c))
        return true;
    if (context == Context::Address)
        return isJoinerOrMark(c) || QChar::category(c) == QChar::Other_Format ||
               QChar::category(c) == QChar::Other_Control || QChar::isSpace(c);
    return false;
}

bool InvisibleCharacters::containsDisguising(QStringView text, Context context)
{
    for (qsizetype i = 0; i < text.size();) {
        if (isDisguising(nextCodePoint(text, i), context))
            return true;
    }
    return false;
}

bool InvisibleCharacters::containsDisguisingUtf8(QByteArrayView utf8)
{
    // Every disguising character of running text is three or four bytes long with one of the
    // lead bytes E1, E2, E3, EF (U+1000..U+FFFF) or F3 (the tags, U+E0000..); other bytes are
    // skipped without decoding, so ordinary text of any script costs one comparison a byte.
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const auto *end = p + utf8.size();
    for (; p < end; ++p) {
        const uchar lead = *p;
        if (lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF) {
            if (end - p < 3)
                return false;
            const char32_t c = (char32_t(lead & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6)
                               | char32_t(p[2] & 0x3F);
            if (isDisguising(c, Context::Text))
                return true;
        } else if (lead == 0xF3) {
            if (end - p < 4)
                return false;
            const char32_t c = (char32_t(lead & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12)
                               | (char32_t(p[2] & 0x3F) << 6) | char32_t(p[3] & 0x3F);
            if (isDisguising(c, Context::Text))
                return true;
        }
    }
    return false;
}

QStringList InvisibleCharacters::markersIn(QStringView text, Context context)
{
    QStringList markers;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        if (isDisguising(c, context) && !markers.contains(marker(c)))
            markers.append(marker(c));
    }
    return markers;
}

QString InvisibleCharacters::revealed(QStringView text, Context context)
{
    if (!containsDisguising(text, context))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype index = 0;
    while (index < text.size()) {
        const auto begin = index;
        const char32_t c = InvisibleCharacters::nextCodePoint(text, index);
        if (isDisguising(c, context))
            out += marker(c);
        else
            out += text.sliced(begin, index - begin);
    }
    return out;
}

QString InvisibleCharacters::marker(char32_t codePoint)
{
    return QStringLiteral("⟨U+%1⟩").arg(QString::number(uint(codePoint), 16).toUpper(),
                                        codePoint > 0xFFFF ? 5 : 4, QLatin1Char('0'));
}
